// REFI-QDA export and import of a project with 100,000 codings (target: each within 5 s).
// Usage: marginalia-bench-refiqda [CODINGS]

#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/InterchangeStore.h"
#include "project/Project.h"
#include "refiqda/ProjectMerger.h"
#include "refiqda/RefiQda.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace marginalia;

namespace {

void report(const char *what, qint64 ms, qint64 codings)
{
    std::printf("%-34s %8lld ms  (%.1f codings/ms)%s\n", what, static_cast<long long>(ms),
                ms > 0 ? static_cast<double>(codings) / static_cast<double>(ms) : 0.0, ms <= 5000 ? "" : "  SLOWER THAN 5 s");
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 100000;
    constexpr int kDocuments = 200;
    constexpr int kCodes = 60;
    const qint64 perDocument = (total + kDocuments - 1) / kDocuments;

    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(QStringLiteral("bench.marginalia")));
    if (!created)
        return fail(created.error());
    Project &project = **created;
    project.setCurrentCoder(QStringLiteral("Li Na"));

    QElapsedTimer timer;
    timer.start();
    // Transcript-like text with Chinese, emoji and a character outside the BMP in every paragraph.
    QString paragraph = QStringLiteral("Q: 您怎么教学生？😀 A: 我们用小组讨论 𠀀 and tables, then we write on the board.\n");
    QString text;
    while (text.size() < 20000)
        text += paragraph;
    const qint64 length = text.size() - text.count(QChar(0xD840)) - text.count(QChar(0xD83D));
    {
        auto transaction = Transaction::begin(project.database());
        if (!transaction)
            return fail(transaction.error());
        DocumentStore documents(project);
        QList<qint64> documentIds;
        for (int d = 0; d < kDocuments; ++d) {
            NewDocument document;
            document.name = QStringLiteral("Interview %1").arg(d + 1);
            document.text = QStringLiteral("Document %1\n").arg(d) + text;
            auto id = documents.add(document);
            if (!id)
                return fail(id.error());
            documentIds.append(*id);
            if (auto ok = documents.setAttribute(*id, QStringLiteral("site"), d % 2 ? QStringLiteral("Beijing") : QStringLiteral("Kunming")); !ok)
                return fail(ok.error());
        }
        Codebook codebook(project);
        QList<qint64> codeIds;
        for (int c = 0; c < kCodes; ++c) {
            NewCode code;
            code.name = QStringLiteral("Code %1").arg(c);
            code.parentId = c >= 10 ? codeIds.at(c % 10) : 0;
            auto id = codebook.add(code);
            if (!id)
                return fail(id.error());
            codeIds.append(*id);
        }
        InterchangeStore store(project);
        const qint64 coders[] = {*store.coder(QStringLiteral("Li Na"), {}), *store.coder(QStringLiteral("Wang Wei"), {})};
        QList<CodingRow> rows;
        for (qint64 i = 0; i < total; ++i) {
            CodingRow row;
            row.documentId = documentIds.at(static_cast<qsizetype>(i / perDocument));
            row.codeId = codeIds.at(static_cast<qsizetype>(i % kCodes));
            row.coderId = coders[i % 2];
            row.start = (i % perDocument) * 30 % (length - 100);
            row.end = row.start + 5 + i % 60;
            if (i % 10 == 0)
                row.memo = QStringLiteral("memo %1").arg(i);
            rows.append(row);
        }
        auto inserted = store.insertCodings(rows, QStringLiteral("benchmark"), {});
        if (!inserted)
            return fail(inserted.error());
        if (auto ok = transaction->commit(); !ok)
            return fail(ok.error());
        std::printf("built a project: %d documents, %d codes, %lld codings (%lld collapsed) in %lld ms\n", kDocuments,
                    kCodes, static_cast<long long>(inserted->added), static_cast<long long>(inserted->collapsed),
                    static_cast<long long>(timer.elapsed()));
    }

    const QString qdpx = dir.filePath(QStringLiteral("bench.qdpx"));
    timer.restart();
    auto exported = exportQdpx(project, qdpx);
    const qint64 exportMs = timer.elapsed();
    if (!exported)
        return fail(exported.error());
    report("export .qdpx", exportMs, exported->codings);
    std::printf("  archive: %.1f MB\n", static_cast<double>(QFileInfo(qdpx).size()) / 1e6);

    timer.restart();
    auto imported = importQdpx(qdpx, dir.filePath(QStringLiteral("imported.marginalia")));
    const qint64 importMs = timer.elapsed();
    if (!imported)
        return fail(imported.error());
    report("import .qdpx (new project)", importMs, imported->codings);
    std::printf("  imported %lld documents, %lld codes, %lld codings; %lld skipped\n",
                static_cast<long long>(imported->documents), static_cast<long long>(imported->codes),
                static_cast<long long>(imported->codings), static_cast<long long>(imported->skipped.size()));

    // Merge of the imported copy back: everything matches and collapses.
    auto reopened = Project::open(dir.filePath(QStringLiteral("imported.marginalia")));
    if (!reopened)
        return fail(reopened.error());
    timer.restart();
    auto merged = mergeProject(project, dir.filePath(QStringLiteral("imported.marginalia")), MergeOptions{false, {}});
    const qint64 mergeMs = timer.elapsed();
    if (!merged)
        return fail(merged.error());
    report("merge (all codings identical)", mergeMs, merged->codingsCollapsed);
    return exportMs <= 5000 && importMs <= 5000 ? 0 : 1;
}
