#include "import/Importer.h"

#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/Paragraphs.h"
#include "text/TextIndex.h"

#include <QFileInfo>
#include <QJsonObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace marginalia {

namespace {

// A file read, decoded, normalised, converted to UTF-8, hashed and split into paragraphs: everything that needs no
// database, done on the second thread while the file before is written (the writing thread then only runs SQL).
struct PreparedFile
{
    Result<ReadDocument> read;
    QString hash;
    QStringList speakers;
    QByteArray utf8;
    ParagraphRows paragraphs;
    qint64 length = 0;   // code points
};

PreparedFile prepare(const QString &path, const ImportOptions &options)
{
    ReadOptions read = options.read;
    if (const auto it = options.files.constFind(path); it != options.files.cend() && !it->encoding.isEmpty())
        read.encoding = it->encoding;
    PreparedFile file{readDocumentFile(path, read), {}, {}, {}, {}, 0};
    if (file.read && !readCancelled(read)) {
        file.utf8 = file.read->text.toUtf8();
        file.hash = DocumentStore::contentHashOfUtf8(file.utf8);
        file.paragraphs = ParagraphRows::of(splitParagraphs(file.read->text));
        file.length = TextIndex::codePointLength(file.read->text);
        if (!options.speakersAttribute.isEmpty()) {
            // detectSpeakers(text), from the labels the paragraphs have found already (one per non-empty line)
            file.speakers = file.paragraphs.labels.speakers(static_cast<qsizetype>(file.paragraphs.rows.size()));
        }
    }
    return file;
}

// Prepares the files in their order on one thread of its own, one file ahead of the writer: the next is prepared
// while this one is written, as memory allows no more. (A thread per file cost its start and a fresh malloc arena
// for each of thousands of small files.)
class FilePreparer
{
public:
    FilePreparer(const QStringList &paths, const ImportOptions &options)
        : m_paths(paths), m_options(options), m_thread([this] { run(); })
    {
    }
    FilePreparer(const FilePreparer &) = delete;
    FilePreparer &operator=(const FilePreparer &) = delete;
    ~FilePreparer()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();   // a read under way ends first (a cancel set in ReadOptions stops it early)
    }

    // The next file in order; only as many calls as there are paths.
    PreparedFile next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        PreparedFile file = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return file;
    }

private:
    void run()
    {
        for (const QString &path : m_paths) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_ready.empty(); });
                if (m_stop)
                    return;
            }
            PreparedFile file = prepare(path, m_options);
            {
                const std::lock_guard lock(m_mutex);
                m_ready.push_back(std::move(file));
            }
            m_changed.notify_all();
        }
    }

    const QStringList m_paths;
    const ImportOptions &m_options;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PreparedFile> m_ready;
    bool m_stop = false;
    std::thread m_thread;   // last: it starts once everything it uses is there
};

// The attributes of one file: the common ones, then the file's own over them (an empty value of its own: none).
QMap<QString, QString> attributesOf(const QString &path, const ImportOptions &options)
{
    QMap<QString, QString> attributes = options.attributes;
    if (const auto it = options.files.constFind(path); it != options.files.cend()) {
        for (auto value = it->attributes.cbegin(); value != it->attributes.cend(); ++value) {
            if (value.value().trimmed().isEmpty())
                attributes.remove(value.key());
            else
                attributes.insert(value.key(), value.value());
        }
    }
    return attributes;
}

} // namespace

Result<ImportReport> Importer::importFiles(const QStringList &paths, const ImportOptions &options,
                                           const Progress &progress)
{
    Database &db = m_project.database();
    DocumentStore documents(m_project);
    ImportReport report;

    const BulkWriteScope bulk(db);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());
    // The next file is read on a second thread while this one is written: reading, decoding and
    // hashing then cost no time beside the database's work on the file before it.
    // The importing coder, looked up (or added) once, with the first document stored.
    qint64 coder = 0;
    FilePreparer preparer(paths, options);
    int done = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        PreparedFile prepared = preparer.next();
        if (readCancelled(options.read)) {
            // options.read.cancel was set during the read (or before): stop as the progress callback's cancel does.
            report.cancelled = true;
            report.imported.clear();
            return report;   // the transaction rolls back: a cancelled import leaves nothing
        }
        const auto &read = prepared.read;
        const QString &hash = prepared.hash;
        if (!read) {
            report.refused.append({path, read.error()});
        } else if (auto existing = documents.findByContentOfUtf8(prepared.utf8, hash); !existing) {
            return failure(existing.error());
        } else if (*existing != 0) {
            auto twin = documents.info(*existing);
            report.refused.append({path, QStringLiteral("%1: the same text is in the project already, as '%2'")
                                             .arg(info.fileName(), twin ? twin->name : QString())});
        } else {
            // A failure while storing a file fails the whole import, so nothing half-written remains.
            auto fileTransaction = Transaction::begin(db);
            if (!fileTransaction)
                return failure(fileTransaction.error());
            auto name = documents.uniqueName(info.fileName());
            if (!name)
                return failure(name.error());
            NewDocument document;
            document.name = *name;
            document.text = read->text;
            document.format = read->format;
            document.encoding = read->encoding;
            document.sourcePath = info.absoluteFilePath();
            document.contentHash = hash;
            if (coder == 0) {
                auto id = m_project.coderId({});
                if (!id)
                    return failure(id.error());
                coder = *id;
            }
            document.importedBy = coder;
            auto id = documents.add(document, prepared.utf8, prepared.paragraphs);
            if (!id)
                return failure(id.error());
            QMap<QString, QString> attributes = attributesOf(path, options);
            if (!prepared.speakers.isEmpty())
                attributes.insert(options.speakersAttribute, prepared.speakers.join(QStringLiteral(", ")));
            QString attributeError;
            for (auto it = attributes.cbegin(); it != attributes.cend() && attributeError.isEmpty(); ++it) {
                if (auto ok = documents.setAttribute(*id, it.key(), it.value()); !ok)
                    attributeError = ok.error();
            }
            if (!attributeError.isEmpty())
                return failure(QStringLiteral("%1: %2").arg(info.fileName(), attributeError));
            if (auto ok = fileTransaction->commit(); !ok)
                return failure(ok.error());
            report.imported.append({*id, *name, path, read->format, read->encoding,
                                    prepared.length, read->encodingConfidence,
                                    read->encodingAlternative, prepared.speakers});
        }
        ++done;
        if (readCancelled(options.read) || (progress && !progress(done, static_cast<int>(paths.size()), path))) {
            report.cancelled = true;
            report.imported.clear();
            return report;   // the transaction rolls back: a cancelled import leaves nothing
        }
    }
    if (!report.imported.isEmpty() || !report.refused.isEmpty()) {
        QJsonObject detail{{QStringLiteral("imported"), static_cast<qint64>(report.imported.size())},
                           {QStringLiteral("refused"), static_cast<qint64>(report.refused.size())}};
        if (auto ok = m_project.journal(QStringLiteral("import"), detail); !ok)
            return failure(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return report;
}

} // namespace marginalia

