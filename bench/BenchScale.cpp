// Scale benchmark: a project of 5,000 documents, 200 MB of mixed Chinese/English text, 200 codes (a three-level
// tree) and 1,000,000 codings by 2–3 coders over six sites; then each phase separately, with its time and its peak
// memory (VmHWM, restarted before each phase through /proc/self/clear_refs), against the target of ≤ 1 GB:
//
//   generate      the transcripts written as UTF-8 files to a folder (not a product figure)
//   import        the files through the real Importer (one call per site, the site given as an attribute)
//   index         SearchIndexer::indexPending: the search index that follows an import
//   codings       200 codes through Codebook, then the codings by raw prepared statements in one transaction
//   open          Project::open + the first DocumentStore::count
//   matrix        Matrix::compute (codes × site) and the bare SQL GROUP BY of the same cells (ratio)
//   search        TextSearch::find for a rare and a common 3-character Chinese query, a Latin word (hits located)
//   report        ReportWriter::collect (plan) of one code's excerpts, then HTML and PDF streamed (pages)
//   refi-qda      exportQdpx of the whole project, then importQdpx of that archive into a new project
//
//   marginalia-bench-scale [--documents N] [--megabytes M] [--codings N] [--keep DIR] [--skip-build]
//
// --keep DIR keeps the files in DIR and reuses a project built there before (DIR/scale.marginalia), so the
// phases after the build can be rerun without rebuilding; --skip-build refuses to build (DIR must hold one).

#include "analysis/Matrix.h"
#include "import/Importer.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "refiqda/RefiQda.h"
#include "report/Report.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace marginalia;

namespace {

constexpr double kTargetMegabytes = 1024;

// Peak resident memory of this process in MB (VmHWM), current resident memory (VmRSS), and a way to restart the peak.
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

void resetPeak()
{
    malloc_trim(0);   // what an earlier phase freed is not counted in this one's peak
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
}

void check(bool ok, const QString &what)
{
    if (!ok) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(what));
        std::exit(1);
    }
}

template<typename T>
T value(Result<T> result)
{
    check(result.has_value(), result.has_value() ? QString() : result.error());
    return std::move(*result);
}

void value(Result<void> result)
{
    check(result.has_value(), result.has_value() ? QString() : result.error());
}

struct Phase
{
    std::string name;
    double seconds = 0;
    double startMegabytes = 0;   // resident at the start of the phase
    double peakMegabytes = 0;
    std::string note;
};

std::vector<Phase> g_phases;

// The name padded to a display width (CJK characters take two columns).
std::string padded(const std::string &name, int width)
{
    int columns = 0;
    for (const QChar c : QString::fromStdString(name))
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    return name + std::string(static_cast<std::size_t>(std::max(0, width - columns)), ' ');
}

// Runs f as a phase: peak restarted first, time and peak recorded; f returns the note.
void phase(const std::string &name, const std::function<std::string()> &f)
{
    resetPeak();
    Phase p;
    p.name = name;
    p.startMegabytes = statusMegabytes("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    p.note = f();
    p.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    p.peakMegabytes = statusMegabytes("VmHWM:");
    std::printf("  %s %9.3f s %8.0f MB  %s\n", padded(p.name, 38).c_str(), p.seconds, p.peakMegabytes, p.note.c_str());
    std::fflush(stdout);
    g_phases.push_back(p);
}

std::string format(const char *fmt, auto... args)
{
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, fmt, args...);
    return buffer;
}

// The vocabulary of bench/BenchCore.cpp: 20,000 Chinese words (two or three of the 3,000 ideographs from U+4E00 on,
// Zipf-distributed) and 5,000 Latin words, drawn with Zipf-like frequencies (rank r with probability about 1/r).
// Real words are planted at known ranks; their characters lie outside the generated range, so they occur only
// where planted.
class CorpusWriter
{
public:
    static constexpr int kChineseWords = 20000;
    static constexpr int kLatinWords = 5000;

    explicit CorpusWriter(QRandomGenerator &random)
    {
        for (int i = 0; i < kChineseWords; ++i) {
            const int length = random.bounded(4) == 0 ? 3 : 2;
            QString word;
            for (int c = 0; c < length; ++c)
                word += QChar(static_cast<char16_t>(0x4E00 + zipf(random, 3000)));
            m_chinese.append(word);
        }
        static const char *const syllables[] = {"ka", "to", "ri", "mu", "sen", "dar", "lo", "vi", "ne", "pa",
                                                "qu", "ster", "bo", "li", "an", "or", "te", "gi", "fu", "zo"};
        for (int i = 0; i < kLatinWords; ++i) {
            QString word;
            const int length = 2 + static_cast<int>(random.bounded(3));
            for (int c = 0; c < length; ++c)
                word += QString::fromLatin1(syllables[random.bounded(static_cast<int>(std::size(syllables)))]);
            m_latin.append(word);
        }
        m_chinese[5] = QStringLiteral("老师");
        m_chinese[40] = QStringLiteral("多媒体");      // common
        m_chinese[400] = QStringLiteral("投影仪");
        m_chinese[19000] = QStringLiteral("电子书");   // rare
        m_latin[30] = QStringLiteral("smartboard");
        m_latin[3000] = QStringLiteral("microlecture");
    }

    QByteArray document(QRandomGenerator &random, qint64 targetBytes) const
    {
        QString text;
        text.reserve(static_cast<qsizetype>(targetBytes / 2));
        qint64 bytes = 0;
        bool chineseTurn = random.bounded(2) == 0;
        while (bytes < targetBytes) {
            const qsizetype before = text.size();
            text += chineseTurn ? QStringLiteral("教师：") : QStringLiteral("Interviewer: ");
            const int words = 8 + static_cast<int>(random.bounded(30));
            for (int i = 0; i < words; ++i) {
                if (chineseTurn) {
                    text += m_chinese[zipf(random, kChineseWords)];
                } else {
                    text += m_latin[zipf(random, kLatinWords)];
                    text += u' ';
                }
            }
            text += chineseTurn ? QStringLiteral("。\n") : QStringLiteral(".\n");
            // Every character here is in the BMP: Latin ones take one UTF-8 byte, the others three.
            for (qsizetype i = before; i < text.size(); ++i)
                bytes += text[i].unicode() < 0x80 ? 1 : 3;
            if (random.bounded(3) != 0)
                chineseTurn = !chineseTurn;
        }
        return text.toUtf8();
    }

private:
    static int zipf(QRandomGenerator &random, int size)
    {
        const double rank = std::exp(random.generateDouble() * std::log(static_cast<double>(size) + 1.0)) - 1.0;
        return std::clamp(static_cast<int>(rank), 0, size - 1);
    }

    QStringList m_chinese;
    QStringList m_latin;
};

const QStringList kSites = {QStringLiteral("Beijing"),  QStringLiteral("Kunming"),  QStringLiteral("Zhejiang"),
                            QStringLiteral("Chongqing"), QStringLiteral("Shanghai"), QStringLiteral("Guangzhou")};
const QStringList kCoders = {QStringLiteral("Li Na"), QStringLiteral("Wang Wei"), QStringLiteral("Zhang Min")};

void build(const QString &dir, const QString &projectPath, int documents, double megabytes, qint64 codings)
{
    const QString corpus = dir + QStringLiteral("/corpus");
    QDir(corpus).removeRecursively();
    QDir().mkpath(corpus);
    QList<QStringList> filesBySite(kSites.size());
    phase("generate files (not a product figure)", [&] {
        QRandomGenerator random(20261129);
        CorpusWriter writer(random);
        qint64 total = 0;
        const qint64 perDocument = static_cast<qint64>(megabytes * 1024 * 1024 / documents);
        for (int i = 0; i < documents; ++i) {
            const QString path = QStringLiteral("%1/transcript-%2.txt").arg(corpus).arg(i + 1, 5, 10, QLatin1Char('0'));
            QFile file(path);
            check(file.open(QIODevice::WriteOnly), path);
            // Documents vary in size (0.5× to 1.5× the mean), as interviews do.
            const QByteArray utf8 = writer.document(random, perDocument / 2 + random.bounded(perDocument + 1));
            check(file.write(utf8) == utf8.size(), path);
            total += utf8.size();
            filesBySite[i % kSites.size()].append(path);
        }
        return format("%d files, %.1f MB UTF-8", documents, static_cast<double>(total) / (1024.0 * 1024.0));
    });

    phase("build: import (Importer)", [&] {
        auto project = value(Project::create(projectPath));
        qint64 imported = 0;
        for (qsizetype s = 0; s < kSites.size(); ++s) {
            ImportOptions options;
            options.attributes.insert(QStringLiteral("site"), kSites[s]);
            ImportReport report = value(Importer(*project).importFiles(filesBySite[s], options));
            check(report.refused.isEmpty(), QStringLiteral("refused: %1").arg(report.refused.value(0).reason));
            imported += report.imported.size();
        }
        return format("%lld documents, 6 sites, one importFiles per site", static_cast<long long>(imported));
    });

    phase("build: search index (SearchIndexer)", [&] {
        auto project = value(Project::open(projectPath));
        const IndexingReport report = value(SearchIndexer(*project).indexPending());
        return format("%lld documents, %lld characters", static_cast<long long>(report.documents),
                      static_cast<long long>(report.characters));
    });

    phase("build: codes + codings (SQL)", [&] {
        auto project = value(Project::open(projectPath));
        Database &db = project->database();
        // A tree of 200 codes: 8 themes × 4 categories × 5 codes (8 + 32 + 160).
        Codebook codebook(*project);
        QList<qint64> codes;
        {
            auto transaction = value(Transaction::begin(db));
            for (int t = 0; t < 8; ++t) {
                NewCode theme;
                theme.name = QStringLiteral("Theme %1").arg(t + 1);
                const qint64 themeId = value(codebook.add(theme));
                codes.append(themeId);
                for (int c = 0; c < 4; ++c) {
                    NewCode category;
                    category.name = QStringLiteral("Category %1.%2").arg(t + 1).arg(c + 1);
                    category.parentId = themeId;
                    const qint64 categoryId = value(codebook.add(category));
                    codes.append(categoryId);
                    for (int k = 0; k < 5; ++k) {
                        NewCode code;
                        code.name = QStringLiteral("Code %1.%2.%3").arg(t + 1).arg(c + 1).arg(k + 1);
                        code.parentId = categoryId;
                        codes.append(value(codebook.add(code)));
                    }
                }
            }
            value(transaction.commit());
        }
        std::vector<qint64> coderIds;
        for (const QString &name : kCoders)
            coderIds.push_back(value(project->coderId(name)));
        std::vector<std::pair<qint64, qint64>> lengths;   // document id, length in code points
        {
            auto stmt = value(db.prepare("SELECT id, length FROM documents ORDER BY id"));
            while (stmt.step())
                lengths.emplace_back(stmt.int64(0), stmt.int64(1));
            check(!stmt.failed() && !lengths.empty(), stmt.error());
        }
        QRandomGenerator random(7);
        auto transaction = value(Transaction::begin(db));
        auto coding = value(db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id,"
                                       " memo, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
        const QString created = nowTimestamp();
        qint64 added = 0;
        for (std::size_t d = 0; d < lengths.size(); ++d) {
            const auto [documentId, length] = lengths[d];
            // Every document by two coders, every third by all three.
            const int coders = d % 3 == 0 ? 3 : 2;
            const std::size_t first = d % coderIds.size();
            const qint64 target = codings * static_cast<qint64>(d + 1) / static_cast<qint64>(lengths.size());
            while (added < target) {
                const qint64 start = random.bounded(std::max<qint64>(1, length - 20));
                const qint64 end = std::min<qint64>(length, start + 10 + random.bounded(290));
                coding.reset();
                coding.bind(1, newGuid())
                    .bind(2, documentId)
                    .bind(3, codes[random.bounded(static_cast<int>(codes.size()))])
                    .bind(4, start)
                    .bind(5, end)
                    .bind(6, coderIds[(first + random.bounded(coders)) % coderIds.size()]);
                if (random.bounded(20) == 0)
                    coding.bind(7, QStringLiteral("A memo on this passage, %1.").arg(added));
                else
                    coding.bindNull(7);
                coding.bind(8, created);
                check(bool(coding.run()), QStringLiteral("coding: %1").arg(db.lastError()));
                added += db.changes();
            }
        }
        value(transaction.commit());
        return format("%lld codes, %lld codings, 3 coders (2 or 3 a document)", static_cast<long long>(codes.size()),
                      static_cast<long long>(added));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);   // the PDF report lays out text with fonts
    int documents = 5000;
    double megabytes = 200;
    qint64 codings = 1000000;
    QString keep;
    bool skipBuild = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == u"--documents" && hasValue)
            documents = args[++i].toInt();
        else if (args[i] == u"--megabytes" && hasValue)
            megabytes = args[++i].toDouble();
        else if (args[i] == u"--codings" && hasValue)
            codings = args[++i].toLongLong();
        else if (args[i] == u"--keep" && hasValue)
            keep = args[++i];
        else if (args[i] == u"--skip-build")
            skipBuild = true;
        else {
            std::fprintf(stderr, "usage: marginalia-bench-scale [--documents N] [--megabytes M] [--codings N] "
                                 "[--keep DIR] [--skip-build]\n");
            return 2;
        }
    }
    QTemporaryDir temporary;
    const QString dir = keep.isEmpty() ? temporary.path() : QFileInfo(keep).absoluteFilePath();
    QDir().mkpath(dir);
    const QString projectPath = dir + QStringLiteral("/scale.marginalia");
    const bool reuse = QFileInfo::exists(projectPath);
    if (skipBuild && !reuse) {
        std::fprintf(stderr, "--skip-build: there is no project at %s\n", qPrintable(projectPath));
        return 2;
    }
    std::printf("Files in %s\n", qPrintable(dir));
    if (reuse) {
        std::printf("  (reusing the project built before in %s)\n", qPrintable(projectPath));
    } else {
        std::printf("  (building %d documents, %.0f MB, %lld codings)\n", documents, megabytes,
                    static_cast<long long>(codings));
        build(dir, projectPath, documents, megabytes, codings);
        QDir(dir + QStringLiteral("/corpus")).removeRecursively();
    }

    phase("open (Project::open + count)", [&] {
        auto project = value(Project::open(projectPath));
        const qint64 count = value(DocumentStore(*project).count());
        return format("%lld documents; file %.0f MB", static_cast<long long>(count),
                      static_cast<double>(QFileInfo(projectPath).size()) / (1024.0 * 1024.0));
    });

    auto project = value(Project::open(projectPath));
    Database &db = project->database();
    qint64 codingCount = 0;
    {
        auto stmt = value(db.prepare("SELECT count(*) FROM codings"));
        check(stmt.step(), stmt.error());
        codingCount = stmt.int64(0);
    }

    double matrixSeconds = 0;
    phase("matrix (Matrix::compute, by site)", [&] {
        QElapsedTimer timer;
        timer.start();
        MatrixResult result = value(Matrix(*project).compute({}));
        matrixSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        qint64 total = 0;
        for (const MatrixRow &row : result.rows)
            for (const MatrixCell &cell : row.cells)
                total += cell.codings;
        check(total == codingCount, QStringLiteral("the matrix counts %1 codings of %2").arg(total).arg(codingCount));
        return format("%lld rows x %lld columns", static_cast<long long>(result.rows.size()),
                      static_cast<long long>(result.columns.size()));
    });
    phase("matrix: bare SQL GROUP BY", [&] {
        QElapsedTimer timer;
        timer.start();
        auto stmt = value(db.prepare(
            "SELECT c.code_id, CAST(da.value AS TEXT), count(*), count(DISTINCT c.document_id), sum(c.end - c.start)"
            " FROM codings c JOIN document_attributes da ON da.document_id = c.document_id"
            " AND da.attribute_id = (SELECT id FROM attributes WHERE name = 'site') GROUP BY 1, 2"));
        qint64 rows = 0;
        while (stmt.step())
            ++rows;
        check(!stmt.failed() && rows > 0, stmt.error());
        const double bare = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return format("%lld cells; matrix / bare = %.2f (target <= 1.5)", static_cast<long long>(rows),
                      matrixSeconds / bare);
    });

    TextSearch search(*project);
    const std::pair<QString, const char *> queries[] = {
        {QStringLiteral("电子书"), "rare 3-char Chinese"},
        {QStringLiteral("多媒体"), "common 3-char Chinese"},
        {QStringLiteral("smartboard"), "Latin word"},
        {QStringLiteral("老师"), "2-char Chinese (short-query path)"},
    };
    for (const auto &[query, label] : queries) {
        phase(format("search \"%s\"", query.toUtf8().constData()), [&] {
            const QList<SearchHit> hits = value(search.find(query));
            QList<qint64> documentsHit;
            for (const SearchHit &hit : hits)
                if (documentsHit.isEmpty() || documentsHit.last() != hit.documentId)
                    documentsHit.append(hit.documentId);
            return format("%s: %lld hits in %lld documents", label, static_cast<long long>(hits.size()),
                          static_cast<long long>(documentsHit.size()));
        });
    }

    // Report: the excerpts of one code (the leaf code with most codings, without sub-codes), with context.
    ReportData report;
    phase("report: collect (one code)", [&] {
        auto stmt = value(db.prepare("SELECT c.code_id FROM codings c JOIN codes k ON k.id = c.code_id WHERE NOT EXISTS"
                                     " (SELECT 1 FROM codes s WHERE s.parent_id = k.id) GROUP BY 1 ORDER BY count(*) DESC"
                                     " LIMIT 1"));
        check(stmt.step(), stmt.error());
        ReportOptions options;
        options.codeIds = {stmt.int64(0)};
        options.includeSubcodes = false;
        options.contextLength = 40;
        report = value(ReportWriter::collect(*project, options));
        return format("%lld excerpts", static_cast<long long>(report.excerptCount));
    });
    phase("report: HTML", [&] {
        const QString path = dir + QStringLiteral("/report.html");
        value(ReportWriter::write(*project, report, ReportFormat::Html, path));
        return format("%.1f MB", static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0));
    });
    phase("report: PDF", [&] {
        int pages = 0;
        value(ReportWriter::writePdf(*project, report, dir + QStringLiteral("/report.pdf"), &pages));
        return format("%d pages", pages);
    });
    report = {};

    phase("REFI-QDA export (.qdpx)", [&] {
        const QString path = dir + QStringLiteral("/scale.qdpx");
        RefiExportReport exported = value(exportQdpx(*project, path));
        return format("%lld sources, %lld codings; archive %.0f MB", static_cast<long long>(exported.documents),
                      static_cast<long long>(exported.codings),
                      static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0));
    });

    // Not in the brief's list, but the export is only worth having if it comes back in.
    phase("REFI-QDA import back (new project)", [&] {
        const QString target = dir + QStringLiteral("/reimported.marginalia");
        QFile::remove(target);
        auto imported = importQdpx(dir + QStringLiteral("/scale.qdpx"), target);
        QFile::remove(target);
        if (!imported)
            return format("FAILED: %s", imported.error().toUtf8().constData());
        return format("%lld documents, %lld codings", static_cast<long long>(imported->documents),
                      static_cast<long long>(imported->codings));
    });

    std::printf("\n%-38s %9s %9s %9s %9s  %s\n", "phase", "seconds", "start MB", "peak MB", "<= 1 GB", "");
    std::string over;
    for (const Phase &p : g_phases) {
        const bool pass = p.peakMegabytes <= kTargetMegabytes;
        const bool failed = p.note.rfind("FAILED", 0) == 0;
        if (!pass || failed)
            over += (over.empty() ? "" : ", ") + p.name + (failed ? " (failed)" : " (over 1 GB)");
        std::printf("%s %9.3f %9.0f %9.0f %9s  %s\n", padded(p.name, 38).c_str(), p.seconds, p.startMegabytes,
                    p.peakMegabytes, failed ? "FAIL" : pass ? "PASS" : "OVER", p.note.c_str());
    }
    if (over.empty())
        std::printf("\nPASS: every phase done, peak memory within 1 GB in each\n");
    else
        std::printf("\nNOT PASSED: %s\n", over.c_str());
    return over.empty() ? 0 : 1;
}
