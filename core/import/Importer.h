#pragma once

#include "common/Result.h"
#include "import/DocumentReader.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace marginalia {

class Project;

struct ImportOptions
{
    ReadOptions read;
    // Attribute values given to every imported document, e.g. {"site": "Kunming", "kind": "teacher interview"}.
    QMap<QString, QString> attributes;
};

struct ImportRefusal
{
    QString path;
    QString reason;   // a sentence that starts with the file name
};

struct ImportedDocument
{
    qint64 id = 0;
    QString name;
    QString path;
    QString format;
    QString encoding;
    qint64 length = 0;
    // How sure detection was of the encoding, and the other one that was possible (ReadDocument).
    EncodingConfidence encodingConfidence = EncodingConfidence::Certain;
    QString encodingAlternative;
};

struct ImportReport
{
    QList<ImportedDocument> imported;
    QList<ImportRefusal> refused;
    bool cancelled = false;
};

// Imports files into a project as one transaction: a file that cannot be read is reported and
// leaves nothing behind (each file is read completely before anything of it is written), the
// others are imported; a database failure or a cancel rolls back everything.
class Importer
{
public:
    // Called after each file with (files done, total, current path). Returning false cancels.
    using Progress = std::function<bool(int done, int total, const QString &path)>;

    explicit Importer(Project &project) : m_project(project) {}

    Result<ImportReport> importFiles(const QStringList &paths, const ImportOptions &options, const Progress &progress = {});

private:
    Project &m_project;
};

} // namespace marginalia
