#pragma once

#include "common/Result.h"
#include "project/Database.h"
#include "text/Paragraphs.h"

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

namespace marginalia {

class Project;

struct NewDocument
{
    QString name;
    // Already normalised for storage (normalizeForStorage).
    QString text;
    QString format;
    QString encoding;
    QString sourcePath;
    QString memo;
    QString guid;          // empty: a new one is made
    QString contentHash;   // empty: computed (contentHash(text))
    QString importedAt;    // ISO 8601 UTC ("2024-05-01T10:20:30Z"); empty: now. A REFI-QDA source keeps its own date
    qint64 importedBy = 0;   // the coder's id; 0: the project's current coder (an importer looks it up once)
};

struct DocumentInfo
{
    qint64 id = 0;
    QString guid;
    QString name;
    qint64 length = 0;   // code points
    QString format;
    QString encoding;
    QString memo;
    QString importedAt;
    QString contentHash;
    qint64 codings = 0;
    QMap<QString, QString> attributes;
};

// A text's paragraphs (splitParagraphs) as the rows the project stores: positions as they are, each speaker's UTF-8
// made once. Built off the writing thread (the importer prepares the next file while one is written), so writing
// a row only binds numbers and bytes that are there already.
struct ParagraphRows
{
    struct Row
    {
        qint64 start = 0;
        qint64 end = 0;
        int speaker = -1;   // index into speakers; -1: no speaker
    };
    std::vector<Row> rows;   // numbered from 1 in this order
    SpeakerLabels labels;    // the speakers (labels().at(Row::speaker)), with the lines each starts
    std::vector<QByteArray> speakers;   // their UTF-8

    static ParagraphRows of(const QList<Paragraph> &paragraphs);
};

struct AttributeDefinition
{
    qint64 id = 0;
    QString name;
    QString type;   // text, integer, real, boolean, date
};

// Documents, their text and their attribute values. Text is immutable once stored, so coding
// offsets never drift.
class DocumentStore
{
public:
    explicit DocumentStore(Project &project) : m_project(project) {}

    Result<qint64> add(const NewDocument &document);
    // The same with the text's UTF-8 and its paragraphs (ParagraphRows::of(splitParagraphs(text))) worked out
    // beforehand, off the writing thread (the importer prepares the next file while one is written).
    Result<qint64> add(const NewDocument &document, const QByteArray &utf8, const ParagraphRows &paragraphs);
    Result<void> remove(qint64 documentId);
    Result<void> rename(qint64 documentId, const QString &name);
    Result<void> setMemo(qint64 documentId, const QString &memo);

    // Every document with its attributes and coding count, ordered by name (no text is loaded). Counting the codings is
    // a pass over all of them (a third of a second at a million): callers that need only names, ids and attributes
    // ask for CodingCount::Skipped, and DocumentInfo::codings is then 0.
    enum class CodingCount { Counted, Skipped };
    Result<QList<DocumentInfo>> list(CodingCount count = CodingCount::Counted);
    Result<DocumentInfo> info(qint64 documentId);
    // Name and length (code points) only: cheap, for checking ranges.
    Result<std::pair<QString, qint64>> nameAndLength(qint64 documentId);
    // A document by its id ("12") or its name; an ambiguous name is an error that says so.
    Result<qint64> find(const QString &nameOrId);
    // The id of a document with exactly this text, or 0. The hash may be given if known.
    Result<qint64> findByContent(const QString &text, const QString &hash = {});
    // The same for a text given as its UTF-8, with its hash (contentHashOfUtf8): compared as bytes.
    Result<qint64> findByContentOfUtf8(QByteArrayView utf8, const QString &hash);
    Result<QString> text(qint64 documentId);
    // The number of documents (RowCounts: the number the project keeps, in constant time).
    Result<qint64> count();
    // A name not used by any document yet: name, or "name (2)", "name (3)", ...
    Result<QString> uniqueName(const QString &name);

    // Attributes are typed; defining one that exists with the same type is a no-op.
    Result<qint64> defineAttribute(const QString &name, const QString &type = QStringLiteral("text"));
    Result<QList<AttributeDefinition>> attributeDefinitions();
    // Checks the value against the attribute's type (defining a text attribute if it is new).
    Result<void> setAttribute(qint64 documentId, const QString &name, const QString &value);
    Result<void> clearAttribute(qint64 documentId, const QString &name);
    // Renames an attribute (its values stay); refused if the new name is taken or not one line.
    Result<void> renameAttribute(const QString &name, const QString &newName);
    // Changes an attribute's type, converting every value to the new type's stored form; refused,
    // naming the document, if a value does not fit (nothing is changed then).
    Result<void> setAttributeType(const QString &name, const QString &type);
    // Removes an attribute and all its values.
    Result<void> removeAttribute(const QString &name);
    Result<QMap<QString, QString>> attributes(qint64 documentId);
    // The distinct values of every attribute, sorted.
    Result<QMap<QString, QStringList>> attributeValues();

    // SHA-256 of the text's UTF-8, as lowercase hex: how a project recognises a text it holds already.
    static QString contentHash(const QString &text);
    static QString contentHashOfUtf8(QByteArrayView utf8);

private:
    Result<void> storeParagraphs(qint64 documentId, const ParagraphRows &paragraphs);
    // The statement of `sql` prepared on first use and kept (reset) for the next: an import adds thousands of
    // documents through one store, and compiling the same statements for each of them was a tenth of its SQL time.
    Result<Statement *> reused(std::optional<Statement> &slot, std::string_view sql);

    Project &m_project;
    std::optional<Statement> m_insertDocument;
    std::optional<Statement> m_insertPending;
    std::optional<Statement> m_insertParagraph;
    std::optional<Statement> m_insertParagraphBatch;
    std::optional<Statement> m_findByHash;
    std::optional<Statement> m_nameTaken;
    std::optional<Statement> m_findAttribute;
    std::optional<Statement> m_upsertValue;
};

} // namespace marginalia
