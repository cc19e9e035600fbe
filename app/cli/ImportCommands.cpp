#include "ImportCommands.h"

#include "CliArgs.h"
#include "CliOutput.h"

#include "demo/DemoProject.h"
#include "import/Importer.h"
#include "import/TextDecoder.h"
#include "project/Project.h"
#include "search/SearchIndexer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace marginalia::cli {

namespace {

// Set by SIGINT during an import; the reader polls it (ReadOptions::cancel). A lock-free atomic is safe to store to
// from a signal handler.
std::atomic_bool g_importInterrupted{false};

// A second Ctrl+C ends the process as it did before (the uncommitted transaction is rolled back when the project is
// next opened): the flag is polled while files are read, not inside the database's writing of one file.
extern "C" void interruptImport(int)
{
    g_importInterrupted.store(true);
    std::signal(SIGINT, SIG_DFL);
}

// Ctrl+C stops the import, also midway through a file, and the transaction rolls back; the previous handler is back
// once the import is done.
class InterruptScope
{
public:
    InterruptScope() { m_previous = std::signal(SIGINT, interruptImport); }
    ~InterruptScope() { std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
    InterruptScope(const InterruptScope &) = delete;
    InterruptScope &operator=(const InterruptScope &) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

int commandImport(const QStringList &arguments)
{
    const CommandSpec spec{
        QStringLiteral("import"),
        QStringLiteral("import PROJECT FILE... [--site SITE] [--kind KIND] [--attr NAME=VALUE]... [--coder NAME] "
                       "[--encoding ENCODING] [--max-size MB] [--max-text MILLIONS] [--defer-index] [--no-speakers] [--json]"),
        {valueOption(QStringLiteral("site"), QStringLiteral("The site of every imported document."), QStringLiteral("SITE")),
         valueOption(QStringLiteral("kind"), QStringLiteral("The kind of every imported document."), QStringLiteral("KIND")),
         valueOption(QStringLiteral("attr"), QStringLiteral("An attribute value, NAME=VALUE (repeatable)."),
                     QStringLiteral("NAME=VALUE")),
         valueOption(QStringLiteral("encoding"), QStringLiteral("Decode text files with this encoding."),
                     QStringLiteral("ENCODING")),
         valueOption(QStringLiteral("max-size"), QStringLiteral("Refuse files larger than this many MB (default 50)."),
                     QStringLiteral("MB")),
         valueOption(QStringLiteral("max-text"),
                     QStringLiteral("Refuse files whose text is longer than this many million characters (default 50)."),
                     QStringLiteral("MILLIONS")),
         QCommandLineOption(QStringLiteral("defer-index"),
                            QStringLiteral("Leave the search index for later ('marginalia-cli index'); searches read "
                                           "the new documents directly meanwhile. For imports in many steps.")),
         QCommandLineOption(QStringLiteral("no-speakers"),
                            QStringLiteral("Do not detect a transcript's speakers (by default, labels such as "
                                           "'Teacher:' that start at least two lines are stored as the attribute "
                                           "'speakers', as the GUI's import does).")),
         coderOption(), jsonOption()},
        2,
        -1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    ImportOptions options;
    options.read.encoding = invocation->value(QStringLiteral("encoding"));
    if (invocation->isSet(QStringLiteral("max-size"))) {
        // Files are read whole into memory: past 2 GB (QByteArray's limit) nothing could be read anyway.
        auto megabytes = parsePositiveNumber(invocation->value(QStringLiteral("max-size")), QStringLiteral("--max-size"),
                                             2000.0);
        if (!megabytes) {
            printError(QStringLiteral("import: ") + megabytes.error());
            return Usage;
        }
        options.read.maxBytes = static_cast<qint64>(*megabytes * 1024 * 1024);
    }
    if (invocation->isSet(QStringLiteral("max-text"))) {
        // Up to 500 million characters: far past any transcript, far inside what memory allows.
        auto millions = parsePositiveNumber(invocation->value(QStringLiteral("max-text")), QStringLiteral("--max-text"),
                                            500.0);
        if (!millions) {
            printError(QStringLiteral("import: ") + millions.error());
            return Usage;
        }
        options.read.maxTextCharacters = static_cast<qint64>(*millions * 1e6);
    }
    if (invocation->isSet(QStringLiteral("site")))
        options.attributes.insert(QStringLiteral("site"), invocation->value(QStringLiteral("site")));
    if (invocation->isSet(QStringLiteral("kind")))
        options.attributes.insert(QStringLiteral("kind"), invocation->value(QStringLiteral("kind")));
    for (const QString &pair : invocation->values(QStringLiteral("attr"))) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            printError(QStringLiteral("import: --attr takes NAME=VALUE, not '%1'").arg(pair));
            return Usage;
        }
        options.attributes.insert(pair.left(equals).trimmed(), pair.mid(equals + 1));
    }
    // Speakers are detected as in the GUI's import dialog, unless turned off or given with --attr speakers=...
    // (the value given wins over what detection would find).
    const QString speakersAttribute = QStringLiteral("speakers");
    if (!invocation->isSet(QStringLiteral("no-speakers")) && !options.attributes.contains(speakersAttribute))
        options.speakersAttribute = speakersAttribute;
    auto project = openProject(invocation->positional[0], *invocation);
    if (!project)
        return Failed;
    Importer importer(*project);
    g_importInterrupted.store(false);
    options.read.cancel = &g_importInterrupted;
    Result<ImportReport> report = [&] {
        const InterruptScope interrupt;
        return importer.importFiles(invocation->positional.mid(1), options);
    }();
    if (!report) {
        printError(report.error());
        return Failed;
    }
    if (report->cancelled) {
        printError(QStringLiteral("import: interrupted; nothing was imported"));
        return Interrupted;
    }
    for (const ImportRefusal &refusal : report->refused)
        printError(refusal.reason);
    const qint64 indexed = invocation->isSet(QStringLiteral("defer-index"))
                               ? 0
                               : indexForSearch(*project, true, SearchIndexer::kBulkBatchCharacters);
    if (invocation->isSet(kJson)) {
        QJsonArray imported;
        for (const ImportedDocument &document : report->imported) {
            QJsonObject entry{{QStringLiteral("id"), document.id},
                              {QStringLiteral("name"), document.name},
                              {QStringLiteral("file"), document.path},
                              {QStringLiteral("format"), document.format},
                              {QStringLiteral("encoding"), document.encoding},
                              {QStringLiteral("length"), document.length}};
            // Only for formats whose encoding was decoded here (not .docx, .odt, .pdf).
            if (!document.encoding.isEmpty())
                entry.insert(QStringLiteral("encoding_confidence"), encodingConfidenceName(document.encodingConfidence));
            if (!document.encodingAlternative.isEmpty())
                entry.insert(QStringLiteral("encoding_alternative"), document.encodingAlternative);
            // The speakers detected (empty: none found); absent when detection was off.
            if (!options.speakersAttribute.isEmpty())
                entry.insert(QStringLiteral("speakers"), QJsonArray::fromStringList(document.speakers));
            imported.append(entry);
        }
        QJsonArray refused;
        for (const ImportRefusal &refusal : report->refused)
            refused.append(QJsonObject{{QStringLiteral("file"), refusal.path}, {QStringLiteral("reason"), refusal.reason}});
        printJson(QJsonObject{{QStringLiteral("imported"), imported},
                              {QStringLiteral("refused"), refused},
                              {QStringLiteral("indexed_for_search"), indexed}});
    } else {
        for (const ImportedDocument &document : report->imported)
            printLine(QStringLiteral("Imported %1 (%2 characters, %3%4)%5")
                          .arg(document.name)
                          .arg(document.length)
                          .arg(document.format,
                               document.encoding.isEmpty()
                                   ? QString()
                                   : QStringLiteral(", ")
                                         + describeEncoding(document.encoding, document.encodingConfidence,
                                                            document.encodingAlternative),
                               document.speakers.isEmpty()
                                   ? QString()
                                   : QStringLiteral("; speakers %1").arg(document.speakers.join(QStringLiteral(", ")))));
    }
    // Weak evidence is said on stderr in either output form: the text may be garbled.
    for (const ImportedDocument &document : report->imported) {
        if (document.encodingConfidence == EncodingConfidence::Uncertain && !document.encodingAlternative.isEmpty())
            printWarning(QStringLiteral("%1: the encoding is uncertain: read as %2, but it may be %3. Check the text; "
                                      "if it is garbled, remove the document (Document > Remove Document) and "
                                      "import the file again with --encoding %3")
                           .arg(QFileInfo(document.path).fileName(), document.encoding, document.encodingAlternative));
    }
    if (report->refused.isEmpty())
        return Success;
    return report->imported.isEmpty() ? Failed : PartlyDone;
}

int commandDemo(const QStringList &arguments)
{
    const CommandSpec spec{QStringLiteral("demo"), QStringLiteral("demo PROJECT [--json]"), {jsonOption()}, 1, 1};
    auto invocation = parse(spec, arguments);
    if (!invocation)
        return Usage;
    const QString path = invocation->positional[0];
    const bool existed = QFileInfo::exists(path);
    auto summary = buildDemoProject(path);
    if (!summary) {
        printError(summary.error());
        if (!existed) {
            // Leave nothing half-built behind.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return Failed;
    }
    if (auto project = Project::open(path))
        indexForSearch(**project, true);
    if (invocation->isSet(kJson))
        printJson(QJsonObject{{QStringLiteral("documents"), summary->documents},
                              {QStringLiteral("codes"), summary->codes},
                              {QStringLiteral("codings"), summary->codings}});
    else
        printLine(QStringLiteral("Built the demo project %1: %2 documents, %3 codes, %4 codings")
                      .arg(path)
                      .arg(summary->documents)
                      .arg(summary->codes)
                      .arg(summary->codings));
    return Success;
}
} // namespace

void addImportCommands(CommandTable &table)
{
    table.insert(QStringLiteral("import"), commandImport);
    table.insert(QStringLiteral("demo"), commandDemo);
}

} // namespace marginalia::cli
