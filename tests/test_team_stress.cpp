// Team projects under load and faults (issue 15, "Must show"), against a real PostgreSQL started
// for the run (tests/PgTestCluster.h):
// - twenty working copies, each driven by a process of its own, coding, renaming, writing memos and
//   syncing at random (seeded) moments, converge to identical content with every acknowledged
//   coding exactly once;
// - a long pull and a long push cut by SIGKILL, pg_terminate_backend and `pg_ctl stop -m immediate`
//   keep every batch whole, lose nothing, apply nothing twice, say offline with exit code 1 and
//   catch up on the next sync;
// - a reader connecting with psql writes nothing, a coder only its own; bad credentials are one
//   sentence in the CLI.
//
// The worker processes are this executable run again with --worker (see runWorker): one
// marginalia-cli process per coding costs ~32 ms of CPU, ~22 ms of it the start of a process
// linked against 91 shared libraries, so 10,000 codings through `marginalia-cli code` would need
// 320 s of CPU (160 s on two idle cores) before any sync. The workers code through the same core
// calls as the GUI (one transaction per coding) and run half of their syncs as `marginalia-cli team
// sync` processes on the file they hold open, the other half in-process.

#include "PgTestCluster.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "team/PgConnection.h"
#include "team/TeamServer.h"
#include "team/TeamSync.h"
#include "team/WorkingCopy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <QScopeGuard>

#include <sys/resource.h>

#include <cstdio>

using namespace marginalia;
using namespace marginalia::team;

namespace {

constexpr int kCopies = 20;
constexpr int kCodingsPerCopy = 500;
// WorkingCopy applies pulled changes in local transactions of this many (TeamSync.cpp, kPullBatch).
constexpr int kPullBatch = 5000;

// Everything a team shares, keyed by GUIDs and names (not local row ids), one sorted line per
// object with every field a change record carries (WorkingCopy's kindReaders): two working copies
// that converged give the same dump.
QStringList canonicalDump(Project &project)
{
    QStringList lines;
    const char *queries[] = {
        "SELECT 'coder', name, guid FROM coders",
        "SELECT 'attribute', name, type, position FROM attributes",
        "SELECT 'document', d.guid, d.name, d.content_hash, d.length, ifnull(d.source_format, '~'), "
        "ifnull(d.source_encoding, '~'), ifnull(d.source_path, '~'), ifnull(d.memo, '~'), d.imported_at, "
        "ifnull(r.name, '~') FROM documents d LEFT JOIN coders r ON r.id = d.imported_by",
        "SELECT 'code', c.guid, ifnull(p.guid, '~'), c.name, c.color, c.description, ifnull(c.memo, '~'), c.position, "
        "c.created FROM codes c LEFT JOIN codes p ON p.id = c.parent_id",
        "SELECT 'case', guid, name, ifnull(memo, '~') FROM cases",
        "SELECT 'coding', c.guid, d.guid, k.guid, r.name, c.start, c.end, ifnull(c.memo, '~'), c.created FROM codings c "
        "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id",
        "SELECT 'value', d.guid, a.name, ifnull(v.value, '~') FROM document_attributes v JOIN documents d ON d.id = "
        "v.document_id JOIN attributes a ON a.id = v.attribute_id",
        "SELECT 'member', c.guid, d.guid FROM case_documents m JOIN cases c ON c.id = m.case_id "
        "JOIN documents d ON d.id = m.document_id",
    };
    for (const char *sql : queries) {
        auto rows = project.database().prepare(sql);
        if (!rows)
            qFatal("%s", qPrintable(rows.error()));
        while (rows->step()) {
            QStringList fields;
            for (int column = 0; column < 12; ++column)
                fields << rows->text(column);
            lines << fields.join(u'|');
        }
    }
    lines.sort();
    return lines;
}

// The same lines made from the server's log alone: each object's last change in log order
// ((xid, id), as pulls read it), deleted objects left out, fields from the change's state.
QStringList serverDump(PgConnection &server)
{
    auto rows = server.query("SELECT DISTINCT ON (kind, object_key) kind, object_key, op, state::text "
                             "FROM marginalia.changes WHERE op <> 'note' ORDER BY kind, object_key, xid DESC, id DESC");
    if (!rows)
        qFatal("%s", qPrintable(rows.error()));
    const QHash<QString, std::pair<QString, QStringList>> layout = {
        {QStringLiteral("coder"), {QStringLiteral("coder"), {QStringLiteral("guid")}}},
        {QStringLiteral("attribute"), {QStringLiteral("attribute"), {QStringLiteral("type"), QStringLiteral("position")}}},
        {QStringLiteral("document"),
         {QStringLiteral("document"),
          {QStringLiteral("name"), QStringLiteral("content_hash"), QStringLiteral("length"), QStringLiteral("source_format"),
           QStringLiteral("source_encoding"), QStringLiteral("source_path"), QStringLiteral("memo"),
           QStringLiteral("imported_at"), QStringLiteral("imported_by")}}},
        {QStringLiteral("code"),
         {QStringLiteral("code"),
          {QStringLiteral("parent"), QStringLiteral("name"), QStringLiteral("color"), QStringLiteral("description"),
           QStringLiteral("memo"), QStringLiteral("position"), QStringLiteral("created")}}},
        {QStringLiteral("case"), {QStringLiteral("case"), {QStringLiteral("name"), QStringLiteral("memo")}}},
        {QStringLiteral("coding"),
         {QStringLiteral("coding"),
          {QStringLiteral("document"), QStringLiteral("code"), QStringLiteral("coder"), QStringLiteral("start"),
           QStringLiteral("end"), QStringLiteral("memo"), QStringLiteral("created")}}},
        {QStringLiteral("value"), {QStringLiteral("value"), {QStringLiteral("attribute"), QStringLiteral("value")}}},
        {QStringLiteral("case_document"), {QStringLiteral("member"), {QStringLiteral("document")}}},
    };
    QStringList lines;
    for (int row = 0; row < rows->size(); ++row) {
        if (rows->text(row, 2) != u"upsert")
            continue;
        const auto found = layout.constFind(rows->text(row, 0));
        if (found == layout.cend())
            qFatal("unknown kind %s", qPrintable(rows->text(row, 0)));
        const QJsonObject state = QJsonDocument::fromJson(rows->bytes(row, 3)).object();
        // Values and memberships are keyed "documentGUID/attribute" and "caseGUID/documentGUID".
        QStringList fields{found->first, rows->text(row, 1).section(u'/', 0, 0)};
        if (found->first == u"coder" || found->first == u"attribute")
            fields.last() = rows->text(row, 1);
        for (const QString &name : found->second) {
            const QJsonValue value = state.value(name);
            fields << (value.isNull() || value.isUndefined() ? QStringLiteral("~")
                       : value.isDouble()                     ? QString::number(value.toInteger())
                                                              : value.toString());
        }
        while (fields.size() < 12)
            fields << QString();
        lines << fields.join(u'|');
    }
    lines.sort();
    return lines;
}

// The first differing line of two dumps, for a failure message.
QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (a[i] != b[i])
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(a[i], b[i]);
    }
    return QStringLiteral("%1 lines against %2").arg(a.size()).arg(b.size());
}

qint64 scalar(Project &project, const char *sql)
{
    auto row = project.database().prepare(sql);
    if (!row || !row->step())
        qFatal("%s", sql);
    return row->int64(0);
}

qint64 idByName(Project &project, const char *table, const QString &name)
{
    auto row = project.database().prepare(std::string("SELECT id FROM ") + table + " WHERE name = ?1");
    if (!row)
        qFatal("%s", qPrintable(row.error()));
    row->bind(1, name);
    return row->step() ? row->int64(0) : 0;
}

// CPU seconds of this process and of its children that have ended (workers, marginalia-cli).
double cpuSeconds()
{
    double total = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        total += static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    return total;
}

// CPU seconds of the test cluster's server: the postmaster and its ended backends.
double serverCpuSeconds(const QString &clusterDir)
{
    QFile pidFile(clusterDir + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = pidFile.readLine().trimmed();
    QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields 14-17 (utime, stime, cutime, cstime) after the command name in parentheses.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 1).trimmed().split(' ');
    if (fields.size() < 15)
        return -1;
    double ticks = 0;
    for (int field = 11; field <= 14; ++field)
        ticks += fields[field].toDouble();
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// One working copy's life in a process of its own (test_team_stress --worker PATH CODER INDEX CLI):
// 500 codings, each in its own transaction as in the GUI, every one printed as "ACK <guid>" once
// it is committed; a code of its own made and renamed; memos on every 20th coding, on a shared
// code (workers 4-7) and a rename of a shared code (workers 0-3), which give conflicts; a sync at
// random moments (seeded with INDEX), every other one through `marginalia-cli team sync`.
int runWorker(const QStringList &arguments)
{
    const QString path = arguments.value(2);
    const QString coder = arguments.value(3);
    const int index = arguments.value(4).toInt();
    const QString cli = arguments.value(5);
    auto opened = Project::open(path);
    if (!opened) {
        say(QStringLiteral("FAIL %1").arg(opened.error()));
        return 1;
    }
    Project &project = **opened;
    project.setCurrentCoder(coder);
    QList<qint64> documents;
    {
        auto rows = project.database().prepare("SELECT id FROM documents WHERE length >= 200 ORDER BY guid");
        while (rows && rows->step())
            documents << rows->int64(0);
    }
    NewCode own;
    own.name = QStringLiteral("theme %1").arg(coder);
    auto ownCode = Codebook(project).add(own);
    if (!ownCode || documents.size() < 5) {
        say(QStringLiteral("FAIL no code of its own or too few documents"));
        return 1;
    }
    const QList<qint64> codes{idByName(project, "codes", QStringLiteral("teaching not learning")),
                              idByName(project, "codes", QStringLiteral("student device use")),
                              idByName(project, "codes", QStringLiteral("exam pressure")), *ownCode};
    QRandomGenerator random(1000 + static_cast<quint32>(index));
    int syncs = 0;
    QElapsedTimer clock;
    qint64 syncMs = 0;
    const auto syncNow = [&]() {
        ++syncs;
        clock.start();
        const auto timed = qScopeGuard([&] { syncMs += clock.elapsed(); });
        if (syncs % 2 == 0) {
            QProcess process;
            process.start(cli, {QStringLiteral("team"), QStringLiteral("sync"), path});
            if (!process.waitForFinished(120000) || process.exitCode() != 0)
                say(QStringLiteral("SYNCFAIL cli %1").arg(QString::fromUtf8(process.readAllStandardError()).simplified()));
            return;
        }
        auto report = syncProject(project);
        if (!report)
            say(QStringLiteral("SYNCFAIL %1").arg(report.error()));
    };
    CodingStore codings(project);
    for (int k = 0; k < kCodingsPerCopy; ++k) {
        // (document, start) differs for every k, so no two of this coder's codings are alike.
        NewCoding coding;
        coding.documentId = documents[k % documents.size()];
        coding.start = k / documents.size();
        coding.end = coding.start + 1 + index % 7;
        coding.codeId = codes[k % codes.size()];
        auto added = codings.add(coding);
        if (!added || !added->created) {
            say(QStringLiteral("FAIL coding %1: %2").arg(k).arg(added ? QStringLiteral("existed") : added.error()));
            return 1;
        }
        auto guid = project.database().prepare("SELECT guid FROM codings WHERE id = ?1");
        guid->bind(1, added->id);
        guid->step();
        say(QStringLiteral("ACK %1").arg(guid->text(0)));
        if (k % 20 == 7 && !codings.setMemo(added->id, QStringLiteral("memo of %1 on coding %2").arg(coder).arg(k)))
            say(QStringLiteral("FAIL memo"));
        if (k == 250 && index < 4 && !Codebook(project).rename(codes[2], QStringLiteral("exam pressure %1").arg(coder)))
            say(QStringLiteral("FAIL rename"));
        if (k == 100 && index >= 4 && index < 8
            && !Codebook(project).setMemo(idByName(project, "codes", QStringLiteral("teacher training")),
                                          QStringLiteral("training, as %1 sees it").arg(coder)))
            say(QStringLiteral("FAIL code memo"));
        if (k == 300 && !Codebook(project).rename(*ownCode, QStringLiteral("theme %1 renamed").arg(coder)))
            say(QStringLiteral("FAIL own rename"));
        if (random.bounded(40) == 0)
            syncNow();
    }
    say(QStringLiteral("DONE %1 %2").arg(syncs).arg(syncMs));
    return 0;
}

// The faults a sync may meet, each at a random moment (seeded) of a long pull or push.
enum class Fault { Kill, Terminate, StopServer };

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MARGINALIA_CLI), arguments);
    process.waitForFinished(180000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestTeamStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void twentyCopiesConverge();
    void longPullSurvivesKillsCutsAndServerStops();
    void longPushSurvivesKillsCutsAndServerStops();
    void psqlLoginsStayWithinTheirRole();
    void badCredentialsAreOneSentenceInTheCli();

private:
    QString freshDatabase();
    // An administrator's connection to the cluster's database of this URL.
    std::unique_ptr<PgConnection> admin(const QString &url);
    // The server backend of the one other Marginalia connection to this database (a sync under
    // way), waiting up to 30 s until it has run a statement containing `doing`; 0 if none came.
    int backendDoing(PgConnection &admin, const QString &database, const QString &doing);
    // A working copy's local codings against the server's log up to its watermark: equal when
    // every pulled batch was applied whole, with its watermark, and nothing twice.
    void checkWatermarkMatchesContent(const QString &path, PgConnection &admin);
    // A sync of `path` in a marginalia-cli process, met by `fault` delayMs after its server
    // connection has run a statement containing `doing`; cut: it was still running then.
    // batches > 0: and after the copy's watermark has moved that many times (batches applied).
    CliRun syncWithFault(const QString &path, const QString &url, const QString &doing, Fault fault,
                         int delayMs, bool *cut, int batches = 0);
    static void checkOfflineSentence(const CliRun &run, const char *why);
    void checkOfflineAndRestart(const QString &path, qint64 waiting);

    PgTestCluster m_cluster;
    QTemporaryDir m_files;
    int m_databases = 0;
};

void TestTeamStress::initTestCase()
{
    if (PgTestCluster::binDir().isEmpty())
        QSKIP("PostgreSQL's server (initdb, pg_ctl) is not installed: install postgresql-15 (.ci/install-deps does) "
              "to run the team tests");
    const QString error = m_cluster.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTeamStress::cleanupTestCase()
{
    m_cluster.destroy();
}

QString TestTeamStress::freshDatabase()
{
    const QString name = QStringLiteral("stress%1").arg(++m_databases);
    auto connection = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    if (!connection)
        qFatal("%s", qPrintable(connection.error()));
    if (auto ok = (*connection)->execScript("CREATE DATABASE " + name.toStdString()); !ok)
        qFatal("%s", qPrintable(ok.error()));
    return m_cluster.url(name);
}

std::unique_ptr<PgConnection> TestTeamStress::admin(const QString &url)
{
    auto connection = PgConnection::connect(url);
    if (!connection)
        qFatal("%s", qPrintable(connection.error()));
    return std::move(*connection);
}

void TestTeamStress::twentyCopiesConverge()
{
    QElapsedTimer wall;
    wall.start();
    const double cpuAtStart = cpuSeconds();
    const double serverCpuAtStart = serverCpuSeconds(m_cluster.socketDir());
    const QString url = freshDatabase();
    const QString dir = m_files.path() + QStringLiteral("/twenty");
    QDir().mkpath(dir);
    QStringList copies;
    for (int i = 0; i < kCopies; ++i)
        copies << dir + QStringLiteral("/c%1.marginalia").arg(i);
    QCOMPARE(runCli({QStringLiteral("demo"), copies[0]}).exitCode, 0);
    CliRun published = runCli({QStringLiteral("team"), QStringLiteral("publish"), copies[0], url, QStringLiteral("--coder"),
                               QStringLiteral("c0")});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    qint64 demoCodings = 0;
    {
        auto project = Project::open(copies[0], Project::Access::ReadOnly);
        QVERIFY(project);
        demoCodings = scalar(**project, "SELECT count(*) FROM codings");
    }
    QCOMPARE(demoCodings, qint64(120));   // the demo corpus: 120 codings (marginalia-cli info)
    for (int i = 1; i < kCopies; ++i) {
        CliRun joined = runCli({QStringLiteral("team"), QStringLiteral("join"), url, copies[i], QStringLiteral("--coder"),
                                QStringLiteral("c%1").arg(i)});
        QVERIFY2(joined.exitCode == 0, joined.err.constData());
    }
    const qint64 setupMs = wall.elapsed();

    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < kCopies; ++i) {
        auto worker = std::make_unique<QProcess>();
        worker->start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--worker"), copies[i], QStringLiteral("c%1").arg(i), QString::number(i),
                       QStringLiteral(MARGINALIA_CLI)});
        workers.push_back(std::move(worker));
    }
    QSet<QString> acknowledged;
    QHash<QString, int> acknowledgedBy;
    int syncFailures = 0;
    int workerSyncs = 0;
    qint64 workerSyncMs = 0;
    for (int i = 0; i < kCopies; ++i) {
        QProcess &worker = *workers[static_cast<size_t>(i)];
        QVERIFY2(worker.waitForFinished(280000), "a worker did not finish");
        const QStringList lines = QString::fromUtf8(worker.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(u"ACK ")) {
                acknowledged.insert(line.mid(4));
                ++acknowledgedBy[QStringLiteral("c%1").arg(i)];
            } else if (line.startsWith(u"DONE ")) {
                workerSyncs += line.section(u' ', 1, 1).toInt();
                workerSyncMs += line.section(u' ', 2, 2).toLongLong();
            } else if (line.startsWith(u"SYNCFAIL")) {
                ++syncFailures;
                qWarning("c%d: %s", i, qPrintable(line));
            } else if (line.startsWith(u"FAIL")) {
                QFAIL(qPrintable(QStringLiteral("c%1: %2").arg(i).arg(line)));
            }
        }
        QCOMPARE(worker.exitCode(), 0);
        QCOMPARE(acknowledgedBy.value(QStringLiteral("c%1").arg(i)), kCodingsPerCopy);
    }
    QCOMPARE(syncFailures, 0);
    QCOMPARE(acknowledged.size(), qsizetype(kCopies * kCodingsPerCopy));   // 10,000 distinct GUIDs
    const qint64 workMs = wall.elapsed() - setupMs;

    // Everyone syncs until a whole round moves nothing: the first round sends what is left, the
    // second brings it to everyone, conflicts found on the way may need one more.
    int rounds = 0;
    for (bool quiet = false; !quiet; ++rounds) {
        QVERIFY2(rounds < 6, "the copies did not become quiet in 6 rounds of syncs");
        quiet = true;
        for (const QString &path : copies) {
            auto project = Project::open(path);
            QVERIFY(project);
            auto report = syncProject(**project);
            QVERIFY2(report, report ? "" : qPrintable(report.error()));
            if (report->pulled > 0 || report->sent > 0)
                quiet = false;
        }
    }
    const qint64 settleMs = wall.elapsed() - setupMs - workMs;

    // The server's content, from its log alone.
    auto server = admin(url);
    const QStringList reference = serverDump(*server);
    // Every acknowledged coding exactly once, and nothing else: the demo's 120 and the 10,000.
    QHash<QString, int> seen;
    int codingLines = 0;
    for (const QString &line : std::as_const(reference)) {
        if (!line.startsWith(u"coding|"))
            continue;
        ++codingLines;
        ++seen[line.section(u'|', 1, 1)];
    }
    QCOMPARE(codingLines, int(demoCodings) + kCopies * kCodingsPerCopy);
    for (const QString &guid : std::as_const(acknowledged))
        QVERIFY2(seen.value(guid) == 1, qPrintable(guid));
    // One of the four renames of the shared code won; every own code is renamed.
    int sharedNames = 0;
    for (int i = 0; i < 4; ++i)
        sharedNames += static_cast<int>(reference.filter(QStringLiteral("|exam pressure c%1|").arg(i)).size());
    QCOMPARE(sharedNames, 1);
    for (int i = 0; i < kCopies; ++i)
        QCOMPARE(reference.filter(QStringLiteral("|theme c%1 renamed|").arg(i)).size(), qsizetype(1));
    // 25 memos per copy (k = 7, 27, …, 487).
    QCOMPARE(reference.filter(QStringLiteral("|memo of c")).size(), qsizetype(kCopies * 25));

    for (const QString &path : copies) {
        auto project = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(project);
        const QStringList dump = canonicalDump(**project);
        QVERIFY2(dump == reference, qPrintable(path + u' ' + firstDifference(dump, reference)));
        QCOMPARE(WorkingCopy(**project).waitingCount().value_or(-1), qint64(0));
    }
    // The server's log: each coding key is there, and none was deleted.
    auto keys = server->query("SELECT count(DISTINCT object_key), count(*) FILTER (WHERE op = 'delete') "
                              "FROM marginalia.changes WHERE kind = 'coding'");
    QVERIFY(keys);
    QCOMPARE(keys->int64(0, 0), demoCodings + kCopies * kCodingsPerCopy);
    QCOMPARE(keys->int64(0, 1), qint64(0));
    // Someone joining now gets the same; here c0 joins again (a new computer): the coder c0 keeps
    // the team's GUID.
    const QString again = dir + QStringLiteral("/c0-again.marginalia");
    {
        auto joined = joinProject(url, again, QStringLiteral("c0"));
        QVERIFY2(joined, joined ? "" : qPrintable(joined.error()));
        const QStringList dump = canonicalDump(**joined);
        QVERIFY2(dump == reference, qPrintable(firstDifference(dump, reference)));
        QCOMPARE(WorkingCopy(**joined).waitingCount().value_or(-1), qint64(0));
    }
    qInfo("20 copies x 500 codings: setup %lld ms, workers %lld ms (%d syncs in them, %lld ms in all), %d rounds to "
          "quiet %lld ms, total %lld ms wall; CPU: %.1f s test, workers and marginalia-cli, %.1f s server",
          setupMs, workMs, workerSyncs, workerSyncMs, rounds, settleMs, wall.elapsed(), cpuSeconds() - cpuAtStart,
          serverCpuSeconds(m_cluster.socketDir()) - serverCpuAtStart);
}

int TestTeamStress::backendDoing(PgConnection &admin, const QString &database, const QString &doing)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        auto rows = admin.query("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() "
                                "AND application_name = 'marginalia' AND strpos(query, $2) > 0",
                                {pgText(database), pgText(doing)});
        if (rows && rows->size() > 0)
            return static_cast<int>(rows->int64(0, 0));
        QTest::qWait(5);
    }
    return 0;
}

void TestTeamStress::checkWatermarkMatchesContent(const QString &path, PgConnection &admin)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    QVERIFY2(project, project ? "" : qPrintable(project.error()));
    auto binding = WorkingCopy(**project).binding();
    QVERIFY(binding && *binding);
    const LogPosition pulled = (*binding)->pulled;
    auto onServer = admin.query("SELECT count(DISTINCT object_key) FROM marginalia.changes WHERE kind = 'coding' "
                                "AND (xid, id) <= ($1::xid8, $2::bigint)",
                                {pgText(pulled.xid), pgInt(pulled.id)});
    QVERIFY2(onServer, onServer ? "" : qPrintable(onServer.error()));
    // Local codings not yet sent (a copy that codes itself) are not on the server up to the mark.
    const qint64 local = scalar(**project, "SELECT count(*) FROM codings c WHERE NOT EXISTS (SELECT 1 FROM team_outbox o "
                                           "WHERE o.kind = 'coding' AND o.key = c.guid) AND NOT EXISTS (SELECT 1 FROM "
                                           "team_pending p WHERE p.kind = 'coding' AND p.key = c.guid)");
    QCOMPARE(local, onServer->int64(0, 0));
    qInfo("%s holds %lld codings, as the log up to its watermark %s", qPrintable(QFileInfo(path).fileName()), local,
          qPrintable(pulled.toString()));
}

namespace {

// Adds `count` codings by the project's current coder in one transaction, all distinct from those
// of other rounds: (document, start, end) with start from 50 * round.
void addCodingsForRound(Project &project, int round, int count)
{
    QList<qint64> documents;
    auto rows = project.database().prepare("SELECT id FROM documents WHERE length >= 1000 ORDER BY guid LIMIT 4");
    while (rows->step())
        documents << rows->int64(0);
    if (documents.size() < 4)
        qFatal("the demo has fewer than 4 documents of 1,000 characters");
    auto code = Codebook(project).find(QStringLiteral("teacher training"));
    if (!code)
        qFatal("%s", qPrintable(code.error()));
    QList<NewCoding> batch;
    // i -> (i % 4, (i / 4) % 50, i / 200) is one-to-one; starts of other rounds differ; ends stay
    // below 50 * 5 + 50 + 100 < 1,000 (five rounds, at most 20,000 codings in one).
    for (int i = 0; i < count; ++i) {
        NewCoding coding;
        coding.documentId = documents[i % 4];
        coding.start = 50 * round + (i / 4) % 50;
        coding.end = coding.start + 1 + i / 200;
        coding.codeId = *code;
        batch << coding;
    }
    auto added = CodingStore(project).addAll(batch);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
}

// The line of stderr that explains a failure (marginalia-cli also prints which coder it works as).
QString failureLine(const QByteArray &err)
{
    const QStringList lines = QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.startsWith(u"coder: "))
            return line;
    }
    return {};
}

} // namespace

void TestTeamStress::checkOfflineSentence(const CliRun &run, const char *why)
{
    QCOMPARE(run.exitCode, 1);
    const QString line = failureLine(run.err);
    QVERIFY2(line.startsWith(u"marginalia-cli: Offline: ") && line.contains(QLatin1StringView(why)) && line.endsWith(u"with the next sync."),
             qPrintable(line));
    // One sentence for a person: not libpq's or the server's text.
    for (const char *raw : {"FATAL", "terminating connection", "server closed the connection", "libpq", "SQLSTATE"})
        QVERIFY2(!line.contains(QLatin1StringView(raw)), qPrintable(line));
    int sentences = 0;
    for (const QString &other : QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts))
        sentences += static_cast<int>(!other.startsWith(u"coder: "));
    QCOMPARE(sentences, 1);
}

CliRun TestTeamStress::syncWithFault(const QString &path, const QString &url, const QString &doing, Fault fault,
                                     int delayMs, bool *cut, int batches)
{
    const auto watermark = [&path]() -> QString {
        auto project = Project::open(path, Project::Access::ReadOnly);
        if (!project)
            return {};
        auto binding = WorkingCopy(**project).binding();
        return binding && *binding ? (*binding)->pulled.toString() : QString();
    };
    QString mark = watermark();
    const QString database = QUrl(url).path().mid(1);
    auto watcher = admin(url);
    QProcess process;
    process.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("team"), QStringLiteral("sync"), path});
    process.waitForStarted();
    const int backend = backendDoing(*watcher, database, doing);
    if (backend == 0)
        qWarning("the sync never ran a statement with '%s'", qPrintable(doing));
    QElapsedTimer waited;
    waited.start();
    for (int moved = 0; moved < batches && process.state() == QProcess::Running && waited.elapsed() < 120000;) {
        QTest::qWait(10);
        if (const QString now = watermark(); !now.isEmpty() && now != mark) {
            mark = now;
            ++moved;
        }
    }
    QTest::qWait(delayMs);
    *cut = process.state() == QProcess::Running;
    switch (fault) {
    case Fault::Kill:
        process.kill();
        break;
    case Fault::Terminate:
        if (!watcher->run("SELECT pg_terminate_backend($1::int)", {pgInt(backend)}))
            qWarning("pg_terminate_backend failed");
        break;
    case Fault::StopServer:
        watcher.reset();
        if (const QString error = m_cluster.stopImmediately(); !error.isEmpty())
            qWarning("%s", qPrintable(error));
        break;
    }
    process.waitForFinished(120000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// While the server is down: the CLI says so (exit 1, one sentence), status says offline and why,
// and the changes waiting are all still counted (waiting < 0: as many as the file has); then the
// server comes back, whatever failed here.
void TestTeamStress::checkOfflineAndRestart(const QString &path, qint64 waiting)
{
    struct Restart
    {
        PgTestCluster &cluster;
        ~Restart() { cluster.restart(); }
    } restart{m_cluster};
    if (waiting < 0) {
        auto project = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(project);
        waiting = WorkingCopy(**project).waitingCount().value_or(-1);
    }
    checkOfflineSentence(runCli({QStringLiteral("team"), QStringLiteral("sync"), path}), "no PostgreSQL server answers there");
    CliRun status = runCli({QStringLiteral("team"), QStringLiteral("status"), path, QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(json.value(u"offline").toBool(), true);
    QVERIFY2(json.value(u"offline_reason").toString().contains(u"no PostgreSQL server answers there"),
             qPrintable(json.value(u"offline_reason").toString()));
    QCOMPARE(json.value(u"waiting").toInteger(), waiting);
}

// A copy pulls long runs of codings (each round 6,000 new ones from alice, two batches of
// kPullBatch and more; 20,000 before the cut connection); each pull is cut at a random moment:
// SIGKILL three times, its connection terminated by the server (pg_terminate_backend), the server
// stopped (`pg_ctl stop -m immediate`).
// After each, what the copy holds is exactly what the log holds up to its watermark (batches
// whole, nothing twice); a cut sync says why with exit code 1; the next sync catches up.
void TestTeamStress::longPullSurvivesKillsCutsAndServerStops()
{
    const QString url = freshDatabase();
    const QString dir = m_files.path() + QStringLiteral("/pull");
    QDir().mkpath(dir);
    const QString alicePath = dir + QStringLiteral("/alice.marginalia");
    const QString bobPath = dir + QStringLiteral("/bob.marginalia");
    QCOMPARE(runCli({QStringLiteral("demo"), alicePath}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("publish"), alicePath, url, QStringLiteral("--coder"),
                     QStringLiteral("alice")})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("join"), url, bobPath, QStringLiteral("--coder"),
                     QStringLiteral("bob")})
                 .exitCode,
             0);
    const int perRound[] = {kPullBatch + 1000, kPullBatch + 1000, kPullBatch + 1000, 4 * kPullBatch, kPullBatch + 1000};
    QRandomGenerator random(20261130);
    const Fault faults[] = {Fault::Kill, Fault::Kill, Fault::Kill, Fault::Terminate, Fault::StopServer};
    int cutMidway = 0;
    qint64 added = 0;
    for (int round = 0; round < 5; ++round) {
        {
            auto alice = Project::open(alicePath);
            QVERIFY(alice);
            (*alice)->setCurrentCoder(QStringLiteral("alice"));
            addCodingsForRound(**alice, round, perRound[round]);
            added += perRound[round];
            auto sent = syncProject(**alice);
            QVERIFY2(sent, sent ? "" : qPrintable(sent.error()));
            QCOMPARE(sent->sent, qint64(perRound[round] + (round == 0 ? 1 : 0)));   // and the coder alice, once
        }
        bool cut = false;
        // After 0 or 1 whole batches (0 to 2 of the four and more before the cut connection), and
        // up to 0.15 s into the next: applying a batch of 5,000 takes longer.
        const int batches = static_cast<int>(random.bounded(0, faults[round] == Fault::Terminate ? 3 : 2));
        const int delay = static_cast<int>(random.bounded(0, 150));
        const CliRun run = syncWithFault(bobPath, url, QStringLiteral("pg_snapshot_xmin"), faults[round], delay, &cut,
                                         batches);
        cutMidway += static_cast<int>(cut);
        if (faults[round] == Fault::Terminate) {
            QVERIFY2(cut, "the sync ended before its connection was cut");
            checkOfflineSentence(run, "stopped answering");
        } else if (faults[round] == Fault::StopServer) {
            checkOfflineAndRestart(bobPath, -1);
            checkOfflineSentence(run, "stopped answering");
        }
        auto server = admin(url);
        checkWatermarkMatchesContent(bobPath, *server);
    }
    qInfo("%d of 5 pulls were cut mid-way", cutMidway);
    QVERIFY(cutMidway >= 3);
    const CliRun last = runCli({QStringLiteral("team"), QStringLiteral("sync"), bobPath, QStringLiteral("--json")});
    QVERIFY2(last.exitCode == 0, last.err.constData());
    // alice hears of the coder bob, who had not got through before.
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("sync"), alicePath}).exitCode, 0);
    auto alice = Project::open(alicePath, Project::Access::ReadOnly);
    auto bob = Project::open(bobPath, Project::Access::ReadOnly);
    QVERIFY(alice && bob);
    // The demo's 120 codings and 4 rounds of 6,000 and one of 20,000.
    QCOMPARE(added, qint64(44000));
    QCOMPARE(scalar(**bob, "SELECT count(*) FROM codings"), qint64(120) + added);
    const QStringList dump = canonicalDump(**alice);
    QVERIFY2(canonicalDump(**bob) == dump, qPrintable(firstDifference(canonicalDump(**bob), dump)));
    auto server = admin(url);
    const QStringList fromLog = serverDump(*server);
    QVERIFY2(fromLog == dump, qPrintable(firstDifference(fromLog, dump)));
}

// A copy pushes long runs of its own codings (6,000 more each round), each push cut at a random
// moment as above. The push is one server transaction: after a cut the server has all of the
// records or none, a retry sends the same GUIDs, and at the end each coding is on the server once.
void TestTeamStress::longPushSurvivesKillsCutsAndServerStops()
{
    const QString url = freshDatabase();
    const QString dir = m_files.path() + QStringLiteral("/push");
    QDir().mkpath(dir);
    const QString alicePath = dir + QStringLiteral("/alice.marginalia");
    const QString bobPath = dir + QStringLiteral("/bob.marginalia");
    QCOMPARE(runCli({QStringLiteral("demo"), alicePath}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("publish"), alicePath, url, QStringLiteral("--coder"),
                     QStringLiteral("alice")})
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("join"), url, bobPath, QStringLiteral("--coder"),
                     QStringLiteral("bob")})
                 .exitCode,
             0);
    constexpr int kPerRound = 6000;
    QRandomGenerator random(15);
    const Fault faults[] = {Fault::Kill, Fault::Kill, Fault::Kill, Fault::Terminate, Fault::StopServer};
    const auto bobsOnServer = [&]() -> std::pair<qint64, qint64> {
        auto server = admin(url);
        auto counts = server->query("SELECT count(*), count(DISTINCT object_key) FROM marginalia.changes "
                                    "WHERE kind = 'coding' AND author = 'bob'");
        if (!counts)
            qFatal("%s", qPrintable(counts.error()));
        return {counts->int64(0, 0), counts->int64(0, 1)};
    };
    int cutMidway = 0;
    qint64 added = 0;
    for (int round = 0; round < 5; ++round) {
        // The changes waiting before the push: this round's, the coder bob until a push got through, and any a kill
        // left waiting in an earlier round although the server had them (they go again with this push).
        qint64 waitingBefore = -1;
        {
            auto bob = Project::open(bobPath);
            QVERIFY(bob);
            (*bob)->setCurrentCoder(QStringLiteral("bob"));
            addCodingsForRound(**bob, round, kPerRound);
            added += kPerRound;
            waitingBefore = WorkingCopy(**bob).waitingCount().value_or(-1);
        }
        const qint64 before = bobsOnServer().first;
        bool cut = false;
        // A batched push of 6,000 changes takes a few statements and well under a second: the fault comes within
        // 100 ms of the first one. A sync that still ended before it (a fast machine) is not an offline one.
        const CliRun run = syncWithFault(bobPath, url, QStringLiteral("INSERT INTO marginalia.changes"), faults[round],
                                         static_cast<int>(random.bounded(0, 100)), &cut);
        cutMidway += static_cast<int>(cut);
        if (faults[round] == Fault::Terminate && cut) {
            checkOfflineSentence(run, "stopped answering");
        } else if (faults[round] == Fault::StopServer) {
            if (cut) {
                // bob's codings not on the server, and the coder bob until a push got through.
                checkOfflineAndRestart(bobPath, waitingBefore);
                checkOfflineSentence(run, "stopped answering");
            } else {
                QVERIFY2(run.exitCode == 0, run.err.constData());
                m_cluster.restart();
            }
        }
        // All of the push or none of it; never a coding twice.
        const auto [changes, codings] = bobsOnServer();
        QCOMPARE(changes, codings);
        QVERIFY2(changes == before || changes == added, qPrintable(QStringLiteral("%1 of bob's codings on the server, "
                                                                                  "%2 before the push, %3 made")
                                                                       .arg(changes)
                                                                       .arg(before)
                                                                       .arg(added)));
        auto bob = Project::open(bobPath, Project::Access::ReadOnly);
        QVERIFY(bob);
        // A push that got through leaves nothing waiting (the coder bob went with the first one), except after a kill
        // between the server's commit and this copy's (a batched push leaves that moment wide open): then all that was
        // sent still waits here, and the next push sends it again with its own; the server keeps each change once
        // (checked after the last round). A push that did not get through leaves all that waited.
        const qint64 waiting = WorkingCopy(**bob).waitingCount().value_or(-1);
        const bool pushed = changes == added;
        const bool expected = pushed ? waiting == 0 || (faults[round] != Fault::StopServer && waiting == waitingBefore)
                                     : waiting == waitingBefore;
        QVERIFY2(expected, qPrintable(QStringLiteral("%1 changes waiting after a push that %2 (%3 waited before it)")
                                          .arg(waiting)
                                          .arg(pushed ? QStringLiteral("got through") : QStringLiteral("did not"))
                                          .arg(waitingBefore)));
    }
    qInfo("%d of 5 pushes were cut mid-way", cutMidway);
    QVERIFY(cutMidway >= 3);
    const CliRun last = runCli({QStringLiteral("team"), QStringLiteral("sync"), bobPath});
    QVERIFY2(last.exitCode == 0, last.err.constData());
    QCOMPARE(bobsOnServer(), std::make_pair(added, added));
    auto alice = Project::open(alicePath);
    QVERIFY(alice);
    auto pulled = syncProject(**alice);
    QVERIFY2(pulled, pulled ? "" : qPrintable(pulled.error()));
    QCOMPARE(scalar(**alice, "SELECT count(*) FROM codings"), qint64(120) + added);
    auto bob = Project::open(bobPath, Project::Access::ReadOnly);
    QVERIFY(bob);
    const QStringList dump = canonicalDump(**bob);
    QVERIFY2(canonicalDump(**alice) == dump, qPrintable(firstDifference(canonicalDump(**alice), dump)));
    auto server = admin(url);
    QVERIFY2(serverDump(*server) == dump, qPrintable(firstDifference(serverDump(*server), dump)));
}

// A reader and a coder with real logins, connecting with psql as anyone could. Every way for the
// reader to write is refused by the server (grants, row-level security), including making itself
// an owner; the coder adds a coding of its own but cannot write as someone else or change or
// delete another coder's coding. test_team does the same through libpq.
void TestTeamStress::psqlLoginsStayWithinTheirRole()
{
    const QString psql = QFileInfo(PgTestCluster::binDir() + QStringLiteral("/psql")).exists()
        ? PgTestCluster::binDir() + QStringLiteral("/psql")
        : QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        QSKIP("psql is not installed (postgresql-client)");
    const QString url = freshDatabase();
    const QString database = QUrl(url).path().mid(1);
    const QString dir = m_files.path() + QStringLiteral("/reader");
    QDir().mkpath(dir);
    const QString project = dir + QStringLiteral("/p.marginalia");
    QCOMPARE(runCli({QStringLiteral("demo"), project}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("publish"), project, url, QStringLiteral("--coder"),
                     QStringLiteral("Li Na")})
                 .exitCode,
             0);
    auto server = admin(url);
    QVERIFY(server->execScript(QStringLiteral("DROP ROLE IF EXISTS zhou_r; CREATE ROLE zhou_r LOGIN PASSWORD '%1'")
                                   .arg(m_cluster.password())
                                   .toStdString()));
    const CliRun added = runCli({QStringLiteral("team"), QStringLiteral("add-member"), url, QStringLiteral("zhou_r"),
                                 QStringLiteral("--coder"), QStringLiteral("Zhou"), QStringLiteral("--role"),
                                 QStringLiteral("reader")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    auto before = server->query("SELECT count(*) FROM marginalia.changes");
    QVERIFY(before);
    const qint64 changes = before->int64(0, 0);
    const QString asReader = m_cluster.url(database, QStringLiteral("zhou_r"));
    const auto psqlAsReader = [&](const QString &sql) {
        QProcess process;
        process.start(psql, {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                             QStringLiteral("-d"), asReader, QStringLiteral("-c"), sql});
        process.waitForFinished(30000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    // The reader reads.
    const auto [readCode, readErr] = psqlAsReader(QStringLiteral("SELECT count(*) FROM marginalia.changes"));
    QVERIFY2(readCode == 0, qPrintable(readErr));
    const QStringList writes{
        QStringLiteral("INSERT INTO marginalia.changes(change_guid, origin, author, kind, object_key, op, state, base_xid, "
                       "base_id) VALUES (gen_random_uuid(), gen_random_uuid(), 'Zhou', 'coding', 'k', 'upsert', "
                       "'{\"coder\": \"Zhou\"}', '0', 0)"),
        QStringLiteral("UPDATE marginalia.changes SET author = 'Zhou'"),
        QStringLiteral("DELETE FROM marginalia.changes"),
        QStringLiteral("TRUNCATE marginalia.changes"),
        QStringLiteral("INSERT INTO marginalia.texts(content_hash, body) VALUES ('x', 'y')"),
        QStringLiteral("DELETE FROM marginalia.texts"),
        QStringLiteral("UPDATE marginalia.info SET value = '99' WHERE key = 'schema_version'"),
        QStringLiteral("INSERT INTO marginalia.members(login, coder, role) VALUES ('zhou_r', 'Zhou', 'owner')"),
        QStringLiteral("UPDATE marginalia.members SET role = 'owner' WHERE login = 'zhou_r'"),
        QStringLiteral("SELECT marginalia.add_member('zhou_r', 'Zhou', 'owner')"),
        QStringLiteral("CREATE TABLE marginalia.mine(x int)"),
        QStringLiteral("GRANT %1_owner TO zhou_r").arg(database),
    };
    for (const QString &sql : writes) {
        const auto [code, err] = psqlAsReader(sql);
        QVERIFY2(code != 0, qPrintable(QStringLiteral("the reader could: %1").arg(sql)));
        QVERIFY2(err.contains(u"permission denied") || err.contains(u"row-level security") || err.contains(u"append-only")
                     || err.contains(u"must have admin option") || err.contains(u"may not"),
                 qPrintable(sql + u' ' + err));
    }
    // A coder, also with psql: may add a coding of its own, not write as someone else nor touch
    // another coder's coding (the publisher's, Li Na's).
    QVERIFY(server->execScript(QStringLiteral("DROP ROLE IF EXISTS wang_c; CREATE ROLE wang_c LOGIN PASSWORD '%1'")
                                   .arg(m_cluster.password())
                                   .toStdString()));
    TeamServer team(*server);
    QVERIFY(team.addMember(QStringLiteral("wang_c"), QStringLiteral("Wang"), QStringLiteral("coder")));
    auto theirs = server->query("SELECT object_key FROM marginalia.changes WHERE kind = 'coding' AND state->>'coder' = 'Li Na' "
                                "LIMIT 1");
    QVERIFY(theirs && theirs->size() == 1);
    const QString asCoder = m_cluster.url(database, QStringLiteral("wang_c"));
    const auto psqlAsCoder = [&](const QString &author, const QString &key, const QString &op) {
        QProcess process;
        process.start(psql, {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                             QStringLiteral("-d"), asCoder, QStringLiteral("-c"),
                             QStringLiteral("INSERT INTO marginalia.changes(change_guid, origin, author, kind, object_key, op, "
                                            "state, base_xid, base_id) VALUES (gen_random_uuid(), gen_random_uuid(), '%1', "
                                            "'coding', '%2', '%3', '{\"coder\": \"%1\"}', '0', 0)")
                                 .arg(author, key, op)});
        process.waitForFinished(30000);
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    const QString ownKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto [ownCode, ownErr] = psqlAsCoder(QStringLiteral("Wang"), ownKey, QStringLiteral("upsert"));
    QVERIFY2(ownCode == 0, qPrintable(ownErr));
    for (const auto &[author, key, op] : {std::tuple{QStringLiteral("Li Na"), ownKey, QStringLiteral("upsert")},
                                          std::tuple{QStringLiteral("Wang"), theirs->text(0, 0), QStringLiteral("upsert")},
                                          std::tuple{QStringLiteral("Wang"), theirs->text(0, 0), QStringLiteral("delete")}}) {
        const auto [code, err] = psqlAsCoder(author, key, op);
        QVERIFY2(code != 0, qPrintable(QStringLiteral("the coder could: %1 %2 as %3").arg(op, key, author)));
        QVERIFY2(err.contains(u"row-level security"), qPrintable(err));
    }

    auto after = server->query("SELECT count(*) - 1, (SELECT role FROM marginalia.members WHERE login = 'zhou_r'), "
                               "(SELECT value FROM marginalia.info WHERE key = 'schema_version') FROM marginalia.changes");
    QVERIFY(after);
    QCOMPARE(after->int64(0, 0), changes);   // all but the coder's own coding
    QCOMPARE(after->text(0, 1), QStringLiteral("reader"));
    QCOMPARE(after->text(0, 2), QString::number(team::TeamServer::kSchemaVersion));   // nothing was upgraded by them
}

// Bad credentials through marginalia-cli: exit code 1 and one sentence naming the server without
// the password, not libpq's lines; a failed join leaves no file.
void TestTeamStress::badCredentialsAreOneSentenceInTheCli()
{
    const QString url = freshDatabase();
    const QString dir = m_files.path() + QStringLiteral("/credentials");
    QDir().mkpath(dir);
    const QString project = dir + QStringLiteral("/p.marginalia");
    QCOMPARE(runCli({QStringLiteral("demo"), project}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("publish"), project, url, QStringLiteral("--coder"),
                     QStringLiteral("Li Na")})
                 .exitCode,
             0);
    QProcessEnvironment wrong = QProcessEnvironment::systemEnvironment();
    wrong.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-horse-battery"));
    QProcessEnvironment none = QProcessEnvironment::systemEnvironment();
    none.remove(QStringLiteral("PGPASSWORD"));
    none.insert(QStringLiteral("PGPASSFILE"), dir + QStringLiteral("/no-pgpass"));
    const QString joined = dir + QStringLiteral("/joined.marginalia");
    QString inUrl = url;
    inUrl.replace(PgTestCluster::adminUser() + u'@', PgTestCluster::adminUser() + QStringLiteral(":typed-wrong@"));
    struct Case
    {
        QStringList arguments;
        QProcessEnvironment environment;
        const char *sentence;
        QString secret;
    };
    const std::vector<Case> cases{
        {{QStringLiteral("team"), QStringLiteral("sync"), project}, wrong, "refused the user name or password",
         QStringLiteral("wrong-horse-battery")},
        {{QStringLiteral("team"), QStringLiteral("join"), url, joined, QStringLiteral("--coder"), QStringLiteral("x")}, wrong,
         "refused the user name or password", QStringLiteral("wrong-horse-battery")},
        {{QStringLiteral("team"), QStringLiteral("join"), inUrl, joined, QStringLiteral("--coder"), QStringLiteral("x")},
         QProcessEnvironment::systemEnvironment(), "refused the user name or password", QStringLiteral("typed-wrong")},
        {{QStringLiteral("team"), QStringLiteral("sync"), project}, none, "asks for a password and none was given", {}},
        {{QStringLiteral("team"), QStringLiteral("add-member"), url, QStringLiteral("someone"), QStringLiteral("--coder"),
          QStringLiteral("S"), QStringLiteral("--role"), QStringLiteral("coder")},
         wrong, "refused the user name or password", QStringLiteral("wrong-horse-battery")},
    };
    for (const Case &c : cases) {
        const CliRun run = runCli(c.arguments, c.environment);
        const QString all = QString::fromUtf8(run.err + run.out);
        QCOMPARE(run.exitCode, 1);
        const QString line = failureLine(run.err);
        QVERIFY2(line.contains(QLatin1StringView(c.sentence)), qPrintable(all));
        QVERIFY2(line.contains(u"Cannot connect to the team server postgresql://"), qPrintable(all));
        QVERIFY2(!line.contains(u"Offline"), qPrintable(all));   // the server answered: not offline
        for (const char *raw : {"FATAL", "connection to server", "failed:", "SCRAM", "libpq"})
            QVERIFY2(!all.contains(QLatin1StringView(raw)), qPrintable(all));
        if (!c.secret.isEmpty())
            QVERIFY2(!all.contains(c.secret), qPrintable(all));
        QVERIFY2(!QFile::exists(joined), "a failed join left a file");
    }
    QCOMPARE(runCli({QStringLiteral("team"), QStringLiteral("sync"), project}).exitCode, 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--worker") == 0)
        return runWorker(app.arguments());
    TestTeamStress test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_team_stress.moc"
