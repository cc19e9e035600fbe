#include "team/TeamServer.h"

#include "common/JsonText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace marginalia::team {

namespace {

// The server schema, version 1. Everything lives in the schema "marginalia" of the database, so a
// database holds one team project and nothing of ours mixes with other tables.
const char *const kSchemaV1 = R"SQL(
CREATE SCHEMA marginalia;
CREATE TABLE marginalia.info(
    key   text PRIMARY KEY,
    value text NOT NULL);
-- The change log. xid is the writing transaction's id (pg_current_xact_id()): readers take only
-- changes whose transaction ended before every running one began (see TeamServer::pull).
CREATE TABLE marginalia.changes(
    id          bigserial PRIMARY KEY,
    xid         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    change_guid uuid NOT NULL UNIQUE,
    origin      uuid NOT NULL,
    author      text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('coder', 'attribute', 'document', 'code', 'case', 'coding',
                                              'value', 'case_document', 'conflict')),
    object_key  text NOT NULL,
    op          text NOT NULL CHECK (op IN ('upsert', 'delete', 'note')),
    state       jsonb,
    base_xid    xid8 NOT NULL,
    base_id     bigint NOT NULL,
    sent_at     timestamptz NOT NULL DEFAULT now());
CREATE INDEX changes_order ON marginalia.changes(xid, id);
CREATE INDEX changes_object ON marginalia.changes(kind, object_key, xid, id);
-- Document texts, once per content hash (SHA-256 of the stored text).
CREATE TABLE marginalia.texts(
    content_hash text PRIMARY KEY,
    body         text NOT NULL);
CREATE FUNCTION marginalia.refuse_change() RETURNS trigger LANGUAGE plpgsql AS
    $$BEGIN RAISE EXCEPTION 'the Marginalia change log is append-only'; END$$;
CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE ON marginalia.changes
    FOR EACH ROW EXECUTE FUNCTION marginalia.refuse_change();
CREATE TRIGGER changes_no_truncate BEFORE TRUNCATE ON marginalia.changes
    FOR EACH STATEMENT EXECUTE FUNCTION marginalia.refuse_change();
-- Working copies that LISTEN on marginalia_changes hear of every committed push at once.
CREATE FUNCTION marginalia.notify_change() RETURNS trigger LANGUAGE plpgsql AS
    $$BEGIN PERFORM pg_notify('marginalia_changes', ''); RETURN NULL; END$$;
CREATE TRIGGER changes_notify AFTER INSERT ON marginalia.changes
    FOR EACH STATEMENT EXECUTE FUNCTION marginalia.notify_change();
-- Who may do what (the publisher owns the tables and is not bound by the policies). A member is a
-- PostgreSQL login in one of the project's group roles <database>_owner, _supervisor, _coder,
-- _reader, and works as one coder name.
CREATE TABLE marginalia.members(
    login text PRIMARY KEY,
    coder text NOT NULL UNIQUE,
    role  text NOT NULL CHECK (role IN ('owner', 'supervisor', 'coder', 'reader')));
-- May the member connected now append this change? Nobody but an owner writes as another coder, or
-- changes or deletes a coding another coder made (its first upsert names its coder); coders change
-- codes only if the owner allows it (info coders_edit_codes, default yes); readers write nothing.
CREATE FUNCTION marginalia.may_write(p_kind text, p_key text, p_op text, p_author text, p_state jsonb)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce((
        SELECT CASE
            WHEN m.role = 'owner' THEN true
            WHEN m.role = 'reader' THEN false
            WHEN p_author IS DISTINCT FROM m.coder THEN false
            WHEN p_kind = 'coding' THEN
                coalesce((SELECT c.state->>'coder' FROM marginalia.changes c
                          WHERE c.kind = 'coding' AND c.object_key = p_key AND c.op = 'upsert'
                          ORDER BY c.xid, c.id LIMIT 1), p_state->>'coder') = m.coder
                AND (p_op <> 'upsert' OR p_state->>'coder' = m.coder)
            WHEN p_kind = 'code' AND m.role = 'coder' THEN
                coalesce((SELECT value FROM marginalia.info WHERE key = 'coders_edit_codes'), 'yes') = 'yes'
            ELSE true
        END
        FROM marginalia.members m WHERE m.login = session_user), false)
$$;
ALTER TABLE marginalia.changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY changes_read ON marginalia.changes FOR SELECT USING (true);
CREATE POLICY changes_write ON marginalia.changes FOR INSERT
    WITH CHECK (marginalia.may_write(kind, object_key, op, author, state));
-- Adds a member: grants the login the project's group role for `role` and records its coder name.
CREATE FUNCTION marginalia.add_member(p_login text, p_coder text, p_role text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_role NOT IN ('owner', 'supervisor', 'coder', 'reader') THEN
        RAISE EXCEPTION 'unknown role %', p_role;
    END IF;
    EXECUTE format('GRANT %I TO %I', current_database() || '_' || p_role, p_login);
    INSERT INTO marginalia.members(login, coder, role) VALUES (p_login, p_coder, p_role)
        ON CONFLICT (login) DO UPDATE SET coder = excluded.coder, role = excluded.role;
END $$;
)SQL";

// Version 2, on top of version 1 (a new project runs both; a version 1 server is upgraded by its owner):
// blind coding rounds and removing members.
//
// A round is a set of documents (their GUIDs) that an owner or supervisor opens; while it is open, a
// coding change on one of its documents is marked with the round (changes.round_id, set by the
// trigger below whatever the client sends) and only owners, supervisors and the coding's own coder may
// read it (the SELECT policy). A coder's pull therefore passes over the marked rows and its watermark
// moves beyond them: closing the round appends every marked change again as a new, unmarked change
// (its GUID derived from the original's and the round's, same origin, author and state, in log order),
// so every working copy receives them after its watermark. The marked originals stay hidden from the
// others for good: a copy joined later gets the copies, in the same place of the log as everyone else.
const char *const kSchemaV2 = R"SQL(
CREATE TABLE marginalia.rounds(
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    documents  text[] NOT NULL,
    opened_by  text NOT NULL,
    opened_at  timestamptz NOT NULL DEFAULT now(),
    closed_by  text,
    closed_at  timestamptz,
    delivered  bigint);
CREATE UNIQUE INDEX rounds_one_open ON marginalia.rounds((true)) WHERE closed_at IS NULL;
-- redelivered: appended again by close_round (not a new change by anyone: not a side of a conflict).
ALTER TABLE marginalia.changes ADD COLUMN round_id bigint REFERENCES marginalia.rounds(id),
    ADD COLUMN redelivered boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT changes_round_codings CHECK (round_id IS NULL OR kind = 'coding');
CREATE INDEX changes_round ON marginalia.changes(round_id, xid, id) WHERE round_id IS NOT NULL;
-- A removed member keeps its row (its coder name stays taken: its past changes name it), without a role.
ALTER TABLE marginalia.members ADD COLUMN removed_at timestamptz;

-- The role of the login connected now: owner for the tables' owner and superusers, else its membership.
CREATE FUNCTION marginalia.member_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
             OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'marginalia.changes'::regclass),
                            'MEMBER') THEN 'owner'
        ELSE (SELECT role FROM marginalia.members WHERE login = session_user AND removed_at IS NULL)
    END
$$;
CREATE FUNCTION marginalia.member_coder() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT coder FROM marginalia.members WHERE login = session_user), session_user::text)
$$;

-- Marks a coding change made on a document of the open round. Reads past the policies (definer): the
-- document of a deleted coding is in its first upsert, whoever may read it. When it marks, it takes
-- the push lock, so closing the round (which takes it too) waits for every transaction that marked.
CREATE FUNCTION marginalia.mark_round() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    open_round marginalia.rounds%ROWTYPE;
    doc text;
BEGIN
    NEW.round_id := NULL;
    SELECT * INTO open_round FROM marginalia.rounds WHERE closed_at IS NULL;
    IF NOT FOUND THEN
        RETURN NEW;
    END IF;
    doc := NEW.state->>'document';
    IF doc IS NULL THEN
        SELECT c.state->>'document' INTO doc FROM marginalia.changes c
        WHERE c.kind = 'coding' AND c.object_key = NEW.object_key AND c.op = 'upsert' ORDER BY c.xid, c.id LIMIT 1;
    END IF;
    IF doc IS NULL OR NOT doc = ANY (open_round.documents) THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(7236183, 1);
    -- Closed while this waited for the lock? Then the change is not hidden.
    IF EXISTS (SELECT 1 FROM marginalia.rounds WHERE id = open_round.id AND closed_at IS NULL) THEN
        NEW.round_id := open_round.id;
    END IF;
    RETURN NEW;
END $$;
-- The trigger that calls it exists only while a round is open (open_round creates it, close_round
-- drops it): publishing and pushes outside rounds pay nothing for rounds.

-- Who reads a marked change: owners, supervisors and the coder whose coding it is.
CREATE FUNCTION marginalia.sees_round_coding(p_coder text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM marginalia.members m WHERE m.login = session_user AND m.removed_at IS NULL
                   AND (m.role IN ('owner', 'supervisor') OR m.coder = p_coder))
$$;
DROP POLICY changes_read ON marginalia.changes;
CREATE POLICY changes_read ON marginalia.changes FOR SELECT
    USING (round_id IS NULL OR marginalia.sees_round_coding(coalesce(state->>'coder', author)));

-- may_write reads the log past the read policy (a hidden coding is still another coder's) and ignores
-- removed members.
CREATE OR REPLACE FUNCTION marginalia.may_write(p_kind text, p_key text, p_op text, p_author text, p_state jsonb)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((
        SELECT CASE
            WHEN m.role = 'owner' THEN true
            WHEN m.role = 'reader' THEN false
            WHEN p_author IS DISTINCT FROM m.coder THEN false
            WHEN p_kind = 'coding' THEN
                coalesce((SELECT c.state->>'coder' FROM marginalia.changes c
                          WHERE c.kind = 'coding' AND c.object_key = p_key AND c.op = 'upsert'
                          ORDER BY c.xid, c.id LIMIT 1), p_state->>'coder') = m.coder
                AND (p_op <> 'upsert' OR p_state->>'coder' = m.coder)
            WHEN p_kind = 'code' AND m.role = 'coder' THEN
                coalesce((SELECT value FROM marginalia.info WHERE key = 'coders_edit_codes'), 'yes') = 'yes'
            ELSE true
        END
        FROM marginalia.members m WHERE m.login = session_user AND m.removed_at IS NULL), false)
$$;

CREATE FUNCTION marginalia.open_round(p_name text, p_documents text[]) RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    opened bigint;
BEGIN
    IF coalesce(marginalia.member_role(), '') NOT IN ('owner', 'supervisor') THEN
        RAISE EXCEPTION 'only an owner or a supervisor opens a blind round' USING ERRCODE = '42501';
    END IF;
    IF coalesce(array_length(p_documents, 1), 0) = 0 THEN
        RAISE EXCEPTION 'a blind round needs at least one document';
    END IF;
    PERFORM pg_advisory_xact_lock(7236183, 1);
    IF EXISTS (SELECT 1 FROM marginalia.rounds WHERE closed_at IS NULL) THEN
        RAISE EXCEPTION 'the blind round "%" is open already; close it first',
            (SELECT name FROM marginalia.rounds WHERE closed_at IS NULL);
    END IF;
    INSERT INTO marginalia.rounds(name, documents, opened_by) VALUES (p_name, p_documents, marginalia.member_coder())
        RETURNING id INTO opened;
    DROP TRIGGER IF EXISTS changes_mark_round ON marginalia.changes;
    CREATE TRIGGER changes_mark_round BEFORE INSERT ON marginalia.changes
        FOR EACH ROW WHEN (NEW.kind = 'coding') EXECUTE FUNCTION marginalia.mark_round();
    RETURN opened;
END $$;

-- Closes the open round and delivers what it hid: every marked change again, unmarked, in log order.
CREATE FUNCTION marginalia.close_round() RETURNS bigint LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    closing bigint;
    delivered_count bigint;
BEGIN
    IF coalesce(marginalia.member_role(), '') NOT IN ('owner', 'supervisor') THEN
        RAISE EXCEPTION 'only an owner or a supervisor closes a blind round' USING ERRCODE = '42501';
    END IF;
    PERFORM pg_advisory_xact_lock(7236183, 1);
    UPDATE marginalia.rounds SET closed_at = now(), closed_by = marginalia.member_coder()
        WHERE closed_at IS NULL RETURNING id INTO closing;
    IF closing IS NULL THEN
        RAISE EXCEPTION 'no blind round is open';
    END IF;
    DROP TRIGGER IF EXISTS changes_mark_round ON marginalia.changes;
    INSERT INTO marginalia.changes(change_guid, origin, author, kind, object_key, op, state, base_xid, base_id,
                                   redelivered)
        SELECT md5(c.change_guid::text || '/round/' || closing)::uuid, c.origin, c.author, c.kind, c.object_key,
               c.op, c.state, c.base_xid, c.base_id, true
        FROM marginalia.changes c WHERE c.round_id = closing ORDER BY c.xid, c.id;
    GET DIAGNOSTICS delivered_count = ROW_COUNT;
    UPDATE marginalia.rounds SET delivered = delivered_count WHERE id = closing;
    RETURN delivered_count;
END $$;

-- Removes a member: revokes its group role (it can no longer read or write anything of the project)
-- and keeps its row, marked removed; its past changes stay in the log. The last owner stays.
CREATE FUNCTION marginalia.remove_member(p_login text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    member marginalia.members%ROWTYPE;
BEGIN
    SELECT * INTO member FROM marginalia.members WHERE login = p_login AND removed_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a member of this team project', p_login;
    END IF;
    IF member.role = 'owner' AND NOT EXISTS (SELECT 1 FROM marginalia.members
                                            WHERE role = 'owner' AND removed_at IS NULL AND login <> p_login) THEN
        RAISE EXCEPTION '% is the last owner of this team project; make another member an owner first', p_login;
    END IF;
    EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || member.role, p_login);
    UPDATE marginalia.members SET removed_at = now() WHERE login = p_login;
    RETURN member.coder;
END $$;
-- add_member gives a removed member its place back.
CREATE OR REPLACE FUNCTION marginalia.add_member(p_login text, p_coder text, p_role text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    previous text;
BEGIN
    IF p_role NOT IN ('owner', 'supervisor', 'coder', 'reader') THEN
        RAISE EXCEPTION 'unknown role %', p_role;
    END IF;
    SELECT role INTO previous FROM marginalia.members WHERE login = p_login AND removed_at IS NULL;
    IF previous IS NOT NULL AND previous <> p_role THEN
        EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || previous, p_login);
    END IF;
    EXECUTE format('GRANT %I TO %I', current_database() || '_' || p_role, p_login);
    INSERT INTO marginalia.members(login, coder, role) VALUES (p_login, p_coder, p_role)
        ON CONFLICT (login) DO UPDATE SET coder = excluded.coder, role = excluded.role, removed_at = NULL;
END $$;
)SQL";

// Version 2's grants, after the roles exist (run after kRolesV1, and when a version 1 server is
// upgraded): everyone reads the rounds; writers insert only the columns a change is made of, so
// nobody can give a change an old xid (it would land behind readers' watermarks and never be pulled)
// or a round of its own (the trigger sets it, and exists only while a round is open).
const char *const kGrantsV2 = R"SQL(
DO $$
DECLARE
    r text;
    name text;
BEGIN
    FOREACH r IN ARRAY ARRAY['owner', 'supervisor', 'coder', 'reader'] LOOP
        name := current_database() || '_' || r;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('GRANT SELECT ON marginalia.rounds TO %I', name);
            IF r <> 'reader' THEN
                EXECUTE format('REVOKE INSERT ON marginalia.changes FROM %I', name);
                EXECUTE format('GRANT INSERT (change_guid, origin, author, kind, object_key, op, state, base_xid, '
                               'base_id) ON marginalia.changes TO %I', name);
            END IF;
        END IF;
    END LOOP;
END $$;
)SQL";

// The project's group roles and what each may touch. Run when the publisher may create roles.
const char *const kRolesV1 = R"SQL(
DO $$
DECLARE
    r text;
    name text;
BEGIN
    FOREACH r IN ARRAY ARRAY['owner', 'supervisor', 'coder', 'reader'] LOOP
        name := current_database() || '_' || r;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA marginalia TO %I', name);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA marginalia TO %I', name);
    END LOOP;
    FOREACH r IN ARRAY ARRAY['owner', 'supervisor', 'coder'] LOOP
        name := current_database() || '_' || r;
        EXECUTE format('GRANT INSERT ON marginalia.changes, marginalia.texts TO %I', name);
        EXECUTE format('GRANT USAGE ON SEQUENCE marginalia.changes_id_seq TO %I', name);
    END LOOP;
END $$;
)SQL";

// The push lock: one key for the project (a database holds one). Advisory, per transaction.
constexpr const char *kPushLock = "SELECT pg_advisory_xact_lock(7236183, 1)";

// A change read from kChangeColumns, starting at column `at`.
ChangeRecord readChange(const PgRows &rows, int row, int at = 0)
{
    ChangeRecord change;
    change.position.id = rows.int64(row, at + 0);
    change.position.xid = rows.text(row, at + 1);
    change.guid = rows.text(row, at + 2);
    change.origin = rows.text(row, at + 3);
    change.author = rows.text(row, at + 4);
    change.kind = rows.text(row, at + 5);
    change.key = rows.text(row, at + 6);
    change.op = rows.text(row, at + 7);
    if (!rows.isNull(row, at + 8))
        change.state = JsonText::parse(rows.bytes(row, at + 8)).object();
    change.sentAt = rows.text(row, at + 9);
    return change;
}

// A PostgreSQL array literal of text values (NULL for a missing one), for one parameter that
// carries a column of many rows: every element quoted, '"' and '\' escaped.
QByteArray arrayLiteral(const std::vector<PgParam> &values)
{
    QByteArray literal("{");
    for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            literal.append(',');
        if (!values[i]) {
            literal.append("NULL");
            continue;
        }
        literal.append('"');
        for (const char c : *values[i]) {
            if (c == '"' || c == '\\')
                literal.append('\\');
            literal.append(c);
        }
        literal.append('"');
    }
    literal.append('}');
    return literal;
}

QByteArray stateText(const ChangeRecord &change)
{
    return change.state.isEmpty() && change.op == u"delete" ? QByteArray()
                                                            : QJsonDocument(change.state).toJson(QJsonDocument::Compact);
}

// Its xid::text is named xid: an ORDER BY next to it must say changes.xid, or it sorts the text
// ("1000" before "999") instead of the transaction ids, and cannot use the index.
constexpr const char *kChangeColumns =
    "id, xid::text, change_guid::text, origin::text, author, kind, object_key, op, state::text, "
    "to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

} // namespace

std::optional<LogPosition> LogPosition::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool xidOk = false;
    bool idOk = false;
    LogPosition position;
    position.xid = text.left(colon);
    position.xid.toULongLong(&xidOk);
    position.id = text.mid(colon + 1).toLongLong(&idOk);
    if (!xidOk || !idOk || position.id < 0)
        return std::nullopt;
    return position;
}

Result<void> TeamServer::createProject(const QString &projectGuid, const QString &name, const QString &ownerCoder,
                                       int version)
{
    // Inside the caller's transaction when there is one (publishing creates and fills in one).
    const bool own = !m_db.inTransaction();
    PgTransaction transaction(m_db);
    if (own) {
        if (auto ok = transaction.begin(); !ok)
            return ok;
    }
    auto exists = m_db.query("SELECT to_regclass('marginalia.info') IS NOT NULL");
    if (!exists)
        return failure(exists.error());
    if (exists->text(0, 0) == u"t") {
        auto current = project();
        return failure(QStringLiteral("The database at %1 already holds the team project \"%2\"; "
                                      "use an empty database for a new one.")
                           .arg(m_db.safeUrl(), current ? current->name : QStringLiteral("?")));
    }
    if (auto ok = m_db.execScript(kSchemaV1); !ok)
        return ok;
    m_schemaVersion = version;
    if (version >= 2) {
        if (auto ok = m_db.execScript(kSchemaV2); !ok)
            return ok;
    }
    auto mayCreateRoles = m_db.query("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user");
    if (!mayCreateRoles)
        return failure(mayCreateRoles.error());
    if (mayCreateRoles->size() == 1 && mayCreateRoles->text(0, 0) == u"t") {
        if (auto ok = m_db.execScript(kRolesV1); !ok)
            return ok;
        if (version >= 2) {
            if (auto ok = m_db.execScript(kGrantsV2); !ok)
                return ok;
        }
        if (!ownerCoder.isEmpty()) {
            if (auto ok = m_db.run("SELECT marginalia.add_member(current_user, $1, 'owner')", {pgText(ownerCoder)}); !ok)
                return ok;
        }
    }
    for (const auto &[key, value] : {std::pair{QStringLiteral("schema_version"), QString::number(version)},
                                     std::pair{QStringLiteral("project_guid"), projectGuid},
                                     std::pair{QStringLiteral("project_name"), name},
                                     std::pair{QStringLiteral("created"),
                                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}) {
        if (auto ok = m_db.run("INSERT INTO marginalia.info(key, value) VALUES ($1, $2)", {pgText(key), pgText(value)});
            !ok)
            return ok;
    }
    return own ? transaction.commit() : Result<void>();
}

Result<ServerProject> TeamServer::project()
{
    auto exists = m_db.query("SELECT to_regclass('marginalia.info') IS NOT NULL");
    if (!exists)
        return failure(exists.error());
    if (exists->text(0, 0) != u"t")
        return failure(QStringLiteral("The database at %1 holds no Marginalia team project (publish one there first).")
                           .arg(m_db.safeUrl()));
    auto rows = m_db.query("SELECT key, value FROM marginalia.info");
    if (!rows)
        return failure(rows.error());
    ServerProject result;
    for (int row = 0; row < rows->size(); ++row) {
        const QString key = rows->text(row, 0);
        if (key == u"schema_version")
            result.schemaVersion = rows->text(row, 1).toInt();
        else if (key == u"project_guid")
            result.guid = rows->text(row, 1);
        else if (key == u"project_name")
            result.name = rows->text(row, 1);
    }
    if (result.schemaVersion > kSchemaVersion)
        return failure(QStringLiteral("The team project at %1 was made by a newer Marginalia (server format %2; this "
                                      "version knows up to %3): update Marginalia to work on it.")
                           .arg(m_db.safeUrl())
                           .arg(result.schemaVersion)
                           .arg(kSchemaVersion));
    if (result.schemaVersion < 1 || result.guid.isEmpty())
        return failure(QStringLiteral("The database at %1 holds an incomplete Marginalia team project.").arg(m_db.safeUrl()));
    if (result.schemaVersion < kSchemaVersion) {
        auto upgraded = upgrade(result.schemaVersion);
        if (!upgraded)
            return failure(upgraded.error());
        result.schemaVersion = *upgraded;
    }
    m_schemaVersion = result.schemaVersion;
    return result;
}

Result<int> TeamServer::upgrade(int from)
{
    // Only the tables' owner (or a superuser) may change them; anyone else works on the older
    // version until the owner connects (version 1 lacks blind rounds and removing members).
    auto owns = m_db.query("SELECT c.relowner = r.oid OR r.rolsuper FROM pg_class c, pg_roles r "
                           "WHERE c.oid = 'marginalia.changes'::regclass AND r.rolname = current_user");
    if (!owns)
        return failure(owns.error());
    if (owns->size() != 1 || owns->text(0, 0) != u"t")
        return from;
    const bool own = !m_db.inTransaction();
    PgTransaction transaction(m_db);
    if (own) {
        if (auto ok = transaction.begin(); !ok)
            return failure(ok.error());
    }
    // Two owners upgrading at once: the second waits here and finds it done.
    if (auto ok = m_db.run(kPushLock); !ok)
        return failure(ok.error());
    auto version = m_db.query("SELECT value::int FROM marginalia.info WHERE key = 'schema_version'");
    if (!version)
        return failure(version.error());
    if (version->size() == 1 && version->text(0, 0).toInt() < 2) {
        if (auto ok = m_db.execScript(kSchemaV2); !ok)
            return failure(ok.error());
        if (auto ok = m_db.execScript(kGrantsV2); !ok)
            return failure(ok.error());
    }
    if (auto ok = m_db.run("UPDATE marginalia.info SET value = $1 WHERE key = 'schema_version'",
                           {pgText(QString::number(kSchemaVersion))});
        !ok)
        return failure(ok.error());
    if (own) {
        if (auto ok = transaction.commit(); !ok)
            return failure(ok.error());
    }
    return kSchemaVersion;
}

Result<void> TeamServer::requireVersion(int version, const QString &what)
{
    auto current = project();
    if (!current)
        return failure(current.error());
    if (current->schemaVersion < version)
        return failure(QStringLiteral("The team project at %1 is kept in an older server format (%2) that has no %3; "
                                      "it is brought up to date when one of its owners syncs or joins once.")
                           .arg(m_db.safeUrl())
                           .arg(current->schemaVersion)
                           .arg(what));
    return {};
}

Result<void> TeamServer::removeMember(const QString &login)
{
    if (auto ok = requireVersion(2, QStringLiteral("removing of members")); !ok)
        return ok;
    const bool own = !m_db.inTransaction();
    PgTransaction transaction(m_db);
    if (own) {
        if (auto ok = transaction.begin(); !ok)
            return ok;
    }
    if (auto ok = m_db.run("SELECT marginalia.remove_member($1)", {pgText(login)}); !ok)
        return ok;
    return own ? transaction.commit() : Result<void>();
}

Result<std::vector<TeamMember>> TeamServer::members()
{
    auto rows = m_db.query("SELECT login, coder, role, removed_at IS NOT NULL FROM marginalia.members ORDER BY login");
    if (!rows)
        return failure(rows.error());
    std::vector<TeamMember> result;
    for (int row = 0; row < rows->size(); ++row)
        result.push_back({rows->text(row, 0), rows->text(row, 1), rows->text(row, 2), rows->text(row, 3) == u"t"});
    return result;
}

Result<qint64> TeamServer::openRound(const QString &name, const QStringList &documentGuids)
{
    if (auto ok = requireVersion(2, QStringLiteral("blind rounds")); !ok)
        return failure(ok.error());
    const bool own = !m_db.inTransaction();
    PgTransaction transaction(m_db);
    if (own) {
        if (auto ok = transaction.begin(); !ok)
            return failure(ok.error());
    }
    const QByteArray documents = QJsonDocument(QJsonArray::fromStringList(documentGuids)).toJson(QJsonDocument::Compact);
    auto opened = m_db.query("SELECT marginalia.open_round($1, ARRAY(SELECT jsonb_array_elements_text($2::jsonb)))",
                             {pgText(name), PgParam(documents)});
    if (!opened)
        return failure(opened.error());
    if (own) {
        if (auto ok = transaction.commit(); !ok)
            return failure(ok.error());
    }
    return opened->int64(0, 0);
}

Result<qint64> TeamServer::closeRound()
{
    if (auto ok = requireVersion(2, QStringLiteral("blind rounds")); !ok)
        return failure(ok.error());
    const bool own = !m_db.inTransaction();
    PgTransaction transaction(m_db);
    if (own) {
        if (auto ok = transaction.begin(); !ok)
            return failure(ok.error());
    }
    auto delivered = m_db.query("SELECT marginalia.close_round()");
    if (!delivered)
        return failure(delivered.error());
    if (own) {
        if (auto ok = transaction.commit(); !ok)
            return failure(ok.error());
    }
    return delivered->int64(0, 0);
}

Result<std::optional<ServerRound>> TeamServer::openRoundInfo()
{
    auto version = project();
    if (!version)
        return failure(version.error());
    if (version->schemaVersion < 2)
        return std::optional<ServerRound>();
    auto rows = m_db.query("SELECT id, name, array_to_json(documents)::text, opened_by, "
                           "to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                           "FROM marginalia.rounds WHERE closed_at IS NULL");
    if (!rows)
        return failure(rows.error());
    if (rows->size() == 0)
        return std::optional<ServerRound>();
    ServerRound round;
    round.id = rows->int64(0, 0);
    round.name = rows->text(0, 1);
    for (const QJsonValue &document : JsonText::parse(rows->bytes(0, 2)).array())
        round.documents << document.toString();
    round.openedBy = rows->text(0, 3);
    round.openedAt = rows->text(0, 4);
    return std::optional<ServerRound>(round);
}

Result<void> TeamServer::listen()
{
    return m_db.execScript("LISTEN marginalia_changes");
}

Result<void> TeamServer::addMember(const QString &login, const QString &coder, const QString &role)
{
    // In a transaction (the caller's, or one of its own) so that its commit is durable (see
    // PgConnection::begin).
    const bool own = !m_db.inTransaction();
    PgTransaction transaction(m_db);
    if (own) {
        if (auto ok = transaction.begin(); !ok)
            return ok;
    }
    if (auto ok = m_db.run("SELECT marginalia.add_member($1, $2, $3)", {pgText(login), pgText(coder), pgText(role)}); !ok)
        return ok;
    return own ? transaction.commit() : Result<void>();
}

Result<void> TeamServer::beginPush()
{
    if (auto ok = m_db.begin(); !ok)
        return ok;
    if (auto ok = m_db.run(kPushLock); !ok) {
        m_db.rollback();
        return ok;
    }
    return {};
}

Result<TeamServer::Appended> TeamServer::append(const ChangeRecord &change, const LogPosition &base,
                                                bool checkConflicts)
{
    const QByteArray state = stateText(change);
    auto inserted = m_db.query(
        "INSERT INTO marginalia.changes(change_guid, origin, author, kind, object_key, op, state, base_xid, base_id) "
        "VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::jsonb, $8::xid8, $9::bigint) "
        "ON CONFLICT (change_guid) DO NOTHING RETURNING id",
        {pgText(change.guid), pgText(change.origin), pgText(change.author), pgText(change.kind), pgText(change.key),
         pgText(change.op), state.isNull() ? PgParam() : PgParam(state), pgText(base.xid), pgInt(base.id)});
    if (!inserted)
        return failure(inserted.error());
    Appended result;
    result.added = inserted->size() == 1;
    if (!result.added || !checkConflicts || change.op == u"note")
        return result;
    // What a closed round delivered again is no one's new change (version 2 on).
    auto other = m_db.query(std::string("SELECT ") + kChangeColumns
                                + " FROM marginalia.changes WHERE kind = $1 AND object_key = $2 AND origin <> $3::uuid "
                                  "AND op <> 'note' AND (xid, id) > ($4::xid8, $5::bigint) "
                                + (m_schemaVersion >= 2 ? "AND NOT redelivered " : "")
                                + "ORDER BY changes.xid DESC, changes.id DESC LIMIT 1",
                            {pgText(change.kind), pgText(change.key), pgText(change.origin), pgText(base.xid),
                             pgInt(base.id)});
    if (!other)
        return failure(other.error());
    if (other->size() == 1)
        result.concurrent = readChange(*other, 0);
    return result;
}

Result<std::vector<TeamServer::Appended>> TeamServer::appendAll(const std::vector<Outgoing> &changes,
                                                                bool checkConflicts)
{
    std::vector<Appended> results(changes.size());
    if (changes.empty())
        return results;
    // One column of values per parameter (unnest): the statement is prepared once, whatever the count.
    std::vector<std::vector<PgParam>> columns(9);
    for (auto &column : columns)
        column.reserve(changes.size());
    for (const Outgoing &outgoing : changes) {
        const ChangeRecord &change = *outgoing.change;
        const QByteArray state = stateText(change);
        columns[0].push_back(pgText(change.guid));
        columns[1].push_back(pgText(change.origin));
        columns[2].push_back(pgText(change.author));
        columns[3].push_back(pgText(change.kind));
        columns[4].push_back(pgText(change.key));
        columns[5].push_back(pgText(change.op));
        columns[6].push_back(state.isNull() ? PgParam() : PgParam(state));
        columns[7].push_back(pgText(outgoing.base.xid));
        columns[8].push_back(pgInt(outgoing.base.id));
    }
    std::vector<PgParam> params;
    for (const auto &column : columns)
        params.push_back(arrayLiteral(column));
    // Inserted in the given order (ORDER BY n: the ids follow it, and so does the log within this
    // transaction's xid). The conflict check reads the log as it was before the statement (the rows
    // it inserts are this copy's, which the check leaves out anyway), as append's check does.
    std::string sql =
        "WITH v AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], "
        "$7::jsonb[], $8::xid8[], $9::bigint[]) WITH ORDINALITY AS v(change_guid, origin, author, kind, object_key, op, "
        "state, base_xid, base_id, n)), "
        "ins AS (INSERT INTO marginalia.changes(change_guid, origin, author, kind, object_key, op, state, base_xid, "
        "base_id) SELECT change_guid, origin, author, kind, object_key, op, state, base_xid, base_id FROM v ORDER BY n "
        "ON CONFLICT (change_guid) DO NOTHING RETURNING change_guid) "
        "SELECT v.n";
    if (checkConflicts) {
        sql += std::string(", c.* FROM v JOIN ins ON ins.change_guid = v.change_guid LEFT JOIN LATERAL (SELECT ")
            + kChangeColumns
            + " FROM marginalia.changes WHERE changes.kind = v.kind AND changes.object_key = v.object_key "
              "AND changes.origin <> v.origin AND changes.op <> 'note' "
              "AND (changes.xid, changes.id) > (v.base_xid, v.base_id) "
            + (m_schemaVersion >= 2 ? "AND NOT changes.redelivered " : "")
            + "ORDER BY changes.xid DESC, changes.id DESC LIMIT 1) c ON v.op <> 'note' ORDER BY v.n";
    } else {
        sql += " FROM v JOIN ins ON ins.change_guid = v.change_guid ORDER BY v.n";
    }
    auto rows = m_db.query(sql, params);
    if (!rows)
        return failure(rows.error());
    for (int row = 0; row < rows->size(); ++row) {
        const qint64 n = rows->int64(row, 0);
        if (n < 1 || n > static_cast<qint64>(results.size()))
            return failure(QStringLiteral("The team server %1 answered a push with a change it was not sent (%2).")
                               .arg(m_db.safeUrl())
                               .arg(n));
        Appended &result = results[static_cast<size_t>(n - 1)];
        result.added = true;
        if (checkConflicts && !rows->isNull(row, 1))
            result.concurrent = readChange(*rows, row, 1);
    }
    return results;
}

Result<void> TeamServer::addText(const QString &contentHash, const QString &text)
{
    return m_db.run("INSERT INTO marginalia.texts(content_hash, body) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    {pgText(contentHash), pgText(text)});
}

Result<void> TeamServer::commitPush()
{
    return m_db.commit();
}

Result<bool> TeamServer::mayWrite(const ChangeRecord &change)
{
    if (!m_ownsTables) {
        auto owns = m_db.query("SELECT c.relowner = r.oid OR r.rolsuper FROM pg_class c, pg_roles r "
                               "WHERE c.oid = 'marginalia.changes'::regclass AND r.rolname = current_user");
        if (!owns)
            return failure(owns.error());
        m_ownsTables = owns->size() == 1 && owns->text(0, 0) == u"t";
    }
    if (*m_ownsTables)
        return true;
    const QByteArray state = QJsonDocument(change.state).toJson(QJsonDocument::Compact);
    auto may = m_db.query("SELECT marginalia.may_write($1, $2, $3, $4, $5::jsonb)",
                          {pgText(change.kind), pgText(change.key), pgText(change.op), pgText(change.author),
                           PgParam(state)});
    if (!may)
        return failure(may.error());
    return may->size() == 1 && may->text(0, 0) == u"t";
}

Result<std::vector<bool>> TeamServer::mayWriteAll(const std::vector<const ChangeRecord *> &changes)
{
    if (changes.empty())
        return std::vector<bool>();
    if (!m_ownsTables) {
        // Asked once per connection, by mayWrite.
        if (auto may = mayWrite(*changes.front()); !may)
            return failure(may.error());
    }
    if (*m_ownsTables)
        return std::vector<bool>(changes.size(), true);
    std::vector<std::vector<PgParam>> columns(5);
    for (const ChangeRecord *change : changes) {
        columns[0].push_back(pgText(change->kind));
        columns[1].push_back(pgText(change->key));
        columns[2].push_back(pgText(change->op));
        columns[3].push_back(pgText(change->author));
        columns[4].push_back(QJsonDocument(change->state).toJson(QJsonDocument::Compact));
    }
    std::vector<PgParam> params;
    for (const auto &column : columns)
        params.push_back(arrayLiteral(column));
    auto rows = m_db.query("SELECT coalesce(marginalia.may_write(kind, object_key, op, author, state), false) "
                           "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[]) "
                           "WITH ORDINALITY AS v(kind, object_key, op, author, state, n) ORDER BY n",
                           params);
    if (!rows)
        return failure(rows.error());
    if (rows->size() != static_cast<int>(changes.size()))
        return failure(QStringLiteral("The team server %1 answered %2 of %3 permission checks.")
                           .arg(m_db.safeUrl())
                           .arg(rows->size())
                           .arg(changes.size()));
    std::vector<bool> allowed;
    allowed.reserve(changes.size());
    for (int row = 0; row < rows->size(); ++row)
        allowed.push_back(rows->text(row, 0) == u"t");
    return allowed;
}

void TeamServer::abandonPush()
{
    m_db.rollback();
}

Result<std::vector<ChangeRecord>> TeamServer::pull(const LogPosition &after, int limit)
{
    const bool marked = m_schemaVersion >= 2;
    auto rows = m_db.query(std::string("SELECT ") + kChangeColumns + (marked ? ", redelivered" : "")
                               + " FROM marginalia.changes WHERE (xid, id) > ($1::xid8, $2::bigint) "
                                 "AND xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY changes.xid, changes.id LIMIT $3",
                           {pgText(after.xid), pgInt(after.id), pgInt(limit)});
    if (!rows)
        return failure(rows.error());
    std::vector<ChangeRecord> changes;
    changes.reserve(static_cast<size_t>(rows->size()));
    for (int row = 0; row < rows->size(); ++row) {
        changes.push_back(readChange(*rows, row));
        changes.back().redelivered = marked && rows->text(row, 10) == u"t";
    }
    return changes;
}

Result<qint64> TeamServer::countAfter(const LogPosition &after)
{
    auto rows = m_db.query("SELECT count(*) FROM marginalia.changes WHERE (xid, id) > ($1::xid8, $2::bigint) "
                           "AND xid < pg_snapshot_xmin(pg_current_snapshot())",
                           {pgText(after.xid), pgInt(after.id)});
    if (!rows)
        return failure(rows.error());
    return rows->int64(0, 0);
}

Result<std::optional<QString>> TeamServer::text(const QString &contentHash)
{
    auto rows = m_db.query("SELECT body FROM marginalia.texts WHERE content_hash = $1", {pgText(contentHash)});
    if (!rows)
        return failure(rows.error());
    if (rows->size() == 0)
        return std::optional<QString>();
    return std::optional<QString>(rows->text(0, 0));
}

Result<std::optional<ChangeRecord>> TeamServer::lastChange(const QString &kind, const QString &key)
{
    if (const auto known = m_lastChanges.find({kind, key}); known != m_lastChanges.end())
        return known->second;
    auto rows = m_db.query(std::string("SELECT ") + kChangeColumns
                               + " FROM marginalia.changes WHERE kind = $1 AND object_key = $2 AND op <> 'note' "
                                 "ORDER BY changes.xid DESC, changes.id DESC LIMIT 1",
                           {pgText(kind), pgText(key)});
    if (!rows)
        return failure(rows.error());
    if (rows->size() == 0)
        return std::optional<ChangeRecord>();
    return std::optional<ChangeRecord>(readChange(*rows, 0));
}

Result<void> TeamServer::prefetchLastChanges(const std::vector<std::pair<QString, QString>> &objects)
{
    if (objects.empty())
        return {};
    std::vector<PgParam> kinds;
    std::vector<PgParam> keys;
    for (const auto &[kind, key] : objects) {
        kinds.push_back(pgText(kind));
        keys.push_back(pgText(key));
    }
    // Each object's last change through the (kind, object_key, xid, id) index, as lastChange reads it.
    auto rows = m_db.query(std::string("SELECT l.*, v.n FROM unnest($1::text[], $2::text[]) WITH ORDINALITY "
                                       "AS v(kind, object_key, n) CROSS JOIN LATERAL (SELECT ")
                               + kChangeColumns
                               + " FROM marginalia.changes WHERE changes.kind = v.kind AND changes.object_key = "
                                 "v.object_key AND changes.op <> 'note' ORDER BY changes.xid DESC, changes.id DESC "
                                 "LIMIT 1) l",
                           {arrayLiteral(kinds), arrayLiteral(keys)});
    if (!rows)
        return failure(rows.error());
    std::map<std::pair<QString, QString>, std::optional<ChangeRecord>> found;
    for (const auto &object : objects)
        found[object] = std::nullopt;   // no change of it in the log
    for (int row = 0; row < rows->size(); ++row) {
        const qint64 n = rows->int64(row, 10);
        if (n >= 1 && n <= static_cast<qint64>(objects.size()))
            found[objects[static_cast<size_t>(n - 1)]] = readChange(*rows, row);
    }
    for (auto &[key, change] : found)
        m_lastChanges.insert_or_assign(key, std::move(change));   // a newer answer replaces an older one
    return {};
}

Result<bool> TeamServer::codingPlaceTakenAfter(const ChangeRecord &upsert)
{
    if (const auto known = m_placesTaken.find(upsert.guid); known != m_placesTaken.end())
        return known->second;
    // jsonb containment compares numbers as numbers (12 and 12.0 are one place) and never fails on a
    // value of another type, as a cast of state->>'start' would on a damaged row.
    QJsonObject place;
    for (const char *field : {"document", "code", "coder", "start", "end"})
        place.insert(QLatin1StringView(field), upsert.state.value(QLatin1StringView(field)));
    auto rows = m_db.query("SELECT 1 FROM marginalia.changes WHERE (xid, id) > ($1::xid8, $2::bigint) "
                           "AND kind = 'coding' AND op = 'upsert' AND object_key <> $3 AND state @> $4::jsonb LIMIT 1",
                           {pgText(upsert.position.xid), pgInt(upsert.position.id), pgText(upsert.key),
                            PgParam(QJsonDocument(place).toJson(QJsonDocument::Compact))});
    if (!rows)
        return failure(rows.error());
    return rows->size() > 0;
}

Result<void> TeamServer::prefetchCodingPlaces(const std::vector<ChangeRecord> &upserts)
{
    std::vector<std::vector<PgParam>> columns(8);
    std::vector<const ChangeRecord *> asked;
    std::optional<std::pair<quint64, qint64>> earliest;   // the first position asked about
    for (const ChangeRecord &upsert : upserts) {
        if (upsert.kind != u"coding" || upsert.op != u"upsert" || upsert.guid.isEmpty())
            continue;
        // A state without one of the place's fields (a damaged or hand-made row) is left to the single question,
        // which leaves that field out of its match, where the array here would ask for JSON null.
        bool whole = true;
        for (const char *field : {"document", "code", "coder", "start", "end"})
            whole = whole && upsert.state.contains(QLatin1StringView(field));
        bool isNumber = false;
        const quint64 xid = upsert.position.xid.toULongLong(&isNumber);
        if (!whole || !isNumber)
            continue;
        if (!earliest || std::pair{xid, upsert.position.id} < *earliest)
            earliest = std::pair{xid, upsert.position.id};
        const auto json = [&upsert](const char *field) {
            return PgParam(QJsonDocument(QJsonArray{upsert.state.value(QLatin1StringView(field))})
                               .toJson(QJsonDocument::Compact)
                               .chopped(1)
                               .mid(1));   // the value alone, as JSON
        };
        columns[0].push_back(pgText(upsert.key));
        columns[1].push_back(pgText(upsert.position.xid));
        columns[2].push_back(pgInt(upsert.position.id));
        columns[3].push_back(json("document"));
        columns[4].push_back(json("code"));
        columns[5].push_back(json("coder"));
        columns[6].push_back(json("start"));
        columns[7].push_back(json("end"));
        asked.push_back(&upsert);
    }
    if (asked.empty())
        return {};
    std::vector<PgParam> params;
    for (const auto &column : columns)
        params.push_back(arrayLiteral(column));
    params.push_back(pgText(QString::number(earliest->first)));
    params.push_back(pgInt(earliest->second));
    // Joined on the place's fields (jsonb equality: numbers as numbers), so the log's coding changes
    // after the first position asked about (the index changes_order: codings pulled lately ask about a short tail
    // of the log, not all of it) are read once for all of them, by a hash join rather than a nested loop over the log
    // per coding (queryInOnePass).
    auto rows = queryInOnePass("SELECT DISTINCT v.n FROM unnest($1::text[], $2::xid8[], $3::bigint[], $4::jsonb[], "
                           "$5::jsonb[], $6::jsonb[], $7::jsonb[], $8::jsonb[]) WITH ORDINALITY "
                           "AS v(object_key, xid, id, document, code, coder, start_at, end_at, n) "
                           "JOIN marginalia.changes c ON c.kind = 'coding' AND c.op = 'upsert' "
                           "AND c.state->'document' = v.document AND c.state->'code' = v.code "
                           "AND c.state->'coder' = v.coder AND c.state->'start' = v.start_at "
                           "AND c.state->'end' = v.end_at AND c.object_key <> v.object_key "
                           "AND (c.xid, c.id) > (v.xid, v.id) WHERE (c.xid, c.id) > ($9::xid8, $10::bigint)",
                           params);
    if (!rows)
        return failure(rows.error());
    for (const ChangeRecord *upsert : asked)
        m_placesTaken[upsert->guid] = false;
    for (int row = 0; row < rows->size(); ++row) {
        const qint64 n = rows->int64(row, 0);
        if (n >= 1 && n <= static_cast<qint64>(asked.size()))
            m_placesTaken[asked[static_cast<size_t>(n - 1)]->guid] = true;
    }
    return {};
}

Result<PgRows> TeamServer::queryInOnePass(std::string_view sql, const std::vector<PgParam> &params)
{
    // SET LOCAL lasts until the end of the transaction (or of the savepoint, rolled back to): the
    // session's other statements plan as before. Nothing here writes, so ending with a rollback
    // only drops the setting.
    const bool own = !m_db.inTransaction();
    auto rows = [&]() -> Result<PgRows> {
        if (auto ok = m_db.execScript(own ? "BEGIN; SET LOCAL enable_nestloop = off"
                                          : "SAVEPOINT one_pass; SET LOCAL enable_nestloop = off");
            !ok)
            return failure(ok.error());
        return m_db.query(sql, params);
    }();
    if (own) {
        m_db.rollback();
    } else if (auto ended = m_db.execScript("ROLLBACK TO SAVEPOINT one_pass; RELEASE SAVEPOINT one_pass"); !ended) {
        if (rows)
            return failure(ended.error());
    }
    return rows;
}

Result<std::optional<QJsonObject>> TeamServer::lastState(const QString &kind, const QString &key)
{
    auto rows = m_db.query("SELECT state::text FROM marginalia.changes WHERE kind = $1 AND object_key = $2 "
                           "AND op = 'upsert' ORDER BY xid DESC, id DESC LIMIT 1",
                           {pgText(kind), pgText(key)});
    if (!rows)
        return failure(rows.error());
    if (rows->size() == 0)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(JsonText::parse(rows->bytes(0, 0)).object());
}

} // namespace marginalia::team
