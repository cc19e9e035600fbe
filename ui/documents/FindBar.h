#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace marginalia {

class DocumentView;

// Find in the shown document (Ctrl+F): Enter finds the next, Shift+Enter the previous, Escape closes.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(DocumentView *view, QWidget *parent = nullptr);

    void activate();
    bool findNext(bool backwards = false);
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DocumentView *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace marginalia
