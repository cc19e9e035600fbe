// Import of REFI-QDA projects (.qdpx) into a new project and of codebooks (.qdc) into an existing one.

#include "refiqda/RefiQda.h"

#include "import/TextDecoder.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/InterchangeStore.h"
#include "project/Names.h"
#include "project/Project.h"
#include "refiqda/QdeReader.h"
#include "refiqda/ProjectExtras.h"
#include "refiqda/QdeXml.h"
#include "refiqda/QdpxArchive.h"
#include "refiqda/PositionEvidence.h"
#include "refiqda/SourceText.h"
#include "refiqda/XmlLimitGuard.h"
#include "text/TextIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <array>

#include <cmath>
#include <memory>
#include <optional>

namespace marginalia {

using namespace Qt::StringLiterals;
using namespace refiqda;

namespace {

// A name from another tool that holds a line break, a tab or another control character is
// cleaned (each becomes a space) rather than refused, and the report says so.
QString cleanedName(const QString &name, const QString &kind, QStringList &warnings)
{
    const QString cleaned = singleLineName(name);
    if (cleaned != name.trimmed())
        warnings.append(u"%1 '%2': its name held a line break, a tab or another control character; each was replaced by a space"_s
                            .arg(kind, cleaned));
    return cleaned;
}


constexpr qsizetype kCodingBatch = 10000;

QString attributeType(const QString &typeOfVariable)
{
    const QString t = typeOfVariable.trimmed().toLower();
    if (t == u"integer")
        return u"integer"_s;
    if (t == u"float")
        return u"real"_s;
    if (t == u"boolean")
        return u"boolean"_s;
    if (t == u"date")
        return u"date"_s;
    return u"text"_s;
}

std::optional<qint64> parsePosition(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (ok)
        return value;
    const double real = text.trimmed().toDouble(&ok);
    if (ok && std::isfinite(real) && real == std::floor(real) && std::abs(real) < 9e15)
        return static_cast<qint64>(real);
    return std::nullopt;
}

QString shortGuid(const QString &guid)
{
    return guid.isEmpty() ? u"(no GUID)"_s : guid.left(8) + u'…';
}

// Applies a parsed project or codebook to a project, inside the caller's transaction.
class QdeImporter
{
public:
    QdeImporter(Project &project, const QdeProject &qde, QdpxArchive *archive, const RefiImportOptions &options,
                RefiImportReport &report, const InterchangeProgressCallback &progress)
        : m_project(project), m_qde(qde), m_archive(archive), m_options(options), m_report(report),
          m_progress(progress), m_store(project)
    {
        for (qsizetype i = 0; i < m_qde.notes.size(); ++i) {
            const QString guid = canonicalGuid(m_qde.notes[i].guid);
            if (!guid.isEmpty())
                m_noteIndex.insert(guid, i);
        }
    }

    // Streams the sources to onSource, in document order; empty: they are in the QdeProject.
    using SourceStream = std::function<Result<QdeProject>(const QdeParseOptions &)>;

    Result<void> importCodes(bool matchExisting);
    Result<void> importProject(const SourceStream &stream = {});

private:
    bool tick(qint64 done, qint64 total, const QString &stage)
    {
        return !m_progress || m_progress({done, total, stage});
    }
    Result<void> cancelled() const
    {
        return failure(u"%1: import cancelled; nothing was imported"_s.arg(m_report.file));
    }

    QString takeGuid(const QString &raw, QSet<QString> &used, const QString &what)
    {
        QString guid = canonicalGuid(raw);
        if (guid.isEmpty() || used.contains(guid)) {
            if (!raw.isEmpty())
                ++m_replacedGuids[what];
            guid = newGuid();
        }
        used.insert(guid);
        return guid;
    }

    QString takeCodingGuid(const QString &raw)
    {
        QString guid = canonicalGuid(raw);
        QUuid uuid = guid.isEmpty() ? QUuid() : QUuid::fromString(guid);
        if (uuid.isNull() || m_usedCodingGuids.contains(uuid)) {
            if (!raw.isEmpty())
                ++m_replacedGuids[u"coding"_s];
            guid = newGuid();
            uuid = QUuid::fromString(guid);
        }
        m_usedCodingGuids.insert(uuid);
        return guid;
    }

    QString noteText(const QString &ref);
    QString notesText(const QStringList &refs)
    {
        QStringList texts;
        for (const QString &ref : refs) {
            const QString text = noteText(ref);
            if (!text.isEmpty() && !texts.contains(text))
                texts.append(text);
        }
        return texts.join(u"\n\n"_s);
    }
    Result<std::optional<QString>> sourceRaw(const QdeSource &source, QString *encoding, QString *whyNot);
    Result<qint64> coderFor(const QString &user);
    // The name of the coder who added a source: its creatingUser, else the file's first user, else
    // the importing coder; empty: none of these (the person running the import is the one). A file
    // that lists users never gains a coder who owns nothing.
    QString sourceCreator(const QdeSource &source) const
    {
        if (const QString name = m_coderNameByGuid.value(canonicalGuid(source.user)); !name.isEmpty())
            return name;
        for (const QdeUser &user : m_qde.users) {
            if (const QString name = m_coderNameByGuid.value(canonicalGuid(user.guid)); !name.isEmpty())
                return name;
        }
        return m_options.coder;
    }
    Result<qint64> coderForUncached(const QString &user);
    Result<void> importUsers();
    Result<void> importVariables();
    Result<void> importSource(const QdeSource &source, qsizetype index);
    Result<void> importCases();
    Result<void> importSets();
    Result<void> flushCodings(bool all);
    Result<void> setAttribute(qint64 documentId, const QString &name, const QString &value, const QString &where);
    void finishWarnings();

    Project &m_project;
    const QdeProject &m_qde;
    QdpxArchive *m_archive;
    const RefiImportOptions &m_options;
    RefiImportReport &m_report;
    const InterchangeProgressCallback &m_progress;
    InterchangeStore m_store;

    QHash<QString, qsizetype> m_noteIndex;
    QSet<QString> m_usedNotes;
    QHash<QString, qint64> m_codeByGuid;     // canonical GUID in the file -> code id
    QHash<QString, qint64> m_coderByGuid;
    QHash<QString, qint64> m_coderByRaw;     // creatingUser as written -> coder id
    QHash<QString, QString> m_variables;     // variable GUID -> attribute name
    QHash<QString, qint64> m_documentByGuid; // canonical GUID in the file -> document id
    QHash<qint64, QMap<QString, QString>> m_attributes;
    QSet<QString> m_usedDocumentGuids;
    QSet<QString> m_usedCodeGuids;
    QSet<QUuid> m_usedCodingGuids;   // a million of them: 16 bytes each, not a string
    QHash<QString, int> m_replacedGuids;
    QList<CodingRow> m_rows;
    QHash<QString, qsizetype> m_sourceCodings;   // identity of a coding of the current source -> index in m_rows
    QSet<QString> m_streamIgnored;   // elements ignored inside selections (read in the second pass)
    qint64 m_defaultCoder = 0;
    qint64 m_unattributed = 0;       // codings whose selection and coding name no user
    QString m_unattributedTo;
    QHash<QString, QString> m_coderNameByGuid;
    int m_categories = 0;
    int m_renamedCodes = 0;
};

QString QdeImporter::noteText(const QString &ref)
{
    const QString guid = canonicalGuid(ref);
    const auto it = m_noteIndex.constFind(guid);
    if (it == m_noteIndex.cend())
        return {};
    m_usedNotes.insert(guid);
    const QdeNote &note = m_qde.notes[*it];
    if (note.hasContent)
        return note.content.trimmed();
    if (note.plainTextPath.isEmpty() || !m_archive)
        return {};
    QString path = note.plainTextPath;
    if (path.startsWith(u"internal://"))
        path = u"sources/"_s + path.mid(11);
    const QString entry = QdpxArchive::unsafeNameReason(path).isEmpty() ? m_archive->findEntry(path) : QString();
    if (entry.isEmpty())
        return {};
    auto bytes = m_archive->read(entry);
    if (!bytes)
        return {};
    auto decoded = decodeText(*bytes);
    return decoded ? decoded->text.trimmed() : QString();
}

Result<qint64> QdeImporter::coderFor(const QString &user)
{
    if (const auto cached = m_coderByRaw.constFind(user); cached != m_coderByRaw.cend())
        return *cached;
    auto id = coderForUncached(user);
    if (id)
        m_coderByRaw.insert(user, *id);
    return id;
}

Result<qint64> QdeImporter::coderForUncached(const QString &user)
{
    const QString guid = canonicalGuid(user);
    if (guid.isEmpty()) {
        // No user named: the importing coder if one was given, else the file's only user, else the
        // person running the import. Never a made-up name.
        ++m_unattributed;
        if (m_defaultCoder == 0) {
            if (m_options.coder.isEmpty() && m_coderByGuid.size() == 1) {
                m_defaultCoder = *m_coderByGuid.cbegin();
                m_unattributedTo = m_coderNameByGuid.value(m_coderByGuid.cbegin().key());
            } else {
                auto id = m_project.coderId(m_options.coder);
                if (!id)
                    return failure(id.error());
                m_defaultCoder = *id;
                m_unattributedTo = m_options.coder.isEmpty() ? m_project.currentCoder() : m_options.coder;
            }
        }
        return m_defaultCoder;
    }
    if (const auto it = m_coderByGuid.constFind(guid); it != m_coderByGuid.cend())
        return *it;
    // A user the file does not list: keep the work apart under a name that says so.
    auto id = m_store.coder(u"unknown user "_s + guid.left(8), guid);
    if (!id)
        return failure(id.error());
    m_coderByGuid.insert(guid, *id);
    m_report.warnings.append(u"user %1 is not listed under <Users>; their codings are attributed to 'unknown user %2'"_s
                                 .arg(guid, guid.left(8)));
    ++m_report.coders;
    return *id;
}

Result<void> QdeImporter::importUsers()
{
    for (const QdeUser &user : m_qde.users) {
        const QString guid = canonicalGuid(user.guid);
        QString name = user.name.trimmed();
        if (name.isEmpty())
            name = u"user "_s + (guid.isEmpty() ? QString::number(m_coderByGuid.size() + 1) : guid.left(8));
        auto id = m_store.coder(name, guid);
        if (!id)
            return failure(id.error());
        if (!guid.isEmpty()) {
            m_coderByGuid.insert(guid, *id);
            m_coderNameByGuid.insert(guid, name);
        }
        ++m_report.coders;
    }
    return {};
}

Result<void> QdeImporter::importCodes(bool matchExisting)
{
    Codebook codebook(m_project);
    // Existing codes (a .qdc goes into a project that has some): by GUID and by parent and name.
    QHash<QString, qint64> existingByGuid;
    QHash<qint64, QHash<QString, qint64>> children;
    if (matchExisting) {
        auto codes = codebook.codes();
        if (!codes)
            return failure(codes.error());
        for (const Code &code : *codes) {
            existingByGuid.insert(code.guid, code.id);
            children[code.parentId].insert(code.name, code.id);
            m_usedCodeGuids.insert(code.guid);
        }
    }
    QList<qint64> ids(m_qde.codes.size(), 0);
    for (qsizetype i = 0; i < m_qde.codes.size(); ++i) {
        const QdeCode &code = m_qde.codes[i];
        const qint64 parentId = code.parent >= 0 ? ids[code.parent] : 0;
        const QString fileGuid = canonicalGuid(code.guid);
        if (!code.codable)
            ++m_categories;
        if (matchExisting && !fileGuid.isEmpty()) {
            if (const auto it = existingByGuid.constFind(fileGuid); it != existingByGuid.cend()) {
                ids[i] = *it;
                m_codeByGuid.insert(fileGuid, *it);
                ++m_report.codesMatched;
                continue;
            }
        }
        QString name = cleanedName(code.name, u"code"_s, m_report.warnings);
        if (name.isEmpty())
            name = u"(unnamed code)"_s;
        if (name.contains(u'/')) {
            const QString original = name;
            name.replace(u'/', u'∕');
            m_report.warnings.append(u"code '%1' renamed '%2': '/' separates levels in Marginalia's code paths"_s.arg(original, name));
        }
        auto &siblings = children[parentId];
        if (const auto it = siblings.constFind(name); it != siblings.cend()) {
            if (matchExisting) {
                ids[i] = *it;
                if (!fileGuid.isEmpty())
                    m_codeByGuid.insert(fileGuid, *it);
                ++m_report.codesMatched;
                continue;
            }
            QString unique;
            for (int n = 2;; ++n) {
                unique = u"%1 (%2)"_s.arg(name).arg(n);
                if (!siblings.contains(unique))
                    break;
            }
            m_report.warnings.append(u"a second code named '%1' at the same level was renamed '%2'"_s.arg(name, unique));
            name = unique;
            ++m_renamedCodes;
        }
        NewCode add;
        add.name = name;
        add.parentId = parentId;
        add.color = canonicalColor(code.color);
        add.description = code.description;
        add.guid = takeGuid(code.guid, m_usedCodeGuids, u"code"_s);
        auto id = codebook.add(add);
        if (!id)
            return failure(u"%1: code '%2' cannot be added: %3"_s.arg(m_report.file, name, id.error()));
        ids[i] = *id;
        siblings.insert(name, *id);
        if (!fileGuid.isEmpty() && !m_codeByGuid.contains(fileGuid))
            m_codeByGuid.insert(fileGuid, *id);
        const QString memo = notesText(code.noteRefs);
        if (!memo.isEmpty()) {
            if (auto ok = codebook.setMemo(*id, memo); !ok)
                return ok;
        }
        ++m_report.codes;
    }
    return {};
}

Result<void> QdeImporter::importVariables()
{
    DocumentStore documents(m_project);
    for (const QdeVariable &variable : m_qde.variables) {
        const QString name = cleanedName(variable.name, u"variable"_s, m_report.warnings);
        const QString guid = canonicalGuid(variable.guid);
        if (name.isEmpty() || guid.isEmpty()) {
            m_report.skipped.append({u"variable '%1'"_s.arg(variable.name), u"it has no name or no valid GUID"_s});
            continue;
        }
        auto defined = documents.defineAttribute(name, attributeType(variable.type));
        if (!defined)
            m_report.warnings.append(u"variable '%1': %2; values are checked against the existing attribute"_s.arg(name, defined.error()));
        else
            ++m_report.attributes;
        m_variables.insert(guid, name);
    }
    return {};
}

Result<void> QdeImporter::setAttribute(qint64 documentId, const QString &name, const QString &value, const QString &where)
{
    QMap<QString, QString> &known = m_attributes[documentId];
    if (const auto it = known.constFind(name); it != known.cend() && *it != value.trimmed()) {
        m_report.skipped.append({u"value '%1' of variable '%2' for %3"_s.arg(value, name, where),
                                 u"the source has the value '%1' already"_s.arg(*it)});
        return {};
    }
    if (auto ok = DocumentStore(m_project).setAttribute(documentId, name, value); !ok) {
        m_report.skipped.append({u"value '%1' of variable '%2' for %3"_s.arg(value, name, where), ok.error()});
        return {};
    }
    known.insert(name, value.trimmed());
    return {};
}

Result<std::optional<QString>> QdeImporter::sourceRaw(const QdeSource &source, QString *encoding, QString *whyNot)
{
    if (source.hasContent) {
        *encoding = u"XML"_s;
        QString text = source.content;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);   // a BOM is not a character of the text
        return std::optional<QString>(text);
    }
    if (source.plainTextPath.trimmed().isEmpty()) {
        *whyNot = source.richTextPath.isEmpty() ? u"it has neither PlainTextContent nor a plainTextPath"_s
                                                : u"it has only rich text (richTextPath), no plain text"_s;
        return std::optional<QString>();
    }
    const QString path = source.plainTextPath.trimmed();
    QStringList candidates;
    if (path.startsWith(u"internal://", Qt::CaseInsensitive)) {
        candidates << u"sources/"_s + path.mid(11);
    } else if (path.contains(u"://")) {
        *whyNot = u"its text is outside the archive (%1); only files inside the archive are read"_s.arg(path);
        return std::optional<QString>();
    } else {
        QString relative = path;
        relative.replace(u'\\', u'/');
        if (relative.startsWith(u"./"))
            relative = relative.mid(2);
        const QString unsafe = QdpxArchive::unsafeNameReason(relative);
        if (!unsafe.isEmpty()) {
            *whyNot = u"its plainTextPath '%1' %2; only files inside the archive are read"_s.arg(path, unsafe);
            return std::optional<QString>();
        }
        candidates << relative << u"sources/"_s + relative;
    }
    QString entry;
    for (const QString &candidate : std::as_const(candidates)) {
        entry = m_archive ? m_archive->findEntry(candidate) : QString();
        if (!entry.isEmpty())
            break;
    }
    if (entry.isEmpty()) {
        *whyNot = u"its text file '%1' is not in the archive"_s.arg(path);
        return std::optional<QString>();
    }
    auto bytes = m_archive->read(entry);
    if (!bytes)
        return failure(bytes.error());   // limits: refuse the whole archive
    auto decoded = decodeText(*bytes, m_options.encoding);
    if (!decoded) {
        *whyNot = u"its text file %1 %2"_s.arg(entry, decoded.error());
        return std::optional<QString>();
    }
    *encoding = decoded->encoding;
    return std::optional<QString>(decoded->text);
}

Result<void> QdeImporter::importSource(const QdeSource &source, qsizetype position)
{
    m_sourceCodings.clear();   // rows of this source stay in m_rows until it is done (flushCodings after it)
    QString name = source.name.trimmed();
    if (name.isEmpty())
        name = source.plainTextPath.isEmpty() ? u"Source %1"_s.arg(position + 1)
                                              : QFileInfo(source.plainTextPath).completeBaseName();
    const QString label = u"%1 '%2'"_s.arg(source.kind, name);
    if (source.kind == u"PDFSource" && source.pdfName.isEmpty()) {
        m_report.skipped.append({label, u"a PDF is imported only through its text representation, and this one has none"_s});
        return {};
    }
    if (source.kind != u"TextSource" && source.kind != u"PDFSource") {
        m_report.skipped.append({label, u"only text sources are imported (pictures, audio and video are not)"_s});
        return {};
    }
    QString encoding;
    QString whyNot;
    auto raw = sourceRaw(source, &encoding, &whyNot);
    if (!raw)
        return failure(raw.error());
    if (!raw->has_value()) {
        // A text the file promises but does not deliver: the import is partial, and says so.
        ++m_report.sourcesNotStored;
        m_report.skipped.append({label, whyNot});
        return {};
    }
    if (!source.pdfName.isEmpty())
        m_report.warnings.append(u"PDF '%1': its text representation is imported as a text document with its codings; "
                                 u"the PDF file itself (pages, layout, area selections) was not imported"_s.arg(name));
    const QString &text = **raw;
    const SourceText cleaned(text);

    NewDocument document;
    document.name = name;
    document.text = cleaned.text();
    document.format = u"refi-qda"_s;
    document.encoding = encoding;
    document.sourcePath = source.plainTextPath;
    QStringList memo;
    if (!source.description.trimmed().isEmpty())
        memo << source.description.trimmed();
    if (const QString notes = notesText(source.noteRefs); !notes.isEmpty())
        memo << notes;
    document.memo = memo.join(u"\n\n"_s);
    document.guid = takeGuid(source.guid, m_usedDocumentGuids, u"source"_s);
    // The source's own date, when it is a valid xsd:dateTime (xsdDateTime gives the stored form or nothing).
    document.importedAt = xsdDateTime(source.created);
    // The document counts as added by whoever the file says created it (a user it lists), not by an
    // invented coder; the current coder is only borrowed for this call.
    const QString previousCoder = m_project.currentCoder();
    if (const QString creator = sourceCreator(source); !creator.isEmpty())
        m_project.setCurrentCoder(creator);
    auto documentId = DocumentStore(m_project).add(document);
    m_project.setCurrentCoder(previousCoder);
    if (!documentId)
        return failure(u"%1: source '%2' cannot be stored: %3"_s.arg(m_report.file, name, documentId.error()));
    ++m_report.documents;
    const QString fileGuid = canonicalGuid(source.guid);
    if (!fileGuid.isEmpty() && !m_documentByGuid.contains(fileGuid))
        m_documentByGuid.insert(fileGuid, *documentId);

    if (cleaned.changedLineEndings())
        m_report.warnings.append(u"'%1': line endings normalised to LF; selections were mapped against the text as it is in "
                                 u"the file, then shifted with it"_s.arg(name));
    if (cleaned.droppedCharacters())
        m_report.warnings.append(u"'%1': invisible control characters removed; selections shifted with them"_s.arg(name));
    if (cleaned.normalizedNfc())
        m_report.warnings.append(u"'%1': text normalised to Unicode NFC; selections mapped through it"_s.arg(name));
    if (cleaned.nfcKept())
        m_report.warnings.append(u"'%1': text kept as it is, not normalised to Unicode NFC, because normalising would merge "
                                 u"characters that selections may separate"_s.arg(name));

    // Which unit the positions count, decided by the text and the selections (PositionEvidence).
    const TextIndex index(text);
    const qint64 codePoints = index.codePointLength();
    const qint64 units = index.utf16Length();
    PositionUnits unit = m_options.positionUnits;
    if (!source.selections.isEmpty()) {
        QList<PositionRange> ranges;
        ranges.reserve(source.selections.size());
        for (const QdeSelection &selection : source.selections) {
            const auto start = parsePosition(selection.startText);
            const auto end = parsePosition(selection.endText);
            if (start && end)
                ranges.append({*start, *end, selection.name});
        }
        const PositionDecision decision = decidePositionUnits(text, ranges, m_qde.origin);
        RefiPositionChoice choice;
        choice.source = name;
        choice.forced = unit != PositionUnits::Detect;
        choice.unit = choice.forced ? unit : decision.unit;
        choice.weak = !choice.forced && decision.weak;
        choice.evidence = decision.evidence;
        m_report.positions.append(choice);
        if (choice.forced) {
            if (const QString doubt = checkForcedUnits(unit, decision); !doubt.isEmpty())
                m_report.warnings.append(u"'%1': %2"_s.arg(name, doubt));
        } else {
            unit = decision.unit;
            if (decision.weak)
                m_report.warnings.append(u"'%1': positions read as %2, but the evidence is weak (%3); check a few codings, "
                                         u"or import again with --positions"_s.arg(name, unitName(unit), decision.evidence));
        }
    }
    if (unit == PositionUnits::Detect)
        unit = PositionUnits::CodePoints;
    const qint64 limit = unit == PositionUnits::Utf16Units ? units : codePoints;

    auto addCodings = [&](const QList<QdeCoding> &codings, qint64 start, qint64 end, const QString &selectionUser,
                          const QString &selectionCreated, const QString &memoText, const QString &what) -> Result<void> {
        for (const QdeCoding &coding : codings) {
            const auto code = m_codeByGuid.constFind(canonicalGuid(coding.codeGuid));
            if (code == m_codeByGuid.cend()) {
                m_report.skipped.append({u"coding %1 of %2"_s.arg(shortGuid(coding.guid), what),
                                         u"it refers to code %1, which is not in the codebook"_s.arg(coding.codeGuid)});
                continue;
            }
            auto coder = coderFor(coding.user.isEmpty() ? selectionUser : coding.user);
            if (!coder)
                return failure(coder.error());
            CodingRow row;
            row.documentId = *documentId;
            row.codeId = *code;
            row.coderId = *coder;
            row.start = start;
            row.end = end;
            row.guid = takeCodingGuid(coding.guid);
            QStringList memos;
            if (!memoText.isEmpty())
                memos << memoText;
            if (const QString own = notesText(coding.noteRefs); !own.isEmpty() && !memos.contains(own))
                memos << own;
            row.memo = memos.join(u"\n\n"_s);
            row.created = xsdDateTime(coding.created.isEmpty() ? selectionCreated : coding.created);
            // The same code on the same passage by the same coder twice: one coding, which keeps the
            // other's memo and lists its GUID as an alias (the store would silently drop it).
            const QString identity = u"%1/%2/%3/%4"_s.arg(row.codeId).arg(row.coderId).arg(row.start).arg(row.end);
            if (const auto twin = m_sourceCodings.constFind(identity); twin != m_sourceCodings.cend()) {
                CodingRow &kept = m_rows[*twin];
                if (!row.memo.isEmpty() && !kept.memo.contains(row.memo))
                    kept.memo = kept.memo.isEmpty() ? row.memo : kept.memo + u"\n\n"_s + row.memo;
                m_report.collapsedAliases.append(u"%1 -> %2"_s.arg(row.guid, kept.guid));
                ++m_report.collapsedCodings;
                continue;
            }
            m_sourceCodings.insert(identity, m_rows.size());
            m_rows.append(row);
        }
        return {};
    };

    for (const QdeSelection &selection : source.selections) {
        const QString what = u"selection %1 in '%2'"_s.arg(shortGuid(selection.guid), name);
        const auto start = parsePosition(selection.startText);
        const auto end = parsePosition(selection.endText);
        if (!start || !end) {
            m_report.skipped.append({what, u"its positions ('%1', '%2') are not whole numbers"_s.arg(selection.startText,
                                                                                                 selection.endText)});
            continue;
        }
        if (*start < 0 || *end <= *start || *end > limit) {
            m_report.skipped.append({what, u"its positions %1–%2 are not a passage of the text, which has %3 %4"_s.arg(*start)
                                               .arg(*end)
                                               .arg(limit)
                                               .arg(unit == PositionUnits::Utf16Units ? u"UTF-16 units"_s
                                                                                      : u"characters"_s)});
            continue;
        }
        if (selection.codings.isEmpty()) {
            m_report.skipped.append({what, u"it has no coding"_s});
            continue;
        }
        qint64 rawStart = *start;
        qint64 rawEnd = *end;
        if (unit == PositionUnits::Utf16Units) {
            rawStart = index.toCodePoint(static_cast<qsizetype>(*start));
            rawEnd = index.toCodePoint(static_cast<qsizetype>(*end));
        }
        const qint64 mappedStart = cleaned.mapStart(rawStart);
        const qint64 mappedEnd = cleaned.mapEnd(rawEnd);
        if (mappedEnd <= mappedStart) {
            m_report.skipped.append({what, u"it covers only line-break or control characters, which are not kept"_s});
            continue;
        }
        QStringList memos;
        if (!selection.description.trimmed().isEmpty())
            memos << selection.description.trimmed();
        if (const QString notes = notesText(selection.noteRefs); !notes.isEmpty())
            memos << notes;
        if (auto ok = addCodings(selection.codings, mappedStart, mappedEnd, selection.user, selection.created,
                                 memos.join(u"\n\n"_s), what);
            !ok)
            return ok;
    }
    if (!source.wholeCodings.isEmpty()) {
        if (cleaned.length() > 0) {
            if (auto ok = addCodings(source.wholeCodings, 0, cleaned.length(), source.user, source.created, {},
                                     u"source '%1'"_s.arg(name));
                !ok)
                return ok;
        } else {
            m_report.skipped.append({u"codings of the whole of '%1'"_s.arg(name), u"the source is empty"_s});
        }
    }
    for (const QdeVariableValue &value : source.values) {
        const auto variable = m_variables.constFind(canonicalGuid(value.variableGuid));
        if (variable == m_variables.cend()) {
            m_report.skipped.append({u"a variable value of '%1'"_s.arg(name), u"it refers to an unknown variable"_s});
            continue;
        }
        if (auto ok = setAttribute(*documentId, *variable, value.value, u"'%1'"_s.arg(name)); !ok)
            return ok;
    }
    return {};
}

Result<void> QdeImporter::importCases()
{
    int number = 0;
    for (const QdeCase &item : m_qde.cases) {
        ++number;
        const QString name = item.name.trimmed().isEmpty() ? u"Case %1"_s.arg(number) : item.name.trimmed();
        auto caseId = m_store.ensureCase(canonicalGuid(item.guid), name, item.description.trimmed());
        if (!caseId)
            return failure(caseId.error());
        ++m_report.cases;
        QList<qint64> members;
        for (const QString &ref : item.sourceRefs) {
            const auto document = m_documentByGuid.constFind(canonicalGuid(ref));
            if (document == m_documentByGuid.cend()) {
                m_report.skipped.append({u"member %1 of case '%2'"_s.arg(shortGuid(ref), name),
                                         u"no imported source has that GUID"_s});
                continue;
            }
            if (auto ok = m_store.addCaseDocument(*caseId, *document); !ok)
                return ok;
            members.append(*document);
        }
        // Variables on a case (as several tools write them) become attributes of its documents.
        for (const QdeVariableValue &value : item.values) {
            const auto variable = m_variables.constFind(canonicalGuid(value.variableGuid));
            if (variable == m_variables.cend()) {
                m_report.skipped.append({u"a variable value of case '%1'"_s.arg(name), u"it refers to an unknown variable"_s});
                continue;
            }
            for (qint64 document : std::as_const(members)) {
                if (auto ok = setAttribute(document, *variable, value.value, u"case '%1'"_s.arg(name)); !ok)
                    return ok;
            }
        }
    }
    return {};
}

Result<void> QdeImporter::importSets()
{
    for (const QdeSet &set : m_qde.sets) {
        const QString name = set.name.trimmed().isEmpty() ? u"Set"_s : set.name.trimmed();
        if (!set.memberCodes.isEmpty())
            m_report.skipped.append({u"set '%1' (%2 codes)"_s.arg(name).arg(set.memberCodes.size()),
                                     u"Marginalia has no sets of codes"_s});
        if (set.memberSources.isEmpty())
            continue;
        QList<qint64> members;
        for (const QString &ref : set.memberSources) {
            const auto document = m_documentByGuid.constFind(canonicalGuid(ref));
            if (document != m_documentByGuid.cend())
                members.append(*document);
        }
        // "site: Beijing" over exactly the documents with that attribute value says nothing new.
        const qsizetype colon = name.indexOf(u':');
        if (colon > 0) {
            const QString attribute = name.left(colon).trimmed();
            const QString value = name.mid(colon + 1).trimmed();
            bool consistent = !members.isEmpty();
            for (qint64 document : std::as_const(members))
                consistent = consistent && m_attributes.value(document).value(attribute) == value;
            if (consistent)
                continue;
        }
        auto caseId = m_store.ensureCase(canonicalGuid(set.guid), name, {});
        if (!caseId)
            return failure(caseId.error());
        for (qint64 document : std::as_const(members)) {
            if (auto ok = m_store.addCaseDocument(*caseId, document); !ok)
                return ok;
        }
        ++m_report.cases;
        m_report.warnings.append(u"set of sources '%1' imported as a case"_s.arg(name));
    }
    return {};
}

// Inserts the codings gathered so far in full batches (all: the rest too), so that a million of
// them are never held at once.
Result<void> QdeImporter::flushCodings(bool all)
{
    qsizetype from = 0;
    for (; from < m_rows.size() && (all || m_rows.size() - from >= kCodingBatch); from += kCodingBatch) {
        auto inserted = m_store.insertCodings(m_rows.mid(from, kCodingBatch), u"import REFI-QDA codings"_s,
                                              {{u"file"_s, m_report.file}});
        if (!inserted)
            return failure(inserted.error());
        m_report.codings += inserted->added;
        m_report.collapsedCodings += inserted->collapsed;
    }
    m_rows.remove(0, std::min(from, m_rows.size()));
    if (!all)
        return {};
    m_rows.squeeze();
    if (m_report.collapsedCodings > 0)
        m_report.warnings.append(u"%1 codings identical to another (same source, code, coder and passage) were collapsed; "
                                 u"their memos were kept on the remaining coding and their GUIDs are listed as aliases"_s
                                     .arg(m_report.collapsedCodings));
    return {};
}

void QdeImporter::finishWarnings()
{
    for (const auto &[pdf, count] : m_qde.pdfAreaSelections)
        m_report.skipped.append({u"%1 selection(s) of page regions in PDF '%2'"_s.arg(count).arg(pdf),
                                 u"codings of areas of PDF pages are not imported; only those of its text representation are"_s});
    for (const QString &leniency : m_qde.leniencies)
        m_report.warnings.append(u"read leniently: "_s + leniency);
    if (m_unattributed > 0)
        m_report.warnings.append(u"%1 codings name no creatingUser; they are attributed to '%2'"_s.arg(m_unattributed)
                                     .arg(m_unattributedTo));
    if (m_categories > 0)
        m_report.warnings.append(u"%1 categories (isCodable=\"false\") were imported as ordinary codes"_s.arg(m_categories));
    for (auto it = m_replacedGuids.cbegin(); it != m_replacedGuids.cend(); ++it)
        m_report.warnings.append(u"%1 %2 GUIDs were missing, malformed or repeated and were replaced"_s.arg(it.value()).arg(it.key()));
    const QSet<QString> ignored = m_qde.ignoredElements + m_streamIgnored;
    if (!ignored.isEmpty()) {
        QStringList names(ignored.cbegin(), ignored.cend());
        names.sort();
        m_report.warnings.append(u"elements Marginalia does not use were ignored: %1"_s.arg(names.join(u", "_s)));
    }
    qint64 unusedNotes = 0;
    for (const QdeNote &note : m_qde.notes) {
        if (!m_usedNotes.contains(canonicalGuid(note.guid)))
            ++unusedNotes;
    }
    m_report.notes = m_usedNotes.size();
    if (unusedNotes > 0)
        m_report.skipped.append({u"%1 notes"_s.arg(unusedNotes),
                                 u"they are attached to nothing Marginalia keeps (the project, a selection without "
                                 u"coding, a skipped source) or to nothing at all"_s});
}

Result<void> QdeImporter::importProject(const SourceStream &stream)
{
    const qint64 total = m_qde.sources.size();
    if (!tick(0, total, u"Importing the codebook"_s))
        return cancelled();
    if (auto ok = importUsers(); !ok)
        return ok;
    if (auto ok = importCodes(false); !ok)
        return ok;
    if (auto ok = importVariables(); !ok)
        return ok;
    auto importOne = [&](const QdeSource &source, qsizetype i) -> Result<void> {
        if (!tick(i, total, u"Importing sources"_s))
            return cancelled();
        if (auto ok = importSource(source, i); !ok)
            return ok;
        return flushCodings(false);
    };
    if (stream) {
        QdeParseOptions options;
        options.onSource = importOne;
        auto streamed = stream(options);
        if (!streamed)
            return failure(streamed.error());
        m_streamIgnored = streamed->ignoredElements;
    } else {
        for (qsizetype i = 0; i < m_qde.sources.size(); ++i) {
            if (auto ok = importOne(m_qde.sources[i], i); !ok)
                return ok;
        }
    }
    if (!tick(total, total, u"Importing codings"_s))
        return cancelled();
    if (auto ok = flushCodings(true); !ok)
        return ok;
    if (auto ok = importCases(); !ok)
        return ok;
    if (auto ok = importSets(); !ok)
        return ok;
    finishWarnings();
    return m_project.journal(u"import REFI-QDA project"_s, {{u"file"_s, m_report.file},
                                                           {u"documents"_s, m_report.documents},
                                                           {u"codes"_s, m_report.codes},
                                                           {u"codings"_s, m_report.codings},
                                                           {u"skipped"_s, m_report.skipped.size()}});
}

XmlLimits xmlLimits(const RefiImportOptions &options)
{
    return {options.maxXmlTextBytes, options.maxXmlDepth, options.maxXmlElements};
}

} // namespace

Result<RefiImportReport> importQdpx(const QString &archivePath, const QString &projectPath,
                                    const RefiImportOptions &options, const InterchangeProgressCallback &progress)
{
    const QString fileName = QFileInfo(archivePath).fileName();
    RefiImportReport report;
    report.file = fileName;
    report.project = projectPath;
    if (QFileInfo::exists(projectPath))
        return failure(u"%1: a file of that name exists already; a .qdpx is imported into a new project"_s
                           .arg(QFileInfo(projectPath).fileName()));
    if (progress && !progress({0, 0, u"Reading the archive"_s}))
        return failure(u"%1: import cancelled; nothing was imported"_s.arg(fileName));

    QdpxArchive::Limits limits;
    limits.maxEntryBytes = options.maxEntryBytes;
    limits.maxReadBytes = options.maxReadBytes;
    limits.maxTotalBytes = options.maxTotalBytes;
    limits.maxEntries = options.maxEntries;
    limits.maxCompressionRatio = options.maxCompressionRatio;
    limits.ratioGuardFromBytes = options.ratioGuardFromBytes;
    auto archive = QdpxArchive::open(archivePath, limits);
    if (!archive)
        return failure(archive.error());
    QString qdeEntry = (*archive)->findEntry(u"project.qde"_s);
    if (qdeEntry.isEmpty()) {
        QStringList candidates;
        for (const QString &entry : (*archive)->entries()) {
            if (entry.endsWith(u".qde", Qt::CaseInsensitive) && !entry.contains(u'/'))
                candidates << entry;
        }
        if (candidates.size() != 1)
            return failure(u"%1: is not a REFI-QDA project: it holds %2"_s.arg(
                fileName, candidates.isEmpty() ? u"no project.qde"_s : u"several .qde files"_s));
        qdeEntry = candidates.first();
    }
    // project.qde is parsed as it inflates, twice: first everything but the selections (so that
    // users, codes, variables and the notes that selections refer to are known, wherever they stand
    // in the file), then again handing each source with its selections to the importer in turn.
    // Neither the XML nor a million selections are ever in memory at once.
    QdpxArchive &zip = **archive;
    auto parseEntry = [&](const QdeParseOptions &parseOptions) -> Result<QdeProject> {
        auto stream = zip.openStream(qdeEntry);
        if (!stream)
            return failure(stream.error());
        QString importError;   // the importer's own message, passed on as it is
        QdeParseOptions wrapped = parseOptions;
        if (parseOptions.onSource) {
            wrapped.onSource = [&](const QdeSource &source, qsizetype index) -> Result<void> {
                auto ok = parseOptions.onSource(source, index);
                if (!ok)
                    importError = ok.error();
                return ok;
            };
        }
        XmlLimitGuard guarded(stream->get(), xmlLimits(options), fileName, qdeEntry);
        auto parsed = parseQde(&guarded, qdeEntry, wrapped);
        if (!guarded.limitError().isEmpty())
            return failure(guarded.limitError());
        if (!zip.limitError().isEmpty())
            return failure(zip.limitError());
        if (!importError.isEmpty())
            return failure(importError);
        if (parsed) {
            // The rest of the entry (after the root element) still counts against the limits and
            // has to pass the checksum.
            std::array<char, 64 * 1024> rest{};
            while ((*stream)->read(rest.data(), static_cast<qint64>(rest.size())) > 0) {
            }
        }
        if (!zip.limitError().isEmpty())
            return failure(zip.limitError());
        if (!parsed)
            return failure(fileName + u": "_s + parsed.error());
        return parsed;
    };
    QdeParseOptions firstPass;
    firstPass.keepSelections = false;
    auto qde = parseEntry(firstPass);
    if (!qde)
        return failure(qde.error());
    if (qde->isCodebook)
        return failure(u"%1: holds a codebook, not a project; import it with import-qdc"_s.arg(fileName));
    report.producer = qde->origin;

    // Made under a temporary name and named only once the import has committed: a cancelled,
    // failed or killed import leaves no empty project behind.
    auto created = Project::createUnpublished(projectPath);
    if (!created)
        return failure(created.error());
    std::unique_ptr<Project> project = std::move(*created);
    if (!options.coder.isEmpty())
        project->setCurrentCoder(options.coder);

    Result<void> imported;
    {
        auto transaction = Transaction::begin(project->database());
        if (!transaction) {
            imported = failure(transaction.error());
        } else {
            QdeImporter importer(*project, *qde, archive->get(), options, report, progress);
            imported = importer.importProject(parseEntry);
            // Marginalia's own settings, when a Marginalia wrote them (ProjectExtras): codes by their GUIDs.
            const QString extrasEntry = zip.findEntry(QString::fromLatin1(ProjectExtras::kEntryName));
            if (imported && !extrasEntry.isEmpty()) {
                auto bytes = zip.read(extrasEntry);
                auto extras = bytes ? ProjectExtras::fromJson(*bytes, fileName) : Result<ProjectExtras>(failure(bytes.error()));
                if (!extras) {
                    report.warnings.append(u"Marginalia's number keys and dictionary words were not read: "_s + extras.error());
                } else {
                    auto applied = applyExtras(*project, *extras, fileName);
                    if (!applied) {
                        imported = failure(applied.error());
                    } else {
                        report.codeKeysAssigned = applied->keysAssigned;
                        report.dictionaryWords = applied->wordsAdded + applied->wordsRemoved;
                        report.warnings.append(applied->skipped);
                    }
                }
            }
            if (imported)
                imported = transaction->commit();
        }
    }
    if (imported)
        imported = project->publish();
    if (!imported) {
        project.reset();   // an unpublished project removes its temporary file
        return failure(imported.error());
    }
    if (progress)
        progress({1, 1, u"Done"_s});
    return report;
}

Result<RefiImportReport> importQdc(Project &project, const QString &qdcPath, const RefiImportOptions &options)
{
    const QString fileName = QFileInfo(qdcPath).fileName();
    RefiImportReport report;
    report.file = fileName;
    report.project = project.path();
    QFile file(qdcPath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"%1: cannot be opened (%2)"_s.arg(fileName, file.errorString()));
    const qint64 cap = std::min(options.maxEntryBytes, options.maxReadBytes);
    if (file.size() > cap)
        return failure(u"%1: is too large for a codebook"_s.arg(fileName));
    XmlLimitGuard guarded(&file, xmlLimits(options), fileName, u"the codebook"_s);
    auto qde = parseQde(&guarded, fileName, {});
    if (!guarded.limitError().isEmpty())
        return failure(guarded.limitError());
    if (!qde)
        return failure(fileName + u": "_s + qde.error());
    if (qde->codes.isEmpty())
        return failure(u"%1: holds no codes"_s.arg(fileName));
    auto transaction = Transaction::begin(project.database());
    if (!transaction)
        return failure(transaction.error());
    InterchangeProgressCallback none;
    QdeImporter importer(project, *qde, nullptr, options, report, none);
    if (auto ok = importer.importCodes(true); !ok)
        return failure(ok.error());
    for (const QString &leniency : qde->leniencies)
        report.warnings.append(u"read leniently: "_s + leniency);
    if (!qde->sets.isEmpty())
        report.skipped.append({u"%1 sets of codes"_s.arg(qde->sets.size()), u"Marginalia has no sets of codes"_s});
    if (auto ok = project.journal(u"import REFI-QDA codebook"_s,
                                  {{u"file"_s, fileName}, {u"codes added"_s, report.codes}, {u"codes matched"_s, report.codesMatched}});
        !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return report;
}

} // namespace marginalia
