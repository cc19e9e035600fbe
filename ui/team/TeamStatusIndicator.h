#pragma once

#include <QWidget>

class QLabel;
class QMouseEvent;
class QProgressBar;

namespace marginalia {

// The status-bar sign of a team project: "Synced", "N changes waiting", "Offline", "N conflicts",
// with a tooltip giving the server, the reason when offline, the last sync and the newest conflicts;
// a busy bar while the server is being talked to. A click opens the list of conflicts. Hidden for a project that is not a working copy.
class TeamStatusIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamStatusIndicator)

public:
    explicit TeamStatusIndicator(QWidget *parent = nullptr);

    // toolTipLines are plain text (shown as such, whatever they contain).
    void showStatus(const QString &text, const QStringList &toolTipLines);
    void setBusy(bool busy);
    QString text() const;

Q_SIGNALS:
    // A click on it: the controller opens the list of conflicts.
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_label;
    QProgressBar *m_busy;
};

} // namespace marginalia
