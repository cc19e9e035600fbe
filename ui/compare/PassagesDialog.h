#pragma once

#include "compare/PassagesModel.h"
#include "text/Segmenter.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace marginalia {

// The passages behind a number of the Compare view. Double-click (or Enter, or "Go to Passage") jumps to the
// passage in the document view.
class PassagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassagesDialog)

public:
    PassagesDialog(const QString &title, const QList<Passage> &passages, QWidget *parent = nullptr);

    PassagesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void jumpRequested(qint64 documentId, TextSpan span);

private:
    void jumpToCurrent();

    PassagesModel *m_model;
    QTableView *m_view;
};

} // namespace marginalia
