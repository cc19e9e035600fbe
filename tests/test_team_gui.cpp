// The GUI of team projects (issue 15): File › Team, the status-bar indicator and live pulls, with real
// widgets (offscreen) against a throwaway PostgreSQL cluster (PgTestCluster.h).

#include "PgTestCluster.h"
#include "analysis/AgreementSample.h"
#include "codebook/CodebookModel.h"
#include "coding/RecordedEditCommand.h"
#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "demo/DemoProject.h"
#include "documents/DocumentListModel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/MessageBar.h"
#include "mainwindow/Workspace.h"
#include "project/AgreementRound.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "settings/Settings.h"
#include "team/PgConnection.h"
#include "codebook/CodebookPane.h"
#include "team/TeamConflictsModel.h"
#include "team/TeamConflictsWindow.h"
#include "team/PasswordKeyring.h"
#include "team/TeamController.h"
#include "team/TeamPasswordDialog.h"
#include "team/TeamSession.h"
#include "team/TeamStatusIndicator.h"
#include "team/TeamSync.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace marginalia;
using namespace marginalia::team;

namespace {

qint64 firstId(Project &project, const char *sql)
{
    auto row = project.database().prepare(sql);
    if (!row)
        qFatal("%s", qPrintable(row.error()));
    return row->step() ? row->int64(0) : 0;
}

} // namespace

class TestTeamGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void publishedWindowShowsAnotherMembersCodingAtOnce();
    void indicatorGoesFromWaitingToSynced();
    void badPasswordShowsTheCoreSentence();
    void withoutAKeyringThePasswordIsAskedEachSessionAndStoredNowhere();
    void joinOpensTheWorkingCopyAndKeepsThePasswordInMemoryOnly();
    void serverStoppedShowsOfflineThenCatchesUp();
    void concurrentRenamesShowAConflict();
    void conflictListShowsEveryConflictAndGoesToItsObject();
    void blindRoundOfATeamCopyOpensAndClosesOnTheServer();
    void undoOfASentEditSaysItGoesOutAsANewChange();

private:
    TeamController *team() const { return m_window->teamController(); }
    QString indicatorText() const { return team()->indicator()->text(); }
    // The codings the window's document list shows for a document.
    qint64 shownCodings(qint64 documentId) const
    {
        for (const DocumentInfo &document : m_window->workspace()->documentListModel()->documents()) {
            if (document.id == documentId)
                return document.codings;
        }
        return -1;
    }

    PgTestCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Project> m_bob;
};

void TestTeamGui::initTestCase()
{
    if (PgTestCluster::binDir().isEmpty())
        QSKIP("PostgreSQL's server (initdb, pg_ctl) is not installed: install postgresql-15 (.ci/install-deps does)");
    QVERIFY(m_dir.isValid());
    // No desktop keyring service, as in CI (qtkeychain reaches it through the D-Bus session bus).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MarginaliaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_team_gui"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();

    const QString error = m_cluster.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto admin = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error()));
    QVERIFY((*admin)->execScript("CREATE DATABASE teamgui"));
    m_url = m_cluster.url(QStringLiteral("teamgui"));

    const QString demo = m_dir.filePath(QStringLiteral("demo.marginalia"));
    auto built = buildDemoProject(demo);
    QVERIFY2(built, built ? "" : qPrintable(built.error()));
    Settings().setCoderName(QStringLiteral("alice"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openProject(demo));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTeamGui::cleanupTestCase()
{
    m_window.reset();   // stops the listener and any sync before the server goes
    m_bob.reset();
    m_cluster.destroy();
}

void TestTeamGui::publishedWindowShowsAnotherMembersCodingAtOnce()
{
    // The demo project is no working copy: Publish is offered, Sync Now is not, and no indicator shows.
    QVERIFY(!team()->session());
    QVERIFY(team()->indicator()->isHidden());
    QVERIFY(team()->publishAction()->isEnabled());
    QVERIFY(!team()->syncAction()->isEnabled());

    QSignalSpy published(team(), &TeamController::operationFinished);
    team()->publish(m_url);
    QVERIFY(team()->isBusy());   // off the GUI thread: the call returned before the server answered
    QVERIFY(published.wait(60000));
    QCOMPARE(published.first().first().toString(), QString());
    QVERIFY(team()->session());
    QVERIFY(team()->syncAction()->isEnabled());
    QVERIFY(!team()->publishAction()->isEnabled());
    // Listening, and the first sync after connecting done: nothing of this copy waits.
    QTRY_VERIFY_WITH_TIMEOUT(team()->session()->isListening(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 20000);
    QCOMPARE(indicatorText(), QStringLiteral("Synced"));
    QVERIFY(team()->indicator()->isVisible());

    // A second member joins through the core and codes the first document with the first code.
    auto bob = joinProject(m_url, m_dir.filePath(QStringLiteral("bob.marginalia")), QStringLiteral("bob"));
    QVERIFY2(bob, bob ? "" : qPrintable(bob.error()));
    m_bob = std::move(*bob);
    const qint64 document = firstId(*m_bob, "SELECT id FROM documents ORDER BY id LIMIT 1");
    const qint64 code = firstId(*m_bob, "SELECT id FROM codes ORDER BY id LIMIT 1");
    QVERIFY(document > 0 && code > 0);
    const QString documentGuid = DocumentStore(*m_bob).info(document)->guid;
    // The same document in the window (by GUID: ids are local to each file).
    qint64 shownDocument = 0;
    for (const DocumentInfo &info : m_window->workspace()->documentListModel()->documents()) {
        if (info.guid == documentGuid)
            shownDocument = info.id;
    }
    QVERIFY(shownDocument > 0);
    const qint64 before = shownCodings(shownDocument);
    QVERIFY(before >= 0);

    NewCoding coding;
    coding.documentId = document;
    coding.codeId = code;
    coding.start = 0;
    coding.end = 5;
    QVERIFY(CodingStore(*m_bob).add(coding));
    QElapsedTimer clock;
    clock.start();
    auto sent = syncProject(*m_bob);
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error()));
    QCOMPARE(sent->sent, 2);   // the coding, and bob as a new coder
    const qint64 sendMs = clock.elapsed();
    // The window hears of it and pulls: its document list shows one coding more, within 2 s of bob's sync.
    QTRY_COMPARE_WITH_TIMEOUT(shownCodings(shownDocument), before + 1, 2000);
    qInfo("bob's sync took %lld ms; the window showed the coding %lld ms after it began", sendMs, clock.elapsed());
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 10000);
    QCOMPARE(indicatorText(), QStringLiteral("Synced"));
}

void TestTeamGui::indicatorGoesFromWaitingToSynced()
{
    QVERIFY(team()->session());
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 10000);
    QCOMPARE(indicatorText(), QStringLiteral("Synced"));
    // One new code through the window's undo stack: one object in the outbox, shown at once.
    NewCode code;
    code.name = QStringLiteral("raised in the window");
    QVERIFY(EditCommands::createCode(m_window->workspace()->context(), code));
    // (The source text of a %n message: no translation is loaded in tests.)
    QCOMPARE(indicatorText(), QStringLiteral("1 change(s) waiting"));
    QVERIFY(team()->indicator()->toolTip().contains(m_url.toHtmlEscaped()));

    team()->syncAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Synced"), 20000);
    QVERIFY(team()->indicator()->toolTip().contains(QStringLiteral("Last sync:")));
    // And it is on the server: bob gets it.
    auto pulled = syncProject(*m_bob);
    QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error()));
    auto row = m_bob->database().prepare("SELECT count(*) FROM codes WHERE name = ?1");
    QVERIFY(row);
    row->bind(1, code.name);
    QVERIFY(row->step());
    QCOMPARE(row->int64(0), 1);
}

void TestTeamGui::badPasswordShowsTheCoreSentence()
{
    QVERIFY(team()->session());
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 10000);
    const QByteArray saved = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", "not-the-password");
    int asked = 0;
    QString askedWith;
    team()->setPasswordPrompt([&](const QString &, const QString &failure) {
        ++asked;
        askedWith = failure;
        return QStringLiteral("still-wrong-word");
    });
    team()->syncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("refused")), 20000);
    qputenv("PGPASSWORD", saved);
    const QString shown = m_window->messageBar()->text();
    // The core's sentence, once: asked for a password once, the typed one refused too, then shown.
    QCOMPARE(asked, 1);
    QVERIFY2(askedWith.contains(QStringLiteral("refused the user name or password")), qPrintable(askedWith));
    QVERIFY2(shown.contains(QStringLiteral("Cannot connect to the team server")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("refused the user name or password")), qPrintable(shown));
    // Not libpq's text, and never the password.
    QVERIFY2(!shown.contains(QStringLiteral("FATAL")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("still-wrong-word")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("not-the-password")), qPrintable(shown));
    // A refused password is no outage that mends by itself: "Sync failed", not "Offline" (which it was
    // while the session read "Cannot connect" in the sentence), with where to give the password.
    QVERIFY2(indicatorText().startsWith(QStringLiteral("Sync failed")), qPrintable(indicatorText()));
    QVERIFY2(team()->indicator()->toolTip().contains(QStringLiteral("File › Team › Sync Now asks for the password.")),
             qPrintable(team()->indicator()->toolTip()));
    QVERIFY(!team()->indicator()->toolTip().contains(QStringLiteral("still-wrong-word")));
    team()->setPasswordPrompt({});
}

// With no desktop keyring service (offscreen, no D-Bus session: as in CI), "Remember in the desktop
// keyring" is offered disabled with a note, a password asked for is used this session only, the
// window says the keyring could not keep it, and it is written nowhere: not into the project's
// files, not into the settings (qtkeychain's plain-text fallback is off).
void TestTeamGui::withoutAKeyringThePasswordIsAskedEachSessionAndStoredNowhere()
{
    QVERIFY(team()->session());
    QTRY_VERIFY_WITH_TIMEOUT(team()->keyring()->availability() != PasswordKeyring::Availability::Unknown, 20000);
    if (team()->keyring()->availability() == PasswordKeyring::Availability::Available)
        QSKIP("A desktop keyring service is running here; this test is about the fallback without one");
    const QString note = team()->keyringNote();
    QVERIFY2(note.contains(QStringLiteral("No desktop keyring is running")) && note.contains(QStringLiteral("asked once each")),
             qPrintable(note));
    {
        TeamPasswordDialog dialog(m_url, QStringLiteral("refused"), note);
        QVERIFY(!dialog.rememberBox()->isEnabled());
        dialog.rememberBox()->setChecked(true);
        QVERIFY(!dialog.remember());
        QCOMPARE(dialog.noteLabel()->text(), note);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 20000);
    const QByteArray saved = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", "not-the-password");
    int asked = 0;
    team()->setPasswordPrompt([&](const QString &, const QString &) -> TeamController::PasswordAnswer {
        ++asked;
        return {m_cluster.password(), true};   // as if the box could be ticked
    });
    team()->syncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("could not keep")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 20000);
    QCOMPARE(asked, 1);
    QVERIFY2(indicatorText().startsWith(QStringLiteral("Synced")), qPrintable(indicatorText()));
    qputenv("PGPASSWORD", saved);
    team()->setPasswordPrompt({});
    // Nowhere in the test's folder: the project and its -wal, the settings.
    QSettings().sync();
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int looked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(m_cluster.password().toUtf8()), qPrintable(file.fileName()));
        ++looked;
    }
    QVERIFY(looked >= 2);   // at least the project and the settings
}

void TestTeamGui::joinOpensTheWorkingCopyAndKeepsThePasswordInMemoryOnly()
{
    // The password only in the URL typed into Join: PGPASSWORD is wrong, so everything that connects
    // afterwards (the join, the listener, the syncs) can only be using the password kept from that URL.
    const QByteArray saved = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", "not-the-password");
    QString url = m_url;
    url.replace(PgTestCluster::adminUser() + u'@', PgTestCluster::adminUser() + u':' + m_cluster.password() + u'@');
    QVERIFY(url != m_url);
    int asked = 0;
    team()->setPasswordPrompt([&](const QString &, const QString &) {
        ++asked;
        return QString();
    });
    const QString carolPath = m_dir.filePath(QStringLiteral("carol.marginalia"));
    QSignalSpy joined(team(), &TeamController::operationFinished);
    team()->join(url, carolPath, QStringLiteral("carol"));
    QVERIFY(joined.wait(60000));
    QCOMPARE(joined.first().first().toString(), QString());
    // The window now shows the working copy, with the code added in the window by alice earlier.
    QCOMPARE(m_window->workspace()->context()->path(), carolPath);
    bool hasCode = false;
    for (const Code &code : m_window->workspace()->codebookModel()->codes())
        hasCode = hasCode || code.name == QStringLiteral("raised in the window");
    QVERIFY(hasCode);
    // Joined as carol while the window codes as alice: the window says that the server would refuse those codings.
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("as “carol” but are coding as “alice”")),
             qPrintable(m_window->messageBar()->text()));
    QVERIFY(team()->session());
    QTRY_VERIFY_WITH_TIMEOUT(team()->session()->isListening(), 20000);
    // Its first sync sent carol as a coder: nothing waits.
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Synced"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 20000);
    QCOMPARE(asked, 0);
    qputenv("PGPASSWORD", saved);
    // Sent with the kept password, not PGPASSWORD: bob's copy now knows the coder carol.
    auto pulled = syncProject(*m_bob);
    QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error()));
    QCOMPARE(firstId(*m_bob, "SELECT count(*) FROM coders WHERE name = 'carol'"), 1);
    // The password is nowhere in the working copy's files.
    for (const QString &file : QDir(m_dir.path()).entryList({QStringLiteral("carol.marginalia*")}, QDir::Files)) {
        QFile f(m_dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(m_cluster.password().toUtf8()), qPrintable(file));
    }
    team()->setPasswordPrompt({});
}

void TestTeamGui::serverStoppedShowsOfflineThenCatchesUp()
{
    QVERIFY(team()->session());
    QTRY_VERIFY_WITH_TIMEOUT(team()->session()->isListening(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Synced"), 20000);
    QVERIFY(m_cluster.stopImmediately().isEmpty());
    // The listener's connection breaks: offline, with the core's sentence in the tooltip.
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText().startsWith(QStringLiteral("Offline")), 5000);
    QVERIFY2(team()->indicator()->toolTip().contains(QStringLiteral("stopped answering"))
                 || team()->indicator()->toolTip().contains(QStringLiteral("Cannot connect to the team server")),
             qPrintable(team()->indicator()->toolTip()));
    QVERIFY(m_cluster.restart().isEmpty());
    // It reconnects by itself (every 5 s) and syncs: synced again, and live again.
    QTRY_VERIFY_WITH_TIMEOUT(team()->session()->isListening(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Synced"), 20000);
    const qint64 document = firstId(*m_bob, "SELECT id FROM documents ORDER BY id DESC LIMIT 1");
    const qint64 code = firstId(*m_bob, "SELECT id FROM codes ORDER BY id LIMIT 1");
    const QString documentGuid = DocumentStore(*m_bob).info(document)->guid;
    qint64 shownDocument = 0;
    for (const DocumentInfo &info : m_window->workspace()->documentListModel()->documents()) {
        if (info.guid == documentGuid)
            shownDocument = info.id;
    }
    QVERIFY(shownDocument > 0);
    const qint64 before = shownCodings(shownDocument);
    NewCoding coding;
    coding.documentId = document;
    coding.codeId = code;
    coding.start = 1;
    coding.end = 4;
    QVERIFY(CodingStore(*m_bob).add(coding));
    auto sent = syncProject(*m_bob);
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error()));
    QTRY_COMPARE_WITH_TIMEOUT(shownCodings(shownDocument), before + 1, 2000);
}

void TestTeamGui::concurrentRenamesShowAConflict()
{
    QVERIFY(team()->session());
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 20000);
    QCOMPARE(indicatorText(), QStringLiteral("Synced"));   // no conflict so far
    // The window renames the code "raised in the window" and has not sent it when bob renames it too.
    Code shown;
    for (const Code &code : m_window->workspace()->codebookModel()->codes()) {
        if (code.name == QStringLiteral("raised in the window"))
            shown = code;
    }
    QVERIFY(shown.id > 0);
    NewCode renamed{QStringLiteral("named in the window"), shown.parentId, shown.color, shown.description, {}};
    QVERIFY(EditCommands::editCode(m_window->workspace()->context(), shown.id, renamed));
    QCOMPARE(indicatorText(), QStringLiteral("1 change(s) waiting"));
    const qint64 bobCode = firstId(*m_bob, "SELECT id FROM codes WHERE name = 'raised in the window'");
    QVERIFY(bobCode > 0);
    QVERIFY(Codebook(*m_bob).rename(bobCode, QStringLiteral("named by bob")));
    auto sent = syncProject(*m_bob);
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error()));
    // Bob's push is announced; the window pulls it, finds its own rename unsent (code-changed-twice: its own is
    // sent after bob's and stands), says so in the message bar, and counts the conflict in the indicator.
    QTRY_COMPARE_WITH_TIMEOUT(indicatorText(), QStringLiteral("Synced · 1 conflict(s)"), 5000);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("1 new conflict(s)")),
             qPrintable(m_window->messageBar()->text()));
    QVERIFY(team()->indicator()->toolTip().contains(QStringLiteral("Conflict: ")));
    bool kept = false;
    for (const Code &code : m_window->workspace()->codebookModel()->codes())
        kept = kept || (code.id == shown.id && code.name == QStringLiteral("named in the window"));
    QVERIFY(kept);
}

// File › Team › Conflicts… lists what team_conflicts holds (the rename conflict of the test before):
// its rule, the code as this copy has it, the sentence naming both renames; Go To selects the code;
// a click on the indicator opens the same window.
void TestTeamGui::conflictListShowsEveryConflictAndGoesToItsObject()
{
    QVERIFY(team()->session());
    QVERIFY(team()->conflictsAction()->isEnabled());
    team()->conflictsAction()->trigger();
    TeamConflictsWindow *window = team()->conflictsWindow();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    TeamConflictsModel *model = window->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, TeamConflictsModel::Rule)).toString(), QStringLiteral("Code changed twice"));
    QCOMPARE(model->data(model->index(0, TeamConflictsModel::Object)).toString(),
             QStringLiteral("code “named in the window”"));
    // Both sides: bob's rename and the window's (carol joined it), and which one stands.
    const QString message = model->data(model->index(0, TeamConflictsModel::WhatHappened)).toString();
    QVERIFY2(message.contains(QStringLiteral("“named by bob” by bob")) && message.contains(QStringLiteral("“named in the window” by carol"))
                 && message.contains(QStringLiteral("“named in the window” is kept")),
             qPrintable(message));
    // Go To: the codebook selects that code.
    m_window->workspace()->codebookPane()->selectCode(firstId(m_window->workspace()->context()->project(),
                                                              "SELECT id FROM codes WHERE name <> 'named in the window' "
                                                              "ORDER BY id LIMIT 1"));
    const qint64 code = firstId(m_window->workspace()->context()->project(),
                                "SELECT id FROM codes WHERE name = 'named in the window'");
    QVERIFY(m_window->workspace()->codebookPane()->currentCodeId() != code);
    window->view()->setCurrentIndex(model->index(0, 0));
    QVERIFY(window->goToButton()->isEnabled());
    QTest::mouseClick(window->goToButton(), Qt::LeftButton);
    QCOMPARE(m_window->workspace()->codebookPane()->currentCodeId(), code);
    // Closed, it is gone; a click on the status-bar indicator opens it again.
    window->close();
    QTRY_VERIFY(!team()->conflictsWindow());
    QTest::mouseClick(team()->indicator(), Qt::LeftButton);
    QVERIFY(team()->conflictsWindow());
    QVERIFY(team()->conflictsWindow()->isVisible());
    team()->conflictsWindow()->close();
}

// A blind round opened in a working copy as the sample planner opens it (and closed by undoing that)
// is opened and closed on the server, where it is enforced; the message bar says so.
void TestTeamGui::blindRoundOfATeamCopyOpensAndClosesOnTheServer()
{
    QVERIFY(team()->session());
    ProjectContext *context = m_window->workspace()->context();
    Project &project = context->project();
    AgreementSample sample;
    sample.documentIds = {firstId(project, "SELECT id FROM documents ORDER BY name LIMIT 1"),
                          firstId(project, "SELECT id FROM documents ORDER BY name LIMIT 1 OFFSET 1")};
    QVERIFY(RecordedEditCommand::run(context, QStringLiteral("Draw sample and open a blind round"),
                                     ProjectContext::Attributes | ProjectContext::Codings, [&]() -> Result<void> {
                                         if (auto saved = AgreementSampler(project).save(sample, QStringLiteral("double coded"));
                                             !saved)
                                             return saved;
                                         return AgreementRounds(project).open(QStringLiteral("double coded"));
                                     }));
    auto admin = PgConnection::connect(m_url);
    QVERIFY(admin);
    const auto openOnServer = [&]() -> QString {
        auto rows = (*admin)->query("SELECT name || ':' || array_length(documents, 1) FROM marginalia.rounds "
                                    "WHERE closed_at IS NULL");
        return rows && rows->size() == 1 ? rows->text(0, 0) : QString();
    };
    // The two drawn documents, under the sample's name.
    QTRY_COMPARE_WITH_TIMEOUT(openOnServer(), QStringLiteral("double coded:2"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("is open on the team server")), 5000);
    // Undoing it closes the round here and there.
    context->undoStack()->undo();
    QVERIFY(!AgreementRounds(project).current().value_or(std::nullopt));
    QTRY_COMPARE_WITH_TIMEOUT(openOnServer(), QString(), 20000);
    auto closed = (*admin)->query("SELECT count(*) FROM marginalia.rounds WHERE closed_at IS NOT NULL");
    QVERIFY(closed);
    QCOMPARE(closed->int64(0, 0), qint64(1));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("closed on the team server")), 5000);
}

// Undo of an edit that is already on the server is sent as a compensating change (test_team's
// undoIsSentAsAChange); the window says so. Undoing an edit not sent yet says nothing of the kind.
void TestTeamGui::undoOfASentEditSaysItGoesOutAsANewChange()
{
    QVERIFY(team()->session());
    QTRY_VERIFY_WITH_TIMEOUT(!team()->session()->isSyncing(), 20000);
    ProjectContext *context = m_window->workspace()->context();
    Code shown = m_window->workspace()->codebookModel()->codes().first();
    NewCode renamed{QStringLiteral("renamed before undo"), shown.parentId, shown.color, shown.description, {}};
    QVERIFY(EditCommands::editCode(context, shown.id, renamed));
    QVERIFY(indicatorText().startsWith(QStringLiteral("1 change(s) waiting")));
    team()->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText().startsWith(QStringLiteral("Synced")), 20000);
    m_window->messageBar()->showMessage(QStringLiteral("before"), MessageBar::Kind::Information);
    context->undoStack()->undo();
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("was already on the team server, so the undo is sent")),
             qPrintable(m_window->messageBar()->text()));
    QVERIFY(indicatorText().startsWith(QStringLiteral("1 change(s) waiting")));
    // Redone and undone again before any sync: the server still has the rename, so this undo too is a
    // change of what is on the server.
    context->undoStack()->redo();
    m_window->messageBar()->showMessage(QStringLiteral("before"), MessageBar::Kind::Information);
    context->undoStack()->undo();
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("was already on the team server")));
    // A new edit, not sent, undone: nothing of the kind.
    NewCode again{QStringLiteral("renamed, not sent"), shown.parentId, shown.color, shown.description, {}};
    QVERIFY(EditCommands::editCode(context, shown.id, again));
    m_window->messageBar()->showMessage(QStringLiteral("before"), MessageBar::Kind::Information);
    context->undoStack()->undo();
    QCOMPARE(m_window->messageBar()->text(), QStringLiteral("before"));
}

QTEST_MAIN(TestTeamGui)
#include "test_team_gui.moc"
