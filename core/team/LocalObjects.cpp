#include "team/LocalObjects.h"

#include <QJsonValue>

namespace marginalia::team::local {

namespace {

// A value column as JSON: SQL NULL as null, numbers as numbers, the rest as strings.
QJsonValue jsonOf(const Statement &row, int column)
{
    const QVariant value = row.value(column);
    if (!value.isValid())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(value);
}

} // namespace

QString textOf(const QJsonObject &state, const char *name)
{
    const QJsonValue value = state.value(QLatin1StringView(name));
    return value.isString() ? value.toString() : QString();
}

const std::vector<KindReader> &kindReaders()
{
    static const std::vector<KindReader> readers = {
        {"coder", "SELECT name, guid FROM coders", " WHERE name = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("guid"), row.text(1)}}};
         }},
        {"attribute", "SELECT name, type, position FROM attributes", " WHERE name = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("type"), row.text(1)},
                                                      {QStringLiteral("position"), row.int64(2)}}};
         }},
        {"document",
         "SELECT d.guid, d.name, d.content_hash, d.length, d.source_format, d.source_encoding, d.source_path, d.memo, "
         "d.imported_at, r.name FROM documents d LEFT JOIN coders r ON r.id = d.imported_by",
         " WHERE d.guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("name"), row.text(1)},
                                                      {QStringLiteral("content_hash"), row.text(2)},
                                                      {QStringLiteral("length"), row.int64(3)},
                                                      {QStringLiteral("source_format"), jsonOf(row, 4)},
                                                      {QStringLiteral("source_encoding"), jsonOf(row, 5)},
                                                      {QStringLiteral("source_path"), jsonOf(row, 6)},
                                                      {QStringLiteral("memo"), jsonOf(row, 7)},
                                                      {QStringLiteral("imported_at"), row.text(8)},
                                                      {QStringLiteral("imported_by"), jsonOf(row, 9)}}};
         }},
        {"code",
         "SELECT c.guid, p.guid, c.name, c.color, c.description, c.memo, c.position, c.created "
         "FROM codes c LEFT JOIN codes p ON p.id = c.parent_id",
         " WHERE c.guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("parent"), jsonOf(row, 1)},
                                                      {QStringLiteral("name"), row.text(2)},
                                                      {QStringLiteral("color"), row.text(3)},
                                                      {QStringLiteral("description"), row.text(4)},
                                                      {QStringLiteral("memo"), jsonOf(row, 5)},
                                                      {QStringLiteral("position"), row.int64(6)},
                                                      {QStringLiteral("created"), row.text(7)}}};
         }},
        {"case", "SELECT guid, name, memo FROM cases", " WHERE guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("name"), row.text(1)},
                                                      {QStringLiteral("memo"), jsonOf(row, 2)}}};
         }},
        {"coding",
         "SELECT c.guid, d.guid, k.guid, r.name, c.start, c.end, c.memo, c.created FROM codings c "
         "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id",
         " WHERE c.guid = ?1", false,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("document"), row.text(1)},
                                                      {QStringLiteral("code"), row.text(2)},
                                                      {QStringLiteral("coder"), row.text(3)},
                                                      {QStringLiteral("start"), row.int64(4)},
                                                      {QStringLiteral("end"), row.int64(5)},
                                                      {QStringLiteral("memo"), jsonOf(row, 6)},
                                                      {QStringLiteral("created"), row.text(7)}}};
         }},
        {"value",
         "SELECT d.guid || '/' || a.name, d.guid, a.name, v.value FROM document_attributes v "
         "JOIN documents d ON d.id = v.document_id JOIN attributes a ON a.id = v.attribute_id",
         " WHERE d.guid = ?1 AND a.name = ?2", true,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("document"), row.text(1)},
                                                      {QStringLiteral("attribute"), row.text(2)},
                                                      {QStringLiteral("value"), jsonOf(row, 3)}}};
         }},
        {"case_document",
         "SELECT c.guid || '/' || d.guid, c.guid, d.guid FROM case_documents m "
         "JOIN cases c ON c.id = m.case_id JOIN documents d ON d.id = m.document_id",
         " WHERE c.guid = ?1 AND d.guid = ?2", true,
         [](const Statement &row) {
             return std::pair{row.text(0), QJsonObject{{QStringLiteral("case"), row.text(1)},
                                                      {QStringLiteral("document"), row.text(2)}}};
         }},
    };
    return readers;
}

// The order kinds are applied in: what others refer to first.
int rankOf(const QString &kind)
{
    const auto &readers = kindReaders();
    for (size_t i = 0; i < readers.size(); ++i) {
        if (kind == QLatin1StringView(readers[i].kind))
            return static_cast<int>(i);
    }
    return static_cast<int>(readers.size());
}

const KindReader *readerOf(const QString &kind)
{
    for (const KindReader &reader : kindReaders()) {
        if (kind == QLatin1StringView(reader.kind))
            return &reader;
    }
    return nullptr;
}

// The two parts of a value's or membership's key: a GUID (36 characters), '/', the rest.
std::pair<QString, QString> splitKey(const QString &key)
{
    return {key.left(36), key.mid(37)};
}

Result<std::optional<QJsonObject>> localState(StatementCache &cache, const KindReader &reader, const QString &key)
{
    auto statement = cache.get(std::string(reader.select) + reader.whereKey);
    if (!statement)
        return failure(statement.error());
    if (reader.twoPartKey) {
        const auto [first, second] = splitKey(key);
        (*statement)->bind(1, first).bind(2, second);
    } else {
        (*statement)->bind(1, key);
    }
    std::optional<QJsonObject> state;
    if ((*statement)->step())
        state = reader.read(**statement).second;
    else if ((*statement)->failed())
        return failure((*statement)->error());
    (*statement)->reset();
    return state;
}

} // namespace marginalia::team::local
