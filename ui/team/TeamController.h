#pragma once

#include "team/TeamSession.h"
#include "team/ConflictTargets.h"
#include "team/TeamConflictsWindow.h"
#include "team/TeamTask.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;

namespace marginalia {

class MainWindow;
class PasswordKeyring;
class TeamStatusIndicator;

// File › Team (Publish…, Join…, Sync Now) and the team status in the status bar. Each operation runs
// off the GUI thread (TeamTask); failures are shown as the core's sentences in the message bar. A
// password the server asks for is asked in a dialog and kept in memory for this session only, never
// in the project. While a working copy is open, its TeamSession keeps it in step with the server.
class TeamController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamController)

public:
    explicit TeamController(MainWindow *window);

    void addToMenu(QMenu *fileMenu);

    // What the menu entries do once their dialogs are answered (also for tests).
    void publish(const QString &url);
    void join(const QString &url, const QString &outPath, const QString &coder);
    void syncNow();

    // The answer to a password prompt: empty password = cancelled; remember = keep it in the desktop
    // keyring (PasswordKeyring). A plain QString converts (not remembered).
    struct PasswordAnswer
    {
        PasswordAnswer() = default;
        PasswordAnswer(QString text, bool keep = false) : password(std::move(text)), remember(keep) {}
        QString password;
        bool remember = false;
    };
    // Asks for the password for a server (given without password) after a failure (the core's
    // sentence). A TeamPasswordDialog unless replaced (tests).
    using PasswordPrompt = std::function<PasswordAnswer(const QString &url, const QString &failure)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }

    TeamSession *session() const { return m_session; }
    PasswordKeyring *keyring() const { return m_keyring; }
    // What the password prompt says about the keyring: empty when it can be offered.
    QString keyringNote() const;
    TeamStatusIndicator *indicator() const { return m_indicator; }
    bool isBusy() const { return m_task != nullptr; }
    QAction *publishAction() const { return m_publishAction; }
    QAction *joinAction() const { return m_joinAction; }
    QAction *syncAction() const { return m_syncAction; }
    QAction *conflictsAction() const { return m_conflictsAction; }
    // File › Team › Conflicts… and the indicator's click: the list of conflicts (one window, raised).
    void showConflicts();
    TeamConflictsWindow *conflictsWindow() const { return m_conflicts; }

Q_SIGNALS:
    // A publish or join has ended (error empty on success); for tests and the status bar.
    void operationFinished(const QString &error);

private:
    enum class Operation { Publish, Join };
    void projectMaybeChanged();
    void startSession();
    void showStatus();
    void askPublish();
    void askJoin();
    void run(Operation operation, const QString &url, const QString &outPath, const QString &coder, bool askedPassword);
    void sessionSyncFinished(const QString &error, const team::SyncReport &report, bool userAsked);
    // The URL to connect with: url with the password of this session for its server, if one was given.
    QString connectUrl(const QString &url) const;
    // Keeps a password typed into a URL for this session; returns the URL without it.
    QString takePassword(const QString &url);
    // After a password failure: asks once; true if a password was given (and kept).
    bool askPassword(const QString &url, const QString &failure);
    void showFailure(const QString &message);
    void goToConflictTarget(const team::ConflictTarget &target);
    void updateActions();

    MainWindow *m_window;
    TeamStatusIndicator *m_indicator;
    QPointer<TeamSession> m_session;
    QPointer<QObject> m_sessionContext;   // the ProjectContext the session belongs to
    TeamTask *m_task = nullptr;           // a publish or join under way
    QHash<QString, QString> m_passwords;  // server URL (without password) -> password, this session only
    PasswordKeyring *m_keyring;
    QSet<QString> m_fromKeyring;          // servers whose password in m_passwords came from the keyring
    bool m_syncAskedPassword = false;
    PasswordPrompt m_prompt;
    QAction *m_publishAction = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    QPointer<TeamConflictsWindow> m_conflicts;
};

} // namespace marginalia
