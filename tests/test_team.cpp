// Team projects on PostgreSQL (issue 15), against a real server started for the run
// (tests/PgTestCluster.h): the connection's sentences, the server schema, the change log's
// idempotence and ordering.

#include "PgTestCluster.h"

#include "analysis/Agreement.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/RowCounts.h"
#include "team/PgConnection.h"
#include "team/TeamServer.h"
#include "team/TeamSync.h"
#include "team/WorkingCopy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace marginalia;
using namespace marginalia::team;

namespace {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ChangeRecord change(const QString &kind, const QString &key, const QString &origin, const QJsonObject &state = {})
{
    ChangeRecord record;
    record.guid = guid();
    record.origin = origin;
    record.author = QStringLiteral("tester");
    record.kind = kind;
    record.key = key;
    record.op = QStringLiteral("upsert");
    record.state = state;
    return record;
}

// Everything a team shares, keyed by GUIDs and names (not local row ids), one sorted line per
// object: two working copies that converged give the same dump.
QStringList canonicalDump(Project &project)
{
    // memos: every change applied from the log (ChangeApplier) and every local edit moved the kept numbers of codings
    // and documents (RowCounts, format 4) by their triggers; they must equal the tables' counts on every copy.
    if (auto disagreement = RowCounts::disagreement(project.database()); !disagreement || *disagreement)
        qFatal("%s: kept row counts: %s", qPrintable(project.fileName()),
               qPrintable(disagreement ? **disagreement : disagreement.error()));
    QStringList lines;
    const char *queries[] = {
        "SELECT 'coder', name FROM coders",
        "SELECT 'document', guid, name, content_hash, length, ifnull(memo, '') FROM documents",
        "SELECT 'attribute', name, type FROM attributes",
        "SELECT 'value', d.guid, a.name, v.value FROM document_attributes v JOIN documents d ON d.id = v.document_id "
        "JOIN attributes a ON a.id = v.attribute_id",
        "SELECT 'code', c.guid, ifnull(p.guid, ''), c.name, c.color, c.description, ifnull(c.memo, '') FROM codes c "
        "LEFT JOIN codes p ON p.id = c.parent_id",
        "SELECT 'coding', c.guid, d.guid, k.guid, r.name, c.start, c.end, ifnull(c.memo, '') FROM codings c "
        "JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id",
        "SELECT 'case', guid, name FROM cases",
    };
    for (const char *sql : queries) {
        auto rows = project.database().prepare(sql);
        if (!rows)
            qFatal("%s", qPrintable(rows.error()));
        while (rows->step()) {
            QStringList fields;
            for (int column = 0; column < 8; ++column)
                fields << rows->text(column);
            lines << fields.join(u'|');
        }
    }
    lines.sort();
    return lines;
}

std::unique_ptr<Project> newProject(const QString &path, const QString &coder)
{
    auto project = Project::create(path);
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    (*project)->setCurrentCoder(coder);
    return std::move(*project);
}

qint64 addDocument(Project &project, const QString &name, const QString &text)
{
    NewDocument document;
    document.name = name;
    document.text = text;
    auto id = DocumentStore(project).add(document);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

qint64 addCode(Project &project, const QString &name, qint64 parent = 0)
{
    NewCode code;
    code.name = name;
    code.parentId = parent;
    auto id = Codebook(project).add(code);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

qint64 addCoding(Project &project, qint64 document, qint64 code, qint64 start, qint64 end)
{
    NewCoding coding;
    coding.documentId = document;
    coding.codeId = code;
    coding.start = start;
    coding.end = end;
    auto added = CodingStore(project).add(coding);
    if (!added)
        qFatal("%s", qPrintable(added.error()));
    return added->id;
}

qint64 idOf(Project &project, const char *table, const QString &name)
{
    auto row = project.database().prepare(std::string("SELECT id FROM ") + table + " WHERE name = ?1");
    if (!row)
        qFatal("%s", qPrintable(row.error()));
    row->bind(1, name);
    return row->step() ? row->int64(0) : 0;
}

QStringList rulesOf(Project &project)
{
    auto conflicts = WorkingCopy(project).conflicts();
    if (!conflicts)
        qFatal("%s", qPrintable(conflicts.error()));
    QStringList rules;
    for (const TeamConflict &conflict : *conflicts)
        rules << conflict.rule;
    return rules;
}

QString messagesOf(Project &project)
{
    auto conflicts = WorkingCopy(project).conflicts();
    QStringList messages;
    for (const TeamConflict &conflict : *conflicts)
        messages << conflict.message;
    return messages.join(u'\n');
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void badPasswordIsASentence();
    void serverDownIsASentence();
    void schemaIsCreatedOnceAndVersioned();
    void sendingAChangeTwiceAddsItOnce();
    void outOfOrderCommitsAreNeverSkipped();
    void concurrentChangeIsFoundAtPush();

    void publishJoinAndSyncConverge();
    void sendingAndApplyingTwiceChangeNothing();
    void undoIsSentAsAChange();
    void twoRenamesOfOneCode();
    void codeDeletedWhileSomeoneCodedWithIt();
    void attributeValueSetTwice();
    void sameDocumentImportedTwice();
    void crossedMovesMakeNoLoop();
    void cliPublishJoinSyncStatusAndOffline();
    void severalProcessesConverge();
    void rolesAreEnforcedByTheServer();
    void watchingCopyHearsOfChangesAtOnce();
    void killsAndServerStopsMidSyncLoseNothing();
    void acknowledgedPushSurvivesServerCrash();
    void blindRoundHidesOthersCodingsUntilClosed();
    void removedMemberIsRefusedAndItsChangesStay();
    void versionOneServerIsUpgradedByItsOwner();
    void verifyFullIsEncryptedAndRefusesAWrongServer();

private:
    // A new, empty database on the cluster; its URL.
    QString freshDatabase();
    // A PostgreSQL login (password: the cluster's) made a member of the project at url; the URL to
    // connect as it.
    QString memberLogin(const QString &url, const QString &login, const QString &coder, const QString &role);
    // Runs a query with psql as a login; its unaligned output (trimmed) or the error text, and the exit code.
    int psql(const QString &url, const QString &sql, QString *output);
    static int cli(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);

    // A project with two documents, a code tree, codings, an attribute value, published to a fresh
    // database, and a second working copy joined from it (coders alice and bob).
    struct Pair
    {
        std::unique_ptr<Project> alice;
        std::unique_ptr<Project> bob;
        QString url;
    };
    Pair publishedPair();
    static void sync(Project &project)
    {
        auto report = syncProject(project);
        QVERIFY2(report, report ? "" : qPrintable(report.error()));
    }

    PgTestCluster m_cluster;
    QTemporaryDir m_files;
    int m_databases = 0;
};

void TestTeam::initTestCase()
{
    if (PgTestCluster::binDir().isEmpty())
        QSKIP("PostgreSQL's server (initdb, pg_ctl) is not installed: install postgresql-15 (.ci/install-deps does) "
              "to run the team tests");
    const QString error = m_cluster.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTeam::cleanupTestCase()
{
    m_cluster.destroy();
}

QString TestTeam::freshDatabase()
{
    const QString name = QStringLiteral("team%1").arg(++m_databases);
    auto admin = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    if (!admin)
        qFatal("%s", qPrintable(admin.error()));
    if (auto ok = (*admin)->execScript("CREATE DATABASE " + name.toStdString()); !ok)
        qFatal("%s", qPrintable(ok.error()));
    return m_cluster.url(name);
}

void TestTeam::badPasswordIsASentence()
{
    const QByteArray saved = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", "not-the-password");
    auto connection = PgConnection::connect(m_cluster.url(QStringLiteral("postgres")));
    qputenv("PGPASSWORD", saved);
    QVERIFY(!connection);
    QVERIFY2(connection.error().contains(u"refused the user name or password"), qPrintable(marginalia::errorText(connection)));
    // One sentence for a person: no libpq prefixes, no line breaks, and the password never shown.
    QVERIFY(!connection.error().contains(u"FATAL"));
    QVERIFY(!connection.error().contains(u'\n'));

    auto inUrl = PgConnection::connect(QStringLiteral("postgresql://%1:secret-word@/postgres?host=%2&port=%3")
                                           .arg(PgTestCluster::adminUser(), m_cluster.socketDir())
                                           .arg(m_cluster.port()));
    QVERIFY(!inUrl);
    QVERIFY2(!inUrl.error().contains(u"secret-word"), qPrintable(marginalia::errorText(inUrl)));
}

void TestTeam::serverDownIsASentence()
{
    auto notAUrl = PgConnection::connect(QStringLiteral("teamdb"));
    QVERIFY(!notAUrl);
    QVERIFY2(notAUrl.error().contains(u"is not a PostgreSQL URL"), qPrintable(marginalia::errorText(notAUrl)));

    // Nobody listens on the next port in the cluster's socket folder.
    const QString url =
        QStringLiteral("postgresql://%1@/postgres?host=%2&port=%3").arg(PgTestCluster::adminUser(), m_cluster.socketDir())
            .arg(m_cluster.port() + 1);
    auto connection = PgConnection::connect(url);
    QVERIFY(!connection);
    QVERIFY2(connection.error().contains(u"no PostgreSQL server answers there"), qPrintable(marginalia::errorText(connection)));
}

void TestTeam::schemaIsCreatedOnceAndVersioned()
{
    auto connection = PgConnection::connect(freshDatabase());
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
    TeamServer server(**connection);
    auto none = server.project();
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"holds no Marginalia team project"), qPrintable(marginalia::errorText(none)));

    const QString projectGuid = guid();
    QVERIFY(server.createProject(projectGuid, QStringLiteral("Four sites")));
    auto project = server.project();
    QVERIFY2(project, project ? "" : qPrintable(project.error()));
    QCOMPARE(project->guid, projectGuid);
    QCOMPARE(project->name, QStringLiteral("Four sites"));
    QCOMPARE(project->schemaVersion, TeamServer::kSchemaVersion);

    auto again = server.createProject(guid(), QStringLiteral("Other"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"already holds the team project \"Four sites\""), qPrintable(marginalia::errorText(again)));

    // A server made by a newer Marginalia is refused with what to do.
    QVERIFY((*connection)->run("UPDATE marginalia.info SET value = '99' WHERE key = 'schema_version'"));
    auto newer = server.project();
    QVERIFY(!newer);
    QVERIFY2(newer.error().contains(u"newer Marginalia"), qPrintable(marginalia::errorText(newer)));

    // The log is append-only, also for someone with SQL access.
    QVERIFY((*connection)->run("UPDATE marginalia.info SET value = '1' WHERE key = 'schema_version'"));
    QVERIFY(server.beginPush());
    QVERIFY(server.append(change(QStringLiteral("code"), guid(), guid()), {}, false));
    QVERIFY(server.commitPush());
    auto update = (*connection)->run("UPDATE marginalia.changes SET author = 'someone else'");
    QVERIFY(!update);
    QVERIFY2(update.error().contains(u"append-only"), qPrintable(marginalia::errorText(update)));
    QVERIFY(!(*connection)->run("DELETE FROM marginalia.changes"));
}

void TestTeam::sendingAChangeTwiceAddsItOnce()
{
    auto connection = PgConnection::connect(freshDatabase());
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
    TeamServer server(**connection);
    QVERIFY(server.createProject(guid(), QStringLiteral("p")));
    const ChangeRecord record = change(QStringLiteral("code"), guid(), guid(), {{QStringLiteral("name"), QStringLiteral("Trust")}});
    for (int attempt = 0; attempt < 2; ++attempt) {
        QVERIFY(server.beginPush());
        auto appended = server.append(record, {}, true);
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error()));
        QCOMPARE(appended->added, attempt == 0);
        QVERIFY(server.commitPush());
    }
    auto all = server.pull({}, 100);
    QVERIFY2(all, all ? "" : qPrintable(all.error()));
    QCOMPARE(all->size(), size_t(1));
    QCOMPARE(all->front().guid, record.guid);
    QCOMPARE(all->front().state.value(u"name").toString(), QStringLiteral("Trust"));
}

// Two writers: A begins first (smaller transaction id), B begins second and commits first. A reader
// that remembered "the highest id I have seen" would read B's change, then never read A's, whose
// id is smaller. Reading only below the snapshot's xmin never returns B's change before A's
// transaction has ended, so nothing is skipped.
void TestTeam::outOfOrderCommitsAreNeverSkipped()
{
    const QString url = freshDatabase();
    auto writerA = PgConnection::connect(url);
    auto writerB = PgConnection::connect(url);
    auto reader = PgConnection::connect(url);
    QVERIFY(writerA && writerB && reader);
    TeamServer serverA(**writerA);
    TeamServer serverB(**writerB);
    TeamServer readerServer(**reader);
    QVERIFY(serverA.createProject(guid(), QStringLiteral("p")));

    // Not through beginPush(): its lock would serialise the writers, and the log must hold even
    // for writers that do not take it.
    QVERIFY((*writerA)->begin());
    const ChangeRecord a = change(QStringLiteral("coding"), guid(), guid());
    QVERIFY(serverA.append(a, {}, false));   // id 1, the smaller transaction id
    QVERIFY((*writerB)->begin());
    const ChangeRecord b = change(QStringLiteral("coding"), guid(), guid());
    QVERIFY(serverB.append(b, {}, false));   // id 2
    QVERIFY((*writerB)->commit());

    // B is committed and visible to a plain query; the naive "id > last seen" reader would take it now.
    auto naive = (*reader)->query("SELECT id FROM marginalia.changes WHERE id > 0 ORDER BY id");
    QVERIFY(naive);
    QCOMPARE(naive->size(), 1);
    QCOMPARE(naive->int64(0, 0), qint64(2));

    // The log reader holds B back while A is still running.
    LogPosition seen;
    auto first = readerServer.pull(seen, 100);
    QVERIFY2(first, first ? "" : qPrintable(first.error()));
    QCOMPARE(first->size(), size_t(0));
    auto counted = readerServer.countAfter(seen);
    QVERIFY(counted);
    QCOMPARE(*counted, qint64(0));

    QVERIFY((*writerA)->commit());
    auto second = readerServer.pull(seen, 100);
    QVERIFY2(second, second ? "" : qPrintable(second.error()));
    // Both, A first: A's transaction began (and got its id) first.
    QCOMPARE(second->size(), size_t(2));
    QCOMPARE(second->at(0).guid, a.guid);
    QCOMPARE(second->at(1).guid, b.guid);
    seen = second->back().position;
    auto after = readerServer.pull(seen, 100);
    QVERIFY(after);
    QCOMPARE(after->size(), size_t(0));

    // The other way round (B's change read first, then A's transaction commits) cannot happen; and
    // a third writer that commits later always lands after the watermark.
    QVERIFY((*writerA)->begin());
    const ChangeRecord c = change(QStringLiteral("coding"), guid(), guid());
    QVERIFY(serverA.append(c, {}, false));
    QVERIFY((*writerA)->commit());
    auto third = readerServer.pull(seen, 100);
    QVERIFY(third);
    QCOMPARE(third->size(), size_t(1));
    QCOMPARE(third->front().guid, c.guid);
    QVERIFY(LogPosition::fromString(third->front().position.toString()));
}

// A sender whose base is older than another copy's change of the same object gets that change
// back from the server (the push is serialised by the lock, so a concurrent push is seen too).
void TestTeam::concurrentChangeIsFoundAtPush()
{
    auto connection = PgConnection::connect(freshDatabase());
    QVERIFY(connection);
    TeamServer server(**connection);
    QVERIFY(server.createProject(guid(), QStringLiteral("p")));
    const QString code = guid();
    const QString alice = guid();
    const QString bob = guid();
    QVERIFY(server.beginPush());
    QVERIFY(server.append(change(QStringLiteral("code"), code, alice), {}, true));
    QVERIFY(server.commitPush());
    auto seen = server.pull({}, 10);
    QVERIFY(seen && seen->size() == 1);

    // Bob had seen nothing (base = start): Alice's change is concurrent with his.
    QVERIFY(server.beginPush());
    auto blind = server.append(change(QStringLiteral("code"), code, bob), {}, true);
    QVERIFY(server.commitPush());
    QVERIFY(blind && blind->added);
    QVERIFY(blind->concurrent);
    QCOMPARE(blind->concurrent->origin, alice);

    // Having seen everything up to Bob's change, Alice's next change is not a conflict; neither is
    // a change of another object, nor Alice's own earlier change.
    auto all = server.pull({}, 10);
    QVERIFY(all && all->size() == 2);
    QVERIFY(server.beginPush());
    auto informed = server.append(change(QStringLiteral("code"), code, alice), all->back().position, true);
    auto other = server.append(change(QStringLiteral("code"), guid(), alice), {}, true);
    QVERIFY(server.commitPush());
    QVERIFY(informed && !informed->concurrent);
    QVERIFY(other && !other->concurrent);
}

TestTeam::Pair TestTeam::publishedPair()
{
    Pair pair;
    pair.url = freshDatabase();
    const QString dir = m_files.path() + QStringLiteral("/p%1").arg(m_databases);
    QDir().mkpath(dir);
    pair.alice = newProject(dir + QStringLiteral("/alice.marginalia"), QStringLiteral("alice"));
    Project &alice = *pair.alice;
    // 2 documents, 3 codes (one a child), 3 codings, 1 attribute value.
    const qint64 interview = addDocument(alice, QStringLiteral("interview"), QStringLiteral("我们学校的老师用平板上课。\nTablets in class."));
    const qint64 notes = addDocument(alice, QStringLiteral("notes"), QStringLiteral("Field notes, Kunming."));
    const qint64 practice = addCode(alice, QStringLiteral("practice"));
    const qint64 devices = addCode(alice, QStringLiteral("devices"), practice);
    addCode(alice, QStringLiteral("unused"));
    addCoding(alice, interview, devices, 0, 6);
    addCoding(alice, interview, practice, 13, 30);
    addCoding(alice, notes, practice, 0, 11);
    if (!DocumentStore(alice).setAttribute(interview, QStringLiteral("site"), QStringLiteral("Beijing")))
        qFatal("attribute");
    auto published = publishProject(alice, pair.url);
    if (!published)
        qFatal("%s", qPrintable(published.error()));
    auto bob = joinProject(pair.url, dir + QStringLiteral("/bob.marginalia"), QStringLiteral("bob"));
    if (!bob)
        qFatal("%s", qPrintable(bob.error()));
    pair.bob = std::move(*bob);
    return pair;
}

void TestTeam::publishJoinAndSyncConverge()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    Project &bob = *pair.bob;
    // Joined: the same documents, codes, codings and value (bob's copy also has the coder bob,
    // not yet sent).
    QStringList aliceDump = canonicalDump(alice);
    QStringList bobDump = canonicalDump(bob);
    bobDump.removeAll(QStringLiteral("coder|bob||||||"));
    QCOMPARE(bobDump, aliceDump);
    QCOMPARE(CodingStore(bob).count().value_or(-1), qint64(3));

    // Both work offline, then sync: bob codes and sets a memo, alice adds a code and a coding and
    // deletes the unused code.
    const qint64 bobDocument = idOf(bob, "documents", QStringLiteral("notes"));
    addCoding(bob, bobDocument, idOf(bob, "codes", QStringLiteral("devices")), 12, 19);
    QVERIFY(DocumentStore(bob).setMemo(bobDocument, QStringLiteral("Bob's memo")));
    const qint64 trust = addCode(alice, QStringLiteral("trust"));
    addCoding(alice, idOf(alice, "documents", QStringLiteral("interview")), trust, 2, 4);
    QVERIFY(Codebook(alice).remove(idOf(alice, "codes", QStringLiteral("unused")), false));
    auto waiting = WorkingCopy(alice).waitingCount();
    QVERIFY(waiting);
    QCOMPARE(*waiting, qint64(3));   // the new code, its coding, the deleted code

    sync(alice);
    sync(bob);
    sync(alice);
    QCOMPARE(canonicalDump(bob), canonicalDump(alice));
    // 3 published + bob's 1 + alice's 1.
    QCOMPARE(CodingStore(alice).count().value_or(-1), qint64(5));
    QCOMPARE(idOf(bob, "codes", QStringLiteral("unused")), qint64(0));
    QVERIFY(idOf(bob, "codes", QStringLiteral("trust")) > 0);
    QCOMPARE(WorkingCopy(alice).waitingCount().value_or(-1), qint64(0));
    QCOMPARE(WorkingCopy(bob).waitingCount().value_or(-1), qint64(0));
    QVERIFY(rulesOf(alice).isEmpty());
}

void TestTeam::sendingAndApplyingTwiceChangeNothing()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    addCoding(alice, idOf(alice, "documents", QStringLiteral("notes")), idOf(alice, "codes", QStringLiteral("unused")), 0,
              5);
    // The records are made and sent, but the process "dies" before it forgets them: they stay pending.
    WorkingCopy copy(alice);
    auto binding = copy.binding();
    QVERIFY(binding && *binding);
    QCOMPARE(copy.prepareOutbox((*binding)->pulled).value_or(-1), 1);
    auto pending = copy.pending();
    QVERIFY(pending && pending->size() == 1);
    auto connection = PgConnection::connect(pair.url);
    QVERIFY(connection);
    TeamServer server(**connection);
    auto countChanges = [&]() {
        auto rows = (*connection)->query("SELECT count(*) FROM marginalia.changes");
        return rows ? rows->int64(0, 0) : -1;
    };
    const qint64 before = countChanges();
    QVERIFY(server.beginPush());
    QVERIFY(server.append(pending->front().change, pending->front().base, true));
    QVERIFY(server.commitPush());
    QCOMPARE(countChanges(), before + 1);
    // The next sync sends the same record again, with the same GUID: the server keeps it once.
    sync(alice);
    QCOMPARE(countChanges(), before + 1);
    QCOMPARE(copy.waitingCount().value_or(-1), qint64(0));

    // Applying the whole log a second time changes nothing either.
    Project &bob = *pair.bob;
    sync(bob);
    const QStringList once = canonicalDump(bob);
    auto everything = server.pull({}, 100000);
    QVERIFY(everything);
    auto again = WorkingCopy(bob).apply(*everything, everything->back().position, server, QStringLiteral("bob"));
    QVERIFY2(again, again ? "" : qPrintable(again.error()));
    QCOMPARE(canonicalDump(bob), once);
    QCOMPARE(WorkingCopy(bob).waitingCount().value_or(-1), qint64(0));
}

// An edit and its undo go through ChangeRecorder as always; the undo is a change of its own that
// reaches the other copy.
void TestTeam::undoIsSentAsAChange()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    Project &bob = *pair.bob;
    ChangeRecorder recorder(alice);
    const qint64 document = idOf(alice, "documents", QStringLiteral("notes"));
    const qint64 code = idOf(alice, "codes", QStringLiteral("unused"));
    auto recorded = recorder.record(QStringLiteral("Code"), [&]() -> Result<void> {
        NewCoding coding{document, code, 6, 11, {}, {}, {}, {}};
        auto added = CodingStore(alice).add(coding);
        if (!added)
            return failure(added.error());
        return {};
    });
    QVERIFY(recorded);
    sync(alice);
    sync(bob);
    QCOMPARE(CodingStore(bob).count().value_or(-1), qint64(4));
    QVERIFY(recorder.undo(*recorded));
    QCOMPARE(WorkingCopy(alice).waitingCount().value_or(-1), qint64(1));
    sync(alice);
    sync(bob);
    QCOMPARE(CodingStore(bob).count().value_or(-1), qint64(3));
    QVERIFY(recorder.redo(*recorded));
    sync(alice);
    sync(bob);
    QCOMPARE(CodingStore(bob).count().value_or(-1), qint64(4));
    QCOMPARE(canonicalDump(bob), canonicalDump(alice));
}

void TestTeam::twoRenamesOfOneCode()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    Project &bob = *pair.bob;
    QVERIFY(Codebook(alice).rename(idOf(alice, "codes", QStringLiteral("practice")), QStringLiteral("teaching")));
    QVERIFY(Codebook(bob).rename(idOf(bob, "codes", QStringLiteral("practice")), QStringLiteral("classroom practice")));
    sync(alice);   // alice's rename is first in the log
    sync(bob);     // bob pulls it while his own is waiting: his is kept and sent after it
    sync(alice);
    // The later one wins on both; both see the conflict, naming both names.
    QVERIFY(idOf(alice, "codes", QStringLiteral("classroom practice")) > 0);
    QCOMPARE(idOf(alice, "codes", QStringLiteral("teaching")), qint64(0));
    QCOMPARE(canonicalDump(bob), canonicalDump(alice));
    QCOMPARE(rulesOf(alice), QStringList{QStringLiteral("code-changed-twice")});
    QCOMPARE(rulesOf(bob), QStringList{QStringLiteral("code-changed-twice")});
    QVERIFY2(messagesOf(alice).contains(u"“teaching” by alice and to “classroom practice” by bob"),
             qPrintable(messagesOf(alice)));
    // And in each copy's journal, once.
    for (Project *project : {&alice, &bob}) {
        auto journal = project->database().prepare("SELECT count(*) FROM journal WHERE action = 'team-conflict'");
        QVERIFY(journal && journal->step());
        QCOMPARE(journal->int64(0), qint64(1));
    }
    // Every coding is still there (3, none lost to the rename).
    QCOMPARE(CodingStore(alice).count().value_or(-1), qint64(3));
}

void TestTeam::codeDeletedWhileSomeoneCodedWithIt()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    Project &bob = *pair.bob;
    // alice deletes "unused" (no codings in her copy); bob codes with it meanwhile.
    QVERIFY(Codebook(alice).remove(idOf(alice, "codes", QStringLiteral("unused")), false));
    addCoding(bob, idOf(bob, "documents", QStringLiteral("notes")), idOf(bob, "codes", QStringLiteral("unused")), 0, 5);
    sync(alice);   // the deletion is first in the log
    sync(bob);     // bob's coding is on the code: the deletion is not applied in his copy
    sync(alice);   // bob's coding reaches alice: the code comes back (as it was) with it
    QVERIFY(idOf(alice, "codes", QStringLiteral("unused")) > 0);
    QVERIFY(idOf(bob, "codes", QStringLiteral("unused")) > 0);
    QCOMPARE(CodingStore(alice).count().value_or(-1), qint64(4));   // 3 published + bob's
    QCOMPARE(canonicalDump(bob), canonicalDump(alice));
    QVERIFY2(rulesOf(alice).contains(QStringLiteral("code-deleted-while-coded")), qPrintable(messagesOf(alice)));
    QVERIFY2(rulesOf(bob).contains(QStringLiteral("code-deleted-while-coded")), qPrintable(messagesOf(bob)));
    // A third copy joining later replays the log and ends the same.
    auto carol = joinProject(pair.url, m_files.path() + QStringLiteral("/carol%1.marginalia").arg(m_databases),
                             QStringLiteral("carol"));
    QVERIFY2(carol, carol ? "" : qPrintable(carol.error()));
    QStringList carolDump = canonicalDump(**carol);
    carolDump.removeAll(QStringLiteral("coder|carol||||||"));
    QCOMPARE(carolDump, canonicalDump(alice));
}

void TestTeam::attributeValueSetTwice()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    Project &bob = *pair.bob;
    QVERIFY(DocumentStore(alice).setAttribute(idOf(alice, "documents", QStringLiteral("interview")), QStringLiteral("site"),
                                              QStringLiteral("Kunming")));
    QVERIFY(DocumentStore(bob).setAttribute(idOf(bob, "documents", QStringLiteral("interview")), QStringLiteral("site"),
                                            QStringLiteral("Chongqing")));
    sync(alice);
    sync(bob);
    sync(alice);
    auto value = DocumentStore(alice).attributes(idOf(alice, "documents", QStringLiteral("interview")));
    QVERIFY(value);
    QCOMPARE(value->value(QStringLiteral("site")), QStringLiteral("Chongqing"));
    QCOMPARE(canonicalDump(bob), canonicalDump(alice));
    QCOMPARE(rulesOf(alice), QStringList{QStringLiteral("attribute-value-set-twice")});
    QCOMPARE(rulesOf(bob), QStringList{QStringLiteral("attribute-value-set-twice")});
    QVERIFY2(messagesOf(bob).contains(u"“Kunming” by alice and to “Chongqing” by bob"), qPrintable(messagesOf(bob)));
}

void TestTeam::sameDocumentImportedTwice()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    Project &bob = *pair.bob;
    const QString text = QStringLiteral("Principal interview, Xishan.\n校长：我们需要培训。");
    const qint64 mine = addDocument(alice, QStringLiteral("principal.txt"), text);
    const qint64 theirs = addDocument(bob, QStringLiteral("principal copy.txt"), text);
    addCoding(alice, mine, idOf(alice, "codes", QStringLiteral("practice")), 0, 9);
    addCoding(bob, theirs, idOf(bob, "codes", QStringLiteral("devices")), 29, 31);
    sync(alice);
    sync(bob);
    sync(alice);
    // Both documents and both codings are kept; the conflict names both documents.
    QCOMPARE(DocumentStore(alice).count().value_or(-1), qint64(4));
    QCOMPARE(CodingStore(alice).count().value_or(-1), qint64(5));
    QCOMPARE(canonicalDump(bob), canonicalDump(alice));
    QVERIFY2(rulesOf(alice).contains(QStringLiteral("document-imported-twice")), qPrintable(messagesOf(alice)));
    QVERIFY2(rulesOf(bob).contains(QStringLiteral("document-imported-twice")), qPrintable(messagesOf(bob)));
    QVERIFY(messagesOf(alice).contains(u"principal copy.txt"));
}

// alice moves "unused" under "practice" while bob moves "practice" under "unused": in log order the
// second move would close a loop of parents. The first stands on both copies, the second is undone,
// no copy has a loop, and the copies agree.
void TestTeam::crossedMovesMakeNoLoop()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;
    Project &bob = *pair.bob;
    QVERIFY(Codebook(alice).move(idOf(alice, "codes", QStringLiteral("unused")), idOf(alice, "codes", QStringLiteral("practice"))));
    QVERIFY(Codebook(bob).move(idOf(bob, "codes", QStringLiteral("practice")), idOf(bob, "codes", QStringLiteral("unused"))));
    sync(alice);
    sync(bob);
    sync(alice);
    for (Project *project : {&alice, &bob}) {
        // Every code reaches the top within as many steps as there are codes.
        auto loops = project->database().prepare(
            "WITH RECURSIVE up(start, at, steps) AS (SELECT id, parent_id, 0 FROM codes "
            "UNION ALL SELECT up.start, c.parent_id, up.steps + 1 FROM up JOIN codes c ON c.id = up.at WHERE up.steps < 50) "
            "SELECT count(*) FROM up WHERE at IS NOT NULL AND steps >= 50");
        QVERIFY(loops && loops->step());
        QCOMPARE(loops->int64(0), qint64(0));
    }
    QVERIFY2(rulesOf(alice).contains(QStringLiteral("code-move-loop")), qPrintable(messagesOf(alice)));
    QVERIFY2(rulesOf(bob).contains(QStringLiteral("code-move-loop")), qPrintable(messagesOf(bob)));
    // alice's move came first in the log and stands on both copies.
    for (Project *project : {&alice, &bob}) {
        auto parent = project->database().prepare(
            "SELECT p.name FROM codes c JOIN codes p ON p.id = c.parent_id WHERE c.name = 'unused'");
        QVERIFY(parent && parent->step());
        QCOMPARE(parent->text(0), QStringLiteral("practice"));
    }
    QCOMPARE(canonicalDump(bob), canonicalDump(alice));
}

void TestTeam::cliPublishJoinSyncStatusAndOffline()
{
    const QString url = freshDatabase();
    const QString dir = m_files.path() + QStringLiteral("/cli");
    QDir().mkpath(dir);
    const auto cli = [](const QStringList &arguments, QByteArray *out = nullptr) {
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI), arguments);
        process.waitForFinished(60000);
        if (out)
            *out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        if (process.exitCode() != 0)
            qWarning("%s", err.constData());
        return process.exitCode();
    };
    const QString project = dir + QStringLiteral("/demo.marginalia");
    QCOMPARE(cli({QStringLiteral("demo"), project}), 0);
    // The password in the URL is used, and not stored.
    QString withPassword = url;
    withPassword.replace(PgTestCluster::adminUser() + u'@', PgTestCluster::adminUser() + u':' + m_cluster.password() + u'@');
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("publish"), project, withPassword, QStringLiteral("--coder"),
                  QStringLiteral("Li Na")}),
             0);
    const QString copy = dir + QStringLiteral("/wang.marginalia");
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("join"), url, copy, QStringLiteral("--coder"), QStringLiteral("Wang")}),
             0);
    QCOMPARE(cli({QStringLiteral("code"), copy, QStringLiteral("1"), QStringLiteral("teacher training"), QStringLiteral("0"),
                  QStringLiteral("4"), QStringLiteral("--coder"), QStringLiteral("Wang")}),
             0);
    QByteArray out;
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("status"), copy, QStringLiteral("--json")}, &out), 0);
    QJsonObject status = QJsonDocument::fromJson(out).object();
    // The coder Wang and the coding.
    QCOMPARE(status.value(u"waiting").toInteger(), qint64(2));
    QCOMPARE(status.value(u"offline").toBool(), false);
    QCOMPARE(status.value(u"incoming").toInteger(), qint64(0));
    QVERIFY(status.value(u"conflicts").toArray().isEmpty());

    // The server goes down: sync fails with a sentence, status says offline; nothing is lost.
    QVERIFY(m_cluster.stopImmediately().isEmpty());
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("sync"), copy}), 1);
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("status"), copy, QStringLiteral("--json")}, &out), 0);
    status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(u"offline").toBool(), true);
    QVERIFY2(status.value(u"offline_reason").toString().contains(u"no PostgreSQL server answers there"),
             qPrintable(status.value(u"offline_reason").toString()));
    QCOMPARE(status.value(u"waiting").toInteger(), qint64(2));
    QVERIFY(m_cluster.restart().isEmpty());
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("sync"), copy, QStringLiteral("--json")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"synced").toObject().value(u"sent").toInteger(), qint64(2));
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("sync"), project, QStringLiteral("--json")}, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"synced").toObject().value(u"applied").toInteger(), qint64(2));
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("status"), project, QStringLiteral("--json")}, &out), 0);
    status = QJsonDocument::fromJson(out).object();
    QCOMPARE(status.value(u"waiting").toInteger(), qint64(0));
    QVERIFY(!status.value(u"last_sync").toString().isEmpty());

    // The password is nowhere in the project files.
    for (const QString &file : QDir(dir).entryList(QDir::Files)) {
        QFile f(dir + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(m_cluster.password().toUtf8()), qPrintable(file));
    }
}

// Four working copies, each a series of separate marginalia-cli processes running at the same time:
// codings, two renames of one code, and syncs at random moments. Afterwards every copy holds the same
// content, with every acknowledged coding once.
void TestTeam::severalProcessesConverge()
{
    const QString url = freshDatabase();
    const QString dir = m_files.path() + QStringLiteral("/many");
    QDir().mkpath(dir);
    const QString cliPath = QStringLiteral(MARGINALIA_CLI);
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(cliPath, arguments);
        process.waitForFinished(60000);
        return process.exitCode();
    };
    QStringList copies{dir + QStringLiteral("/c0.marginalia")};
    QCOMPARE(run({QStringLiteral("demo"), copies[0]}), 0);
    QCOMPARE(run({QStringLiteral("team"), QStringLiteral("publish"), copies[0], url, QStringLiteral("--coder"),
                  QStringLiteral("c0")}),
             0);
    for (int i = 1; i < 4; ++i) {
        copies << dir + QStringLiteral("/c%1.marginalia").arg(i);
        QCOMPARE(run({QStringLiteral("team"), QStringLiteral("join"), url, copies[i], QStringLiteral("--coder"),
                      QStringLiteral("c%1").arg(i)}),
                 0);
    }
    QStringList documents;
    qint64 codingsBefore = 0;
    {
        auto project = Project::open(copies[0], Project::Access::ReadOnly);
        QVERIFY(project);
        auto list = DocumentStore(**project).list();
        QVERIFY(list);
        for (const DocumentInfo &document : *list) {
            if (document.length >= 200)
                documents << document.name;
        }
        codingsBefore = CodingStore(**project).count().value_or(-1);
    }
    QVERIFY(documents.size() >= 5);

    // Each copy's script: 25 codings, each on its own range (no two alike), a sync after about a third
    // of them; copies 0 and 1 rename the same code on the way.
    const auto quote = [](const QString &text) -> QString { return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\''; };
    QRandomGenerator random(20261130);
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 4; ++i) {
        QString script = QStringLiteral("export MARGINALIA_CODER=c%1\n").arg(i);
        for (int k = 0; k < 25; ++k) {
            const QString document = documents[k % documents.size()];
            const int start = (k / static_cast<int>(documents.size())) * 40 + i * 8;
            script += QStringLiteral("%1 code %2 %3 'teaching not learning' %4 %5\n")
                          .arg(quote(cliPath), quote(copies[i]), quote(document))
                          .arg(start)
                          .arg(start + 5);
            if (k == 10 && i < 2)
                script += QStringLiteral("%1 rename-code %2 'exam pressure' 'exam pressure %3' || true\n")
                              .arg(quote(cliPath), quote(copies[i]))
                              .arg(i);
            if (random.bounded(3) == 0)
                script += QStringLiteral("%1 team sync %2 >/dev/null || echo sync-failed\n").arg(quote(cliPath), quote(copies[i]));
        }
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        processes.push_back(std::move(process));
    }
    int acknowledged = 0;
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(240000));
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        acknowledged += static_cast<int>(out.count(QStringLiteral("Coded [")));
        QVERIFY2(!out.contains(u"sync-failed"), qPrintable(QString::fromUtf8(process->readAllStandardError())));
    }
    QCOMPARE(acknowledged, 100);
    for (int round = 0; round < 2; ++round) {
        for (const QString &copy : copies)
            QCOMPARE(run({QStringLiteral("team"), QStringLiteral("sync"), copy}), 0);
    }
    QStringList first;
    for (const QString &copy : copies) {
        auto project = Project::open(copy, Project::Access::ReadOnly);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        const QStringList dump = canonicalDump(**project);
        if (first.isEmpty()) {
            first = dump;
            // Nothing lost, nothing twice: the demo's codings and the 100 acknowledged ones.
            QCOMPARE(CodingStore(**project).count().value_or(-1), codingsBefore + 100);
            // One of the two renames won.
            const int renamed = static_cast<int>(idOf(**project, "codes", QStringLiteral("exam pressure 0")) > 0)
                + static_cast<int>(idOf(**project, "codes", QStringLiteral("exam pressure 1")) > 0);
            QCOMPARE(renamed, 1);
        } else {
            QCOMPARE(dump, first);
        }
        QCOMPARE(WorkingCopy(**project).waitingCount().value_or(-1), qint64(0));
    }
}

// A coder and a reader connect as their own PostgreSQL logins (as they could with psql): the server
// itself refuses what their role does not allow.
void TestTeam::rolesAreEnforcedByTheServer()
{
    Pair pair = publishedPair();
    // One of alice's codings, as published.
    QString aliceCoding;
    {
        auto row = pair.alice->database().prepare("SELECT guid FROM codings LIMIT 1");
        QVERIFY(row && row->step());
        aliceCoding = row->text(0);
    }
    auto admin = PgConnection::connect(pair.url);
    QVERIFY(admin);
    const QString password = m_cluster.password();
    for (const char *login : {"wang", "zhou"}) {
        // CREATE ROLE takes no parameters; the password is random letters and digits.
        QVERIFY((*admin)->execScript(QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                         .arg(QLatin1StringView(login), password)
                                         .toStdString()));
    }
    TeamServer adminServer(**admin);
    QVERIFY(adminServer.addMember(QStringLiteral("wang"), QStringLiteral("Wang"), QStringLiteral("coder")));
    // The reader through the command line.
    QProcess addReader;
    addReader.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("team"), QStringLiteral("add-member"), pair.url,
                                                     QStringLiteral("zhou"), QStringLiteral("--coder"), QStringLiteral("Zhou"),
                                                     QStringLiteral("--role"), QStringLiteral("reader")});
    QVERIFY(addReader.waitForFinished(60000));
    QVERIFY2(addReader.exitCode() == 0, addReader.readAllStandardError().constData());
    QVERIFY(addReader.readAllStandardOutput().contains("zhou is now a reader"));
    auto members = (*admin)->query("SELECT login, coder, role FROM marginalia.members ORDER BY login");
    QVERIFY(members);
    // The publisher (an owner, as alice), wang and zhou.
    QCOMPARE(members->size(), 3);
    QCOMPARE(members->text(0, 1), QStringLiteral("alice"));
    QCOMPARE(members->text(0, 2), QStringLiteral("owner"));
    QCOMPARE(members->text(2, 0), QStringLiteral("zhou"));
    QCOMPARE(members->text(2, 2), QStringLiteral("reader"));
    const QString database = QUrl(pair.url).path().mid(1);

    auto wang = PgConnection::connect(m_cluster.url(database, QStringLiteral("wang")));
    QVERIFY2(wang, wang ? "" : qPrintable(wang.error()));
    TeamServer asWang(**wang);
    const auto attempt = [](TeamServer &server, const ChangeRecord &record) -> Result<void> {
        if (auto ok = server.beginPush(); !ok)
            return ok;
        auto appended = server.append(record, {}, false);
        if (!appended) {
            server.abandonPush();
            return failure(appended.error());
        }
        return server.commitPush();
    };
    // Wang's own coding: allowed.
    ChangeRecord own = change(QStringLiteral("coding"), guid(), guid(), {{QStringLiteral("coder"), QStringLiteral("Wang")}});
    own.author = QStringLiteral("Wang");
    auto allowed = attempt(asWang, own);
    QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error()));
    // Changing or deleting alice's coding: refused, with a sentence.
    ChangeRecord steal = change(QStringLiteral("coding"), aliceCoding, guid(), {{QStringLiteral("coder"), QStringLiteral("Wang")}});
    steal.author = QStringLiteral("Wang");
    auto refused = attempt(asWang, steal);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"refused this: the user wang may not do it"), qPrintable(marginalia::errorText(refused)));
    ChangeRecord erase = steal;
    erase.guid = guid();
    erase.op = QStringLiteral("delete");
    erase.state = {};
    QVERIFY(!attempt(asWang, erase));
    // Writing as someone else: refused.
    ChangeRecord impostor = change(QStringLiteral("coding"), guid(), guid(), {{QStringLiteral("coder"), QStringLiteral("alice")}});
    impostor.author = QStringLiteral("alice");
    QVERIFY(!attempt(asWang, impostor));
    // Nor can a coder rewrite the log with SQL.
    QVERIFY(!(*wang)->run("UPDATE marginalia.changes SET author = 'Wang'"));
    QVERIFY(!(*wang)->run("DELETE FROM marginalia.changes"));

    // The reader reads everything and writes nothing.
    auto zhou = PgConnection::connect(m_cluster.url(database, QStringLiteral("zhou")));
    QVERIFY2(zhou, zhou ? "" : qPrintable(zhou.error()));
    TeamServer asZhou(**zhou);
    auto read = asZhou.pull({}, 100000);
    QVERIFY2(read, read ? "" : qPrintable(read.error()));
    QVERIFY(read->size() > 10);
    ChangeRecord readerCoding = change(QStringLiteral("coding"), guid(), guid(), {{QStringLiteral("coder"), QStringLiteral("Zhou")}});
    readerCoding.author = QStringLiteral("Zhou");
    auto readerWrite = attempt(asZhou, readerCoding);
    QVERIFY(!readerWrite);
    QVERIFY2(readerWrite.error().contains(u"may not do it"), qPrintable(marginalia::errorText(readerWrite)));
    QVERIFY(!(*zhou)->run("INSERT INTO marginalia.texts(content_hash, body) VALUES ('x', 'y')"));

    // Exactly one change was added by the two of them: Wang's own coding.
    auto count = (*admin)->query("SELECT count(*) FROM marginalia.changes WHERE author IN ('Wang', 'Zhou')");
    QVERIFY(count);
    QCOMPARE(count->int64(0, 0), qint64(1));

    // Wang's working copy: a change of alice's coding is not sent (it would be refused) and is undone
    // there; his own coding goes through.
    auto copy = joinProject(m_cluster.url(database, QStringLiteral("wang")),
                            m_files.path() + QStringLiteral("/wang%1.marginalia").arg(m_databases), QStringLiteral("Wang"));
    QVERIFY2(copy, copy ? "" : qPrintable(copy.error()));
    Project &wangCopy = **copy;
    const qint64 theirs = [&] {
        auto row = wangCopy.database().prepare("SELECT id FROM codings WHERE guid = ?1");
        row->bind(1, aliceCoding);
        return row->step() ? row->int64(0) : qint64(0);
    }();
    QVERIFY(theirs > 0);
    QVERIFY(CodingStore(wangCopy).setMemo(theirs, QStringLiteral("Wang was here")));
    addCoding(wangCopy, idOf(wangCopy, "documents", QStringLiteral("notes")), idOf(wangCopy, "codes", QStringLiteral("unused")),
              1, 3);
    auto report = syncProject(wangCopy);
    QVERIFY2(report, report ? "" : qPrintable(report.error()));
    QCOMPARE(report->refused, qint64(1));
    QCOMPARE(report->sent, qint64(2));   // the coder Wang and his coding
    QVERIFY(CodingStore(wangCopy).segment(theirs)->memo.isEmpty());
    // (The bare coding appended above, without a document, is reported as coding-without-target.)
    QCOMPARE(rulesOf(wangCopy).count(QStringLiteral("not-allowed")), qsizetype(1));
    QVERIFY(rulesOf(wangCopy).contains(QStringLiteral("coding-without-target")));
    sync(*pair.alice);
    QCOMPARE(CodingStore(*pair.alice).count().value_or(-1), qint64(4));
    QStringList wangDump = canonicalDump(wangCopy);
    QCOMPARE(wangDump, canonicalDump(*pair.alice));
}

// `team watch` listens (LISTEN/NOTIFY): a coding another copy sends is in the watching copy's file
// moments later, without anyone running sync there.
void TestTeam::watchingCopyHearsOfChangesAtOnce()
{
    Pair pair = publishedPair();
    const QString bobPath = pair.bob->path();
    pair.bob.reset();   // the watcher has the file now
    QProcess watcher;
    watcher.start(QStringLiteral(MARGINALIA_CLI),
                  {QStringLiteral("team"), QStringLiteral("watch"), bobPath, QStringLiteral("--for"), QStringLiteral("60")});
    QVERIFY(watcher.waitForStarted());
    QElapsedTimer waited;
    waited.start();
    while (!watcher.readAllStandardOutput().contains("Watching") && waited.elapsed() < 30000)
        watcher.waitForReadyRead(200);
    QVERIFY2(waited.elapsed() < 30000, "the watcher did not start watching");

    Project &alice = *pair.alice;
    const QString coding = [&] {
        const qint64 id = addCoding(alice, idOf(alice, "documents", QStringLiteral("notes")),
                                    idOf(alice, "codes", QStringLiteral("unused")), 13, 20);
        auto row = alice.database().prepare("SELECT guid FROM codings WHERE id = ?1");
        row->bind(1, id);
        return row->step() ? row->text(0) : QString();
    }();
    sync(alice);
    QElapsedTimer arrival;
    arrival.start();
    bool arrived = false;
    while (!arrived && arrival.elapsed() < 10000) {
        QTest::qWait(50);
        auto bob = Project::open(bobPath, Project::Access::ReadOnly);
        if (!bob)
            continue;
        auto row = (*bob)->database().prepare("SELECT 1 FROM codings WHERE guid = ?1");
        row->bind(1, coding);
        arrived = row->step();
    }
    const qint64 milliseconds = arrival.elapsed();
    watcher.terminate();
    watcher.waitForFinished(10000);
    QVERIFY2(arrived, "the coding never reached the watching copy");
    qInfo("a coding sent by one copy was in the watching copy's file after %lld ms", milliseconds);
    // The issue asks for 2 s; a loaded test machine gets some slack.
    QVERIFY2(milliseconds < 5000, qPrintable(QString::number(milliseconds)));
}

// Syncs killed with SIGKILL at random moments, and the server stopped with `pg_ctl stop -m immediate`
// in the middle of one: afterwards both copies agree and the server holds each of the 420 new codings
// exactly once (records keep their GUIDs until the server has them; batches apply whole).
void TestTeam::killsAndServerStopsMidSyncLoseNothing()
{
    Pair pair = publishedPair();
    {
        Project &alice = *pair.alice;
        const qint64 document = idOf(alice, "documents", QStringLiteral("interview"));   // 31 characters
        const qint64 code = idOf(alice, "codes", QStringLiteral("unused"));
        int added = 0;
        for (int start = 0; start < 31 && added < 300; ++start) {
            for (int end = start + 1; end <= 31 && added < 300; ++end, ++added)
                addCoding(alice, document, code, start, end);
        }
        QCOMPARE(added, 300);
    }
    const QString alicePath = pair.alice->path();
    const QString bobPath = pair.bob->path();
    pair.alice.reset();
    pair.bob.reset();
    const auto startSync = [](QProcess &process, const QString &path) {
        process.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("team"), QStringLiteral("sync"), path});
        QVERIFY(process.waitForStarted());
    };
    QRandomGenerator random(15);
    int killed = 0;
    int added = 300;
    for (int round = 0; round < 12; ++round) {
        // Each round gives alice's next sync work of its own: 10 more codings.
        {
            auto alice = Project::open(alicePath);
            QVERIFY(alice);
            (*alice)->setCurrentCoder(QStringLiteral("alice"));
            const qint64 document = idOf(**alice, "documents", QStringLiteral("notes"));   // 21 characters
            const qint64 code = idOf(**alice, "codes", QStringLiteral("devices"));
            for (int i = 0; i < 10; ++i, ++added)
                addCoding(**alice, document, code, round, round + 1 + i);
        }
        for (const QString &path : {alicePath, bobPath}) {
            QProcess process;
            startSync(process, path);
            QTest::qWait(static_cast<int>(random.bounded(5, 150)));
            if (process.state() == QProcess::Running) {
                process.kill();
                ++killed;
            }
            process.waitForFinished(30000);
        }
        if (round == 3 || round == 7) {
            QProcess process;
            startSync(process, alicePath);
            QTest::qWait(static_cast<int>(random.bounded(30, 200)));
            QVERIFY(m_cluster.stopImmediately().isEmpty());
            process.waitForFinished(30000);
            QVERIFY(m_cluster.restart().isEmpty());
        }
    }
    qInfo("%d syncs killed mid-way", killed);
    QVERIFY(killed >= 1);
    for (const QString &path : {alicePath, bobPath, alicePath}) {
        QProcess process;
        startSync(process, path);
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }
    auto alice = Project::open(alicePath, Project::Access::ReadOnly);
    auto bob = Project::open(bobPath, Project::Access::ReadOnly);
    QVERIFY(alice && bob);
    QCOMPARE(added, 420);
    QCOMPARE(CodingStore(**alice).count().value_or(-1), qint64(3 + added));
    QCOMPARE(canonicalDump(**bob), canonicalDump(**alice));
    QCOMPARE(WorkingCopy(**alice).waitingCount().value_or(-1), qint64(0));
    auto connection = PgConnection::connect(pair.url);
    QVERIFY(connection);
    auto counts = (*connection)->query(
        "SELECT count(*), count(DISTINCT object_key) FROM marginalia.changes WHERE kind = 'coding'");
    QVERIFY(counts);
    QCOMPARE(counts->int64(0, 0), qint64(3 + added));   // 3 published and 420 sent, each once
    QCOMPARE(counts->int64(0, 1), qint64(3 + added));
}

// The test cluster runs with synchronous_commit = off and keeps asynchronous commits unwritten for
// up to 10 s (PgTestCluster): a server crash right after an acknowledged COMMIT loses it unless our
// transactions ask for a durable commit. A sync's push is acknowledged, so alice forgets the
// records; they must be on the server after `pg_ctl stop -m immediate` and a restart.
void TestTeam::acknowledgedPushSurvivesServerCrash()
{
    Pair pair = publishedPair();
    {
        auto connection = PgConnection::connect(pair.url);
        QVERIFY(connection);
        auto setting = (*connection)->query("SELECT current_setting('synchronous_commit')");
        QVERIFY(setting);
        QCOMPARE(setting->text(0, 0), QStringLiteral("off"));   // the risky server setting is in force
        QVERIFY((*connection)->begin());
        auto inside = (*connection)->query("SELECT current_setting('synchronous_commit')");
        QVERIFY(inside);
        QCOMPARE(inside->text(0, 0), QStringLiteral("on"));     // raised for our transaction only
        QVERIFY((*connection)->commit());
        auto after = (*connection)->query("SELECT current_setting('synchronous_commit')");
        QVERIFY(after);
        QCOMPARE(after->text(0, 0), QStringLiteral("off"));
    }
    Project &alice = *pair.alice;
    const qint64 document = idOf(alice, "documents", QStringLiteral("notes"));   // 21 characters
    const qint64 code = idOf(alice, "codes", QStringLiteral("devices"));
    for (int end = 1; end <= 10; ++end)
        addCoding(alice, document, code, 0, end);
    sync(alice);
    QCOMPARE(WorkingCopy(alice).waitingCount().value_or(-1), qint64(0));   // acknowledged and forgotten
    QVERIFY(m_cluster.stopImmediately().isEmpty());
    QVERIFY(m_cluster.restart().isEmpty());
    auto connection = PgConnection::connect(pair.url);
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
    auto count = (*connection)->query("SELECT count(*) FROM marginalia.changes WHERE kind = 'coding'");
    QVERIFY(count);
    QCOMPARE(count->int64(0, 0), qint64(3 + 10));   // 3 published, 10 sent
    sync(*pair.bob);
    QCOMPARE(CodingStore(*pair.bob).count().value_or(-1), qint64(3 + 10));
    sync(alice);
    QCOMPARE(canonicalDump(*pair.bob), canonicalDump(alice));
}

QString TestTeam::memberLogin(const QString &url, const QString &login, const QString &coder, const QString &role)
{
    auto admin = PgConnection::connect(url);
    if (!admin)
        qFatal("%s", qPrintable(admin.error()));
    // CREATE ROLE takes no parameters; the login names are the test's own, the password random letters and digits.
    if (auto ok = (*admin)->execScript(QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                           .arg(login, m_cluster.password())
                                           .toStdString());
        !ok)
        qFatal("%s", qPrintable(ok.error()));
    TeamServer server(**admin);
    if (auto ok = server.addMember(login, coder, role); !ok)
        qFatal("%s", qPrintable(ok.error()));
    return m_cluster.url(QUrl(url).path().mid(1), login);
}

int TestTeam::psql(const QString &url, const QString &sql, QString *output)
{
    QProcess process;
    process.start(PgTestCluster::binDir() + QStringLiteral("/psql"),
                  {QStringLiteral("--no-psqlrc"), QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url,
                   QStringLiteral("-c"), sql});
    process.waitForFinished(60000);
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int TestTeam::cli(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(QStringLiteral(MARGINALIA_CLI), arguments);
    process.waitForFinished(60000);
    if (out)
        *out = process.readAllStandardOutput();
    const QByteArray error = process.readAllStandardError();
    if (err)
        *err = error;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// A blind round (issue 15): while it is open, two coders' codings on its document reach neither the
// other coder's copy nor the other coder's psql; closing delivers them to everyone (the watermark of
// each coder had moved past the hidden rows), every copy converges, and agreement over the round is
// the same on every copy.
void TestTeam::blindRoundHidesOthersCodingsUntilClosed()
{
    Pair pair = publishedPair();
    Project &alice = *pair.alice;   // the publisher: an owner
    const QString dir = QFileInfo(alice.path()).absolutePath();
    const QString wangUrl = memberLogin(pair.url, QStringLiteral("round_wang"), QStringLiteral("Wang"), QStringLiteral("coder"));
    const QString liUrl = memberLogin(pair.url, QStringLiteral("round_li"), QStringLiteral("Li"), QStringLiteral("coder"));
    const QString zhaoUrl = memberLogin(pair.url, QStringLiteral("round_zhao"), QStringLiteral("Zhao"),
                                        QStringLiteral("supervisor"));
    auto joined = joinProject(wangUrl, dir + QStringLiteral("/wang.marginalia"), QStringLiteral("Wang"));
    QVERIFY2(joined, joined ? "" : qPrintable(joined.error()));
    std::unique_ptr<Project> wang = std::move(*joined);
    joined = joinProject(liUrl, dir + QStringLiteral("/li.marginalia"), QStringLiteral("Li"));
    QVERIFY2(joined, joined ? "" : qPrintable(joined.error()));
    std::unique_ptr<Project> li = std::move(*joined);

    // A coder may not open a round, neither through the program nor with SQL.
    QByteArray out;
    QByteArray err;
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("round"), QStringLiteral("open"), wang->path(),
                  QStringLiteral("--documents"), QStringLiteral("interview")},
                 &out, &err),
             1);
    QVERIFY2(err.contains("may not do it"), err.constData());
    QString answer;
    QVERIFY(psql(wangUrl, QStringLiteral("SELECT marginalia.open_round('x', ARRAY['y'])"), &answer) != 0);
    QVERIFY2(answer.contains(u"only an owner or a supervisor"), qPrintable(answer));
    // The owner opens it on the interview.
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("round"), QStringLiteral("open"), alice.path(),
                  QStringLiteral("--documents"), QStringLiteral("interview"), QStringLiteral("--json")},
                 &out, &err),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"round").toObject().value(u"documents").toInt(), 1);
    // A second one is refused while it is open.
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("round"), QStringLiteral("open"), alice.path(),
                  QStringLiteral("--documents"), QStringLiteral("notes")},
                 &out, &err),
             1);
    QVERIFY2(err.contains("is open already"), err.constData());

    // Both code the interview with "practice" (Wang [0, 6), Li [0, 3)) and the notes (outside the round).
    for (Project *coder : {wang.get(), li.get()}) {
        const qint64 practice = idOf(*coder, "codes", QStringLiteral("practice"));
        addCoding(*coder, idOf(*coder, "documents", QStringLiteral("interview")), practice, 0, coder == wang.get() ? 6 : 3);
        addCoding(*coder, idOf(*coder, "documents", QStringLiteral("notes")), practice, 12, 19);
    }
    for (Project *copy : {wang.get(), li.get(), wang.get(), &alice})
        sync(*copy);
    const auto codingsBy = [](Project &project, const QString &coder, const QString &document) {
        auto row = project.database().prepare("SELECT count(*) FROM codings c JOIN coders r ON r.id = c.coder_id "
                                               "JOIN documents d ON d.id = c.document_id WHERE r.name = ?1 AND d.name = ?2");
        row->bind(1, coder).bind(2, document);
        return row->step() ? row->int64(0) : qint64(-1);
    };
    // Each coder's copy: its own coding on the interview, not the other's; both codings on the notes.
    QCOMPARE(codingsBy(*wang, QStringLiteral("Wang"), QStringLiteral("interview")), qint64(1));
    QCOMPARE(codingsBy(*wang, QStringLiteral("Li"), QStringLiteral("interview")), qint64(0));
    QCOMPARE(codingsBy(*wang, QStringLiteral("Li"), QStringLiteral("notes")), qint64(1));
    QCOMPARE(codingsBy(*li, QStringLiteral("Wang"), QStringLiteral("interview")), qint64(0));
    QCOMPARE(codingsBy(*li, QStringLiteral("Li"), QStringLiteral("interview")), qint64(1));
    QCOMPARE(codingsBy(*li, QStringLiteral("Wang"), QStringLiteral("notes")), qint64(1));
    // The owner's copy has both.
    QCOMPARE(codingsBy(alice, QStringLiteral("Wang"), QStringLiteral("interview")), qint64(1));
    QCOMPARE(codingsBy(alice, QStringLiteral("Li"), QStringLiteral("interview")), qint64(1));

    // psql as Wang: of Li's coding changes only the one on the notes; as the supervisor, both.
    const QString liCodings = QStringLiteral("SELECT count(*) FROM marginalia.changes WHERE kind = 'coding' AND author = 'Li'");
    QCOMPARE(psql(wangUrl, liCodings, &answer), 0);
    QCOMPARE(answer, QStringLiteral("1"));
    QCOMPARE(psql(zhaoUrl, liCodings, &answer), 0);
    QCOMPARE(answer, QStringLiteral("2"));
    // Not through a function of ours either, nor by marking rows.
    QCOMPARE(psql(wangUrl, QStringLiteral("SELECT count(*) FROM marginalia.changes WHERE round_id IS NOT NULL"), &answer), 0);
    QCOMPARE(answer, QStringLiteral("1"));   // his own
    QVERIFY(psql(wangUrl, QStringLiteral("UPDATE marginalia.rounds SET closed_at = now()"), &answer) != 0);
    // Nor hide a change of his own or place it behind others' watermarks: round_id and xid are not his to set.
    for (const char *column : {"round_id", "xid"}) {
        QVERIFY(psql(wangUrl,
                     QStringLiteral("INSERT INTO marginalia.changes(change_guid, origin, author, kind, object_key, op, state, "
                                    "base_xid, base_id, %1) VALUES (gen_random_uuid(), gen_random_uuid(), 'Wang', 'coding', "
                                    "'k', 'upsert', '{\"coder\": \"Wang\"}', '0', 0, %2)")
                         .arg(QLatin1StringView(column), QLatin1StringView(column == std::string_view("xid") ? "'5'" : "1")),
                     &answer)
                != 0);
        QVERIFY2(answer.contains(u"permission denied"), qPrintable(answer));
    }
    QVERIFY(psql(wangUrl, QStringLiteral("SELECT marginalia.close_round()"), &answer) != 0);
    QCOMPARE(psql(wangUrl, QStringLiteral("SELECT count(*) FROM marginalia.rounds WHERE closed_at IS NULL"), &answer), 0);
    QCOMPARE(answer, QStringLiteral("1"));

    // The supervisor closes it (through the CLI on a copy of its own): the 2 hidden coding changes
    // are appended again.
    joined = joinProject(zhaoUrl, dir + QStringLiteral("/zhao.marginalia"), QStringLiteral("Zhao"));
    QVERIFY2(joined, joined ? "" : qPrintable(joined.error()));
    std::unique_ptr<Project> zhao = std::move(*joined);
    QCOMPARE(codingsBy(*zhao, QStringLiteral("Li"), QStringLiteral("interview")), qint64(1));
    const QString zhaoFile = zhao->path();
    zhao.reset();
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("round"), QStringLiteral("close"), zhaoFile,
                  QStringLiteral("--json")},
                 &out, &err),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"closed").toObject().value(u"delivered").toInt(), 2);
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("round"), QStringLiteral("show"), zhaoFile}, &out, &err), 0);
    QVERIFY2(out.contains("No blind round is open"), out.constData());

    // What the close appended again is no one's new change: the owner, who had pulled Li's original
    // before the close, changing that coding is no conflict at the server's check (the change is
    // rolled back: it only asks).
    {
        auto row = alice.database().prepare("SELECT c.guid FROM codings c JOIN coders r ON r.id = c.coder_id "
                                            "JOIN documents d ON d.id = c.document_id WHERE r.name = 'Li' AND d.name = 'interview'");
        QVERIFY(row && row->step());
        ChangeRecord edit = change(QStringLiteral("coding"), row->text(0), guid(), {{QStringLiteral("coder"), QStringLiteral("Li")}});
        auto admin = PgConnection::connect(pair.url);
        QVERIFY(admin);
        TeamServer server(**admin);
        QVERIFY(server.project());
        QVERIFY(server.beginPush());
        auto appended = server.append(edit, WorkingCopy(alice).binding()->value().pulled, true);
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error()));
        QVERIFY(appended->added);
        QVERIFY(!appended->concurrent);
        server.abandonPush();
    }

    // Nor at pulling: the owner changes Li's coding before pulling what the close appended; the
    // owner's version stands everywhere, with no conflict noted.
    {
        auto row = alice.database().prepare("SELECT c.id FROM codings c JOIN coders r ON r.id = c.coder_id "
                                            "JOIN documents d ON d.id = c.document_id WHERE r.name = 'Li' AND d.name = 'interview'");
        QVERIFY(row && row->step());
        QVERIFY(CodingStore(alice).setMemo(row->int64(0), QStringLiteral("checked by alice")));
    }

    // Everyone converges: two rounds of syncs (bob's coder row travels in the first).
    for (int pass = 0; pass < 2; ++pass) {
        for (Project *copy : {wang.get(), li.get(), &alice, pair.bob.get()})
            sync(*copy);
    }
    const QStringList reference = canonicalDump(alice);
    for (Project *copy : {wang.get(), li.get(), pair.bob.get()})
        QCOMPARE(canonicalDump(*copy), reference);
    QCOMPARE(codingsBy(*wang, QStringLiteral("Li"), QStringLiteral("interview")), qint64(1));
    QCOMPARE(codingsBy(*li, QStringLiteral("Wang"), QStringLiteral("interview")), qint64(1));
    QVERIFY(reference.join(u'\n').contains(QStringLiteral("checked by alice")));
    QVERIFY2(rulesOf(alice).isEmpty(), qPrintable(rulesOf(alice).join(u' ')));
    // Li's psql now reads both of Wang's coding changes (the hidden original stays hidden; its copy is not).
    QCOMPARE(psql(liUrl, QStringLiteral("SELECT count(*) FROM marginalia.changes WHERE kind = 'coding' AND author = 'Wang'"),
                  &answer),
             0);
    QCOMPARE(answer, QStringLiteral("2"));

    // Agreement over the round's document, on a coder's copy and the owner's: the interview is 31
    // characters (13 hanzi and punctuation, the newline, "Tablets in class."); Wang coded 6 of them with
    // practice and Li the first 3 of those: they agree on 31 − 3 = 28 characters.
    for (Project *copy : {wang.get(), &alice}) {
        AgreementOptions options;
        options.documentIds = {idOf(*copy, "documents", QStringLiteral("interview"))};
        auto agreement = Agreement(*copy).compute({QStringLiteral("Wang"), QStringLiteral("Li")}, {}, options);
        QVERIFY2(agreement, agreement ? "" : qPrintable(agreement.error()));
        QCOMPARE(agreement->comparedCharacters, qint64(31));
        QCOMPARE(agreement->overallCharacters.percentAgreement, 100.0 * 28 / 31);
    }
}

// Removing a member: its login reads and writes nothing of the project any more (with psql too), its
// past changes stay in the log and on every copy, and the last owner cannot be removed.
void TestTeam::removedMemberIsRefusedAndItsChangesStay()
{
    Pair pair = publishedPair();
    const QString dir = QFileInfo(pair.alice->path()).absolutePath();
    const QString wangUrl = memberLogin(pair.url, QStringLiteral("gone_wang"), QStringLiteral("Wang"), QStringLiteral("coder"));
    auto joined = joinProject(wangUrl, dir + QStringLiteral("/wang.marginalia"), QStringLiteral("Wang"));
    QVERIFY2(joined, joined ? "" : qPrintable(joined.error()));
    std::unique_ptr<Project> wang = std::move(*joined);
    addCoding(*wang, idOf(*wang, "documents", QStringLiteral("notes")), idOf(*wang, "codes", QStringLiteral("unused")), 0, 5);
    sync(*wang);

    QByteArray out;
    QByteArray err;
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("remove-member"), pair.url, QStringLiteral("gone_wang")}, &out, &err), 0);
    QVERIFY2(out.contains("gone_wang is no longer a member"), out.constData());
    // Again: a sentence, not a crash or a second revoke.
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("remove-member"), pair.url, QStringLiteral("gone_wang")}, &out, &err), 1);
    QVERIFY2(err.contains("gone_wang is not a member"), err.constData());
    // The publisher is the only owner.
    QCOMPARE(cli({QStringLiteral("team"), QStringLiteral("remove-member"), pair.url, PgTestCluster::adminUser()}, &out, &err), 1);
    QVERIFY2(err.contains("last owner"), err.constData());

    QString answer;
    QVERIFY(psql(wangUrl, QStringLiteral("SELECT count(*) FROM marginalia.changes"), &answer) != 0);
    QVERIFY2(answer.contains(u"permission denied"), qPrintable(answer));
    // His copy cannot sync any more: the server's refusal as a sentence.
    addCoding(*wang, idOf(*wang, "documents", QStringLiteral("notes")), idOf(*wang, "codes", QStringLiteral("unused")), 6, 9);
    auto refused = syncProject(*wang);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"may not do it"), qPrintable(refused.error()));
    // His coding (the one sent) stays: alice and bob have it, the log has it.
    sync(*pair.alice);
    sync(*pair.bob);
    // 3 published codings + Wang's.
    QCOMPARE(CodingStore(*pair.alice).count().value_or(-1), qint64(4));
    QCOMPARE(CodingStore(*pair.bob).count().value_or(-1), qint64(4));
    auto admin = PgConnection::connect(pair.url);
    QVERIFY(admin);
    TeamServer server(**admin);
    auto members = server.members();
    QVERIFY(members);
    const auto found = std::find_if(members->begin(), members->end(), [](const TeamMember &m) { return m.login == u"gone_wang"; });
    QVERIFY(found != members->end());
    QVERIFY(found->removed);
    QCOMPARE(found->coder, QStringLiteral("Wang"));
    // Added again, as a reader: he reads again, and is in the readers' group only (a change of role
    // takes the old group away).
    QVERIFY(server.addMember(QStringLiteral("gone_wang"), QStringLiteral("Wang"), QStringLiteral("coder")));
    QVERIFY(server.addMember(QStringLiteral("gone_wang"), QStringLiteral("Wang"), QStringLiteral("reader")));
    QCOMPARE(psql(wangUrl, QStringLiteral("SELECT count(*) > 0 FROM marginalia.changes"), &answer), 0);
    QCOMPARE(answer, QStringLiteral("t"));
    const QString database = QUrl(pair.url).path().mid(1);
    QCOMPARE(psql(pair.url,
                  QStringLiteral("SELECT pg_has_role('gone_wang', '%1_coder', 'MEMBER')::text || "
                                 "pg_has_role('gone_wang', '%1_reader', 'MEMBER')::text")
                      .arg(database),
                  &answer),
             0);
    QCOMPARE(answer, QStringLiteral("falsetrue"));
}

// A server of format 1 (before rounds and removing members): a member who does not own the tables
// works on it as it is and is told who can bring it up to date; the owner's first connection does.
void TestTeam::versionOneServerIsUpgradedByItsOwner()
{
    const QString url = freshDatabase();
    auto owner = PgConnection::connect(url);
    QVERIFY(owner);
    TeamServer server(**owner);
    QVERIFY(server.createProject(guid(), QStringLiteral("old"), QStringLiteral("alice"), 1));
    auto info = (*owner)->query("SELECT value FROM marginalia.info WHERE key = 'schema_version'");
    QVERIFY(info);
    QCOMPARE(info->text(0, 0), QStringLiteral("1"));
    QCOMPARE((*owner)->query("SELECT count(*) FROM pg_tables WHERE schemaname = 'marginalia' AND tablename = 'rounds'")
                 ->int64(0, 0),
             qint64(0));
    const QString wangUrl = memberLogin(url, QStringLiteral("old_wang"), QStringLiteral("Wang"), QStringLiteral("supervisor"));
    auto wang = PgConnection::connect(wangUrl);
    QVERIFY(wang);
    TeamServer asWang(**wang);
    auto seen = asWang.project();
    QVERIFY2(seen, seen ? "" : qPrintable(seen.error()));
    QCOMPARE(seen->schemaVersion, 1);
    auto refused = asWang.openRound(QStringLiteral("r"), {guid()});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"older server format (1)"), qPrintable(refused.error()));
    // A coding sent before the upgrade stays readable after it.
    QVERIFY(server.beginPush());
    QVERIFY(server.append(change(QStringLiteral("coding"), guid(), guid(), {{QStringLiteral("coder"), QStringLiteral("alice")}}),
                          {}, false));
    QVERIFY(server.commitPush());
    auto upgraded = server.project();
    QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error()));
    QCOMPARE(upgraded->schemaVersion, 2);
    auto opened = asWang.openRound(QStringLiteral("r"), {guid()});
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    auto pulled = asWang.pull({}, 100);
    QVERIFY(pulled);
    QCOMPARE(pulled->size(), size_t(1));
    QCOMPARE(asWang.closeRound().value_or(-1), qint64(0));
}


// sslmode=verify-full over TCP: a throwaway CA signs a certificate for localhost; a second cluster
// serves it. Publish, join and sync work through a URL that names the CA, and the session is
// encrypted; a CA that did not sign the certificate, or a host name the certificate is not for,
// is refused with a sentence from core (not libpq's text).
void TestTeam::verifyFullIsEncryptedAndRefusesAWrongServer()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed: install openssl (.ci/install-deps does) to test sslmode=verify-full");
    QTemporaryDir tls;
    QVERIFY(tls.isValid());
    const auto file = [&tls](const char *name) { return tls.filePath(QString::fromLatin1(name)); };
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl, arguments);
        const bool ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
                        && process.exitCode() == 0;
        if (!ok)
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAll().constData());
        return ok;
    };
    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const auto makeCa = [&](const char *name, const char *subject) {
        return run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                   + QStringList{QStringLiteral("-keyout"), file(name) + QStringLiteral(".key"), QStringLiteral("-out"),
                                 file(name) + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                                 QStringLiteral("-subj"), QString::fromLatin1(subject)});
    };
    QVERIFY(makeCa("ca", "/CN=Marginalia test CA"));
    QVERIFY(makeCa("other-ca", "/CN=Someone else's CA"));
    QVERIFY(run(QStringList{QStringLiteral("req")} + ecKey
                + QStringList{QStringLiteral("-keyout"), file("server.key"), QStringLiteral("-out"), file("server.csr"),
                              QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}));
    {
        QFile extensions(file("server.ext"));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName = DNS:localhost\n");
    }
    QVERIFY(run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), file("server.csr"),
                 QStringLiteral("-CA"), file("ca.crt"), QStringLiteral("-CAkey"), file("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                 QStringLiteral("-extfile"), file("server.ext"), QStringLiteral("-out"), file("server.crt")}));

    // The second cluster has its own password in PGPASSWORD; the first one's comes back afterwards.
    const QByteArray savedPassword = qgetenv("PGPASSWORD");
    const auto restorePassword = qScopeGuard([&savedPassword] { qputenv("PGPASSWORD", savedPassword); });
    PgTestCluster cluster;
    cluster.useTls(file("server.crt"), file("server.key"));
    const QString started = cluster.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const auto url = [&](const QString &host, const QString &database, const char *ca) {
        return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5")
            .arg(PgTestCluster::adminUser(), host)
            .arg(cluster.port())
            .arg(database, file(ca) + QStringLiteral(".crt"));
    };
    const QString localhost = QStringLiteral("localhost");

    auto admin = PgConnection::connect(url(localhost, QStringLiteral("postgres"), "ca"));
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error()));
    auto session = (*admin)->query("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
    QVERIFY2(session, session ? "" : qPrintable(session.error()));
    QCOMPARE(session->size(), 1);
    QCOMPARE(session->text(0, 0), QStringLiteral("t"));
    QVERIFY2(session->text(0, 1).startsWith(u"TLS"), qPrintable(session->text(0, 1)));
    QVERIFY((*admin)->execScript("CREATE DATABASE teamtls"));

    const QString teamUrl = url(localhost, QStringLiteral("teamtls"), "ca");
    const QString dir = m_files.path() + QStringLiteral("/tls");
    QDir().mkpath(dir);
    auto alice = newProject(dir + QStringLiteral("/alice.marginalia"), QStringLiteral("alice"));
    const qint64 document = addDocument(*alice, QStringLiteral("interview"), QStringLiteral("Encrypted on the wire."));
    addCoding(*alice, document, addCode(*alice, QStringLiteral("privacy")), 0, 9);
    auto published = publishProject(*alice, teamUrl);
    QVERIFY2(published, published ? "" : qPrintable(published.error()));
    auto bob = joinProject(teamUrl, dir + QStringLiteral("/bob.marginalia"), QStringLiteral("bob"));
    QVERIFY2(bob, bob ? "" : qPrintable(bob.error()));
    Project &bobProject = **bob;
    addCoding(bobProject, idOf(bobProject, "documents", QStringLiteral("interview")),
              idOf(bobProject, "codes", QStringLiteral("privacy")), 10, 15);
    sync(bobProject);
    sync(*alice);
    // alice's own coding and bob's, which came through the encrypted sync.
    QCOMPARE(CodingStore(*alice).count().value_or(-1), qint64(2));

    // The same server checked against a CA that did not sign its certificate.
    auto wrongCa = PgConnection::connect(url(localhost, QStringLiteral("teamtls"), "other-ca"));
    QVERIFY(!wrongCa);
    QVERIFY2(wrongCa.error().contains(u"not signed by the certificate authority given in sslrootcert"),
             qPrintable(marginalia::errorText(wrongCa)));
    QVERIFY2(!wrongCa.error().contains(u"certificate verify failed"), qPrintable(marginalia::errorText(wrongCa)));
    const QString refusedCopy = dir + QStringLiteral("/carol.marginalia");
    auto carol = joinProject(url(localhost, QStringLiteral("teamtls"), "other-ca"), refusedCopy, QStringLiteral("carol"));
    QVERIFY(!carol);
    QVERIFY2(carol.error().contains(u"not signed by the certificate authority"), qPrintable(marginalia::errorText(carol)));
    QVERIFY(!QFile::exists(refusedCopy));

    // The right CA, but the URL names the server by an address the certificate (DNS:localhost) is not for.
    auto wrongHost = PgConnection::connect(url(QStringLiteral("127.0.0.1"), QStringLiteral("teamtls"), "ca"));
    QVERIFY(!wrongHost);
    QVERIFY2(wrongHost.error().contains(u"certificate was issued for another host name"),
             qPrintable(marginalia::errorText(wrongHost)));
    QVERIFY2(!wrongHost.error().contains(u"does not match host name"), qPrintable(marginalia::errorText(wrongHost)));
}

QTEST_GUILESS_MAIN(TestTeam)
#include "test_team.moc"
