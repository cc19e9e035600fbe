#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// marginalia-cli run as a process, the way scripts use it.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    QTemporaryDir m_dir;

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI), arguments);
        if (!process.waitForFinished(120000))
            qFatal("marginalia-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void fullWorkflow()
    {
        const QString project = m_dir.filePath(QStringLiteral("work.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);

        // UTF-16LE with BOM: "T: 😀 we use 电脑\n"; the passage "电脑" is at code points [12, 14).
        QByteArray utf16 = QByteArray("\xFF\xFE", 2);
        const QString text = QStringLiteral("T: 😀 we use 电脑\nS: ok");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const QString transcript = writeFile(QStringLiteral("kunming-teacher.txt"), utf16);
        const QString binary = writeFile(QStringLiteral("photo.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

        Run imported = cli({QStringLiteral("import"), project, transcript, binary, QStringLiteral("--site"),
                            QStringLiteral("Kunming"), QStringLiteral("--kind"), QStringLiteral("teacher interview"),
                            QStringLiteral("--attr"), QStringLiteral("school=Village school"), QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 3);   // one refused, one imported
        QVERIFY2(imported.err.contains(QStringLiteral("photo.txt")), qPrintable(imported.err));
        const QJsonObject report = imported.json().object();
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().size(), 1);
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().first().toObject().value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("UTF-16LE"));
        QCOMPARE(report.value(QStringLiteral("refused")).toArray().size(), 1);
        // The import builds the search index once its documents are stored.
        QCOMPARE(report.value(QStringLiteral("indexed_for_search")).toInt(), 1);
        Run index = cli({QStringLiteral("index"), project, QStringLiteral("--json")});
        QCOMPARE(index.exitCode, 0);
        QCOMPARE(index.json().object().value(QStringLiteral("indexed")).toInt(), 0);

        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("Inequality")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("home access"), QStringLiteral("--parent"),
                      QStringLiteral("Inequality"), QStringLiteral("--color"), QStringLiteral("#59a14f")})
                     .exitCode,
                 0);
        Run coded = cli({QStringLiteral("code"), project, QStringLiteral("kunming-teacher.txt"), QStringLiteral("home access"),
                         QStringLiteral("12"), QStringLiteral("14"), QStringLiteral("--coder"), QStringLiteral("Li Na"),
                         QStringLiteral("--memo"), QStringLiteral("the family computer")});
        QVERIFY2(coded.exitCode == 0, qPrintable(coded.err));

        Run codings = cli({QStringLiteral("codings"), project, QStringLiteral("--json")});
        QCOMPARE(codings.exitCode, 0);
        const QJsonArray list = codings.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject coding = list.first().toObject();
        QCOMPARE(coding.value(QStringLiteral("document")).toString(), QStringLiteral("kunming-teacher.txt"));
        QCOMPARE(coding.value(QStringLiteral("code")).toString(), QStringLiteral("home access"));
        QCOMPARE(coding.value(QStringLiteral("start")).toInt(), 12);
        QCOMPARE(coding.value(QStringLiteral("end")).toInt(), 14);
        QCOMPARE(coding.value(QStringLiteral("coder")).toString(), QStringLiteral("Li Na"));
        QCOMPARE(coding.value(QStringLiteral("text")).toString(), QStringLiteral("电脑"));

        Run bySite = cli({QStringLiteral("codings"), project, QStringLiteral("--json"), QStringLiteral("--site"),
                          QStringLiteral("Beijing")});
        QCOMPARE(bySite.json().array().size(), 0);

        Run search = cli({QStringLiteral("search"), project, QStringLiteral("电脑"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = search.json().array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("start")).toInt(), 12);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("end")).toInt(), 14);

        Run autocode = cli({QStringLiteral("autocode"), project, QStringLiteral("Inequality"), QStringLiteral("we use"),
                            QStringLiteral("--unit"), QStringLiteral("paragraph"), QStringLiteral("--json")});
        QCOMPARE(autocode.exitCode, 0);
        QCOMPARE(autocode.json().object().value(QStringLiteral("added")).toInt(), 1);

        Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json"), QStringLiteral("--documents")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject summary = info.json().object();
        QCOMPARE(summary.value(QStringLiteral("documents")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("codes")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("codings")).toInt(), 2);
        QVERIFY(summary.value(QStringLiteral("coders")).toArray().contains(QStringLiteral("Li Na")));
        QCOMPARE(summary.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("site")).toArray(),
                 QJsonArray{QStringLiteral("Kunming")});
        const QJsonObject document = summary.value(QStringLiteral("document_list")).toArray().first().toObject();
        QCOMPARE(document.value(QStringLiteral("length")).toInt(), 20);
        QCOMPARE(document.value(QStringLiteral("site")).toString(), QStringLiteral("Kunming"));
        QCOMPARE(document.value(QStringLiteral("kind")).toString(), QStringLiteral("teacher interview"));
        QCOMPARE(document.value(QStringLiteral("codings")).toInt(), 2);
    }

    void importCanLeaveTheIndexForLater()
    {
        const QString project = m_dir.filePath(QStringLiteral("deferred.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        // Its document is found all the same (read directly), then indexed by 'index'.
        const QString later = writeFile(QStringLiteral("later.txt"), QByteArray("教师：多媒体教室\n"));
        Run deferred = cli({QStringLiteral("import"), project, later, QStringLiteral("--defer-index"), QStringLiteral("--json")});
        QCOMPARE(deferred.exitCode, 0);
        QCOMPARE(deferred.json().object().value(QStringLiteral("indexed_for_search")).toInt(), 0);
        Run found = cli({QStringLiteral("search"), project, QStringLiteral("多媒体"), QStringLiteral("--json")});
        QCOMPARE(found.json().array().size(), 1);
        QCOMPARE(found.json().array().first().toObject().value(QStringLiteral("start")).toInt(), 3);
        Run index = cli({QStringLiteral("index"), project, QStringLiteral("--json")});
        QCOMPARE(index.exitCode, 0);
        QCOMPARE(index.json().object().value(QStringLiteral("indexed")).toInt(), 1);
        found = cli({QStringLiteral("search"), project, QStringLiteral("多媒体"), QStringLiteral("--json")});
        QCOMPARE(found.json().array().size(), 1);
        QCOMPARE(found.json().array().first().toObject().value(QStringLiteral("start")).toInt(), 3);
    }

    void errorsExitNonZeroWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("/nonexistent/folder/none.marginalia");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("missing project") << QStringList{QStringLiteral("info"), missing, QStringLiteral("--json")} << 1
                                         << QStringLiteral("no such project");
        QTest::newRow("too few arguments") << QStringList{QStringLiteral("code"), missing} << 2 << QStringLiteral("usage");
        QTest::newRow("bad position") << QStringList{QStringLiteral("code"), missing, QStringLiteral("d"), QStringLiteral("c"),
                                                     QStringLiteral("x"), QStringLiteral("4")}
                                      << 2 << QStringLiteral("START");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), missing, QStringLiteral("--colour")} << 2
                                        << QStringLiteral("colour");
    }

    void errorsExitNonZeroWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void refusesBadRangesAndNonProjects()
    {
        const QString project = m_dir.filePath(QStringLiteral("ranges.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        const QString file = writeFile(QStringLiteral("short.txt"), QByteArray("just ten c"));
        QCOMPARE(cli({QStringLiteral("import"), project, file}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("c")}).exitCode, 0);
        Run past = cli({QStringLiteral("code"), project, QStringLiteral("short.txt"), QStringLiteral("c"), QStringLiteral("5"),
                        QStringLiteral("11")});
        QCOMPARE(past.exitCode, 1);
        QVERIFY2(past.err.contains(QStringLiteral("10 characters")), qPrintable(past.err));

        const QString notes = writeFile(QStringLiteral("notes.marginalia"), QByteArray("plain notes"));
        Run foreign = cli({QStringLiteral("info"), notes, QStringLiteral("--json")});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY(foreign.err.contains(QStringLiteral("is not a Marginalia project")));
        QFile check(notes);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("plain notes"));
    }

    void buildsTheDemoProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("demo.marginalia"));
        Run demo = cli({QStringLiteral("demo"), project});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        Run info = cli({QStringLiteral("info"), project, QStringLiteral("--json"), QStringLiteral("--documents")});
        const QJsonObject summary = info.json().object();
        QVERIFY(summary.value(QStringLiteral("documents")).toInt() >= 12);
        QVERIFY(summary.value(QStringLiteral("codes")).toInt() >= 10);
        QVERIFY(summary.value(QStringLiteral("codings")).toInt() >= 60);
        QCOMPARE(summary.value(QStringLiteral("coders")).toArray().size(), 2);
        QStringList sites;
        for (const QJsonValue &site : summary.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("site")).toArray())
            sites.append(site.toString());
        QCOMPARE(sites, (QStringList{QStringLiteral("Beijing"), QStringLiteral("Chongqing"), QStringLiteral("Kunming"),
                                     QStringLiteral("Zhejiang")}));
        // Every coding's text is exactly the passage at its offsets in the stored document.
        Run codings = cli({QStringLiteral("codings"), project, QStringLiteral("--json")});
        const QJsonArray list = codings.json().array();
        QCOMPARE(list.size(), summary.value(QStringLiteral("codings")).toInt());
        for (const QJsonValue &value : list) {
            const QJsonObject coding = value.toObject();
            const qint64 length = coding.value(QStringLiteral("end")).toInteger() - coding.value(QStringLiteral("start")).toInteger();
            QCOMPARE(QStringView(coding.value(QStringLiteral("text")).toString()).toUcs4().size(), length);
        }
        // A second build into the same file is refused, and the file is kept.
        Run again = cli({QStringLiteral("demo"), project});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(QFile::exists(project));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
