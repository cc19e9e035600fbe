// Agreement benchmark: every statistic, at every unit, over 1,000,000 codings — time and peak memory of each run,
// and the peak memory of `marginalia-cli agreement --json` writing its ~1,000,000 disagreements (issue 12: ≤ 1 GB).
//
// The project: 2,000 documents of about 20,000 characters (English-like sentences, lines of about 300 characters:
// about 41 MB), 50 codes, 1,000,000 codings by two coders at random positions (10–300 characters), so nearly every
// coding makes a disagreement. Each run computes percent agreement, Cohen's kappa, Fleiss' kappa, Gwet's AC1,
// Brennan–Prediger and Krippendorff's alpha per code and pooled, the 1,000-draw bootstrap of all of them, and
// unitizing alpha; the disagreements (with their text) are streamed to a counter.
//
//   marginalia-bench-agreement [--documents N] [--codings N] [--keep DIR] [--cli PATH]
//
// --keep DIR keeps the project (DIR/agreement.marginalia) and reuses it on the next run. --cli PATH runs that
// marginalia-cli (e.g. an older build, for the figure before) instead of the one built beside this benchmark. The
// peak is the kernel's for the children of this process (getrusage), so only one command runs.

#include "analysis/Agreement.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <malloc.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

using namespace marginalia;

namespace {

double statusMegabytes(const char *key)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = key;
    while (std::getline(status, line)) {
        if (line.rfind(prefix, 0) == 0)
            return std::stod(line.substr(prefix.size())) / 1024.0;
    }
    return -1;
}

// CPU seconds of this process so far (user + system): on a shared machine the wall time says more about the
// neighbours than about the code.
double cpuSeconds()
{
    struct rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void resetPeak()
{
    malloc_trim(0);
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T value(Result<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(*result);
}

void value(Result<void> result)
{
    if (!result)
        fail(result.error());
}

QString makeText(std::mt19937_64 &random, int characters)
{
    static const char *const words[] = {"teacher", "school", "device", "lesson",  "student", "pressure", "exam",
                                        "village", "the",    "a",      "of",      "and",     "learning", "we",
                                        "computer", "class", "time",   "because", "parents", "training"};
    QString text;
    text.reserve(characters + 400);
    int line = 0;
    while (text.size() < characters) {
        const int length = 5 + static_cast<int>(random() % 15);
        for (int w = 0; w < length; ++w) {
            QString word = QString::fromLatin1(words[random() % 20]);
            if (w == 0)
                word[0] = word[0].toUpper();
            text += word;
            text += w + 1 < length ? u' ' : u'.';
        }
        line += length * 7;
        if (line > 300) {
            text += u'\n';
            line = 0;
        } else {
            text += u' ';
        }
    }
    text += u'\n';
    return text;
}

void build(const QString &path, int documents, qint64 codings)
{
    auto project = value(Project::create(path));
    project->setCurrentCoder(QStringLiteral("Ann"));
    Database &db = project->database();
    std::mt19937_64 random(2026);
    std::vector<std::pair<qint64, qint64>> lengths;
    {
        auto transaction = value(Transaction::begin(db));
        DocumentStore store(*project);
        for (int d = 0; d < documents; ++d) {
            NewDocument document;
            document.name = QStringLiteral("Transcript %1").arg(d + 1, 4, 10, QLatin1Char('0'));
            document.text = makeText(random, 20000);
            lengths.emplace_back(value(store.add(document)), document.text.size());
        }
        value(transaction.commit());
    }
    QList<qint64> codes;
    Codebook codebook(*project);
    for (int c = 0; c < 50; ++c) {
        NewCode code;
        code.name = QStringLiteral("Code %1").arg(c + 1);
        codes.append(value(codebook.add(code)));
    }
    const qint64 coders[2] = {value(project->coderId(QStringLiteral("Ann"))), value(project->coderId(QStringLiteral("Bo")))};
    auto transaction = value(Transaction::begin(db));
    auto insert = value(db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id, created)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    const QString created = nowTimestamp();
    qint64 added = 0;
    for (size_t d = 0; d < lengths.size(); ++d) {
        const auto [id, length] = lengths[d];
        const qint64 target = codings * static_cast<qint64>(d + 1) / static_cast<qint64>(lengths.size());
        while (added < target) {
            const qint64 start = static_cast<qint64>(random() % static_cast<quint64>(length - 20));
            const qint64 end = std::min<qint64>(length, start + 10 + static_cast<qint64>(random() % 290));
            insert.reset();
            insert.bind(1, newGuid()).bind(2, id).bind(3, codes[static_cast<qsizetype>(random() % 50)]);
            insert.bind(4, start).bind(5, end).bind(6, coders[random() % 2]).bind(7, created);
            value(insert.run());
            added += db.changes();
        }
    }
    value(transaction.commit());
}

QString interval(const AgreementMeasures &m, AgreementStatistic s)
{
    const auto v = m.value(s);
    if (!v)
        return QStringLiteral("n/a");
    QString text = QString::number(*v, 'f', 3);
    if (m.bootstrap && m.bootstrap->interval(s))
        text += QStringLiteral(" [%1, %2]").arg(m.bootstrap->interval(s)->low, 0, 'f', 3).arg(m.bootstrap->interval(s)->high, 0, 'f', 3);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int documents = 2000;
    qint64 codings = 1000000;
    QString keep;
    QString cli = QStringLiteral(MARGINALIA_CLI);
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--documents"))
            documents = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--codings"))
            codings = args[i + 1].toLongLong();
        else if (args[i] == QStringLiteral("--keep"))
            keep = args[i + 1];
        else if (args[i] == QStringLiteral("--cli"))
            cli = args[i + 1];
    }
    QTemporaryDir temporary;
    const QString dir = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("agreement.marginalia"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        build(path, documents, codings);
        std::printf("built %s: %d documents, %lld codings in %.1f s\n", qPrintable(path), documents,
                    static_cast<long long>(codings), timer.elapsed() / 1000.0);
    }
    const QStringList coders = {QStringLiteral("Ann"), QStringLiteral("Bo")};
    std::printf("%-28s %9s %9s %10s %12s %10s  %s\n", "run", "seconds", "CPU s", "peak MB", "units/code", "disagree",
                "pooled alpha [95 % CI] | kappa | AC1 | |u|alpha");
    struct Run
    {
        const char *name;
        AgreementUnit unit;
        int draws;
    };
    const Run runs[] = {
        {"character, no bootstrap", AgreementUnit::Character, 0},
        {"character", AgreementUnit::Character, 1000},
        {"sentence", AgreementUnit::Sentence, 1000},
        {"paragraph", AgreementUnit::Paragraph, 1000},
        {"document", AgreementUnit::Document, 1000},
        {"segment (95 %)", AgreementUnit::Segment, 1000},
        {"sentence, documents resampled", AgreementUnit::Sentence, -1000},
    };
    for (const Run &run : runs) {
        auto project = value(Project::open(path, Project::Access::ReadOnly));
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        AgreementOptions options;
        options.unit = run.unit;
        options.bootstrapDraws = std::abs(run.draws);   // negative: resample documents
        if (run.draws < 0)
            options.resampling = BootstrapResampling::Documents;
        qint64 streamed = 0;
        qint64 textCharacters = 0;
        options.onDisagreement = [&](const Disagreement &d) {
            ++streamed;
            textCharacters += d.text.size();
        };
        const AgreementResult result = value(Agreement(*project).compute(coders, {}, options));
        const double seconds = timer.elapsed() / 1000.0;
        const double cpu = cpuSeconds() - cpuBefore;
        const qint64 perCode = result.codes.isEmpty() ? 0 : result.overall.units / result.codes.size();
        std::printf("%-28s %9.2f %9.2f %10.0f %12lld %10lld  %s | %s | %s | %s\n", run.name, seconds, cpu,
                    statusMegabytes("VmHWM:"),
                    static_cast<long long>(perCode), static_cast<long long>(streamed),
                    qPrintable(interval(result.overall, AgreementStatistic::KrippendorffAlpha)),
                    qPrintable(interval(result.overall, AgreementStatistic::CohenKappa)),
                    qPrintable(interval(result.overall, AgreementStatistic::GwetAc1)),
                    result.overallUnitizingAlpha ? qPrintable(QString::number(*result.overallUnitizingAlpha, 'f', 3)) : "n/a");
        std::fflush(stdout);
    }
    // The whole command, its JSON to /dev/null; peak memory of the child from the kernel.
    {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(cli, {QStringLiteral("agreement"), path, QStringLiteral("--coders"), QStringLiteral("Ann,Bo"),
                            QStringLiteral("--json")});
        process.waitForFinished(-1);
        struct rusage after{};
        getrusage(RUSAGE_CHILDREN, &after);
        std::printf("%s agreement --json: %.1f s (CPU %.1f s), exit %d, peak %.0f MB (target <= 1024 MB)\n",
                    qPrintable(cli), timer.elapsed() / 1000.0,
                    static_cast<double>(after.ru_utime.tv_sec + after.ru_stime.tv_sec)
                        + static_cast<double>(after.ru_utime.tv_usec + after.ru_stime.tv_usec) / 1e6,
                    process.exitCode(), after.ru_maxrss / 1024.0);
        std::fflush(stdout);
    }
    return 0;
}
