#pragma once

#include "common/Result.h"
#include "team/PgConnection.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace marginalia::team {

// A place in the server's change log: the transaction id (xid8, as text) and the row id of the
// last change read. Changes are read in (xid, id) order; see TeamServer::pull.
struct LogPosition
{
    QString xid = QStringLiteral("0");
    qint64 id = 0;

    QString toString() const { return xid + u':' + QString::number(id); }
    static std::optional<LogPosition> fromString(const QString &text);
    bool isStart() const { return id == 0 && xid == u"0"; }
};

// One change of one object, keyed by the object's GUID (or its name, for coders and attributes;
// see docs/ARCHITECTURE.md "Team projects"). guid is the change's own GUID: sending it twice adds
// it once.
struct ChangeRecord
{
    QString guid;
    QString origin;   // the working copy that made it
    QString author;   // the coder working there
    QString kind;     // coder, attribute, document, code, case, coding, value, case_document, conflict
    QString key;
    QString op;       // upsert, delete, note (a conflict)
    QJsonObject state;
    // Set when read from the server.
    LogPosition position;
    QString sentAt;
    bool redelivered = false;   // appended again by closing a blind round (pulled from a version 2 server)
};

struct TeamMember
{
    QString login;
    QString coder;
    QString role;
    bool removed = false;
};

// A blind coding round open on the server (see marginalia.rounds in TeamServer.cpp).
struct ServerRound
{
    qint64 id = 0;
    QString name;           // the sample's name, or what the supervisor called it
    QStringList documents;  // GUIDs
    QString openedBy;       // coder
    QString openedAt;       // ISO 8601 UTC
};

struct ServerProject
{
    QString guid;
    QString name;
    int schemaVersion = 0;
};

// The server side of a team project: the schema in the PostgreSQL database (created and versioned
// here), the append-only change log, and the texts of documents (stored once per content hash).
// All of it through prepared statements inside transactions.
class TeamServer
{
public:
    // The version of the server schema this build creates and understands.
    static constexpr int kSchemaVersion = 2;

    explicit TeamServer(PgConnection &connection) : m_db(connection) {}
    PgConnection &connection() { return m_db; }

    // Creates the schema for a new team project. Refused if the database already holds one.
    // When the user may create roles, the project's group roles are made too, and ownerCoder (if
    // given) becomes the first member, an owner.
    // version: an older server format, only to test upgrades.
    Result<void> createProject(const QString &projectGuid, const QString &name, const QString &ownerCoder = {},
                               int version = kSchemaVersion);
    // The project the database holds; a sentence if it holds none or one of a newer version. An older
    // version is upgraded when the connected user owns the tables (else it is worked on as it is).
    Result<ServerProject> project();

    // Makes a PostgreSQL login a member: role is owner, supervisor, coder or reader (granted as the
    // project's group role <database>_<role>); the member works as the coder named. Needs the right
    // to grant those roles (the publisher, or a superuser).
    Result<void> addMember(const QString &login, const QString &coder, const QString &role);

    // Removes a member (a sentence for a login that is none, and for the last owner): the group role
    // is revoked, so the login reads and writes nothing of the project from its next statement on;
    // its past changes stay in the log and its coder name stays taken. Needs the right to revoke.
    Result<void> removeMember(const QString &login);
    Result<std::vector<TeamMember>> members();

    // Blind coding rounds (owners and supervisors; the server refuses others). While a round is open,
    // coding changes on its documents are read only by owners, supervisors and their own coder;
    // closing appends them again for everyone and returns how many.
    Result<qint64> openRound(const QString &name, const QStringList &documentGuids);
    Result<qint64> closeRound();
    Result<std::optional<ServerRound>> openRoundInfo();

    // Asks the server to tell this connection about every push (see PgConnection::waitForNotification).
    Result<void> listen();

    // Starts sending changes: one transaction, holding the project's push lock until commit()
    // (pushes are serialised, so the conflict check below sees every earlier push).
    Result<void> beginPush();
    // Appends a change unless its GUID is in the log already. base is the log position the sender
    // had pulled when it made the change; with checkConflicts, a change of the same object by
    // another working copy after base is returned (the other side of a conflict). Returns whether
    // the change was new.
    struct Appended
    {
        bool added = false;
        std::optional<ChangeRecord> concurrent;
    };
    Result<Appended> append(const ChangeRecord &change, const LogPosition &base, bool checkConflicts);
    // append for many changes in one statement (one round trip): in their order, so the log holds
    // them as if appended one by one, each with its Appended. No object may appear twice in one call
    // (a row-level security check cannot see a row the same statement inserts); pushes split there.
    struct Outgoing
    {
        const ChangeRecord *change = nullptr;
        LogPosition base;
    };
    Result<std::vector<Appended>> appendAll(const std::vector<Outgoing> &changes, bool checkConflicts);
    // Stores a document text under its content hash (kept once).
    Result<void> addText(const QString &contentHash, const QString &text);
    Result<void> commitPush();
    // Whether the connected user may append this change (the row-level security check, asked
    // beforehand so that a refused change does not abort the others). Owners of the tables may.
    Result<bool> mayWrite(const ChangeRecord &change);
    // mayWrite for many changes in one round trip, in their order.
    Result<std::vector<bool>> mayWriteAll(const std::vector<const ChangeRecord *> &changes);
    void abandonPush();

    // Up to limit changes after `after`, in log order. Only changes of transactions that ended
    // before every transaction still running began are returned (xid below the snapshot's xmin):
    // a change committed later can then never appear before a position already read, even when
    // transactions commit in another order than they began.
    Result<std::vector<ChangeRecord>> pull(const LogPosition &after, int limit);
    // How many changes follow `after` (visible ones only, as pull counts them).
    Result<qint64> countAfter(const LogPosition &after);

    Result<std::optional<QString>> text(const QString &contentHash);
    // The last change of an object in the log (an upsert or a delete), if any.
    Result<std::optional<ChangeRecord>> lastChange(const QString &kind, const QString &key);
    // The last upsert of an object in the log (what it was before a deletion), if any.
    Result<std::optional<QJsonObject>> lastState(const QString &kind, const QString &key);
    // Whether a coding upsert read from the log (its position set) lost its place: another coding's
    // upsert at the same place (document, code, coder, range) comes later in the log. Every copy then
    // applied that one over it (the later change takes the place), so the coding is nowhere in the
    // team's state, even if that other one moved on or was deleted since. Reads the log after the
    // upsert (the (xid, id) index); asked only when an object is put back (restores, their read-back).
    Result<bool> codingPlaceTakenAfter(const ChangeRecord &upsert);
    // Answers codingPlaceTakenAfter for many coding upserts in one read of the log (one scan of its
    // coding changes, about 70 ms per 100,000 changes, instead of one scan per coding: undoing a
    // thousand refused codings of a large log took minutes), whatever the planner's statistics
    // (queryInOnePass); it answers them from memory afterwards, until forgetPrefetched.
    Result<void> prefetchCodingPlaces(const std::vector<ChangeRecord> &upserts);
    // Reads the last change of many objects (kind, key) in one statement and answers lastChange for
    // them from memory afterwards, until forgetPrefetched: the undo of refused changes reads each
    // object's three times (to ask its place, to put it back, to read it back), a round trip each.
    Result<void> prefetchLastChanges(const std::vector<std::pair<QString, QString>> &objects);
    // Forgets what the prefetch calls answered (the log moves on: later questions ask it again).
    void forgetPrefetched()
    {
        m_placesTaken.clear();
        m_lastChanges.clear();
    }

private:
    // Brings an older server schema up to this version if the user owns the tables; the version after.
    Result<int> upgrade(int from);
    Result<void> requireVersion(int version, const QString &what);
    // Runs a join of a batch of asked values with the log without nested loops, so that the log is
    // read once for the whole batch whatever the planner estimates. A freshly published or fast
    // grown log has no statistics yet; PostgreSQL then guesses a handful of rows for it and chose a
    // nested loop that read the whole log once per asked value (prefetchCodingPlaces: 45 ms per
    // refused coding on a 100,000-change log, 44 s for 1,000).
    Result<PgRows> queryInOnePass(std::string_view sql, const std::vector<PgParam> &params);

    PgConnection &m_db;
    std::optional<bool> m_ownsTables;
    int m_schemaVersion = 0;
    std::map<std::pair<QString, QString>, std::optional<ChangeRecord>> m_lastChanges;   // prefetched lastChange
    std::map<QString, bool> m_placesTaken;   // prefetched codingPlaceTakenAfter, by the upsert's change GUID   // as project() or createProject() found it; 0: not known (version 1 queries)
};

} // namespace marginalia::team
