// Analysis benchmark: builds projects with raw prepared statements (one transaction each) in a temporary
// directory and prints how long the analyses take, against the bare SQL on the same file where there is one.
//
//   matrix         1,000,000 codings in 5,000 documents: Matrix::compute vs the bare GROUP BY (target ≤ 1.5×, ≤ 500 ms)
//   co-occurrence  100,000 codings (target ≤ 1 s); on the matrix project, overlap vs the bare SQL self-join (≤ 1×)
//   agreement      2 coders on 200 documents (target ≤ 1 s)
//   report         a report of 500+ pages: PDF (target ≤ 10 s), and DOCX, ODT, HTML of the same excerpts
//
//   marginalia-bench-analysis [--codings N] [--keep DIR [--reuse]] [--skip-matrix | --only-matrix] [--runs N]
//   marginalia-bench-analysis --cooccurrence PROJECT [--runs N]   (only co-occurrence vs the bare SQL, on PROJECT)
//
// --reuse opens the projects a previous run left in DIR (--keep) instead of building them again.

#include "analysis/Agreement.h"
#include "analysis/Cooccurrence.h"
#include "analysis/Matrix.h"
#include "project/Codebook.h"
#include "project/Project.h"
#include "report/Report.h"
#include "text/Paragraphs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace marginalia;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Milliseconds of the median of runs of f (after one warm-up run).
double timeMs(int runs, const std::function<void()> &f)
{
    f();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
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

// Transcript-like text: English and Chinese sentences, a line break after every few.
QString makeText(QRandomGenerator &random, int length)
{
    static const QStringList sentences = {
        QStringLiteral("The teacher plays a short video and the students watch quietly. "),
        QStringLiteral("We use the interactive whiteboard mostly for slides, honestly. "),
        QStringLiteral("Our school records micro-lectures for the municipal platform every term. "),
        QStringLiteral("Exam pressure means there is little time for students to use devices themselves. "),
        QStringLiteral("教师们用于教学的方法主要是讲授，学生很少自己操作设备。"),
        QStringLiteral("我们学校每学期都给市里的资源平台录制微课。"),
        QStringLiteral("说实话，触控和批注功能基本不碰，推导过程我还是习惯写在黑板上。"),
        QStringLiteral("农村学校下载、播放，名校拿到了荣誉。"),
    };
    QString text;
    text.reserve(length + 200);
    int inLine = 0;
    while (text.size() < length) {
        text += sentences[random.bounded(static_cast<int>(sentences.size()))];
        if (++inLine == 3) {
            text += u'\n';
            inLine = 0;
        }
    }
    text.truncate(length - 1);
    text += u'\n';
    return text;
}

struct Corpus
{
    std::unique_ptr<Project> project;
    QList<qint64> codes;
};

// documents × codingsPerDocument codings, 50 codes (10 parents with 4 children each), 2 coders, 5 sites, 3 kinds.
// All text is BMP-only, so QString lengths are code points.
Corpus build(const QString &path, int documents, qint64 codings, int length, bool paragraphs, int coders = 2,
             int codeCount = 50)
{
    Corpus corpus;
    corpus.project = value(Project::create(path));
    Project &project = *corpus.project;
    Database &db = project.database();
    QRandomGenerator random(42);
    auto transaction = value(Transaction::begin(db));
    std::vector<qint64> coderIds;
    for (int i = 0; i < coders; ++i)
        coderIds.push_back(value(project.coderId(QStringLiteral("Coder %1").arg(i + 1))));
    auto attribute = value(db.prepare("INSERT INTO attributes(name) VALUES (?1)"));
    check(bool(attribute.bind(1, QStringLiteral("site")).run()), QStringLiteral("attribute"));
    const qint64 siteId = db.lastInsertId();
    attribute.reset();
    check(bool(attribute.bind(1, QStringLiteral("kind")).run()), QStringLiteral("attribute"));
    const qint64 kindId = db.lastInsertId();

    auto code = value(db.prepare("INSERT INTO codes(guid, parent_id, name, position, created) VALUES (?1, ?2, ?3, ?4, ?5)"));
    const int parents = std::max(1, codeCount / 5);
    for (int p = 0; p < parents; ++p) {
        code.reset();
        code.bind(1, newGuid()).bindNull(2).bind(3, QStringLiteral("Theme %1").arg(p + 1)).bind(4, p).bind(5, nowTimestamp());
        check(bool(code.run()), QStringLiteral("code"));
        const qint64 parent = db.lastInsertId();
        corpus.codes.append(parent);
        for (int c = 0; c < 4; ++c) {
            code.reset();
            code.bind(1, newGuid()).bind(2, parent).bind(3, QStringLiteral("Code %1.%2").arg(p + 1).arg(c + 1)).bind(4, c).bind(5, nowTimestamp());
            check(bool(code.run()), QStringLiteral("code"));
            corpus.codes.append(db.lastInsertId());
        }
    }

    auto document = value(db.prepare(
        "INSERT INTO documents(guid, name, length, tail, content_hash, imported_at, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    auto value_ = value(db.prepare("INSERT INTO document_attributes(document_id, attribute_id, value) VALUES (?1, ?2, ?3)"));
    auto paragraph = value(db.prepare("INSERT INTO paragraphs(document_id, number, start, end) VALUES (?1, ?2, ?3, ?4)"));
    auto coding = value(db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id, created)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, '2024-01-01T00:00:00Z')"));
    static const QStringList sites = {QStringLiteral("Beijing"), QStringLiteral("Kunming"), QStringLiteral("Zhejiang"),
                                      QStringLiteral("Chongqing"), QStringLiteral("Shanghai")};
    static const QStringList kinds = {QStringLiteral("teacher interview"), QStringLiteral("principal interview"),
                                      QStringLiteral("class observation")};
    const qint64 perDocument = codings / documents;
    qint64 guid = 0;
    for (int d = 0; d < documents; ++d) {
        const QString text = makeText(random, length);
        document.reset();
        document.bind(1, newGuid())
            .bind(2, QStringLiteral("document %1").arg(d + 1, 5, 10, QLatin1Char('0')))
            .bind(3, static_cast<qint64>(text.size()))
            .bind(4, text.right(2))
            .bind(5, QStringLiteral("hash%1").arg(d))
            .bind(6, nowTimestamp())
            .bind(7, text);
        check(bool(document.run()), QStringLiteral("document"));
        const qint64 documentId = db.lastInsertId();
        value_.reset();
        check(bool(value_.bind(1, documentId).bind(2, siteId).bind(3, sites[d % sites.size()]).run()), QStringLiteral("site"));
        value_.reset();
        check(bool(value_.bind(1, documentId).bind(2, kindId).bind(3, kinds[d % kinds.size()]).run()), QStringLiteral("kind"));
        if (paragraphs) {
            int number = 0;
            for (const Paragraph &p : splitParagraphs(text)) {
                paragraph.reset();
                check(bool(paragraph.bind(1, documentId).bind(2, number++).bind(3, p.start).bind(4, p.end).run()),
                      QStringLiteral("paragraph"));
            }
        }
        qint64 added = 0;
        while (added < perDocument) {
            const qint64 start = random.bounded(length - 20);
            const qint64 end = std::min<qint64>(length, start + 10 + random.bounded(290));
            coding.reset();
            const std::string id = "bench-" + std::to_string(++guid);
            coding.bind(1, std::string_view(id))
                .bind(2, documentId)
                .bind(3, corpus.codes[random.bounded(static_cast<int>(corpus.codes.size()))])
                .bind(4, start)
                .bind(5, end)
                .bind(6, coderIds[random.bounded(static_cast<int>(coderIds.size()))]);
            check(bool(coding.run()), QStringLiteral("coding"));
            added += db.changes();
        }
    }
    check(bool(transaction.commit()), QStringLiteral("commit"));
    check(bool(db.exec("ANALYZE")), QStringLiteral("analyze"));
    return corpus;
}

// A project an earlier run kept (--keep DIR --reuse), or a new one built as above.
Corpus buildOrOpen(bool reuse, const QString &path, int documents, qint64 codings, int length, bool paragraphs,
                   int coders = 2, int codeCount = 50)
{
    if (!reuse || !QFile::exists(path)) {
        QFile::remove(path);
        return build(path, documents, codings, length, paragraphs, coders, codeCount);
    }
    Corpus corpus;
    corpus.project = value(Project::open(path));
    for (const Code &code : value(Codebook(*corpus.project).codes()))
        corpus.codes.append(code.id);
    std::sort(corpus.codes.begin(), corpus.codes.end());   // the order build() created them in
    return corpus;
}

// Overlap co-occurrence against the bare SQL self-join it replaces (each overlapping pair once, grouped by code
// pair), each run in a fresh connection (the project opened anew, so neither profits from the other's cache
// beyond the OS's), alternating, medians of runs; the two results must agree pair by pair.
void compareCooccurrence(const QString &path, int runs)
{
    std::vector<double> ours;
    std::vector<double> bare;
    QHash<std::pair<qint64, qint64>, std::pair<qint64, qint64>> oursPairs;
    QHash<std::pair<qint64, qint64>, std::pair<qint64, qint64>> barePairs;
    qint64 codings = 0;
    for (int run = 0; run < runs; ++run) {
        {
            auto project = value(Project::open(path));
            QElapsedTimer timer;
            timer.start();
            const QList<CooccurrencePair> pairs = value(Cooccurrence(*project).pairs(CooccurrenceUnit::Overlap, {}, true));
            ours.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            oursPairs.clear();
            for (const CooccurrencePair &pair : pairs)
                oursPairs.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
            auto count = value(project->database().prepare("SELECT count(*) FROM codings"));
            check(count.step(), count.error());
            codings = count.int64(0);
        }
        {
            auto project = value(Project::open(path));
            QElapsedTimer timer;
            timer.start();
            auto stmt = value(project->database().prepare(
                "SELECT min(a.code_id, b.code_id) AS x, max(a.code_id, b.code_id) AS y, count(*),"
                " count(DISTINCT a.document_id) FROM codings a JOIN codings b ON b.document_id = a.document_id"
                " AND b.start >= a.start AND b.start < a.end AND (b.start > a.start OR b.id > a.id)"
                " AND b.code_id <> a.code_id GROUP BY x, y"));
            barePairs.clear();
            while (stmt.step())
                barePairs.insert({stmt.int64(0), stmt.int64(1)}, {stmt.int64(2), stmt.int64(3)});
            check(!stmt.failed(), stmt.error());
            bare.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    check(oursPairs == barePairs, QStringLiteral("co-occurrence and the bare SQL disagree (%1 and %2 pairs)")
                                      .arg(oursPairs.size()).arg(barePairs.size()));
    qint64 overlapping = 0;
    for (const auto &[count, documents] : std::as_const(oursPairs))
        overlapping += count;
    std::printf("co-occurrence (overlap) over %lld codings, %lld overlapping pairs in %lld code pairs (same as the SQL):"
                " %.0f ms; bare SQL self-join, fresh connection: %.0f ms; ratio %.2f (target <= 1; medians of %d)\n",
                static_cast<long long>(codings), static_cast<long long>(overlapping),
                static_cast<long long>(oursPairs.size()), median(ours), median(bare), median(ours) / median(bare), runs);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);   // the PDF report lays out text with fonts
    const QStringList arguments = app.arguments();
    qint64 matrixCodings = 1000000;
    QString keep;
    bool skipMatrix = false;
    bool onlyMatrix = false;
    bool reuse = false;
    QString cooccurrenceOnly;   // a project to compare co-occurrence with the bare SQL on, nothing else
    int runs = 3;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--codings" && i + 1 < arguments.size())
            matrixCodings = arguments[++i].toLongLong();
        else if (arguments[i] == u"--keep" && i + 1 < arguments.size())
            keep = arguments[++i];
        else if (arguments[i] == u"--skip-matrix")
            skipMatrix = true;
        else if (arguments[i] == u"--only-matrix")
            onlyMatrix = true;
        else if (arguments[i] == u"--reuse")
            reuse = true;
        else if (arguments[i] == u"--cooccurrence" && i + 1 < arguments.size())
            cooccurrenceOnly = arguments[++i];
        else if (arguments[i] == u"--runs" && i + 1 < arguments.size())
            runs = arguments[++i].toInt();
    }
    if (!cooccurrenceOnly.isEmpty()) {
        compareCooccurrence(cooccurrenceOnly, runs);
        return 0;
    }
    QTemporaryDir temporary;
    const QString dir = keep.isEmpty() ? temporary.path() : keep;
    reuse = reuse && !keep.isEmpty();
    QDir().mkpath(dir);
    std::printf("Files in %s\n", qPrintable(dir));

    // ---- matrix ----
    if (!skipMatrix) {
        QElapsedTimer timer;
        timer.start();
        const QString path = dir + QStringLiteral("/matrix.marginalia");
        Corpus corpus = buildOrOpen(reuse, path, 5000, matrixCodings, 4000, false);
        std::printf("matrix project: %lld codings in 5,000 documents, built in %.1f s\n",
                    static_cast<long long>(matrixCodings), static_cast<double>(timer.elapsed()) / 1000.0);
        Project &project = *corpus.project;
        Matrix matrix(project);
        MatrixResult result;
        const double matrixMs = timeMs(3, [&] { result = value(matrix.compute({})); });
        MatrixOptions rolled;
        rolled.rollUp = true;
        const double rollupMs = timeMs(3, [&] { value(matrix.compute(rolled)); });
        // The bare SQL: the same cells (segments, documents, summed lengths) by one GROUP BY.
        const double bareMs = timeMs(3, [&] {
            auto stmt = value(project.database().prepare(
                "SELECT c.code_id, CAST(da.value AS TEXT), count(*), count(DISTINCT c.document_id), sum(c.end - c.start)"
                " FROM codings c JOIN document_attributes da ON da.document_id = c.document_id"
                " AND da.attribute_id = (SELECT id FROM attributes WHERE name = 'site') GROUP BY 1, 2"));
            qint64 rows = 0;
            while (stmt.step())
                ++rows;
            check(!stmt.failed() && rows > 0, stmt.error());
        });
        // The same two-level GROUP BY as the matrix's, over the same index, with summed lengths instead of the union.
        const double bareStreamMs = timeMs(3, [&] {
            auto stmt = value(project.database().prepare(
                "SELECT t.k, CAST(da.value AS TEXT), sum(t.n), count(*), sum(t.ch) FROM (SELECT c.code_id AS k,"
                " c.document_id AS d, count(*) AS n, sum(c.end - c.start) AS ch FROM codings c GROUP BY 1, 2) t"
                " JOIN document_attributes da ON da.document_id = t.d"
                " AND da.attribute_id = (SELECT id FROM attributes WHERE name = 'site') GROUP BY 1, 2"));
            qint64 rows = 0;
            while (stmt.step())
                ++rows;
            check(!stmt.failed() && rows > 0, stmt.error());
        });
        // The bare SQL of the column totals too (codings, documents, summed lengths per column).
        const double bareTotalsMs = timeMs(3, [&] {
            auto stmt = value(project.database().prepare(
                "SELECT CAST(da.value AS TEXT), count(*), count(DISTINCT c.document_id), sum(c.end - c.start)"
                " FROM codings c JOIN document_attributes da ON da.document_id = c.document_id"
                " AND da.attribute_id = (SELECT id FROM attributes WHERE name = 'site') GROUP BY 1"));
            qint64 rows = 0;
            while (stmt.step())
                ++rows;
            check(!stmt.failed() && rows > 0, stmt.error());
        });
        qint64 total = 0;
        for (const MatrixRow &row : result.rows)
            for (const MatrixCell &cell : row.cells)
                total += cell.codings;
        check(total == matrixCodings, QStringLiteral("the matrix counts %1 codings").arg(total));
        std::printf("matrix (%lld rows × %lld columns, coded characters as union of ranges): %.0f ms\n",
                    static_cast<long long>(result.rows.size()), static_cast<long long>(result.columns.size()), matrixMs);
        std::printf("matrix rolled up: %.0f ms\n", rollupMs);
        std::printf("bare SQL GROUP BY (summed lengths, no union): %.0f ms\n", bareMs);
        std::printf("bare SQL GROUP BY of the column totals: %.0f ms\n", bareTotalsMs);
        std::printf("bare SQL two-level GROUP BY over the index (summed lengths): %.0f ms; matrix / that: %.2f\n",
                    bareStreamMs, matrixMs / bareStreamMs);
        std::printf("ratio matrix / bare SQL of the cells: %.2f; matrix / bare SQL of cells + totals: %.2f "
                    "(target <= 1.5, and <= 500 ms)\n",
                    matrixMs / bareMs, matrixMs / (bareMs + bareTotalsMs));
        compareCooccurrence(path, runs);
    }

    if (onlyMatrix)
        return 0;

    // ---- co-occurrence, typical density: 50 codings in a document of 4,000 characters ----
    {
        const QString path = dir + QStringLiteral("/cooccurrence-typical.marginalia");
        Corpus corpus = buildOrOpen(reuse, path, 2000, 100000, 4000, true);
        Cooccurrence cooccurrence(*corpus.project);
        qint64 pairs = 0;
        const double overlapMs = timeMs(3, [&] {
            pairs = 0;
            for (const CooccurrencePair &pair : value(cooccurrence.pairs(CooccurrenceUnit::Overlap, {}, true)))
                pairs += pair.count;
        });
        const double paragraphMs = timeMs(3, [&] { value(cooccurrence.pairs(CooccurrenceUnit::Paragraph)); });
        std::printf("co-occurrence over 100,000 codings in 2,000 documents (50 each): overlap %.0f ms (%lld overlapping "
                    "pairs), paragraph %.0f ms (target <= 1000 ms)\n",
                    overlapMs, static_cast<long long>(pairs), paragraphMs);
    }

    // ---- co-occurrence, dense: 200 codings in a document of 4,000 characters ----
    {
        const QString path = dir + QStringLiteral("/cooccurrence.marginalia");
        Corpus corpus = buildOrOpen(reuse, path, 500, 100000, 4000, true);
        Cooccurrence cooccurrence(*corpus.project);
        qint64 pairs = 0;
        const double overlapMs = timeMs(3, [&] {
            pairs = 0;
            for (const CooccurrencePair &pair : value(cooccurrence.pairs(CooccurrenceUnit::Overlap, {}, true)))
                pairs += pair.count;
        });
        const double paragraphMs = timeMs(3, [&] { value(cooccurrence.pairs(CooccurrenceUnit::Paragraph)); });
        std::printf("co-occurrence over 100,000 codings in 500 documents (200 each, dense): overlap %.0f ms (%lld "
                    "overlapping pairs), "
                    "paragraph %.0f ms (target <= 1000 ms)\n",
                    overlapMs, static_cast<long long>(pairs), paragraphMs);

        // ---- report: the same project, enough excerpts for 500+ pages ----
        ReportOptions options;
        options.codeIds = {corpus.codes[1], corpus.codes[2], corpus.codes[6]};
        options.includeSubcodes = false;
        options.includeMatrix = true;
        options.contextLength = 40;
        QElapsedTimer timer;
        timer.start();
        ReportData data = value(ReportWriter::collect(*corpus.project, options));
        const double collectMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        int pages = 0;
        check(bool(ReportWriter::writePdf(*corpus.project, data, dir + QStringLiteral("/report.pdf"), &pages)), QStringLiteral("pdf"));
        const double pdfMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        check(bool(ReportWriter::writeDocx(*corpus.project, data, dir + QStringLiteral("/report.docx"))), QStringLiteral("docx"));
        const double docxMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        check(bool(ReportWriter::writeOdt(*corpus.project, data, dir + QStringLiteral("/report.odt"))), QStringLiteral("odt"));
        const double odtMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        check(bool(ReportWriter::write(*corpus.project, data, ReportFormat::Html, dir + QStringLiteral("/report.html"))), QStringLiteral("html"));
        const double htmlMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        std::printf("report of %lld excerpts: collect %.0f ms; PDF %d pages %.0f ms (collect + PDF %.0f ms, target <= "
                    "10000 ms); DOCX %.0f ms; ODT %.0f ms; HTML %.0f ms\n",
                    static_cast<long long>(data.excerptCount), collectMs, pages, pdfMs, collectMs + pdfMs, docxMs, odtMs,
                    htmlMs);
    }

    // ---- agreement ----
    {
        const QString path = dir + QStringLiteral("/agreement.marginalia");
        Corpus corpus = buildOrOpen(reuse, path, 200, 40000, 20000, false, 2, 20);
        Agreement agreement(*corpus.project);
        AgreementResult result;
        const double ms = timeMs(3, [&] {
            result = value(agreement.compute({QStringLiteral("Coder 1"), QStringLiteral("Coder 2")}));
        });
        std::printf("agreement, 2 coders, %lld documents, %lld characters per code, %lld codes, 40,000 codings: %.0f ms "
                    "(%lld disagreements; target <= 1000 ms)\n",
                    static_cast<long long>(result.documentIds.size()), static_cast<long long>(result.comparedCharacters),
                    static_cast<long long>(result.codes.size()), ms, static_cast<long long>(result.disagreements.size()));
    }
    return 0;
}
