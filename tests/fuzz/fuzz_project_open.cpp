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
    auto project = marginalia::Project::open(path, marginalia::Project::Access::ReadOnly);
    if (!project)
        return 0;
    marginalia::Project &opened = **project;
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
