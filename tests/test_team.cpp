// Team projects on PostgreSQL (issue 15), against a real server started for the run
// (tests/PgTestCluster.h): the connection's sentences, the server schema, the change log's
// idempotence and ordering.

#include "PgTestCluster.h"

#include "team/PgConnection.h"
#include "team/TeamServer.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
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

private:
    // A new, empty database on the cluster; its URL.
    QString freshDatabase();

    PgTestCluster m_cluster;
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
    QVERIFY2(connection.error().contains(u"refused the user name or password"), qPrintable(connection.error()));
    // One sentence for a person: no libpq prefixes, no line breaks, and the password never shown.
    QVERIFY(!connection.error().contains(u"FATAL"));
    QVERIFY(!connection.error().contains(u'\n'));

    auto inUrl = PgConnection::connect(QStringLiteral("postgresql://%1:secret-word@/postgres?host=%2&port=%3")
                                           .arg(PgTestCluster::adminUser(), m_cluster.socketDir())
                                           .arg(m_cluster.port()));
    QVERIFY(!inUrl);
    QVERIFY2(!inUrl.error().contains(u"secret-word"), qPrintable(inUrl.error()));
}

void TestTeam::serverDownIsASentence()
{
    // Nobody listens on the next port in the cluster's socket folder.
    const QString url =
        QStringLiteral("postgresql://%1@/postgres?host=%2&port=%3").arg(PgTestCluster::adminUser(), m_cluster.socketDir())
            .arg(m_cluster.port() + 1);
    auto connection = PgConnection::connect(url);
    QVERIFY(!connection);
    QVERIFY2(connection.error().contains(u"no PostgreSQL server answers there"), qPrintable(connection.error()));
}

void TestTeam::schemaIsCreatedOnceAndVersioned()
{
    auto connection = PgConnection::connect(freshDatabase());
    QVERIFY2(connection, connection ? "" : qPrintable(connection.error()));
    TeamServer server(**connection);
    auto none = server.project();
    QVERIFY(!none);
    QVERIFY2(none.error().contains(u"holds no Marginalia team project"), qPrintable(none.error()));

    const QString projectGuid = guid();
    QVERIFY(server.createProject(projectGuid, QStringLiteral("Four sites")));
    auto project = server.project();
    QVERIFY2(project, project ? "" : qPrintable(project.error()));
    QCOMPARE(project->guid, projectGuid);
    QCOMPARE(project->name, QStringLiteral("Four sites"));
    QCOMPARE(project->schemaVersion, TeamServer::kSchemaVersion);

    auto again = server.createProject(guid(), QStringLiteral("Other"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"already holds the team project \"Four sites\""), qPrintable(again.error()));

    // A server made by a newer Marginalia is refused with what to do.
    QVERIFY((*connection)->run("UPDATE marginalia.info SET value = '99' WHERE key = 'schema_version'"));
    auto newer = server.project();
    QVERIFY(!newer);
    QVERIFY2(newer.error().contains(u"newer Marginalia"), qPrintable(newer.error()));

    // The log is append-only, also for someone with SQL access.
    QVERIFY((*connection)->run("UPDATE marginalia.info SET value = '1' WHERE key = 'schema_version'"));
    QVERIFY(server.beginPush());
    QVERIFY(server.append(change(QStringLiteral("code"), guid(), guid()), {}, false));
    QVERIFY(server.commitPush());
    auto update = (*connection)->run("UPDATE marginalia.changes SET author = 'someone else'");
    QVERIFY(!update);
    QVERIFY2(update.error().contains(u"append-only"), qPrintable(update.error()));
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

QTEST_GUILESS_MAIN(TestTeam)
#include "test_team.moc"
