#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace marginalia {

// An inline, non-modal message above the panes: a failure stays until closed (or replaced),
// information fades after a few seconds.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    QString text() const;

private:
    QLabel *m_label;
    QTimer *m_timer;
};

} // namespace marginalia
