// Opening a crafted project file, then reading everything a user would look at.
#include "FuzzSupport.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/TextSearch.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir folder;
    const QString path = writeFuzzInput(folder, "input.marginalia", data, size);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // Inspect also takes older formats as they are (the backup list opens every backup this way).
    const auto access = size % 2 == 0 ? marginalia::Project::Access::ReadOnly : marginalia::Project::Access::Inspect;
    auto project = marginalia::Project::open(path, access);
    if (!project)
        return 0;
    marginalia::Project &opened = **project;
    // A statement that runs away is stopped by the step budget; a small one keeps fuzzing fast.
    opened.database().setStatementStepLimit(50'000'000);
    (void)marginalia::DocumentStore(opened).list();
    (void)marginalia::DocumentStore(opened).attributeValues();
    (void)marginalia::Codebook(opened).codes();
    marginalia::CodingFilter filter;
    filter.contextLength = 20;
    (void)marginalia::CodingStore(opened).segments(filter);
    (void)marginalia::CodingStore(opened).frequencies();
    (void)marginalia::TextSearch(opened).find(QStringLiteral("教师"));
    (void)marginalia::TextSearch(opened).find(QStringLiteral("teacher"));
    return 0;
}
