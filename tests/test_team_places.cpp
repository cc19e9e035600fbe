// Undoing refused changes on a large log (issue 12: a sync costs what it changes, not the log's size).
// Putting a refused coding back asks the log whether a later coding took its place
// (TeamServer::codingPlaceTakenAfter); a sync asks it for all its codings at once
// (prefetchCodingPlaces). That batch read joined the asked places with the log, and on a log without
// planner statistics (just published, or grown fast) PostgreSQL chose a nested loop that read the whole
// log once per asked coding: 45 ms per refused coding on a 100,000-change log. The join is now made
// in one pass whatever the statistics say. Checked here without timing: the answers against a small
// log worked out by hand, and the plan PostgreSQL ran (auto_explain, in the cluster's log).
// And each refused change cost three round trips for its last change on the server, now read for all
// at once: counted with the sync's statements. (Each undo and each conflict noted stays a local transaction
// of its own that waits for the disk: a refused change's removal from the outbox, its undo and its note must
// not be lost apart by a power cut.)
// Against a throwaway PostgreSQL cluster (tests/PgTestCluster.h).

#include "PgTestCluster.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "team/PgConnection.h"
#include "team/TeamServer.h"
#include "team/TeamSync.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace marginalia;
using namespace marginalia::team;

class TestTeamPlaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void prefetchedPlacesAreTheLogsByHand();
    void prefetchReadsTheLogOnceWithoutStatistics();
    void yieldedCodingsAreSettledWithOneReadOfTheLog();
    void undoingRefusedChangesAsksTheServerOncePerSync();

private:
    struct Log
    {
        QString url;
        // GUIDs of the codings, named as in the comments.
        QString a, b, y;
    };
    // A new database in the cluster; its URL (as the cluster's superuser).
    QString newDatabase();
    // The small log of the first two tests (see its comment).
    Log buildLog();
    // Every coding upsert in the log, in log order.
    static std::vector<ChangeRecord> codingUpserts(TeamServer &server);

    PgTestCluster m_cluster;
    QTemporaryDir m_files;
    int m_databases = 0;
};

namespace {

qint64 addCoding(Project &project, qint64 start, qint64 end)
{
    auto document = project.database().prepare("SELECT id FROM documents");
    auto code = project.database().prepare("SELECT id FROM codes");
    if (!document || !code || !document->step() || !code->step())
        qFatal("no document or code");
    NewCoding coding;
    coding.documentId = document->int64(0);
    coding.codeId = code->int64(0);
    coding.start = start;
    coding.end = end;
    auto added = CodingStore(project).add(coding);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added->id;
}

QString guidOf(Project &project, qint64 codingId)
{
    auto row = project.database().prepare("SELECT guid FROM codings WHERE id = ?1");
    if (!row)
        qFatal("%s", qPrintable(row.error()));
    row->bind(1, codingId);
    return row->step() ? row->text(0) : QString();
}

void syncOrFail(Project &project)
{
    auto report = syncProject(project);
    if (!report)
        qFatal("%s", qPrintable(report.error()));
}

void moveOrFail(Project &project, qint64 codingId, qint64 start, qint64 end)
{
    if (auto ok = CodingStore(project).move(codingId, start, end); !ok)
        qFatal("%s", qPrintable(ok.error()));
}

} // namespace

void TestTeamPlaces::initTestCase()
{
    if (PgTestCluster::binDir().isEmpty())
        QSKIP("PostgreSQL's server (initdb, pg_ctl) is not installed: install postgresql-15 (.ci/install-deps does) "
              "to run the team tests");
    const QString error = m_cluster.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTeamPlaces::cleanupTestCase()
{
    m_cluster.destroy();
}

// alice's laptop publishes codings A at 0–6 and B at 7–10 (one document, one code, coder alice), and
// her desktop joins. The laptop moves A to 12–18, B to 19–22 and B back to 7–10, and syncs. The
// desktop, which has not pulled those, codes Y at 12–18 and syncs: Y's upsert comes after A's move,
// at the same place (document, code, coder, range).
QString TestTeamPlaces::newDatabase()
{
    return m_cluster.createDatabase(QStringLiteral("places%1").arg(++m_databases));
}

TestTeamPlaces::Log TestTeamPlaces::buildLog()
{
    Log log;
    log.url = newDatabase();
    const QString dir = m_files.path() + QStringLiteral("/places%1").arg(m_databases);
    auto laptop = Project::create(dir + QStringLiteral("-laptop.marginalia"));
    if (!laptop)
        qFatal("%s", qPrintable(laptop.error()));
    (*laptop)->setCurrentCoder(QStringLiteral("alice"));
    NewDocument document;
    document.name = QStringLiteral("interview");
    document.text = QStringLiteral("Teachers use tablets now");   // 24 characters
    NewCode code;
    code.name = QStringLiteral("practice");
    if (!DocumentStore(**laptop).add(document) || !Codebook(**laptop).add(code))
        qFatal("setup");
    const qint64 a = addCoding(**laptop, 0, 6);
    const qint64 b = addCoding(**laptop, 7, 10);
    log.a = guidOf(**laptop, a);
    log.b = guidOf(**laptop, b);
    if (auto published = publishProject(**laptop, log.url); !published)
        qFatal("%s", qPrintable(published.error()));
    auto desktop = joinProject(log.url, dir + QStringLiteral("-desktop.marginalia"), QStringLiteral("alice"));
    if (!desktop)
        qFatal("%s", qPrintable(desktop.error()));
    moveOrFail(**laptop, a, 12, 18);
    moveOrFail(**laptop, b, 19, 22);
    moveOrFail(**laptop, b, 7, 10);
    syncOrFail(**laptop);
    log.y = guidOf(**desktop, addCoding(**desktop, 12, 18));
    syncOrFail(**desktop);
    return log;
}

std::vector<ChangeRecord> TestTeamPlaces::codingUpserts(TeamServer &server)
{
    auto changes = server.pull(LogPosition(), 1000);
    if (!changes)
        qFatal("%s", qPrintable(changes.error()));
    std::vector<ChangeRecord> upserts;
    for (const ChangeRecord &change : *changes) {
        if (change.kind == u"coding" && change.op == u"upsert")
            upserts.push_back(change);
    }
    return upserts;
}

// The log's coding upserts, worked out by hand from buildLog: A at 0–6, B at 7–10 (published), A at
// 12–18, B at 7–10 (the laptop's sync sends each object's last state: B's trip to 19–22 is not in the
// log), Y at 12–18 (the desktop's). Only A's move to 12–18 lost its place: Y came later at that place.
// A at 0–6 and B's first 7–10 were followed at their places by nothing of another coding (B's own
// return to 7–10 is the same coding), the rest by nothing at all. All five are answered by the one
// batch read: asking afterwards sends no statement.
void TestTeamPlaces::prefetchedPlacesAreTheLogsByHand()
{
    const Log log = buildLog();
    auto connection = PgConnection::connect(log.url);
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
    TeamServer server(**connection);
    QVERIFY(server.project());
    const std::vector<ChangeRecord> upserts = codingUpserts(server);
    QCOMPARE(upserts.size(), size_t(5));
    QVERIFY(server.prefetchCodingPlaces(upserts));
    const qint64 statements = (*connection)->statementCount();
    QStringList taken;
    QStringList kept;
    for (const ChangeRecord &upsert : upserts) {
        auto answer = server.codingPlaceTakenAfter(upsert);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error()));
        const QString who = upsert.key == log.a ? QStringLiteral("A") : upsert.key == log.b ? QStringLiteral("B")
            : upsert.key == log.y                                     ? QStringLiteral("Y")
                                                                      : upsert.key;
        (*answer ? taken : kept) << QStringLiteral("%1 %2-%3")
                                        .arg(who)
                                        .arg(upsert.state.value(u"start").toInteger())
                                        .arg(upsert.state.value(u"end").toInteger());
    }
    QCOMPARE((*connection)->statementCount(), statements);
    kept.sort();   // (the order of one sync's changes in the log is not the point)
    QCOMPARE(taken, QStringList{QStringLiteral("A 12-18")});
    QCOMPARE(kept, (QStringList{QStringLiteral("A 0-6"), QStringLiteral("B 7-10"),
                                QStringLiteral("B 7-10"), QStringLiteral("Y 12-18")}));
}

// The regression itself: the batch read on a log without statistics (a table this small is never
// analysed by autovacuum, as a just-published large one is not yet) must not be a nested loop, which
// reads the log once per asked coding. auto_explain writes the plan each statement ran into the
// cluster's log; the plan of the batch read is looked up there.
void TestTeamPlaces::prefetchReadsTheLogOnceWithoutStatistics()
{
    const Log log = buildLog();
    auto connection = PgConnection::connect(log.url);   // as the cluster's superuser: LOAD is allowed
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
    if (!(*connection)->execScript("LOAD 'auto_explain'"))
        QSKIP("PostgreSQL's auto_explain module is not installed: the plan cannot be read");
    QVERIFY((*connection)->execScript("SET auto_explain.log_min_duration = 0; SET auto_explain.log_format = text"));
    auto analysed = (*connection)->query("SELECT count(*) FROM pg_stats WHERE schemaname = 'marginalia' "
                                         "AND tablename = 'changes'");
    QVERIFY(analysed);
    QCOMPARE(analysed->int64(0, 0), qint64(0));   // no statistics: the case that chose a nested loop
    TeamServer server(**connection);
    QVERIFY(server.project());
    const std::vector<ChangeRecord> upserts = codingUpserts(server);
    QFile serverLog(m_cluster.socketDir() + QStringLiteral("/server.log"));
    QVERIFY2(serverLog.open(QIODevice::ReadOnly), qPrintable(serverLog.fileName()));
    const qint64 before = serverLog.size();
    QVERIFY(server.prefetchCodingPlaces(upserts));
    QVERIFY(serverLog.seek(before));
    const QString written = QString::fromUtf8(serverLog.readAll());
    const qsizetype at = written.indexOf(QStringLiteral("Query Text: SELECT DISTINCT v.n FROM unnest("));
    QVERIFY2(at >= 0, qPrintable(written));
    qsizetype end = written.indexOf(QStringLiteral("LOG:"), at);
    const QString plan = written.mid(at, end < 0 ? -1 : end - at);
    QVERIFY2(plan.contains(u"Join"), qPrintable(plan));
    QVERIFY2(!plan.contains(u"Nested Loop"), qPrintable(plan));
}

// The same batch read for the codings that gave way here to local ones (settleYields): they were put
// back one by one, each asking the log twice whether its place was taken (a scan of the log after it).
// alice's laptop publishes Z at 0–6, and her desktop joins. The laptop codes Y1 at 7–10 and Y2 at
// 12–18 and syncs; the desktop, which has not pulled them, codes X1 at 7–10 and X2 at 12–18. Its sync
// pulls Y1 and Y2, which give way to X1 and X2 (local, waiting); then sends X1 and X2, later in the log
// at the same places, so Y1 and Y2 are nowhere in the team's state; then settles both yields. By hand:
// the desktop ends with Z, X1 and X2, both yields settled (none left, none said not back), and the log
// was asked once for both (the batch read in the cluster's log, the per-coding question never).
void TestTeamPlaces::yieldedCodingsAreSettledWithOneReadOfTheLog()
{
    const QString url = newDatabase();
    const QString database = QStringLiteral("places%1").arg(m_databases);
    auto admin = PgConnection::connect(url);
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error()));
    if (!(*admin)->execScript("LOAD 'auto_explain'"))
        QSKIP("PostgreSQL's auto_explain module is not installed: the statements run cannot be read");
    // Every later connection to this database writes each statement's plan and text into the log.
    QVERIFY((*admin)->execScript(QStringLiteral("ALTER DATABASE %1 SET session_preload_libraries = 'auto_explain'; "
                                                "ALTER DATABASE %1 SET auto_explain.log_min_duration = 0")
                                     .arg(database)
                                     .toStdString()));
    const QString dir = m_files.path() + u'/' + database;
    auto laptop = Project::create(dir + QStringLiteral("-laptop.marginalia"));
    QVERIFY(laptop);
    (*laptop)->setCurrentCoder(QStringLiteral("alice"));
    NewDocument document;
    document.name = QStringLiteral("interview");
    document.text = QStringLiteral("Teachers use tablets now");   // 24 characters
    NewCode code;
    code.name = QStringLiteral("practice");
    QVERIFY(DocumentStore(**laptop).add(document));
    QVERIFY(Codebook(**laptop).add(code));
    const QString z = guidOf(**laptop, addCoding(**laptop, 0, 6));
    QVERIFY(publishProject(**laptop, url));
    auto desktop = joinProject(url, dir + QStringLiteral("-desktop.marginalia"), QStringLiteral("alice"));
    QVERIFY(desktop);
    addCoding(**laptop, 7, 10);
    addCoding(**laptop, 12, 18);
    syncOrFail(**laptop);
    const QString x1 = guidOf(**desktop, addCoding(**desktop, 7, 10));
    const QString x2 = guidOf(**desktop, addCoding(**desktop, 12, 18));

    QFile serverLog(m_cluster.socketDir() + QStringLiteral("/server.log"));
    QVERIFY2(serverLog.open(QIODevice::ReadOnly), qPrintable(serverLog.fileName()));
    const qint64 before = serverLog.size();
    auto report = syncProject(**desktop);
    QVERIFY2(report, report ? "" : qPrintable(report.error()));
    QVERIFY(serverLog.seek(before));
    const QString written = QString::fromUtf8(serverLog.readAll());

    QCOMPARE(report->sent, qint64(2));
    QCOMPARE(report->notBack, qint64(0));
    QStringList codings;
    auto rows = (*desktop)->database().prepare("SELECT guid, start, end FROM codings ORDER BY start");
    QVERIFY(rows);
    while (rows->step())
        codings << QStringLiteral("%1 %2-%3").arg(rows->text(0)).arg(rows->int64(1)).arg(rows->int64(2));
    QCOMPARE(codings, (QStringList{z + QStringLiteral(" 0-6"), x1 + QStringLiteral(" 7-10"),
                                   x2 + QStringLiteral(" 12-18")}));
    auto yields = (*desktop)->database().prepare("SELECT count(*) FROM project_info WHERE key LIKE 'team.yield.%'");
    QVERIFY(yields && yields->step());
    QCOMPARE(yields->int64(0), qint64(0));
    QCOMPARE(written.count(QStringLiteral("Query Text: SELECT DISTINCT v.n FROM unnest(")), qsizetype(1));
    QCOMPARE(written.count(QStringLiteral("state @> $4::jsonb")), qsizetype(0));
}

// wang, a member with the role coder, moves codings of alice's, which the server refuses; his sync puts
// them back. Counted: the statements his sync sent the server for its push and undo, during a sync that
// undoes 3 refused moves and during one that undoes 12 (two copies of his, the same project). Both are
// undone in full, as the server has them.
void TestTeamPlaces::undoingRefusedChangesAsksTheServerOncePerSync()
{
    const QString url = newDatabase();
    const QString database = QStringLiteral("places%1").arg(m_databases);
    const QString dir = m_files.path() + u'/' + database;
    auto alice = Project::create(dir + QStringLiteral("-alice.marginalia"));
    QVERIFY(alice);
    (*alice)->setCurrentCoder(QStringLiteral("alice"));
    NewDocument document;
    document.name = QStringLiteral("interview");
    document.text = QString(200, u'a');
    NewCode code;
    code.name = QStringLiteral("practice");
    QVERIFY(DocumentStore(**alice).add(document));
    QVERIFY(Codebook(**alice).add(code));
    for (int i = 0; i < 12; ++i)
        addCoding(**alice, 10 * i, 10 * i + 5);   // 0–5, 10–15, …, 110–115
    QVERIFY(publishProject(**alice, url));
    {
        auto admin = PgConnection::connect(url);
        QVERIFY(admin);
        // CREATE ROLE takes no parameters; the login is the test's own, the password random letters and digits.
        QVERIFY((*admin)->execScript(QStringLiteral("CREATE ROLE wang_%1 LOGIN PASSWORD '%2'")
                                         .arg(database, m_cluster.password())
                                         .toStdString()));
        QVERIFY(TeamServer(**admin).addMember(QStringLiteral("wang_") + database, QStringLiteral("Wang"),
                                               QStringLiteral("coder")));
    }
    const QString wangUrl = m_cluster.url(database, QStringLiteral("wang_") + database);
    const auto statementsToUndo = [&](int moves, const QString &name) -> qint64 {
        auto wang = joinProject(wangUrl, dir + u'-' + name + QStringLiteral(".marginalia"), QStringLiteral("Wang"));
        if (!wang)
            qFatal("%s", qPrintable(wang.error()));
        (*wang)->setCurrentCoder(QStringLiteral("Wang"));
        for (int i = 0; i < moves; ++i) {
            auto row = (*wang)->database().prepare("SELECT id FROM codings WHERE start = ?1");
            if (!row)
                qFatal("%s", qPrintable(row.error()));
            row->bind(1, qint64(10 * i));
            if (!row->step())
                qFatal("no coding at %d", 10 * i);
            moveOrFail(**wang, row->int64(0), 10 * i + 1, 10 * i + 6);
        }
        auto report = syncProject(**wang);
        if (!report)
            qFatal("%s", qPrintable(report.error()));
        if (report->refused != moves || report->notUndone != 0)
            qFatal("%lld refused, %lld not undone", static_cast<long long>(report->refused),
                   static_cast<long long>(report->notUndone));
        // As the server has them: every coding at its published place.
        auto moved = (*wang)->database().prepare("SELECT count(*) FROM codings WHERE start % 10 <> 0");
        if (!moved || !moved->step() || moved->int64(0) != 0)
            qFatal("a refused move was not undone");
        return report->pushStatements;
    };
    const qint64 few = statementsToUndo(3, QStringLiteral("few"));
    const qint64 many = statementsToUndo(12, QStringLiteral("many"));
    qInfo("statements sent: %lld to undo 3 refused moves, %lld to undo 12", static_cast<long long>(few),
          static_cast<long long>(many));
    // No more statements for 12 than for 3 (each object's last change and each coding's place are read for
    // all at once: 19 and 17; before, about three round trips per refused change: 27 and 52).
    QVERIFY2(many - few < 9, qPrintable(QStringLiteral("%1 statements to undo 3, %2 to undo 12").arg(few).arg(many)));
}

QTEST_GUILESS_MAIN(TestTeamPlaces)
#include "test_team_places.moc"
