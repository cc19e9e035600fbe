#pragma once

// Parsing project.qde and .qdc files into plain structs (internal to core/refiqda). Tolerant
// about form (any namespace, unknown elements skipped and listed, optional attributes missing)
// and strict about safety (DOCTYPEs declaring entities refused, nesting bounded).

#include "common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace marginalia::refiqda {

struct QdeUser
{
    QString guid;
    QString name;
};

struct QdeCode
{
    QString guid;   // as written (may be missing or malformed)
    QString name;
    QString color;
    QString description;
    QStringList noteRefs;
    bool codable = true;
    int parent = -1;   // index into QdeProject::codes; parents come before children
};

struct QdeCoding
{
    QString guid;
    QString codeGuid;
    QString user;
    QString created;
    QStringList noteRefs;
};

struct QdeSelection
{
    QString guid;
    QString name;
    QString description;
    QString startText;
    QString endText;
    QString user;
    QString created;
    QList<QdeCoding> codings;
    QStringList noteRefs;
};

struct QdeVariableValue
{
    QString variableGuid;
    QString value;
};

struct QdeSource
{
    QString kind;   // TextSource, PDFSource, ...
    QString pdfName;   // set: this is the text Representation of the PDFSource of that name
    QString guid;
    QString name;
    QString description;
    QString plainTextPath;
    QString richTextPath;
    QString content;
    bool hasContent = false;
    QString user;
    QString created;
    QList<QdeSelection> selections;
    QList<QdeCoding> wholeCodings;   // Coding directly on the source: the whole text
    QStringList noteRefs;
    QList<QdeVariableValue> values;
};

struct QdeVariable
{
    QString guid;
    QString name;
    QString type;
};

struct QdeCase
{
    QString guid;
    QString name;
    QString description;
    QStringList sourceRefs;
    QList<QdeVariableValue> values;
};

struct QdeNote
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString content;
    bool hasContent = false;
};

struct QdeSet
{
    QString guid;
    QString name;
    QStringList memberSources;
    QStringList memberCodes;
};

struct QdeProject
{
    bool isCodebook = false;   // a .qdc (root CodeBook) rather than a project
    QString name;
    QString origin;   // the producer, as the file names it (a hint only: libraries rewrite files and keep it)
    QList<QdeUser> users;
    QList<QdeCode> codes;
    QList<QdeVariable> variables;
    QList<QdeCase> cases;
    QList<QdeSource> sources;
    QList<QdeNote> notes;
    QList<QdeSet> sets;
    QStringList projectNoteRefs;
    QSet<QString> ignoredElements;
    // Where the file breaks the schema in a harmless way and was read anyway (empty <Sets/>, an
    // unexpected namespace): the report says so.
    QStringList leniencies;
    // PDF sources with codings of page regions (PDFSelection), which are not imported: name, count.
    QList<QPair<QString, int>> pdfAreaSelections;
};

struct QdeParseOptions
{
    // false: PlainTextSelection elements are skipped unread (a first pass over a large project).
    bool keepSelections = true;
    // Set: each source is handed over as soon as it has been read (index counts sources in document
    // order), not kept in QdeProject::sources, so that only one source's selections are in memory.
    // A failure stops the parse and is returned as it is.
    std::function<Result<void>(const QdeSource &, qsizetype index)> onSource;
};

// partName names the XML in messages ("project.qde", "codebook.qdc").
Result<QdeProject> parseQde(const QByteArray &xml, const QString &partName, const QdeParseOptions &options = {});
// The same, read from a device as it is parsed (a zip entry inflating as it goes).
Result<QdeProject> parseQde(QIODevice *device, const QString &partName, const QdeParseOptions &options = {});

} // namespace marginalia::refiqda
