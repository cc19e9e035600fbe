#pragma once

#include "common/Result.h"
#include "import/DocumentReader.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace marginalia {

class Project;

// What one file gets instead of the import's common options.
struct FileImportOptions
{
    // The file's text encoding (empty: the import's, by default detected).
    QString encoding;
    // Attribute values for this file; they replace the common ones of the same name, an empty value leaves the
    // attribute unset for this file.
    QMap<QString, QString> attributes;
};

struct ImportOptions
{
    ReadOptions read;
    // Attribute values given to every imported document, e.g. {"site": "Kunming", "kind": "teacher interview"}.
    QMap<QString, QString> attributes;
    // Per file, by the path as given to importFiles().
    QHash<QString, FileImportOptions> files;
    // When not empty: a transcript's speakers (detectSpeakers, joined by ", ") are stored in this attribute.
    QString speakersAttribute;
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
    // The transcript's speakers, when ImportOptions::speakersAttribute asked for them (else empty).
    QStringList speakers;
};

struct ImportReport
{
    QList<ImportedDocument> imported;
    QList<ImportRefusal> refused;
    bool cancelled = false;
};

// Imports files into a project as one transaction: a file that cannot be read is reported and
// leaves nothing behind (each file is read completely before anything of it is written), the
// others are imported; a database failure or a cancel rolls back everything. A cancel is the progress callback
// returning false, or options.read.cancel set (it also stops the read of the current file midway).
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
