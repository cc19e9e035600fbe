// REFI-QDA: a crafted .qdpx (zip slip, bombs, broken XML, selections outside their text,
// dangling references, huge text nodes, deep nesting) imported into a new project and exported
// again for NVivo, and the same bytes as a .qdc codebook imported into an existing one.
#include "FuzzSupport.h"
#include "project/Project.h"
#include "refiqda/RefiQda.h"

#include <QFile>

namespace {

void removeProjectFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

marginalia::RefiImportOptions fuzzLimits()
{
    // Small fences, so that a bomb is found in milliseconds, not after inflating gigabytes.
    marginalia::RefiImportOptions options;
    options.maxEntryBytes = 16 * 1024 * 1024;
    options.maxReadBytes = 4 * 1024 * 1024;
    options.maxTotalBytes = 32 * 1024 * 1024;
    options.maxEntries = 1000;
    // What the XML holds, counted before the parser sees it.
    options.maxXmlTextBytes = 256 * 1024;
    options.maxXmlDepth = 64;
    options.maxXmlElements = 200000;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir folder;
    const marginalia::RefiImportOptions options = fuzzLimits();

    const QString archive = writeFuzzInput(folder, "input.qdpx", data, size);
    const QString imported = folder.filePath(QStringLiteral("imported.marginalia"));
    removeProjectFiles(imported);
    if (marginalia::importQdpx(archive, imported, options)) {
        // Whatever was imported exports again, for a target counting UTF-16 units (the writer's conversions).
        if (auto project = marginalia::Project::open(imported, marginalia::Project::Access::ReadOnly)) {
            marginalia::RefiExportOptions exportOptions;
            exportOptions.target = marginalia::ExportTarget::NVivo;
            (void)marginalia::exportQdpx(**project, folder.filePath(QStringLiteral("again.qdpx")), exportOptions);
        }
    }

    // One empty project made once; each input is imported into a fresh copy of it.
    static const QString emptyProject = [] {
        const QString path = folder.filePath(QStringLiteral("empty.marginalia"));
        removeProjectFiles(path);
        auto created = marginalia::Project::create(path);
        return created ? path : QString();
    }();
    if (emptyProject.isEmpty())
        return 0;
    const QString codebookTarget = folder.filePath(QStringLiteral("codebook.marginalia"));
    removeProjectFiles(codebookTarget);
    if (!QFile::copy(emptyProject, codebookTarget))
        return 0;
    const QString codebook = writeFuzzInput(folder, "input.qdc", data, size);
    if (auto project = marginalia::Project::open(codebookTarget))
        (void)marginalia::importQdc(**project, codebook, options);
    return 0;
}
