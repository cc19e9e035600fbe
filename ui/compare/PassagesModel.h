#pragma once

#include "project/CodingStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace marginalia {

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
    QString who;           // the coder, or who coded it and who did not

    static Passage fromSegment(const CodedSegment &segment);
    static Passage fromDisagreement(const Disagreement &disagreement);
};

// The passages behind a cell, a bar or a pair, in document order.
class PassagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassagesModel)

public:
    enum Column { DocumentColumn, CodeColumn, PositionColumn, TextColumn, WhoColumn, ColumnCount };

    explicit PassagesModel(QObject *parent = nullptr);

    void setPassages(const QList<Passage> &passages);
    const QList<Passage> &passages() const { return m_passages; }
    const Passage *passage(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Passage> m_passages;
};

} // namespace marginalia
