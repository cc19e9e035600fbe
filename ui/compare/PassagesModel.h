#pragma once

#include "project/CodingStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace marginalia {

class Project;
struct Disagreement;

// One passage behind a number of the Compare view: a coding (with context) or a disagreement's run of text.
struct Passage
{
    qint64 codingId = 0;   // 0: not a coding (a disagreement)
    qint64 documentId = 0;
    QString document;
    QString code;
    qint64 start = 0;      // code points, half-open
    qint64 end = 0;
    QString text;
    QString contextBefore;
    QString contextAfter;
    QString who;           // the coders, or who coded it and who did not
    qint64 firstParagraph = 0;   // as the document view numbers them; 0: none
    qint64 lastParagraph = 0;
    QStringList speakers;

    // "¶ 3" or "¶ 3–4", then the speakers: how a reader finds the passage in the document view.
    QString paragraphText() const;

    static Passage fromSegment(const CodedSegment &segment);
    static Passage fromDisagreement(const Disagreement &disagreement);
};

// Fills in the paragraphs and speakers of passages that are not codings (search hits, disagreements).
Result<void> citePassages(Project &project, QList<Passage> &passages);

// The passages behind a cell, a bar or a pair, in document order; each passage once with all its coders.
// Positions are shown 1-based (first–last character), paragraphs as the document view numbers them.
// The text column's display text marks the coded part with 【】 (what a copy as CSV carries); the view paints
// PassageTextRole with HighlightRole highlighted instead (PassagesDelegate).
class PassagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassagesModel)

public:
    enum Column { DocumentColumn, CodeColumn, ParagraphColumn, PositionColumn, TextColumn, WhoColumn, ColumnCount };
    enum Role {
        PassageTextRole = Qt::UserRole + 1,   // the passage in its context, as one line per paragraph break folded
        HighlightRole,                        // QPoint(start, length) of the coded part in PassageTextRole, UTF-16
    };

    explicit PassagesModel(QObject *parent = nullptr);

    void setPassages(const QList<Passage> &passages);
    const QList<Passage> &passages() const { return m_passages; }
    const Passage *passage(const QModelIndex &index) const;
    // The codes the passages belong to, each once, in the order met.
    QStringList codes() const;
    // The list as an HTML table (a whole page): the same columns as shown (hidden ones left out), the coded
    // part of each passage in <mark> within its context. columns: the columns to write, in order.
    QString toHtml(const QString &title, const QList<int> &columns) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Passage> m_passages;
};

} // namespace marginalia
