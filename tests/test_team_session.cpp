// What an open working copy's views are told after a sync (issue 15): the rows the pulled changes
// touched, as after an undo, instead of "everything changed"; nothing when the sync applied nothing
// (its own changes coming back); and the status counts conflicts without loading them all.
// Against a throwaway PostgreSQL cluster (PgTestCluster.h).

#include "PgTestCluster.h"
#include "context/ProjectContext.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "team/PgConnection.h"
#include "team/TeamSession.h"
#include "team/TeamSync.h"
#include "team/WorkingCopy.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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

qint64 addCoding(Project &project, qint64 start, qint64 end)
{
    NewCoding coding;
    coding.documentId = firstId(project, "SELECT id FROM documents");
    coding.codeId = firstId(project, "SELECT id FROM codes");
    coding.start = start;
    coding.end = end;
    auto added = CodingStore(project).add(coding);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added->id;
}

// One announcement of ProjectContext::changed, with the footprint it carried (if any).
struct Announcement
{
    ProjectContext::Changes changes;
    std::optional<ChangeFootprint> footprint;
};

} // namespace

class TestTeamSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncAnnouncesOnlyTheRowsItChanged();
    void statusCountsConflictsAndNamesTheNewest();
    void offlineIsTheCoresTypedAnswer();
    void listenerRefusedWhileOfflineIsAFailure();

private:
    // Syncs the session's copy and waits for the end; the announcements made meanwhile.
    std::vector<Announcement> syncAndCollect(TeamSession &session, ProjectContext &context);

    PgTestCluster m_cluster;
    QTemporaryDir m_files;
};

void TestTeamSession::initTestCase()
{
    if (PgTestCluster::binDir().isEmpty())
        QSKIP("PostgreSQL's server (initdb, pg_ctl) is not installed: install postgresql-15 (.ci/install-deps does) "
              "to run the team tests");
    const QString error = m_cluster.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTeamSession::cleanupTestCase()
{
    m_cluster.destroy();
}

std::vector<Announcement> TestTeamSession::syncAndCollect(TeamSession &session, ProjectContext &context)
{
    // The session also syncs by itself (on connecting, on every push the server announces): every
    // announcement until all syncs are over counts.
    std::vector<Announcement> seen;
    const auto connection = connect(&context, &ProjectContext::changed, this, [&](ProjectContext::Changes changes) {
        Announcement announcement{changes, {}};
        if (const ChangeFootprint *footprint = context.editFootprint())
            announcement.footprint = *footprint;
        seen.push_back(announcement);
    });
    session.sync(true);
    for (int quiet = 0; quiet < 4;) {   // 4 × 100 ms without a sync running
        QTest::qWait(100);
        quiet = session.isSyncing() ? 0 : quiet + 1;
    }
    disconnect(connection);
    return seen;
}

void TestTeamSession::syncAnnouncesOnlyTheRowsItChanged()
{
    auto admin = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    QVERIFY(admin && (*admin)->execScript("CREATE DATABASE rows"));
    const QString url = m_cluster.url(QStringLiteral("rows"));
    auto created = Project::create(m_files.filePath(QStringLiteral("alice.marginalia")));
    QVERIFY(created);
    std::unique_ptr<Project> alice = std::move(*created);
    alice->setCurrentCoder(QStringLiteral("alice"));
    NewDocument document;
    document.name = QStringLiteral("interview");
    document.text = QStringLiteral("Teachers use tablets now");   // 24 characters
    QVERIFY(DocumentStore(*alice).add(document));
    NewCode code;
    code.name = QStringLiteral("practice");
    QVERIFY(Codebook(*alice).add(code));
    QVERIFY(publishProject(*alice, url));
    auto bob = joinProject(url, m_files.filePath(QStringLiteral("bob.marginalia")), QStringLiteral("bob"));
    QVERIFY(bob);
    QVERIFY(syncProject(**bob));   // bob's coder is on the server

    ProjectContext context(std::move(alice));
    TeamSession session(&context);
    QTRY_VERIFY_WITH_TIMEOUT(session.isListening(), 10000);
    // Bob's coder arrives: a row of coders, nothing a view shows but the coder lists.
    syncAndCollect(session, context);

    addCoding(**bob, 0, 8);
    QVERIFY(syncProject(**bob));
    std::vector<Announcement> seen = syncAndCollect(session, context);
    QCOMPARE(seen.size(), size_t(1));   // whichever sync pulled it
    // Codings (and their memos), not Everything; the footprint names alice's row of bob's coding,
    // the document and the code whose counts change.
    QCOMPARE(seen[0].changes, ProjectContext::Changes(ProjectContext::Codings | ProjectContext::Memos));
    QVERIFY(seen[0].footprint);
    Project &project = context.project();
    const qint64 aliceCoding = firstId(project, "SELECT id FROM codings");
    QVERIFY(aliceCoding > 0);
    QCOMPARE(seen[0].footprint->codings, QSet<qint64>{aliceCoding});
    QCOMPARE(seen[0].footprint->codingDocuments, QSet<qint64>{firstId(project, "SELECT id FROM documents")});
    QCOMPARE(seen[0].footprint->codingCodes, QSet<qint64>{firstId(project, "SELECT id FROM codes")});

    // Alice's own coding goes out and comes back in log order: nothing changes in her file, so
    // nothing is announced (it used to reload every view).
    addCoding(project, 9, 15);
    seen = syncAndCollect(session, context);
    QVERIFY2(seen.empty(), qPrintable(QString::number(seen.empty() ? 0 : int(seen[0].changes))));
}

void TestTeamSession::statusCountsConflictsAndNamesTheNewest()
{
    auto admin = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    QVERIFY(admin && (*admin)->execScript("CREATE DATABASE conflicts"));
    const QString url = m_cluster.url(QStringLiteral("conflicts"));
    auto created = Project::create(m_files.filePath(QStringLiteral("carol.marginalia")));
    QVERIFY(created);
    std::unique_ptr<Project> carol = std::move(*created);
    carol->setCurrentCoder(QStringLiteral("carol"));
    QVERIFY(publishProject(*carol, url));
    // 12 conflicts noted locally, at increasing times: the status counts 12 and names the last 5.
    WorkingCopy copy(*carol);
    for (int i = 1; i <= 12; ++i) {
        TeamConflict conflict;
        conflict.guid = conflictGuid({QStringLiteral("test"), QString::number(i)});
        conflict.at = QStringLiteral("2026-01-01T00:00:%1Z").arg(i, 2, 10, QLatin1Char('0'));
        conflict.rule = QStringLiteral("changed-twice");
        conflict.kind = QStringLiteral("code");
        conflict.key = QString::number(i);
        conflict.message = QStringLiteral("conflict %1").arg(i);
        QVERIFY(copy.noteConflict(conflict, QStringLiteral("carol"), {}, false));
    }
    auto page = copy.conflicts(10, 5);
    QVERIFY(page);
    QCOMPARE(page->size(), size_t(2));   // 12 - 10
    QCOMPARE(page->front().message, QStringLiteral("conflict 11"));

    ProjectContext context(std::move(carol));
    TeamSession session(&context);
    QVERIFY2(session.statusText().endsWith(u"12 conflict(s)"), qPrintable(session.statusText()));
    const QStringList tip = session.statusToolTip();
    QCOMPARE(tip.filter(QStringLiteral("Conflict: ")),
             (QStringList{QStringLiteral("Conflict: conflict 8"), QStringLiteral("Conflict: conflict 9"),
                          QStringLiteral("Conflict: conflict 10"), QStringLiteral("Conflict: conflict 11"),
                          QStringLiteral("Conflict: conflict 12")}));
}

// "Offline" in the indicator means the server is out of reach for now (nothing is lost, the next sync
// catches up), as the core tells it (PgConnection::connect's unreachable, lostConnection), carried in
// TeamTask::Outcome::offline and TeamListener::disconnected, never read from the sentence. A refused
// password is no outage: every failed connection's sentence starts "Cannot connect to the team server",
// so the session read the words and said "Offline" for it too, a failure that never mends by itself.
// Now it says "Sync failed", with the reason and where to give the password. A server nobody answers for
// (port 1 on this machine: the connection is refused) is offline, with the sentence as the reason.
void TestTeamSession::offlineIsTheCoresTypedAnswer()
{
    auto admin = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    QVERIFY(admin && (*admin)->execScript("CREATE DATABASE typed"));
    const QString url = m_cluster.url(QStringLiteral("typed"));
    auto created = Project::create(m_files.filePath(QStringLiteral("dave.marginalia")));
    QVERIFY(created);
    std::unique_ptr<Project> dave = std::move(*created);
    dave->setCurrentCoder(QStringLiteral("dave"));
    QVERIFY(publishProject(*dave, url));
    ProjectContext context(std::move(dave));
    TeamSession session(&context);
    const auto settle = [&] {
        for (int quiet = 0; quiet < 5;) {   // 5 × 100 ms without a sync running (the listener's report comes too)
            QTest::qWait(100);
            quiet = session.isSyncing() ? 0 : quiet + 1;
        }
    };
    settle();
    QCOMPARE(session.statusText(), QStringLiteral("Synced"));

    QUrl refused(url);
    refused.setPassword(QStringLiteral("not-the-password"));
    session.setConnectUrl(refused.toString());
    QSignalSpy finished(&session, &TeamSession::syncFinished);
    session.sync(true);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    settle();
    const QString refusal = finished.front().at(0).toString();
    QVERIFY2(refusal.startsWith(u"Cannot connect to the team server") && isPasswordFailure(refusal), qPrintable(refusal));
    QCOMPARE(session.statusText(), QStringLiteral("Sync failed"));
    QStringList tip = session.statusToolTip();
    QVERIFY2(tip.filter(QStringLiteral("Offline")).isEmpty(), qPrintable(tip.join(u'\n')));
    QVERIFY2(tip.contains(QStringLiteral("The last sync failed: ") + refusal), qPrintable(tip.join(u'\n')));
    QVERIFY2(tip.contains(QStringLiteral("File › Team › Sync Now asks for the password.")), qPrintable(tip.join(u'\n')));

    session.setConnectUrl(QStringLiteral("postgresql://%1@127.0.0.1:1/typed").arg(PgTestCluster::adminUser()));
    finished.clear();
    session.sync(true);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    settle();
    const QString outOfReach = finished.front().at(0).toString();
    QVERIFY2(!outOfReach.isEmpty() && !isPasswordFailure(outOfReach), qPrintable(outOfReach));
    QCOMPARE(session.statusText(), QStringLiteral("Offline"));
    tip = session.statusToolTip();
    QVERIFY2(tip.contains(QStringLiteral("Offline: ") + outOfReach), qPrintable(tip.join(u'\n')));
    QVERIFY2(tip.filter(QStringLiteral("The last sync failed")).isEmpty(), qPrintable(tip.join(u'\n')));

    // Back to the server as stored: synced, neither offline nor failed.
    session.setConnectUrl(url);
    finished.clear();
    session.sync(true);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
    settle();
    QCOMPARE(session.statusText(), QStringLiteral("Synced"));
}

// The listener, while the session is offline, reaching the server and being refused (a wrong password,
// pg_hba.conf): no outage any longer but a failure that does not mend by itself. The session stayed
// "Offline" with the old reason, the periodic sync blocked and without the password hint.
void TestTeamSession::listenerRefusedWhileOfflineIsAFailure()
{
    auto admin = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    QVERIFY(admin && (*admin)->execScript("CREATE DATABASE refusedoffline"));
    const QString url = m_cluster.url(QStringLiteral("refusedoffline"));
    auto created = Project::create(m_files.filePath(QStringLiteral("erin.marginalia")));
    QVERIFY(created);
    std::unique_ptr<Project> erin = std::move(*created);
    erin->setCurrentCoder(QStringLiteral("erin"));
    QVERIFY(publishProject(*erin, url));
    ProjectContext context(std::move(erin));
    TeamSession session(&context);
    QTRY_VERIFY_WITH_TIMEOUT(session.isListening() && !session.isSyncing(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(session.statusText(), QStringLiteral("Synced"), 20000);

    // Only the listener tries these addresses (no sync is asked for): first nobody answers (port 1).
    session.setConnectUrl(QStringLiteral("postgresql://%1@127.0.0.1:1/refusedoffline").arg(PgTestCluster::adminUser()));
    QTRY_COMPARE_WITH_TIMEOUT(session.statusText(), QStringLiteral("Offline"), 20000);

    QUrl refused(url);
    refused.setPassword(QStringLiteral("not-the-password"));
    session.setConnectUrl(refused.toString());
    QTRY_COMPARE_WITH_TIMEOUT(session.statusText(), QStringLiteral("Sync failed"), 20000);
    const QStringList tip = session.statusToolTip();
    QVERIFY2(tip.filter(QStringLiteral("Offline")).isEmpty(), qPrintable(tip.join(u'\n')));
    QVERIFY2(!tip.filter(QStringLiteral("The last sync failed: Cannot connect to the team server")).isEmpty(),
             qPrintable(tip.join(u'\n')));
    QVERIFY2(tip.contains(QStringLiteral("File › Team › Sync Now asks for the password.")), qPrintable(tip.join(u'\n')));
}

QTEST_MAIN(TestTeamSession)
#include "test_team_session.moc"
