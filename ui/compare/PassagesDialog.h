#pragma once

#include "compare/PassagesModel.h"
#include "text/Segmenter.h"

#include <QBitArray>
#include <QDialog>

class QLabel;
class QTableView;
class QTimer;

namespace marginalia {

class PassagesDelegate;

// The passages behind a number of the Compare view: each passage wrapped over several lines with the coded part
// highlighted in its context, the document, paragraph (and speaker), characters and coders in columns sized to
// their contents; the code column only when the passages belong to more than one code (else the code is named
// above the list). Double-click (or Enter, or "Go to Passage") jumps to the passage in the document view;
// Copy as CSV and Export… (CSV or HTML) take the list as shown.
class PassagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassagesDialog)

public:
    PassagesDialog(const QString &title, const QList<Passage> &passages, QWidget *parent = nullptr);

    PassagesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PassagesDelegate *passageDelegate() const { return m_delegate; }
    QLabel *summary() const { return m_summary; }

    // Writes the list as shown to a file, CSV or HTML by its suffix (.htm/.html: HTML, else CSV); the file is
    // whole or not written. False (the user told) on failure.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void jumpRequested(qint64 documentId, TextSpan span);

private:
    void jumpToCurrent();
    void exportWithPrompt();
    QList<int> shownColumns() const;
    // Row heights to the passage column's width: all rows of a short list, the rows in view of a long one.
    void fitRows();

    PassagesModel *m_model;
    QTableView *m_view;
    PassagesDelegate *m_delegate;
    QLabel *m_summary;
    QTimer *m_rowHeights;   // rows fitted to the passage column's width, once resizing pauses
    QBitArray m_fitted;     // long lists: the rows fitted at m_fittedWidth
    int m_fittedWidth = -1;
};

} // namespace marginalia
