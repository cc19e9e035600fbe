// Team projects on PostgreSQL (issue 15), against a throwaway cluster started here as the tests start
// theirs (tests/PgTestCluster.h: initdb into a temporary folder, a Unix socket, removed at the end):
//
//   build     a project of D documents (M MB of text) and N codings by raw SQL (not a product figure)
//   publish   publishProject: time and this process's peak memory (VmHWM, restarted before each phase)
//   join      joinProject of the whole log into a new working copy: time and peak memory
//   pull      a copy syncs 10,000 codings another copy sent: the median of R runs (and the sender's sync,
//             with its push alone: SyncReport::pushMs)
//   live      a coding synced by one copy, heard by a second copy LISTENing on its own thread, which
//             syncs and finds it in its file: the median time from the sender's sync starting to there
//   refused   a coder (role coder) moves U codings of other coders, which the server refuses: his sync
//             undoes them (each put back as the server has it). Timed on a small log and on one of
//             --refused-log changes, so the figures show whether the undo's cost follows the log's size
//
//   marginalia-bench-team [--documents D] [--megabytes M] [--codings N] [--pull-runs R] [--live-runs L]
//                         [--source PROJECT] [--refused U] [--refused-log C] [--only refused]
//
// --only refused runs that phase alone (under half a minute with the defaults U = 1,000, C = 100,000).
//
// --source publishes a copy of an existing project instead of building one (a build of the full size
// takes minutes on a loaded machine; a project an earlier run built can be kept that way).
// Defaults are the scale: 2,000 documents, 200 MB, 1,000,000 codings (several minutes). For a
// quick look: --documents 200 --megabytes 20 --codings 100000.

#include "../tests/PgTestCluster.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "team/PgConnection.h"
#include "team/TeamServer.h"
#include "team/TeamSync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

using namespace marginalia;
using namespace marginalia::team;

namespace {

double peakMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return -1;
}

// CPU seconds (user + system) this process has used: on a loaded machine the honest figure, where
// wall time also counts waiting for a core.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void restartPeak()
{
    malloc_trim(0);
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

// The cluster, stopped and removed also when a check fails (std::exit runs no destructors).
PgTestCluster *g_cluster = nullptr;

void check(bool ok, const QString &what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(what));
        if (g_cluster)
            g_cluster->destroy();
        std::exit(1);
    }
}

template<typename T>
T value(Result<T> result)
{
    check(bool(result), result ? QString() : result.error());
    return std::move(*result);
}

void value(Result<void> result)
{
    check(bool(result), result ? QString() : result.error());
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

qint64 argument(const QStringList &arguments, const QString &name, qint64 fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1].toLongLong() : fallback;
}

// Mixed Chinese and English sentences, about `bytes` of UTF-8.
QString transcript(QRandomGenerator &random, qint64 bytes)
{
    static const QStringList sentences = {
        QStringLiteral("我们学校的老师现在用平板上课，学生也很喜欢。"), QStringLiteral("The teachers share lesson plans every week. "),
        QStringLiteral("家长会上大家讨论了作业太多的问题。"), QStringLiteral("Internet access in the village is slow at night. "),
        QStringLiteral("校长说明年会有新的培训项目。\n"), QStringLiteral("We interviewed three students after class.\n")};
    QString text;
    qint64 size = 0;
    while (size < bytes) {
        const QString &sentence = sentences[random.bounded(static_cast<int>(sentences.size()))];
        text += sentence;
        size += sentence.toUtf8().size();
    }
    return text;
}

void build(const QString &path, qint64 documents, qint64 megabytes, qint64 codings)
{
    auto project = value(Project::create(path));
    project->setCurrentCoder(QStringLiteral("lead"));
    QRandomGenerator random(15);
    std::vector<std::pair<qint64, qint64>> lengths;
    {
        auto transaction = value(Transaction::begin(project->database()));
        for (qint64 d = 0; d < documents; ++d) {
            NewDocument document;
            document.name = QStringLiteral("Interview %1").arg(d + 1);
            document.text = transcript(random, megabytes * 1024 * 1024 / documents);
            const qint64 id = value(DocumentStore(*project).add(document));
            lengths.emplace_back(id, document.text.toUcs4().size());
        }
        value(transaction.commit());
    }
    std::vector<qint64> codes;
    for (int c = 0; c < 100; ++c) {
        NewCode code;
        code.name = QStringLiteral("Code %1").arg(c + 1);
        codes.push_back(value(Codebook(*project).add(code)));
    }
    std::vector<qint64> coders;
    for (const char *name : {"Beijing", "Kunming", "Zhejiang", "Chongqing"})
        coders.push_back(value(project->coderId(QString::fromLatin1(name))));
    Database &db = project->database();
    auto transaction = value(Transaction::begin(db));
    auto insert = value(db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id, "
                                   "memo, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7)"));
    const QString created = nowTimestamp();
    for (qint64 added = 0; added < codings;) {
        const auto [documentId, length] = lengths[static_cast<size_t>(added % documents)];
        const qint64 start = random.bounded(std::max<qint64>(1, length - 300));
        insert.reset();
        insert.bind(1, newGuid())
            .bind(2, documentId)
            .bind(3, codes[random.bounded(static_cast<int>(codes.size()))])
            .bind(4, start)
            .bind(5, std::min(length, start + 10 + random.bounded(290)))
            .bind(6, coders[random.bounded(static_cast<int>(coders.size()))])
            .bind(7, created);
        value(insert.run());
        added += db.changes();
    }
    value(transaction.commit());
}

QString newDatabase(PgTestCluster &cluster, const QString &name)
{
    auto admin = value(PgConnection::connect(cluster.url(QStringLiteral("postgres"))));
    value(admin->execScript("CREATE DATABASE " + name.toStdString()));
    return cluster.url(name);
}

// count new codings on the first document and code, each on a range no earlier call used.
void addCodings(Project &project, int count)
{
    static qint64 made = 0;
    auto document = value(project.database().prepare("SELECT id, length FROM documents ORDER BY id LIMIT 1"));
    check(document.step(), QStringLiteral("no document"));
    const qint64 documentId = document.int64(0);
    const qint64 length = document.int64(1);
    auto code = value(project.database().prepare("SELECT id FROM codes ORDER BY id LIMIT 1"));
    check(code.step(), QStringLiteral("no code"));
    QList<NewCoding> codings;
    for (int i = 0; i < count; ++i) {
        NewCoding coding;
        coding.documentId = documentId;
        coding.codeId = code.int64(0);
        const qint64 room = std::max<qint64>(1, length - 50);
        coding.start = made % room;
        coding.end = coding.start + 1 + (made / room) % 49;
        ++made;
        codings.append(coding);
    }
    value(CodingStore(project).addAll(codings));
}

// A login with `role` as `coder` in the project at `url` (as the tests make members); its URL.
QString memberUrl(PgTestCluster &cluster, const QString &url, const QString &database, const QString &login,
                  const QString &coder, const QString &role)
{
    auto admin = value(PgConnection::connect(url));
    // CREATE ROLE takes no parameters; the login is the benchmark's own, the password random letters and digits.
    value(admin->execScript(QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                .arg(login, cluster.password())
                                .toStdString()));
    value(TeamServer(*admin).addMember(login, coder, role));
    return cluster.url(database, login);
}

// The refused phase on a log of about `logCodings` coding changes: a coder moves `refused` codings
// of the other coders; the server refuses them and his sync puts them back. The sync's time.
void refusedPhase(PgTestCluster &cluster, const QString &dirPath, qint64 logCodings, qint64 refused)
{
    static int runs = 0;
    const QString name = QStringLiteral("refused%1").arg(++runs);
    const QString url = newDatabase(cluster, name);
    const QString leadPath = dirPath + QStringLiteral("/%1-lead.marginalia").arg(name);
    build(leadPath, 10, 1, logCodings);
    qint64 logSize = 0;
    {
        auto lead = value(Project::open(leadPath));
        lead->setCurrentCoder(QStringLiteral("lead"));
        logSize = value(publishProject(*lead, url)).changes;
    }
    const QString wangUrl = memberUrl(cluster, url, name, QStringLiteral("wang_%1").arg(runs), QStringLiteral("Wang"),
                                      QStringLiteral("coder"));
    const QString wangPath = dirPath + QStringLiteral("/%1-wang.marginalia").arg(name);
    auto wang = value(joinProject(wangUrl, wangPath, QStringLiteral("Wang")));
    wang->setCurrentCoder(QStringLiteral("Wang"));
    {
        // Each moved one character on (a place no coding holds: the built ones start at random).
        auto rows = value(wang->database().prepare("SELECT id, start, end FROM codings ORDER BY id LIMIT ?1"));
        rows.bind(1, refused);
        std::vector<std::tuple<qint64, qint64, qint64>> moves;
        while (rows.step())
            moves.emplace_back(rows.int64(0), rows.int64(1), rows.int64(2));
        check(static_cast<qint64>(moves.size()) == refused, QStringLiteral("too few codings to move"));
        for (const auto &[id, start, end] : moves)
            value(CodingStore(*wang).move(id, start + 1, end + 1));
    }
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    const SyncReport report = value(syncProject(*wang));
    const double wall = timer.elapsed() / 1000.0;
    check(report.refused == refused && report.notUndone == 0,
          QStringLiteral("%1 refused, %2 not undone").arg(report.refused).arg(report.notUndone));
    std::printf("refused: %lld refused moves undone on a log of %lld changes: %.2f s wall (%.1f ms each), %.2f s CPU "
                "here\n",
                static_cast<long long>(refused), static_cast<long long>(logSize), wall, wall * 1000.0 / refused,
                cpuSeconds() - cpu);
    wang.reset();
    QFile::remove(leadPath);
    QFile::remove(wangPath);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);   // each figure as soon as it is measured, also into a file
    const QStringList arguments = app.arguments();
    const qint64 documents = argument(arguments, QStringLiteral("--documents"), 2000);
    const qint64 megabytes = argument(arguments, QStringLiteral("--megabytes"), 200);
    const qint64 codings = argument(arguments, QStringLiteral("--codings"), 1000000);
    const int pullRuns = static_cast<int>(argument(arguments, QStringLiteral("--pull-runs"), 5));
    const int liveRuns = static_cast<int>(argument(arguments, QStringLiteral("--live-runs"), 5));
    const qint64 refused = argument(arguments, QStringLiteral("--refused"), 1000);
    const qint64 refusedLog = argument(arguments, QStringLiteral("--refused-log"), 100000);
    const qsizetype onlyAt = arguments.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 && onlyAt + 1 < arguments.size() ? arguments[onlyAt + 1] : QString();
    check(only.isEmpty() || only == u"refused", QStringLiteral("--only takes: refused"));

    PgTestCluster cluster;
    if (PgTestCluster::binDir().isEmpty()) {
        std::printf("PostgreSQL's server (initdb, pg_ctl) is not installed: nothing measured\n");
        return 0;
    }
    g_cluster = &cluster;
    const QString error = cluster.start();
    check(error.isEmpty(), error);
    QTemporaryDir dir;
    check(dir.isValid(), QStringLiteral("no temporary folder"));
    QElapsedTimer timer;

    // ---- undoing refused changes: the same number on a small and on a large log ----
    if (only == u"refused") {
        refusedPhase(cluster, dir.path(), refused, refused);
        refusedPhase(cluster, dir.path(), refusedLog, refused);
        return 0;
    }

    // ---- publish and join at scale ----
    const QString source = dir.filePath(QStringLiteral("source.marginalia"));
    timer.start();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--source")); at >= 0 && at + 1 < arguments.size()) {
        check(QFile::copy(arguments[at + 1], source), QStringLiteral("cannot copy %1").arg(arguments[at + 1]));
        std::printf("source: a copy of %s (file %.0f MB)\n", qPrintable(arguments[at + 1]),
                    QFileInfo(source).size() / (1024.0 * 1024.0));
    } else {
        build(source, documents, megabytes, codings);
        std::printf("build: %lld documents, %lld MB of text, %lld codings: %.1f s (file %.0f MB)\n",
                    static_cast<long long>(documents), static_cast<long long>(megabytes), static_cast<long long>(codings),
                    timer.elapsed() / 1000.0, QFileInfo(source).size() / (1024.0 * 1024.0));
    }
    const QString bigUrl = newDatabase(cluster, QStringLiteral("big"));
    {
        restartPeak();
        timer.start();
        const double cpu = cpuSeconds();
        auto project = value(Project::open(source));
        project->setCurrentCoder(QStringLiteral("lead"));
        const PublishReport report = value(publishProject(*project, bigUrl));
        std::printf("publish: %lld changes, %lld texts: %.1f s wall, %.1f s CPU here, peak memory %.0f MB (target: "
                    "under 1024)\n",
                    static_cast<long long>(report.changes), static_cast<long long>(report.texts),
                    timer.elapsed() / 1000.0, cpuSeconds() - cpu, peakMegabytes());
    }
    {
        restartPeak();
        timer.start();
        const double cpu = cpuSeconds();
        SyncReport report;
        auto copy = value(joinProject(bigUrl, dir.filePath(QStringLiteral("joined.marginalia")),
                                      QStringLiteral("Kunming"), &report));
        std::printf("join: %lld changes applied: %.1f s wall, %.1f s CPU here, peak memory %.0f MB (target: under "
                    "1024)\n",
                    static_cast<long long>(report.applied), timer.elapsed() / 1000.0, cpuSeconds() - cpu,
                    peakMegabytes());
    }
    QFile::remove(source);
    QFile::remove(dir.filePath(QStringLiteral("joined.marginalia")));

    // ---- pulls of 10,000 changes, and live updates, on a small project ----
    const QString url = newDatabase(cluster, QStringLiteral("small"));
    const QString senderPath = dir.filePath(QStringLiteral("sender.marginalia"));
    build(senderPath, 10, 1, 100);
    auto sender = value(Project::open(senderPath));
    sender->setCurrentCoder(QStringLiteral("Beijing"));
    value(publishProject(*sender, url));
    const QString receiverPath = dir.filePath(QStringLiteral("receiver.marginalia"));
    value(joinProject(url, receiverPath, QStringLiteral("Kunming")));
    auto receiver = value(Project::open(receiverPath));
    receiver->setCurrentCoder(QStringLiteral("Kunming"));
    value(syncProject(*receiver));
    std::vector<double> pulls;
    std::vector<double> sends;
    std::vector<double> pushes;
    qint64 pushStatements = 0;
    std::vector<double> pullCpu;
    for (int run = 0; run < pullRuns; ++run) {
        addCodings(*sender, 10000);
        timer.start();
        const SyncReport sent = value(syncProject(*sender));
        sends.push_back(timer.elapsed() / 1000.0);
        pushes.push_back(sent.pushMs / 1000.0);
        pushStatements = sent.pushStatements;
        check(sent.sent == 10000 && sent.applied == 0,
              QStringLiteral("the sender sent %1 and applied %2").arg(sent.sent).arg(sent.applied));
        timer.start();
        const double cpu = cpuSeconds();
        const SyncReport pulled = value(syncProject(*receiver));
        pulls.push_back(timer.elapsed() / 1000.0);
        pullCpu.push_back(cpuSeconds() - cpu);
        check(pulled.applied == 10000, QStringLiteral("the receiver applied %1").arg(pulled.applied));
    }
    std::printf("pull of 10,000 codings: median %.2f s wall, %.2f s CPU here, of %d runs (target: at most 2 s); "
                "the sender's sync (send 10,000, its own back in log order): median %.2f s wall, of which the "
                "push (sending the 10,000 in one server transaction) %.2f s in %lld statements (round trips)\n",
                median(pulls), median(pullCpu), pullRuns, median(sends), median(pushes),
                static_cast<long long>(pushStatements));

    // The receiver listens on a thread of its own with its own connection to its file, as the GUI does.
    std::vector<double> latencies;
    std::atomic<qint64> startedAt{0};
    std::atomic<bool> stop{false};
    std::atomic<int> seen{0};
    QElapsedTimer clock;
    clock.start();
    std::vector<double> heard;
    std::thread listener([&] {
        auto connection = value(PgConnection::connect(url));
        TeamServer server(*connection);
        value(server.listen());
        auto copy = value(Project::open(receiverPath));
        copy->setCurrentCoder(QStringLiteral("Kunming"));
        qint64 codingsBefore = value(CodingStore(*copy).count());
        while (!stop) {
            if (!value(connection->waitForNotification(100)))
                continue;
            value(syncProject(*copy));
            const qint64 now = value(CodingStore(*copy).count());
            if (now > codingsBefore) {
                codingsBefore = now;
                heard.push_back((clock.elapsed() - startedAt) / 1000.0);
                ++seen;
            }
        }
    });
    for (int run = 0; run < liveRuns; ++run) {
        const int before = seen;
        addCodings(*sender, 1);
        startedAt = clock.elapsed();
        value(syncProject(*sender));
        QElapsedTimer wait;
        wait.start();
        while (seen == before && wait.elapsed() < 10000)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        check(seen > before, QStringLiteral("the listening copy did not get the coding within 10 s"));
    }
    stop = true;
    listener.join();
    std::printf("live: a coding synced by one copy is in the other, listening copy's file after a median %.3f s "
                "of %d runs (from the sender's sync starting; target: at most 2 s)\n",
                median(heard), liveRuns);
    refusedPhase(cluster, dir.path(), refused, refused);
    refusedPhase(cluster, dir.path(), refusedLog, refused);
    return 0;
}
