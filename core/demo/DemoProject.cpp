#include "demo/DemoProject.h"

#include "common/JsonText.h"
#include "import/Importer.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

// Resources of a static library must be registered by name, outside any namespace.
static void registerDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace marginalia {

namespace {

QString demoResource(const QString &name)
{
    return QStringLiteral(":/demo/") + name;
}

Result<QJsonObject> loadDefinition()
{
    QFile file(demoResource(QStringLiteral("demo.json")));
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("demo.json: the demo definition is missing from this build"));
    QJsonParseError error;
    const QJsonDocument json = JsonText::parse(file.readAll(), &error);
    if (json.isNull())
        return failure(QStringLiteral("demo.json: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    return json.object();
}

Result<void> addCodes(Codebook &codebook, const QJsonArray &codes, qint64 parentId)
{
    for (const QJsonValue &value : codes) {
        const QJsonObject object = value.toObject();
        NewCode code;
        code.name = object.value(QStringLiteral("name")).toString();
        code.color = object.value(QStringLiteral("color")).toString();
        code.description = object.value(QStringLiteral("description")).toString();
        code.parentId = parentId;
        auto id = codebook.add(code);
        if (!id)
            return failure(id.error());
        if (auto ok = addCodes(codebook, object.value(QStringLiteral("children")).toArray(), *id); !ok)
            return ok;
    }
    return {};
}

// The code-point range of the n-th occurrence of quote in text.
Result<std::pair<qint64, qint64>> locateQuote(const QString &text, const QString &quote, int occurrence,
                                              const QString &document)
{
    const QString needle = quote.normalized(QString::NormalizationForm_C);
    qsizetype at = -1;
    for (int n = 0; n < std::max(1, occurrence); ++n) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return failure(QStringLiteral("demo.json: the quote \"%1\" is not in %2").arg(quote.left(40), document));
    }
    const TextIndex index(text);
    const qint64 start = index.toCodePoint(at);
    return std::pair{start, start + TextIndex::codePointLength(needle)};
}

} // namespace

Result<DemoSummary> buildDemoProject(const QString &path)
{
    registerDemoResources();
    auto definition = loadDefinition();
    if (!definition)
        return failure(definition.error());
    auto created = Project::create(path);
    if (!created)
        return failure(created.error());
    Project &project = **created;
    const QJsonArray coders = definition->value(QStringLiteral("coders")).toArray();
    project.setCurrentCoder(coders.isEmpty() ? QStringLiteral("demo") : coders.first().toString());

    Database &db = project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return failure(transaction.error());

    auto setName = db.prepare("UPDATE project_info SET value = ?1 WHERE key = 'name'");
    if (!setName)
        return failure(setName.error());
    if (auto ok = setName->bind(1, definition->value(QStringLiteral("name")).toString()).run(); !ok)
        return failure(ok.error());

    DocumentStore documents(project);
    for (const QJsonValue &value : definition->value(QStringLiteral("attributes")).toArray()) {
        const QJsonObject attribute = value.toObject();
        if (auto ok = documents.defineAttribute(attribute.value(QStringLiteral("name")).toString(),
                                                attribute.value(QStringLiteral("type")).toString(QStringLiteral("text")));
            !ok)
            return failure(ok.error());
    }
    Codebook codebook(project);
    if (auto ok = addCodes(codebook, definition->value(QStringLiteral("codes")).toArray(), 0); !ok)
        return failure(ok.error());

    // The importer reads files; copy the bundled ones out of the resources first.
    QTemporaryDir folder;
    if (!folder.isValid())
        return failure(QStringLiteral("cannot create a temporary folder for the demo files"));
    Importer importer(project);
    for (const QJsonValue &value : definition->value(QStringLiteral("documents")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value(QStringLiteral("file")).toString();
        const QString copy = QDir(folder.path()).filePath(file);
        if (!QFile::copy(demoResource(file), copy))
            return failure(QStringLiteral("%1: the demo file is missing from this build").arg(file));
        ImportOptions options;
        const QJsonObject attributes = entry.value(QStringLiteral("attributes")).toObject();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
            options.attributes.insert(it.key(), it.value().toVariant().toString());
        auto report = importer.importFiles({copy}, options);
        if (!report)
            return failure(report.error());
        if (!report->refused.isEmpty())
            return failure(report->refused.first().reason);
        const qint64 id = report->imported.first().id;
        if (const QString memo = entry.value(QStringLiteral("memo")).toString(); !memo.isEmpty()) {
            if (auto ok = documents.setMemo(id, memo); !ok)
                return failure(ok.error());
        }
    }

    CodingStore codings(project);
    DemoSummary summary;
    for (const QJsonValue &value : definition->value(QStringLiteral("codings")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString document = entry.value(QStringLiteral("document")).toString();
        auto documentId = documents.find(document);
        if (!documentId)
            return failure(QStringLiteral("demo.json: %1").arg(documentId.error()));
        auto codeId = codebook.find(entry.value(QStringLiteral("code")).toString());
        if (!codeId)
            return failure(QStringLiteral("demo.json: %1").arg(codeId.error()));
        auto text = documents.text(*documentId);
        if (!text)
            return failure(text.error());
        auto range = locateQuote(*text, entry.value(QStringLiteral("quote")).toString(),
                                 entry.value(QStringLiteral("occurrence")).toInt(1), document);
        if (!range)
            return failure(range.error());
        NewCoding coding;
        coding.documentId = *documentId;
        coding.codeId = *codeId;
        coding.start = range->first;
        coding.end = range->second;
        coding.coder = entry.value(QStringLiteral("coder")).toString();
        coding.memo = entry.value(QStringLiteral("memo")).toString();
        if (auto ok = codings.add(coding); !ok)
            return failure(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());

    auto documentCount = documents.count();
    auto codeList = codebook.codes();
    auto codingCount = codings.count();
    if (!documentCount || !codeList || !codingCount)
        return failure(QStringLiteral("the demo project was built but cannot be read back"));
    summary.documents = *documentCount;
    summary.codes = codeList->size();
    summary.codings = *codingCount;
    return summary;
}

} // namespace marginalia
