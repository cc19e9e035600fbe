#include "team/TeamController.h"

#include "coding/MemoPanel.h"
#include "context/ProjectContext.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBar.h"
#include "mainwindow/Workspace.h"
#include "settings/Settings.h"
#include "team/PgConnection.h"
#include "codebook/CodebookPane.h"
#include "team/TeamConflictsWindow.h"
#include "team/PasswordKeyring.h"
#include "team/TeamJoinDialog.h"
#include "team/TeamPasswordDialog.h"
#include "team/TeamSession.h"
#include "team/TeamStatusIndicator.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QUrl>

namespace marginalia {

TeamController::TeamController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_indicator(new TeamStatusIndicator(window))
    , m_keyring(new PasswordKeyring(this))
{
    window->statusBar()->addPermanentWidget(m_indicator);
    m_prompt = [this](const QString &url, const QString &failure) -> PasswordAnswer {
        TeamPasswordDialog dialog(url, failure, keyringNote(), m_window);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        return {dialog.password(), dialog.remember()};
    };
    connect(window, &MainWindow::projectChanged, this, &TeamController::projectMaybeChanged);
    connect(m_indicator, &TeamStatusIndicator::clicked, this, [this] {
        if (m_session)
            showConflicts();
    });
}

void TeamController::addToMenu(QMenu *fileMenu)
{
    QMenu *menu = fileMenu->addMenu(tr("&Team"));
    m_publishAction = menu->addAction(tr("&Publish…"), this, &TeamController::askPublish);
    m_publishAction->setObjectName(QStringLiteral("teamPublishAction"));
    m_publishAction->setStatusTip(tr("Put this project on a PostgreSQL server so that a team can work on it"));
    m_joinAction = menu->addAction(tr("&Join…"), this, &TeamController::askJoin);
    m_joinAction->setObjectName(QStringLiteral("teamJoinAction"));
    m_joinAction->setStatusTip(tr("Make a working copy of a team project on this computer"));
    m_syncAction = menu->addAction(tr("&Sync Now"), this, &TeamController::syncNow);
    m_syncAction->setObjectName(QStringLiteral("teamSyncAction"));
    m_syncAction->setStatusTip(tr("Receive the team's changes and send yours"));
    m_conflictsAction = menu->addAction(tr("&Conflicts…"), this, &TeamController::showConflicts);
    m_conflictsAction->setObjectName(QStringLiteral("teamConflictsAction"));
    m_conflictsAction->setStatusTip(tr("Every conflict between your changes and other members', and what was kept"));
    connect(menu, &QMenu::aboutToShow, this, &TeamController::updateActions);
    updateActions();
}

void TeamController::updateActions()
{
    if (!m_publishAction)
        return;
    Workspace *workspace = m_window->workspace();
    const bool idle = m_task == nullptr;
    m_publishAction->setEnabled(idle && workspace && !m_session);
    m_joinAction->setEnabled(idle);
    m_syncAction->setEnabled(idle && m_session);
    if (m_conflictsAction)
        m_conflictsAction->setEnabled(m_session);
}

void TeamController::showConflicts()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace || !m_session)
        return;
    if (!m_conflicts) {
        // A child of the context's window for as long as this project is open.
        m_conflicts = new TeamConflictsWindow(workspace->context(), m_window);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(workspace->context(), &QObject::destroyed, m_conflicts, &QWidget::close);
        connect(m_conflicts, &TeamConflictsWindow::targetActivated, this, &TeamController::goToConflictTarget);
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
}

void TeamController::goToConflictTarget(const team::ConflictTarget &target)
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    if (target.kind == u"coding" && target.documentId > 0)
        workspace->jumpTo(target.documentId, TextSpan{target.start, target.end});
    else if (target.documentId > 0)
        workspace->openDocument(target.documentId);
    if (target.codeId > 0)
        workspace->codebookPane()->selectCode(target.codeId);
    m_window->raise();
    m_window->activateWindow();
}

void TeamController::projectMaybeChanged()
{
    Workspace *workspace = m_window->workspace();
    QObject *context = workspace ? workspace->context() : nullptr;
    if (context != m_sessionContext) {
        delete m_session.data();   // null when it went with its project
        m_sessionContext = context;
        m_syncAskedPassword = false;
        if (workspace && TeamSession::isWorkingCopy(workspace->context()))
            startSession();
    }
    showStatus();
    updateActions();
}

void TeamController::startSession()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    m_sessionContext = workspace->context();
    m_session = new TeamSession(workspace->context());
    connect(m_session, &TeamSession::statusChanged, this, &TeamController::showStatus);
    connect(m_session, &TeamSession::syncFinished, this, &TeamController::sessionSyncFinished);
    connect(m_session, &TeamSession::sentEditUndone, this, [this](const QString &message) {
        m_window->messageBar()->showMessage(message, MessageBar::Kind::Information);
    });
    connect(m_session, &TeamSession::serverRoundFinished, this, [this](const QString &message, bool failed) {
        m_window->messageBar()->showMessage(message, failed ? MessageBar::Kind::Error : MessageBar::Kind::Information);
    });
    if (const QString url = connectUrl(m_session->url()); url != m_session->url()) {
        m_session->setConnectUrl(url);
    } else if (!m_session->url().isEmpty()) {
        // A password remembered in the keyring for this server: used from now on (the first sync may
        // have been refused without it; it runs again).
        const QString server = m_session->url();
        m_keyring->load(server, [this, server, session = QPointer<TeamSession>(m_session)](const QString &password,
                                                                                          const QString &) {
            if (password.isEmpty() || !session || m_passwords.contains(server))
                return;
            m_passwords.insert(server, password);
            m_fromKeyring.insert(server);
            session->setConnectUrl(connectUrl(server));
            session->sync(false);
        });
    }
    // The server checks a coder's codings against the name the owner registered for them (the joined
    // one, normally): codings under another name would be refused and undone at the next sync.
    const QString coder = workspace->context()->project().currentCoder();
    if (!m_session->joinedCoder().isEmpty() && m_session->joinedCoder() != coder)
        m_window->messageBar()->showMessage(
            tr("You joined this team project as “%1” but are coding as “%2”. Unless you are an owner, the team server "
               "accepts your codings only under the name you joined with: choose it with File › Coder….")
                .arg(m_session->joinedCoder(), coder),
            MessageBar::Kind::Error);
    showStatus();
    updateActions();
}

void TeamController::showStatus()
{
    if (!m_session) {
        m_indicator->setBusy(m_task != nullptr);
        m_indicator->setVisible(m_task != nullptr);
        return;
    }
    m_indicator->showStatus(m_session->statusText(), m_session->statusToolTip());
    m_indicator->setBusy(m_task != nullptr || m_session->isSyncing());
    updateActions();
}

QString TeamController::connectUrl(const QString &url) const
{
    const auto found = m_passwords.constFind(url);
    return found == m_passwords.cend() ? url : team::urlWithPassword(url, *found);
}

QString TeamController::takePassword(const QString &url)
{
    const QString safe = team::urlWithoutPassword(url);
    const QString password = QUrl(url).password();
    if (!password.isEmpty() && safe != url)
        m_passwords.insert(safe, password);
    return safe;
}

QString TeamController::keyringNote() const
{
    if (m_keyring->availability() != PasswordKeyring::Availability::Unavailable)
        return {};
    return tr("No desktop keyring is running (%1), so the password cannot be remembered: it is asked once each "
              "time Marginalia is started, and never written into the project.")
        .arg(m_keyring->unavailableReason());
}

bool TeamController::askPassword(const QString &url, const QString &failure)
{
    // A remembered password the server refuses is forgotten (it would be refused every session).
    if (m_fromKeyring.remove(url))
        m_keyring->forget(url);
    const PasswordAnswer answer = m_prompt ? m_prompt(url, failure) : PasswordAnswer();
    if (answer.password.isEmpty())
        return false;
    m_passwords.insert(url, answer.password);
    if (answer.remember) {
        m_keyring->save(url, answer.password, [this](const QString &problem) {
            if (!problem.isEmpty())
                m_window->messageBar()->showMessage(
                    tr("The desktop keyring could not keep the team server's password (%1): it is asked again next "
                       "time Marginalia is started.")
                        .arg(problem),
                    MessageBar::Kind::Error);
        });
    }
    return true;
}

void TeamController::showFailure(const QString &message)
{
    m_window->messageBar()->showMessage(message, MessageBar::Kind::Error);
    m_window->statusBar()->showMessage(message, 10000);
}

void TeamController::askPublish()
{
    Workspace *workspace = m_window->workspace();
    if (!workspace)
        return;
    bool ok = false;
    const QString url = QInputDialog::getText(
        m_window, tr("Publish as a Team Project"),
        tr("The address of an empty PostgreSQL database, such as postgresql://user@host/database\n"
           "(the password is asked when needed and never stored in the project):"),
        QLineEdit::Normal, {}, &ok);
    if (ok && !url.trimmed().isEmpty())
        publish(url.trimmed());
}

void TeamController::askJoin()
{
    TeamJoinDialog dialog(Settings().coderName(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        join(dialog.url(), dialog.outPath(), dialog.coder());
}

void TeamController::publish(const QString &url)
{
    if (Workspace *workspace = m_window->workspace())
        workspace->memoPanel()->save();   // the memo being typed goes with the project
    run(Operation::Publish, takePassword(url), {}, {}, false);
}

void TeamController::join(const QString &url, const QString &outPath, const QString &coder)
{
    run(Operation::Join, takePassword(url), outPath, coder, false);
}

void TeamController::run(Operation operation, const QString &url, const QString &outPath, const QString &coder,
                         bool askedPassword)
{
    if (m_task)
        return;
    TeamTask::Work work;
    if (operation == Operation::Publish) {
        Workspace *workspace = m_window->workspace();
        if (!workspace)
            return;
        ProjectContext *context = workspace->context();
        work = TeamTask::publish(context->path(), context->project().currentCoder(), connectUrl(url));
        m_window->statusBar()->showMessage(tr("Publishing to %1…").arg(url));
    } else {
        work = TeamTask::join(connectUrl(url), outPath, coder);
        m_window->statusBar()->showMessage(tr("Joining %1…").arg(url));
    }
    m_task = new TeamTask(std::move(work), this);
    connect(m_task, &TeamTask::finished, this,
            [this, operation, url, outPath, coder, askedPassword](const TeamTask::Outcome &outcome) {
        m_task = nullptr;   // deletes itself
        m_window->statusBar()->clearMessage();
        if (!outcome.error.isEmpty()) {
            if (team::isPasswordFailure(outcome.error)) {
                if (askedPassword)
                    m_passwords.remove(url);   // the one typed was refused
                else if (askPassword(url, outcome.error)) {
                    run(operation, url, outPath, coder, true);
                    return;
                }
            }
            showFailure(outcome.error);
        } else if (operation == Operation::Publish) {
            m_window->statusBar()->showMessage(
                tr("Published to %1: %n object(s); the project is now a working copy of the team project.", nullptr,
                   static_cast<int>(outcome.publish.changes))
                    .arg(outcome.publish.url),
                8000);
            startSession();
        } else {
            m_window->openProject(outPath);
        }
        showStatus();
        updateActions();
        Q_EMIT operationFinished(outcome.error);
    });
    showStatus();
    updateActions();
}

void TeamController::syncNow()
{
    if (!m_session)
        return;
    m_syncAskedPassword = false;
    m_session->sync(true);
}

void TeamController::sessionSyncFinished(const QString &error, const team::SyncReport &report, bool userAsked)
{
    if (!m_session)
        return;
    if (m_conflicts)
        m_conflicts->reload();   // the conflicts this sync recorded, notes and changes left as local included
    // Whoever started the sync: the user must learn that some of their work was undone or is in conflict.
    if (error.isEmpty() && (report.refused > 0 || report.conflicts > 0 || report.notBack > 0)) {
        QStringList parts;
        if (report.refused > report.notUndone)
            parts << tr("%n of your changes were refused by the team server (your role does not allow them) and "
                        "were put back as the server has them.", nullptr,
                        static_cast<int>(report.refused - report.notUndone));
        if (report.notUndone > 0)
            parts << tr("%n of your changes were refused by the team server (your role does not allow them) but "
                        "could not be put back as the server has them: this copy differs from the team's there "
                        "(see the conflicts).", nullptr, static_cast<int>(report.notUndone));
        if (report.notBack > 0)
            parts << tr("%n coding(s) from the team server that gave way here to your changes could not come back as "
                        "the server has them: this copy differs from the team's there (see the conflicts).",
                        nullptr, static_cast<int>(report.notBack));
        if (report.conflicts > 0)
            parts << tr("%n new conflict(s) with other members' changes; the conflicts say what was kept.", nullptr,
                        static_cast<int>(report.conflicts));
        parts << tr("The status bar's tooltip lists the newest; marginalia-cli team status lists them all.");
        m_window->messageBar()->showMessage(parts.join(u' '), MessageBar::Kind::Error);
    }
    if (!userAsked)
        return;
    if (error.isEmpty()) {
        m_syncAskedPassword = false;
        m_window->statusBar()->showMessage(tr("Synced with the team server."), 5000);
        return;
    }
    const QString url = m_session->url();
    if (team::isPasswordFailure(error)) {
        if (m_syncAskedPassword) {
            m_passwords.remove(url);   // the one typed was refused
            m_session->setConnectUrl(url);
        } else if (askPassword(url, error)) {
            m_syncAskedPassword = true;
            m_session->setConnectUrl(connectUrl(url));
            m_session->sync(true);
            return;
        }
    }
    m_syncAskedPassword = false;
    showFailure(error);
}

} // namespace marginalia
