#pragma once

#include "common/Result.h"
#include "project/ChangeRecorder.h"
#include "team/LocalObjects.h"
#include "team/TeamServer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace marginalia {
class Project;
}

namespace marginalia::team {

class WorkingCopy;

// Applies pulled changes to the project, one at a time, for WorkingCopy::apply (which decides which
// to apply); the rules per kind are in docs/ARCHITECTURE.md ("Team projects"). Its statements are
// prepared once (StatementCache) and reused for every change of the batch; it lives for one batch,
// inside that batch's transaction. The footprint (if given) collects the rows it changed.
class ChangeApplier
{
public:
    ChangeApplier(Project &project, TeamServer &server, WorkingCopy &copy, const QString &author,
                  const LogPosition &base, ChangeFootprint *footprint);

    // True if the change altered the project; false if it was left out (a conflict, or nothing to do).
    Result<bool> apply(const ChangeRecord &change);
    // A pulled coding upsert that WorkingCopy::apply skips (the coding has a local change still waiting,
    // which goes to the server after it and says where the coding is): the coding stays as it is here,
    // but on every other copy it took its place from another coding there, and that one does not come
    // back when the skipped one moves on. So it leaves here too, with the same-place conflict every copy
    // records; unless it has a local change itself (it then goes to the server later and stays, as on
    // the other copies). True if a coding left.
    Result<bool> takePlaceOfSkipped(const ChangeRecord &change);
    // The same for a pulled code upsert skipped so: the name rule renames the other code of that name under
    // that parent (the one with the larger GUID) on every other copy, so here too. True if it found a clash.
    Result<bool> nameRuleOfSkipped(const ChangeRecord &change);
    local::StatementCache &cache() { return m_cache; }
    int conflicts = 0;
    QStringList conflictMessages;   // the sentences of those conflicts, in order (and why a restore yielded)
    // Putting an object back as the server has it (WorkingCopy::restoreFromServer): that change is the
    // server's last of the object, but maybe not the latest in the log at its place. A coding whose
    // place a later change of another coding took (TeamServer::codingPlaceTakenAfter) is not put there
    // (it is nowhere in the team's state); otherwise it takes its place from one here, as every copy
    // did, unless that one has a local change still waiting (it yields then, and is not back).
    bool restoring = false;

private:
    // Records a conflict; send: queued for the server too (every copy shows it), else kept here only.
    Result<bool> conflict(const QString &rule, const QString &kind, const QString &key, const QStringList &guidParts,
                          const QString &message, bool send = true);
    // The local id of a document or code by GUID. Ids found are kept for the batch (the Applier's
    // life): a joining copy would otherwise look up the same few rows for every coding.
    Result<std::optional<qint64>> idOf(const char *table, const QString &guid);
    Result<qint64> documentLength(qint64 id);
    void forget(const char *table, const QString &guid, qint64 id);
    Result<std::optional<qint64>> documentId(const QString &guid, const QString &because);
    Result<std::optional<qint64>> codeId(const QString &guid, const QString &because, int depth = 0);
    Result<qint64> coderId(const QString &name);
    Result<bool> upsertDocument(const QString &guid, const QJsonObject &state);
    Result<bool> upsertCode(const QString &guid, const QJsonObject &state, int depth);
    Result<QString> freeCodeName(std::optional<qint64> parent, const QString &name);
    // The name a code given pulledName under parent gets here: another code of that name there keeps it if its
    // GUID is the smaller (this one becomes "name (n)"), else it becomes "name (n)" (renamed here); the
    // conflict is recorded either way.
    Result<QString> nameRule(const QString &guid, std::optional<qint64> parent, const QString &pulledName);
    Result<bool> applyCoding(const ChangeRecord &change);
    // Whether the place a pulled coding upsert goes to is free, was taken from another coding there
    // (deleted here), or stays with that one (a local coding not sent yet: the pulled one yields, and
    // WorkingCopy::recordYield notes it, so that it comes back should that local change not be sent).
    enum class Place { Free, Taken, Yields };
    // skipped: for takePlaceOfSkipped (the pulled coding is not put there; a local one there just stays).
    Result<Place> takePlace(const ChangeRecord &change, qint64 document, qint64 code, qint64 coder,
                            bool skipped = false);

    // What was changed, for the GUI to update just that (see WorkingCopy::apply).
    void touched(const char *table, QSet<qint64> ChangeFootprint::*rows = nullptr, qint64 id = 0)
    {
        if (!m_footprint)
            return;
        const QString name = QString::fromLatin1(table);
        if (!m_footprint->tables.contains(name))
            m_footprint->tables.append(name);
        if (rows && id)
            (m_footprint->*rows).insert(id);
    }
    // A coding row changed in this document under this code; gained is +1 (the coding is there now), -1 (it left
    // them) or 0, for the counts the views move by (ChangeFootprint::codingsGainedBy…).
    void touchedCoding(qint64 coding, qint64 document, qint64 code, int gained)
    {
        touched("codings", &ChangeFootprint::codings, coding);
        if (m_footprint) {
            m_footprint->codingDocuments.insert(document);
            m_footprint->codingCodes.insert(code);
            if (gained != 0) {
                m_footprint->codingsGainedByDocument[document] += gained;
                m_footprint->codingsGainedByCode[code] += gained;
            }
        }
    }

    Project &m_project;
    Database &m_db;
    local::StatementCache m_cache;
    TeamServer &m_server;
    WorkingCopy &m_copy;
    QString m_author;
    LogPosition m_base;
    ChangeFootprint *m_footprint;
    std::map<QString, qint64> m_coders;
    std::map<QString, qint64> m_documentIds;
    std::map<QString, qint64> m_codeIds;
    std::map<qint64, qint64> m_lengths;
};

} // namespace marginalia::team
