#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "ProjectIntegrity.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <csignal>

using namespace marginalia;

// Work acknowledged by the CLI survives SIGKILL at any point, and two writers lose nothing.
// SIGKILL for the child only. QProcess reports pid 0 once the child has exited, and kill(0, ...)
// would hit our whole process group (the test runner and CI with it), so 0 is never signalled.
static void killProcess(const QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

class TestRobustness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString cli() { return QStringLiteral(MARGINALIA_CLI); }

    static int runCli(const QStringList &arguments, QString *err = nullptr)
    {
        QProcess process;
        process.start(cli(), arguments);
        process.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString makeProject(const QString &name, int documentLength)
    {
        const QString path = m_dir.filePath(name);
        if (runCli({QStringLiteral("new"), path}) != 0)
            qFatal("cannot create project");
        const QString text = m_dir.filePath(name + QStringLiteral(".txt"));
        QFile file(text);
        file.open(QIODevice::WriteOnly);
        file.write(QByteArray(documentLength, 'x'));
        file.close();
        if (runCli({QStringLiteral("import"), path, text}) != 0 || runCli({QStringLiteral("add-code"), path, QStringLiteral("c")}) != 0)
            qFatal("cannot set up project");
        return path;
    }

    static QSet<std::pair<qint64, qint64>> storedRanges(const QString &path)
    {
        auto project = Project::open(path, Project::Access::ReadOnly);
        QSet<std::pair<qint64, qint64>> ranges;
        if (!project)
            return ranges;
        CodingFilter filter;
        filter.withText = false;
        const auto segments = CodingStore(**project).segments(filter);
        for (const CodedSegment &segment : *segments)
            ranges.insert({segment.start, segment.end});
        return ranges;
    }

private Q_SLOTS:
    void acknowledgedCodingsSurviveSigkill()
    {
        const QString path = makeProject(QStringLiteral("crash.marginalia"), 5000);
        QRandomGenerator random(42);
        // Kill within twice the time a coding normally takes, so that every phase gets hit.
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i)
            runCli({QStringLiteral("code"), path, QStringLiteral("crash.marginalia.txt"), QStringLiteral("c"),
                    QString::number(4900 + i), QString::number(4950)});
        const int window = std::max<int>(2000, static_cast<int>(timer.nsecsElapsed() / 1000 / 3) * 2);
        QList<std::pair<qint64, qint64>> acknowledged;
        int killed = 0;
        const int rounds = 300;
        for (int i = 0; i < rounds; ++i) {
            const qint64 start = i * 10;
            QProcess process;
            process.start(cli(), {QStringLiteral("code"), path, QStringLiteral("crash.marginalia.txt"), QStringLiteral("c"),
                                  QString::number(start), QString::number(start + 5)});
            process.waitForStarted();
            QThread::usleep(random.bounded(window));
            if (process.state() != QProcess::NotRunning)
                killProcess(process);
            process.waitForFinished(30000);
            if (process.exitStatus() == QProcess::CrashExit)
                ++killed;
            else if (process.exitCode() == 0)
                acknowledged.append({start, start + 5});
        }
        qInfo("%d of %d runs killed, %lld acknowledged", killed, rounds, static_cast<long long>(acknowledged.size()));
        QVERIFY(killed > 10);               // the test must actually interrupt work
        QVERIFY(acknowledged.size() > 10);  // and let some of it finish
        QCOMPARE(marginalia::testing::projectIntegrity(path), QStringLiteral("ok"));
        const auto stored = storedRanges(path);
        for (const auto &range : acknowledged)
            QVERIFY2(stored.contains(range), qPrintable(QStringLiteral("lost [%1, %2)").arg(range.first).arg(range.second)));
    }

    void killedImportsLeaveNothingHalfWritten()
    {
        const QString path = makeProject(QStringLiteral("imports.marginalia"), 10);
        QRandomGenerator random(7);
        QStringList acknowledged;
        for (int i = 0; i < 60; ++i) {
            const QString file = m_dir.filePath(QStringLiteral("import-%1.txt").arg(i));
            QFile out(file);
            out.open(QIODevice::WriteOnly);
            for (int line = 0; line < 2000; ++line)
                out.write(QStringLiteral("教师：第%1行，我们用电脑上课。\n").arg(i * 10000 + line).toUtf8());
            out.close();
            QProcess process;
            process.start(cli(), {QStringLiteral("import"), path, file});
            process.waitForStarted();
            QThread::usleep(random.bounded(120000));
            if (process.state() != QProcess::NotRunning)
                killProcess(process);
            process.waitForFinished(30000);
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
                acknowledged.append(QStringLiteral("import-%1.txt").arg(i));
        }
        QCOMPARE(marginalia::testing::projectIntegrity(path), QStringLiteral("ok"));
        auto project = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(project);
        auto documents = DocumentStore(**project).list();
        QVERIFY(documents);
        QStringList stored;
        for (const DocumentInfo &document : *documents) {
            stored.append(document.name);
            // Every stored document is whole: all its paragraphs are there.
            if (document.name.startsWith(QStringLiteral("import-"))) {
                auto paragraphs = (*project)->database().prepare("SELECT count(*) FROM paragraphs WHERE document_id = ?1");
                paragraphs->bind(1, document.id);
                QVERIFY(paragraphs->step());
                QCOMPARE(paragraphs->int64(0), qint64(2000));
            }
        }
        for (const QString &name : acknowledged)
            QVERIFY2(stored.contains(name), qPrintable(name));
    }

    void twoWritersLoseNothing()
    {
        const QString path = makeProject(QStringLiteral("two.marginalia"), 5000);
        QList<QProcess *> writers;
        // Two shell loops, each coding its own ranges with one process per coding, at the same time.
        for (int writer = 0; writer < 2; ++writer) {
            auto *process = new QProcess(this);
            QString script;
            for (int i = 0; i < 40; ++i) {
                const int start = writer * 2000 + i * 10;
                script += QStringLiteral("\"%1\" code \"%2\" two.marginalia.txt c %3 %4 --coder w%5 || exit 1\n")
                              .arg(cli(), path)
                              .arg(start)
                              .arg(start + 5)
                              .arg(writer);
            }
            process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
            writers.append(process);
        }
        for (QProcess *process : writers) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitCode(), 0);
        }
        QCOMPARE(storedRanges(path).size(), 80);
        QCOMPARE(marginalia::testing::projectIntegrity(path), QStringLiteral("ok"));
    }

    void aWriterThatCannotGetInIsToldSo()
    {
        const QString path = makeProject(QStringLiteral("locked.marginalia"), 100);
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QString err;
        QElapsedTimer timer;
        timer.start();
        const int code = runCli({QStringLiteral("code"), path, QStringLiteral("locked.marginalia.txt"), QStringLiteral("c"),
                                 QStringLiteral("0"), QStringLiteral("5")},
                                &err);
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QStringLiteral("in use")), qPrintable(err));
        QVERIFY(timer.elapsed() >= 4000);   // it waited for the other writer first
        // Readers are not blocked by a writer.
        QCOMPARE(runCli({QStringLiteral("info"), path, QStringLiteral("--json")}), 0);
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "test_robustness.moc"
