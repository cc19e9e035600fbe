// Totals benchmark (issue 12, "info about constant"): `marginalia-cli info PROJECT` as a whole command on a project of
// 2,000 documents and 1,000,000 codings against the same command on an empty project, each a fresh process (start,
// open with its checks, totals, output), runs alternated, medians of wall and CPU time (user + system of the child).
// Goal: the large project costs about what the empty one does (the totals do not grow with the project).
//
// Both files are opened once before timing: the first open of a file version reads every page (PRAGMA quick_check,
// remembered per file version, see core/project/CheckedFiles), and that first open is printed on its own.
//
//   marginalia-bench-info [--cli PATH] [--runs N] [--codings N] [--project P]
//
// --project P times P instead of the generated project (P is only read).

#include "BenchProcess.h"

#include "project/Codebook.h"
#include "project/Database.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace marginalia;
using namespace marginalia::bench;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
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

// 2,000 short documents, 50 codes, `codings` codings by two coders (raw prepared statements in one transaction:
// how the project got its codings does not matter to its totals).
void build(const QString &path, qint64 codings)
{
    auto project = value(Project::create(path));
    Database &db = project->database();
    std::vector<std::pair<qint64, qint64>> documents;   // id, length in code points
    {
        auto transaction = value(Transaction::begin(db));
        DocumentStore store(*project);
        for (int d = 0; d < 2000; ++d) {
            NewDocument document;
            document.name = QStringLiteral("Interview %1").arg(d + 1, 4, 10, QLatin1Char('0'));
            document.text = QStringLiteral("Teacher: We use the projector every day in class.\n"
                                           "Interviewer: And the students?\n").repeated(20);
            documents.emplace_back(value(store.add(document)), document.text.size());
        }
        value(transaction.commit());
    }
    QList<qint64> codes;
    {
        auto transaction = value(Transaction::begin(db));
        Codebook codebook(*project);
        for (int c = 0; c < 50; ++c) {
            NewCode code;
            code.name = QStringLiteral("Code %1").arg(c + 1);
            codes.append(value(codebook.add(code)));
        }
        value(transaction.commit());
    }
    const std::vector<qint64> coders{value(project->coderId(QStringLiteral("Li Na"))),
                                     value(project->coderId(QStringLiteral("Wang Wei")))};
    QRandomGenerator random(12);
    auto transaction = value(Transaction::begin(db));
    auto insert = value(db.prepare("INSERT OR IGNORE INTO codings(guid, document_id, code_id, start, end, coder_id, created)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, '2026-11-30T12:00:00Z')"));
    // The same passage by the same coder with the same code is one coding: draws that repeat one are skipped.
    for (qint64 i = 0, added = 0; added < codings; ++i) {
        const auto [documentId, length] = documents[static_cast<std::size_t>(i % 2000)];
        const qint64 start = random.bounded(length - 40);
        insert.reset();
        insert.bind(1, newGuid())
            .bind(2, documentId)
            .bind(3, codes[random.bounded(static_cast<int>(codes.size()))])
            .bind(4, start)
            .bind(5, start + 1 + random.bounded(39))
            .bind(6, coders[static_cast<std::size_t>(i % 2)]);
        value(insert.run());
        added += db.changes();
    }
    value(transaction.commit());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&](const QString &name, const QString &fallback = {}) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : fallback;
    };
    const QString cli = option(QStringLiteral("--cli"), QDir(app.applicationDirPath()).filePath(QStringLiteral("../app/marginalia-cli")));
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("15")).toInt());
    const qint64 codings = std::max<qint64>(1, option(QStringLiteral("--codings"), QStringLiteral("1000000")).toLongLong());
    QTemporaryDir temporary;
    check(temporary.isValid(), QStringLiteral("no temporary folder"));
    const QString empty = temporary.filePath(QStringLiteral("empty.marginalia"));
    run({cli, QStringLiteral("new"), empty});
    QString large = option(QStringLiteral("--project"));
    if (large.isEmpty()) {
        large = temporary.filePath(QStringLiteral("large.marginalia"));
        std::printf("building 2,000 documents with %lld codings ...\n", static_cast<long long>(codings));
        std::fflush(stdout);
        build(large, codings);
    }
    const Times firstLarge = run({cli, QStringLiteral("info"), large});
    run({cli, QStringLiteral("info"), empty});
    std::printf("first open of the large project (reads every page once): %.1f ms wall, %.1f ms CPU\n\n",
                firstLarge.wall * 1000, firstLarge.cpu * 1000);

    std::vector<double> largeWall, largeCpu, emptyWall, emptyCpu;
    for (int i = 0; i < runs; ++i) {
        const Times l = run({cli, QStringLiteral("info"), large});
        const Times e = run({cli, QStringLiteral("info"), empty});
        largeWall.push_back(l.wall * 1000);
        largeCpu.push_back(l.cpu * 1000);
        emptyWall.push_back(e.wall * 1000);
        emptyCpu.push_back(e.cpu * 1000);
    }
    const double lw = median(largeWall), ew = median(emptyWall), lc = median(largeCpu), ec = median(emptyCpu);
    std::printf("marginalia-cli info (%d runs, medians)   wall ms   cpu ms\n", runs);
    std::printf("  empty project                          %7.1f  %7.1f\n", ew, ec);
    std::printf("  large project                          %7.1f  %7.1f\n", lw, lc);
    std::printf("  large / empty                          %7.2f  %7.2f   (goal: about 1, the totals kept, not counted)\n",
                lw / ew, lc / std::max(0.1, ec));
    return 0;
}
