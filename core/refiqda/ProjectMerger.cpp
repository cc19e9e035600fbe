#include "refiqda/ProjectMerger.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/InterchangeStore.h"
#include "project/Project.h"
#include "refiqda/ProjectExtras.h"
#include "refiqda/QdeXml.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace marginalia {

using namespace Qt::StringLiterals;
using refiqda::canonicalGuid;

namespace {

// The scratch folders of merges of a .qdpx live in the temporary folder as "marginalia-merge-<pid>-XXXXXX": a merge that
// was killed leaves its folder (tens of megabytes for a large archive), which the next merge removes once that process
// is gone.
const QString kScratchPrefix = QStringLiteral("marginalia-merge-");

void removeAbandonedScratchFolders()
{
    const QDir temporary(QDir::tempPath());
    const QStringList entries = temporary.entryList({kScratchPrefix + QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString rest = entry.mid(kScratchPrefix.size());
        bool ok = false;
        const qint64 pid = rest.section(u'-', 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid())
            continue;
        if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH)
            continue;   // still running, or not ours to judge
        QDir(temporary.filePath(entry)).removeRecursively();
    }
}


bool looksLikeZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

Result<QString> backupPath(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    for (int n = 1; n < 100; ++n) {
        const QString name = n == 1 ? u"%1.before-merge-%2.marginalia"_s.arg(info.completeBaseName(), stamp)
                                    : u"%1.before-merge-%2-%3.marginalia"_s.arg(info.completeBaseName(), stamp).arg(n);
        const QString path = info.absoluteDir().filePath(name);
        if (!QFileInfo::exists(path))
            return path;
    }
    return failure(u"%1: no free name for a backup copy next to it"_s.arg(info.fileName()));
}

class Merger
{
public:
    Merger(Project &target, const ProjectSnapshot &other, MergeReport &report, const InterchangeProgressCallback &progress)
        : m_target(target), m_other(other), m_report(report), m_progress(progress), m_store(target)
    {
    }

    Result<void> run()
    {
        const qint64 total = m_other.documents.size() + 3;
        qint64 done = 0;
        if (!tick(done++, total, u"Merging coders and codes"_s))
            return cancelled();
        if (auto ok = mergeCoders(); !ok)
            return ok;
        if (auto ok = mergeCodes(); !ok)
            return ok;
        auto existing = DocumentStore(m_target).list(DocumentStore::CodingCount::Skipped);
        if (!existing)
            return failure(existing.error());
        for (const DocumentInfo &document : *existing)
            m_targetDocuments.insert(document.id, document);
        for (const DocumentInfo &document : *existing)
            m_targetNames.insert(document.name);
        for (const SnapshotDocument &document : m_other.documents) {
            if (!tick(done++, total, u"Merging documents"_s))
                return cancelled();
            if (auto ok = mergeDocument(document); !ok)
                return ok;
        }
        if (!tick(done++, total, u"Merging codings"_s))
            return cancelled();
        if (auto ok = mergeCodings(); !ok)
            return ok;
        if (auto ok = mergeCases(); !ok)
            return ok;
        return {};
    }

    // The other project's code GUIDs -> the target's, for every code merged (matched by path ones differ).
    Result<QMap<QString, QString>> codeGuidMap()
    {
        auto codes = Codebook(m_target).codes();
        if (!codes)
            return failure(codes.error());
        QHash<qint64, QString> guidOf;
        for (const Code &code : *codes)
            guidOf.insert(code.id, code.guid);
        QMap<QString, QString> map;
        for (const SnapshotCode &code : m_other.codes) {
            if (const qint64 id = m_codes.value(code.id); id != 0)
                map.insert(code.guid, guidOf.value(id));
        }
        return map;
    }

private:
    // A GUID from the other project, or empty when it is not one (a crafted project can hold
    // "../../x" there, which an export would turn into an archive path): then a new one is made.
    QString checkedGuid(const QString &stored, QStringView kind)
    {
        const QString guid = refiqda::canonicalGuid(stored);
        if (guid.isEmpty() && !stored.isEmpty()) {
            if (m_invalidGuids[kind.toString()]++ == 0)
                m_report.conflicts.append(u"%1 has a %2 GUID that is not a GUID ('%3'); such objects got new GUIDs"_s.arg(
                    m_report.other, kind.toString(), stored.left(60)));
        }
        return guid;
    }

    bool tick(qint64 done, qint64 total, const QString &stage) { return !m_progress || m_progress({done, total, stage}); }
    Result<void> cancelled() const
    {
        return failure(u"merge of %1 into %2 cancelled; nothing was changed"_s.arg(m_report.other, m_target.fileName()));
    }

    Result<void> mergeCoders()
    {
        auto before = m_target.coderNames();
        if (!before)
            return failure(before.error());
        for (const SnapshotCoder &coder : m_other.coders) {
            auto id = m_store.coder(coder.name, checkedGuid(coder.guid, u"coder"));
            if (!id)
                return failure(id.error());
            m_coders.insert(coder.id, *id);
            if (!before->contains(coder.name.trimmed()))
                ++m_report.codersAdded;
        }
        return {};
    }

    Result<void> mergeCodes()
    {
        Codebook codebook(m_target);
        auto codes = codebook.codes();
        if (!codes)
            return failure(codes.error());
        QHash<QString, Code> byGuid;
        QHash<QString, qint64> byPath;
        QHash<qint64, QString> pathOf;
        for (const Code &code : *codes) {
            byGuid.insert(code.guid, code);
            byPath.insert(code.path, code.id);
            pathOf.insert(code.id, code.path);
        }
        for (const SnapshotCode &code : m_other.codes) {
            if (const auto it = byGuid.constFind(code.guid); it != byGuid.cend()) {
                m_codes.insert(code.id, it->id);
                ++m_report.codesMatched;
                if (it->path != code.path)
                    m_report.conflicts.append(u"code %1 is '%2' in %3 but '%4' in %5; kept '%2'"_s.arg(
                        code.guid, it->path, m_target.fileName(), code.path, m_report.other));
                continue;
            }
            if (const auto it = byPath.constFind(code.path); it != byPath.cend()) {
                m_codes.insert(code.id, *it);
                ++m_report.codesMatched;
                continue;
            }
            const qint64 parentId = code.parentId == 0 ? 0 : m_codes.value(code.parentId);
            const QString parentPath = parentId == 0 ? QString() : pathOf.value(parentId);
            const QString path = parentPath.isEmpty() ? code.name : parentPath + u'/' + code.name;
            if (const auto it = byPath.constFind(path); it != byPath.cend()) {
                // The parent was matched under another path; a sibling of this name is the same code.
                m_codes.insert(code.id, *it);
                ++m_report.codesMatched;
                continue;
            }
            NewCode add;
            add.name = code.name;
            add.parentId = parentId;
            add.color = code.color;
            add.description = code.description;
            const QString guid = checkedGuid(code.guid, u"code");
            auto used = guid.isEmpty() ? Result<bool>(true) : m_store.guidInUse(InterchangeStore::GuidKind::Code, guid);
            if (!used)
                return failure(used.error());
            add.guid = *used ? QString() : guid;
            auto id = codebook.add(add);
            if (!id)
                return failure(u"code '%1' from %2 cannot be added: %3"_s.arg(code.path, m_report.other, id.error()));
            if (!code.memo.isEmpty()) {
                if (auto ok = codebook.setMemo(*id, code.memo); !ok)
                    return ok;
            }
            m_codes.insert(code.id, *id);
            byPath.insert(path, *id);
            pathOf.insert(*id, path);
            ++m_report.codesAdded;
        }
        return {};
    }

    Result<void> mergeDocument(const SnapshotDocument &document)
    {
        DocumentStore documents(m_target);
        auto match = documents.findByContent(document.text);
        if (!match)
            return failure(match.error());
        if (*match != 0) {
            m_documents.insert(document.id, *match);
            ++m_report.documentsMatched;
            const DocumentInfo &ours = m_targetDocuments[*match];
            if (ours.memo.isEmpty() && !document.memo.isEmpty()) {
                if (auto ok = documents.setMemo(*match, document.memo); !ok)
                    return ok;
            }
            for (auto it = document.attributes.cbegin(); it != document.attributes.cend(); ++it) {
                const auto mine = ours.attributes.constFind(it.key());
                if (mine == ours.attributes.cend()) {
                    if (auto ok = documents.setAttribute(*match, it.key(), it.value()); !ok)
                        m_report.conflicts.append(u"attribute '%1' of '%2': %3"_s.arg(it.key(), ours.name, ok.error()));
                    else
                        ++m_report.attributesSet;
                } else if (*mine != it.value()) {
                    m_report.conflicts.append(u"'%1' has %2 = '%3' in %4 but '%5' in %6; kept '%3'"_s.arg(
                        ours.name, it.key(), *mine, m_target.fileName(), it.value(), m_report.other));
                }
            }
            return {};
        }
        NewDocument add;
        add.name = document.name;
        if (m_targetNames.contains(document.name)) {
            auto unique = documents.uniqueName(document.name);
            if (!unique)
                return failure(unique.error());
            add.name = *unique;
            m_report.conflicts.append(u"'%1' in %2 has other text than the document of that name in %3; added as '%4'"_s.arg(
                document.name, m_report.other, m_target.fileName(), add.name));
        }
        const QString guid = checkedGuid(document.guid, u"document");
        auto used = guid.isEmpty() ? Result<bool>(false) : m_store.guidInUse(InterchangeStore::GuidKind::Document, guid);
        if (!used)
            return failure(used.error());
        if (*used)
            m_report.conflicts.append(u"document %1 ('%2') has other text in %3; added with a new GUID"_s.arg(
                guid, document.name, m_target.fileName()));
        add.guid = *used ? QString() : guid;
        add.text = document.text;
        add.memo = document.memo;
        add.format = document.format;
        add.encoding = document.encoding;
        auto id = documents.add(add);
        if (!id)
            return failure(u"document '%1' from %2 cannot be added: %3"_s.arg(document.name, m_report.other, id.error()));
        m_targetNames.insert(add.name);
        m_documents.insert(document.id, *id);
        ++m_report.documentsAdded;
        for (auto it = document.attributes.cbegin(); it != document.attributes.cend(); ++it) {
            if (auto ok = documents.setAttribute(*id, it.key(), it.value()); !ok)
                m_report.conflicts.append(u"attribute '%1' of '%2': %3"_s.arg(it.key(), add.name, ok.error()));
            else
                ++m_report.attributesSet;
        }
        return {};
    }

    // Two codings are the same when document, code, coder and range are: the incoming one then
    // collapses into the one kept. Its memo is added to the kept one's (unless already there) and
    // its GUID is recorded as an alias of the kept GUID (report and journal), so nothing is lost.
    static QString joinMemo(const QString &kept, const QString &incoming)
    {
        const QString add = incoming.trimmed();
        if (add.isEmpty() || kept.contains(add))
            return kept;
        return kept.trimmed().isEmpty() ? add : kept + u"\n\n"_s + add;
    }

    void recordAlias(const QString &alias, const QString &kept)
    {
        if (alias.isEmpty() || alias == kept)
            return;
        m_report.collapsedAliases.append(u"%1 -> %2"_s.arg(alias, kept));
    }

    Result<void> mergeCodings()
    {
        auto identical = m_target.database().prepare(
            "SELECT id, guid, memo FROM codings WHERE document_id = ?1 AND code_id = ?2 AND coder_id = ?3 AND start = ?4 "
            "AND end = ?5");
        if (!identical)
            return failure(identical.error());
        CodingStore codingStore(m_target);
        QHash<QString, qsizetype> incoming;   // identity -> index in rows
        qint64 collapsed = 0;
        QList<CodingRow> rows;
        rows.reserve(m_other.codings.size());
        for (const SnapshotCoding &coding : m_other.codings) {
            CodingRow row;
            row.documentId = m_documents.value(coding.documentId);
            row.codeId = m_codes.value(coding.codeId);
            row.coderId = m_coders.value(coding.coderId);
            if (row.documentId == 0 || row.codeId == 0 || row.coderId == 0)
                return failure(u"%1: a coding refers to a document, code or coder that was not merged"_s.arg(m_report.other));
            row.start = coding.start;
            row.end = coding.end;
            row.guid = checkedGuid(coding.guid, u"coding");
            row.memo = coding.memo;
            row.created = coding.created;
            const QString identity = u"%1/%2/%3/%4/%5"_s.arg(row.documentId).arg(row.codeId).arg(row.coderId).arg(row.start).arg(
                row.end);
            if (const auto twin = incoming.constFind(identity); twin != incoming.cend()) {
                CodingRow &kept = rows[*twin];
                kept.memo = joinMemo(kept.memo, row.memo);
                recordAlias(row.guid, kept.guid);
                ++collapsed;
                continue;
            }
            identical->reset();
            identical->bind(1, row.documentId).bind(2, row.codeId).bind(3, row.coderId).bind(4, row.start).bind(5, row.end);
            if (identical->step()) {
                const qint64 keptId = identical->int64(0);
                const QString keptGuid = identical->text(1);
                const QString keptMemo = identical->text(2);
                const QString memo = joinMemo(keptMemo, row.memo);
                if (memo != keptMemo) {
                    if (auto ok = codingStore.setMemo(keptId, memo); !ok)
                        return ok;
                }
                recordAlias(row.guid, keptGuid);
                ++collapsed;
                continue;
            }
            if (identical->failed())
                return failure(identical->error());
            incoming.insert(identity, rows.size());
            rows.append(row);
        }
        QJsonObject detail{{u"from"_s, m_report.other}};
        if (!m_report.collapsedAliases.isEmpty())
            detail.insert(u"collapsed coding GUIDs (alias -> kept)"_s, QJsonArray::fromStringList(m_report.collapsedAliases));
        auto inserted = m_store.insertCodings(rows, u"merge codings"_s, detail);
        if (!inserted)
            return failure(inserted.error());
        m_report.codingsAdded = inserted->added;
        m_report.codingsCollapsed = collapsed + inserted->collapsed;
        return {};
    }

    Result<void> mergeCases()
    {
        auto before = m_store.snapshot(false);
        if (!before)
            return failure(before.error());
        QSet<QString> guids;
        QSet<QString> names;
        for (const SnapshotCase &item : before->cases) {
            guids.insert(canonicalGuid(item.guid));
            names.insert(item.name);
        }
        for (const SnapshotCase &item : m_other.cases) {
            auto id = m_store.ensureCase(checkedGuid(item.guid, u"case"), item.name, item.memo);
            if (!id)
                return failure(id.error());
            if (!guids.contains(canonicalGuid(item.guid)) && !names.contains(item.name))
                ++m_report.casesAdded;
            for (qint64 document : item.documentIds) {
                if (const qint64 mapped = m_documents.value(document); mapped != 0) {
                    if (auto ok = m_store.addCaseDocument(*id, mapped); !ok)
                        return ok;
                }
            }
        }
        return {};
    }

    Project &m_target;
    const ProjectSnapshot &m_other;
    MergeReport &m_report;
    const InterchangeProgressCallback &m_progress;
    InterchangeStore m_store;
    QHash<qint64, qint64> m_coders;      // other id -> target id
    QHash<qint64, qint64> m_codes;
    QHash<qint64, qint64> m_documents;
    QHash<qint64, DocumentInfo> m_targetDocuments;
    QSet<QString> m_targetNames;
    QHash<QString, int> m_invalidGuids;
};

} // namespace

Result<MergeReport> mergeProject(Project &target, const QString &otherPath, const MergeOptions &options,
                                 const InterchangeProgressCallback &progress)
{
    MergeReport report;
    report.target = target.path();
    report.other = QFileInfo(otherPath).fileName();
    if (!QFileInfo::exists(otherPath))
        return failure(u"%1: no such file"_s.arg(otherPath));
    if (QFileInfo(otherPath).canonicalFilePath() == QFileInfo(target.path()).canonicalFilePath())
        return failure(u"%1: a project cannot be merged into itself"_s.arg(report.other));

    // The full integrity check of both projects (issue 17): a damaged page found only by
    // integrity_check must not be merged into, or copied from.
    auto checkIntegrity = [&](Project &project) -> Result<void> {
        if (progress && !progress({0, 0, u"Checking the project"_s}))
            return failure(u"%1: merge cancelled; nothing was merged"_s.arg(report.other));
        if (auto ok = project.checkIntegrity(); !ok)
            return failure(u"Nothing was merged: "_s + ok.error());
        return {};
    };
    if (auto ok = checkIntegrity(target); !ok)
        return failure(ok.error());

    // A .qdpx is imported into a scratch project first, so both kinds merge the same way.
    removeAbandonedScratchFolders();
    QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(kScratchPrefix + QString::number(::getpid()) + u"-XXXXXX"_s));
    std::unique_ptr<Project> other;
    if (looksLikeZip(otherPath) || otherPath.endsWith(u".qdpx", Qt::CaseInsensitive)) {
        if (!scratch.isValid())
            return failure(u"no temporary folder for reading %1"_s.arg(report.other));
        const QString scratchPath = scratch.filePath(u"other.marginalia"_s);
        auto imported = importQdpx(otherPath, scratchPath, options.qdpx, progress);
        if (!imported)
            return failure(imported.error());
        report.skipped = imported->skipped;
        report.positions = imported->positions;
        report.sourcesNotStored = imported->sourcesNotStored;
        report.notes.append(imported->warnings);
        auto opened = Project::open(scratchPath, Project::Access::ReadOnly);
        if (!opened)
            return failure(opened.error());
        other = std::move(*opened);
    } else {
        auto opened = Project::open(otherPath, Project::Access::ReadOnly);
        if (!opened)
            return failure(opened.error());
        other = std::move(*opened);
        report.notes.append(other->notes());
        if (auto ok = checkIntegrity(*other); !ok)
            return failure(ok.error());
    }
    auto snapshot = InterchangeStore(*other).snapshot(true);
    if (!snapshot)
        return failure(snapshot.error());

    if (options.backup) {
        auto path = backupPath(target.path());
        if (!path)
            return failure(path.error());
        if (auto ok = target.backupTo(*path); !ok)
            return failure(u"%1: no backup copy could be written before merging, so nothing was merged: %2"_s.arg(
                target.fileName(), ok.error()));
        report.backup = *path;
    }

    auto transaction = Transaction::begin(target.database());
    if (!transaction)
        return failure(transaction.error());
    Merger merger(target, *snapshot, report, progress);
    if (auto ok = merger.run(); !ok)
        return failure(ok.error());
    // Number keys and dictionary words (ProjectExtras), by the rules of applyExtras.
    {
        auto extras = ProjectExtras::read(*other);
        if (!extras)
            return failure(extras.error());
        auto guids = merger.codeGuidMap();
        if (!guids)
            return failure(guids.error());
        auto applied = applyExtras(target, *extras, report.other, *guids);
        if (!applied)
            return failure(applied.error());
        report.codeKeysAssigned = applied->keysAssigned;
        report.dictionaryWordsAdded = applied->wordsAdded;
        report.dictionaryWordsRemoved = applied->wordsRemoved;
        report.conflicts.append(applied->skipped);
    }
    if (auto ok = target.journal(u"merge project"_s, {{u"from"_s, report.other},
                                                      {u"backup"_s, QFileInfo(report.backup).fileName()},
                                                      {u"documents added"_s, report.documentsAdded},
                                                      {u"documents matched"_s, report.documentsMatched},
                                                      {u"codes added"_s, report.codesAdded},
                                                      {u"codings added"_s, report.codingsAdded},
                                                      {u"code keys assigned"_s, report.codeKeysAssigned},
                                                      {u"dictionary words added"_s, report.dictionaryWordsAdded},
                                                      {u"dictionary words removed"_s, report.dictionaryWordsRemoved},
                                                      {u"conflicts"_s, report.conflicts.size()}});
        !ok)
        return failure(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return failure(ok.error());
    return report;
}

} // namespace marginalia
