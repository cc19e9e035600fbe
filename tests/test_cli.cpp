#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

// marginalia-cli run as a process, the way scripts use it. Every run's exit code is checked, and
// every expected value is worked out by hand from the input (the comment says how), never read
// back from the program's own output.
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
        QJsonArray array() const { return json().array(); }
        QJsonObject object() const { return json().object(); }
    };

    QTemporaryDir m_dir;
    // A small project for the filter, number and JSON tests, built in initTestCase.
    QString m_project;

    static QString s(const char *text) { return QString::fromUtf8(text); }

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI), arguments);
        if (!process.waitForFinished(120000))
            qFatal("marginalia-cli did not finish");
        if (process.exitStatus() != QProcess::NormalExit)
            qFatal("marginalia-cli crashed on %s", qPrintable(arguments.join(u' ')));
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    // Runs a command that must succeed and print JSON on stdout.
    Run ok(const QStringList &arguments)
    {
        Run run = cli(arguments);
        if (run.exitCode != 0)
            qWarning("%s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode, qPrintable(run.err));
        return run;
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

    static QString demoFolder() { return QStringLiteral(MARGINALIA_TEST_DATA "/../../resources/demo"); }

    // Each line of stderr is one JSON object (errors and warnings with --json).
    static QList<QJsonObject> jsonLines(const QString &err)
    {
        QList<QJsonObject> lines;
        for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return {};
            lines.append(document.object());
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Two documents: "甲乙丙丁" in Kunming (teacher interview), "Hello world" in Beijing (observation).
        m_project = m_dir.filePath(QStringLiteral("small.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), m_project}).exitCode, 0);
        const QString kunming = writeFile(QStringLiteral("km.txt"), QByteArray("甲乙丙丁"));
        const QString beijing = writeFile(QStringLiteral("bj.txt"), QByteArray("Hello world"));
        QCOMPARE(cli({QStringLiteral("import"), m_project, kunming, QStringLiteral("--site"), QStringLiteral("Kunming"),
                      QStringLiteral("--kind"), QStringLiteral("teacher interview"), QStringLiteral("--attr"),
                      QStringLiteral("school=Village school")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("import"), m_project, beijing, QStringLiteral("--site"), QStringLiteral("Beijing"),
                      QStringLiteral("--kind"), QStringLiteral("observation")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("add-code"), m_project, QStringLiteral("c")}).exitCode, 0);
        // 乙丙 is [1, 3) of 甲乙丙丁; "world" is [6, 11) of "Hello world".
        QCOMPARE(cli({QStringLiteral("code"), m_project, QStringLiteral("km.txt"), QStringLiteral("c"), QStringLiteral("1"),
                      QStringLiteral("3"), QStringLiteral("--coder"), QStringLiteral("Ann")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("code"), m_project, QStringLiteral("bj.txt"), QStringLiteral("c"), QStringLiteral("6"),
                      QStringLiteral("11"), QStringLiteral("--coder"), QStringLiteral("Bo")})
                     .exitCode,
                 0);
    }

    void fullWorkflow()
    {
        const QString project = m_dir.filePath(QStringLiteral("work.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);

        // UTF-16LE with BOM: "T: 😀 we use 电脑\nS: ok". Code points: T0 :1 ␠2 😀3 ␠4 w5 e6 ␠7 u8 s9 e10 ␠11
        // 电12 脑13 \n14 S15 :16 ␠17 o18 k19, 20 in all; the passage "电脑" is [12, 14).
        QByteArray utf16 = QByteArray("\xFF\xFE", 2);
        const QString text = QStringLiteral("T: 😀 we use 电脑\nS: ok");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const QString transcript = writeFile(QStringLiteral("kunming-teacher.txt"), utf16);
        const QString binary = writeFile(QStringLiteral("photo.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

        Run imported = cli({QStringLiteral("import"), project, transcript, binary, QStringLiteral("--site"),
                            QStringLiteral("Kunming"), QStringLiteral("--kind"), QStringLiteral("teacher interview"),
                            QStringLiteral("--attr"), QStringLiteral("school=Village school"), QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 3);   // one refused, one imported
        // With --json the refusal is a JSON line on stderr naming the file.
        const QList<QJsonObject> refusals = jsonLines(imported.err);
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().value(QStringLiteral("error")).toString().contains(QStringLiteral("photo.txt")),
                 qPrintable(imported.err));
        const QJsonObject report = imported.object();
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().size(), 1);
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().first().toObject().value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("UTF-16LE"));
        QCOMPARE(report.value(QStringLiteral("refused")).toArray().size(), 1);
        // The import builds the search index once its documents are stored.
        QCOMPARE(report.value(QStringLiteral("indexed_for_search")).toInt(), 1);
        Run index = ok({QStringLiteral("index"), project, QStringLiteral("--json")});
        QCOMPARE(index.exitCode, 0);
        QCOMPARE(index.object().value(QStringLiteral("indexed")).toInt(), 0);

        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("Inequality")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("home access"), QStringLiteral("--parent"),
                      QStringLiteral("Inequality"), QStringLiteral("--color"), QStringLiteral("#59a14f")})
                     .exitCode,
                 0);
        Run coded = cli({QStringLiteral("code"), project, QStringLiteral("kunming-teacher.txt"), QStringLiteral("home access"),
                         QStringLiteral("12"), QStringLiteral("14"), QStringLiteral("--coder"), QStringLiteral("Li Na"),
                         QStringLiteral("--memo"), QStringLiteral("the family computer")});
        QVERIFY2(coded.exitCode == 0, qPrintable(coded.err));
        QCOMPARE(coded.out, QByteArray("Coded [12, 14)\n"));

        Run codings = ok({QStringLiteral("codings"), project, QStringLiteral("--json")});
        QCOMPARE(codings.exitCode, 0);
        const QJsonArray list = codings.array();
        QCOMPARE(list.size(), 1);
        const QJsonObject coding = list.first().toObject();
        QCOMPARE(coding.value(QStringLiteral("document")).toString(), QStringLiteral("kunming-teacher.txt"));
        QCOMPARE(coding.value(QStringLiteral("code")).toString(), QStringLiteral("home access"));
        QCOMPARE(coding.value(QStringLiteral("start")).toInt(), 12);
        QCOMPARE(coding.value(QStringLiteral("end")).toInt(), 14);
        QCOMPARE(coding.value(QStringLiteral("coder")).toString(), QStringLiteral("Li Na"));
        QCOMPARE(coding.value(QStringLiteral("text")).toString(), s("电脑"));
        QCOMPARE(coding.value(QStringLiteral("memo")).toString(), QStringLiteral("the family computer"));

        // The site in the project finds the coding; a site no document has is an error, not an empty list.
        Run kunming = ok({QStringLiteral("codings"), project, QStringLiteral("--json"), QStringLiteral("--site"),
                          QStringLiteral("Kunming")});
        QCOMPARE(kunming.exitCode, 0);
        QCOMPARE(kunming.array().size(), 1);
        Run beijing = cli({QStringLiteral("codings"), project, QStringLiteral("--json"), QStringLiteral("--site"),
                           QStringLiteral("Beijing")});
        QCOMPARE(beijing.exitCode, 1);
        QVERIFY(beijing.out.isEmpty());
        QVERIFY2(beijing.err.contains(QStringLiteral("'Beijing'")) && beijing.err.contains(QStringLiteral("'Kunming'")),
                 qPrintable(beijing.err));

        // 电脑 at [12, 14); --context 3 gives code points [9, 12) "se " and [14, 17) "\nS:".
        Run search = ok({QStringLiteral("search"), project, s("电脑"), QStringLiteral("--json"), QStringLiteral("--context"),
                         QStringLiteral("3")});
        QCOMPARE(search.exitCode, 0);
        QJsonArray hits = search.array();
        QCOMPARE(hits.size(), 1);
        QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("document")).toString(), QStringLiteral("kunming-teacher.txt"));
        QCOMPARE(hit.value(QStringLiteral("start")).toInt(), 12);
        QCOMPARE(hit.value(QStringLiteral("end")).toInt(), 14);
        QCOMPARE(hit.value(QStringLiteral("text")).toString(), s("电脑"));
        QCOMPARE(hit.value(QStringLiteral("context_before")).toString(), QStringLiteral("se "));
        QCOMPARE(hit.value(QStringLiteral("context_after")).toString(), QStringLiteral("\nS:"));
        // Paragraph 1 is the line "T: 😀 we use 电脑" [0, 14), spoken by T.
        QCOMPARE(hit.value(QStringLiteral("paragraphs")).toArray(), QJsonArray{1});
        QCOMPARE(hit.value(QStringLiteral("speakers")).toArray(), QJsonArray{QStringLiteral("T")});
        // "脑\nS" is [13, 16): the end of paragraph 1 and the start of paragraph 2 ("S: ok", [15, 20)).
        search = ok({QStringLiteral("search"), project, s("脑\nS"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.array().size(), 1);
        hit = search.array().first().toObject();
        QCOMPARE(hit.value(QStringLiteral("start")).toInt(), 13);
        QCOMPARE(hit.value(QStringLiteral("end")).toInt(), 16);
        QCOMPARE(hit.value(QStringLiteral("paragraphs")).toArray(), (QJsonArray{1, 2}));
        QCOMPARE(hit.value(QStringLiteral("speakers")).toArray(), (QJsonArray{QStringLiteral("T"), QStringLiteral("S")}));
        // The default context (30) reaches both ends of this 20-character text.
        search = ok({QStringLiteral("search"), project, s("电脑"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        hit = search.array().first().toObject();
        QCOMPARE(hit.value(QStringLiteral("context_before")).toString(), QStringLiteral("T: 😀 we use "));
        QCOMPARE(hit.value(QStringLiteral("context_after")).toString(), QStringLiteral("\nS: ok"));
        // Past the emoji (two UTF-16 units, one code point): "😀 we" is [3, 7), two code points either side
        // are [1, 3) ": " and [7, 9) " u". Case-insensitive: "WE" matches the text's "we", shown as stored.
        search = ok({QStringLiteral("search"), project, QStringLiteral("😀 WE"), QStringLiteral("--json"),
                     QStringLiteral("--context"), QStringLiteral("2")});
        QCOMPARE(search.exitCode, 0);
        hits = search.array();
        QCOMPARE(hits.size(), 1);
        hit = hits.first().toObject();
        QCOMPARE(hit.value(QStringLiteral("start")).toInt(), 3);
        QCOMPARE(hit.value(QStringLiteral("end")).toInt(), 7);
        QCOMPARE(hit.value(QStringLiteral("text")).toString(), QStringLiteral("😀 we"));
        QCOMPARE(hit.value(QStringLiteral("context_before")).toString(), QStringLiteral(": "));
        QCOMPARE(hit.value(QStringLiteral("context_after")).toString(), QStringLiteral(" u"));
        // As text: one line a hit, cited for people (characters 13–14 are [12, 14) counted from 1), the hit in
        // brackets, the line break in its context shown as a space.
        Run line = cli({QStringLiteral("search"), project, s("电脑"), QStringLiteral("--context"), QStringLiteral("3")});
        QCOMPARE(line.exitCode, 0);
        QCOMPARE(QString::fromUtf8(line.out),
                 s("kunming-teacher.txt · paragraph 1 · speaker T · characters 13–14: se [电脑] S:\n"));

        // "we use" lies in the first paragraph, [0, 15) with its line break: one new coding.
        Run autocode = ok({QStringLiteral("autocode"), project, QStringLiteral("Inequality"), QStringLiteral("we use"),
                           QStringLiteral("--unit"), QStringLiteral("paragraph"), QStringLiteral("--json")});
        QCOMPARE(autocode.exitCode, 0);
        QCOMPARE(autocode.object().value(QStringLiteral("hits")).toInt(), 1);
        QCOMPARE(autocode.object().value(QStringLiteral("added")).toInt(), 1);

        Run info = ok({QStringLiteral("info"), project, QStringLiteral("--json"), QStringLiteral("--documents")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject summary = info.object();
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
        // "教师：多媒体教室": 教0 师1 ：2 多3, so 多媒体 is [3, 6).
        const QString later = writeFile(QStringLiteral("later.txt"), QByteArray("教师：多媒体教室\n"));
        Run deferred = ok({QStringLiteral("import"), project, later, QStringLiteral("--defer-index"), QStringLiteral("--json")});
        QCOMPARE(deferred.exitCode, 0);
        QCOMPARE(deferred.object().value(QStringLiteral("indexed_for_search")).toInt(), 0);
        Run found = ok({QStringLiteral("search"), project, s("多媒体"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.array().size(), 1);
        QCOMPARE(found.array().first().toObject().value(QStringLiteral("start")).toInt(), 3);
        Run index = ok({QStringLiteral("index"), project, QStringLiteral("--json")});
        QCOMPARE(index.exitCode, 0);
        QCOMPARE(index.object().value(QStringLiteral("indexed")).toInt(), 1);
        found = ok({QStringLiteral("search"), project, s("多媒体"), QStringLiteral("--json")});
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.array().size(), 1);
        QCOMPARE(found.array().first().toObject().value(QStringLiteral("start")).toInt(), 3);
        QCOMPARE(found.array().first().toObject().value(QStringLiteral("text")).toString(), s("多媒体"));
    }

    // `import` detects a transcript's speakers as the GUI's import dialog does: a label that starts at least two of
    // the lines, the labels' lines at least a fifth of all lines. The transcript has four lines, two by 访谈者 and
    // two by 教师, so both are speakers, in the order first met; the note has no label. Stored as the attribute
    // "speakers" ("访谈者, 教师"), said in the output; --no-speakers stores nothing; --attr speakers=... wins.
    void importDetectsSpeakers()
    {
        const QString transcript = writeFile(QStringLiteral("speakers.txt"),
                                             QByteArray("访谈者：你好。\n教师：你好，我们开始吧。\n访谈者：你怎么上课？\n教师：我用讨论。\n"));
        const QString note = writeFile(QStringLiteral("speakers-note.txt"), QByteArray("A note without speakers.\n"));
        const auto speakersOf = [&](const QString &project) {
            QMap<QString, QString> byName;
            Run info = ok({QStringLiteral("info"), project, QStringLiteral("--documents"), QStringLiteral("--json")});
            for (const QJsonValue &document : info.object().value(QStringLiteral("document_list")).toArray())
                byName.insert(document[QStringLiteral("name")].toString(),
                              document[QStringLiteral("attributes")][QStringLiteral("speakers")].toString());
            return byName;
        };

        const QString detected = m_dir.filePath(QStringLiteral("speakers.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), detected}).exitCode, 0);
        Run json = ok({QStringLiteral("import"), detected, transcript, note, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray imported = json.object().value(QStringLiteral("imported")).toArray();
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported[0][QStringLiteral("speakers")].toArray(), (QJsonArray{s("访谈者"), s("教师")}));
        QVERIFY(imported[1][QStringLiteral("speakers")].isArray());
        QVERIFY(imported[1][QStringLiteral("speakers")].toArray().isEmpty());
        QMap<QString, QString> stored = speakersOf(detected);
        QCOMPARE(stored.value(QStringLiteral("speakers.txt")), s("访谈者, 教师"));
        QCOMPARE(stored.value(QStringLiteral("speakers-note.txt")), QString());

        // The text output names them.
        const QString text = m_dir.filePath(QStringLiteral("speakers-text.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), text}).exitCode, 0);
        Run plain = ok({QStringLiteral("import"), text, transcript});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(QString::fromUtf8(plain.out).contains(s("; speakers 访谈者, 教师")), plain.out.constData());

        // Turned off: nothing stored, nothing said.
        const QString off = m_dir.filePath(QStringLiteral("speakers-off.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), off}).exitCode, 0);
        Run none = ok({QStringLiteral("import"), off, transcript, QStringLiteral("--no-speakers"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(!none.object().value(QStringLiteral("imported")).toArray().at(0).toObject().contains(QStringLiteral("speakers")));
        QCOMPARE(speakersOf(off).value(QStringLiteral("speakers.txt")), QString());

        // Given by the researcher: kept as given.
        const QString given = m_dir.filePath(QStringLiteral("speakers-given.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), given}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), given, transcript, QStringLiteral("--attr"), s("speakers=Li, Wang")}).exitCode, 0);
        QCOMPARE(speakersOf(given).value(QStringLiteral("speakers.txt")), s("Li, Wang"));
    }

    void errorsExitNonZeroWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("/nonexistent/folder/none.marginalia");
        const QString code = QStringLiteral("code");
        const QString d = QStringLiteral("d");
        const QString c = QStringLiteral("c");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("missing project") << QStringList{QStringLiteral("info"), missing} << 1
                                         << QStringLiteral("no such project");
        QTest::newRow("too few arguments") << QStringList{code, missing} << 2 << QStringLiteral("wrong number of arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), missing, QStringLiteral("--colour")} << 2
                                        << QStringLiteral("colour");
        // Numbers: each wrong form gets its own reason, before the project is even opened (exit 2).
        QTest::newRow("word for START") << QStringList{code, missing, d, c, QStringLiteral("x"), QStringLiteral("4")} << 2
                                        << QStringLiteral("START must be a whole number written in digits, not 'x'");
        QTest::newRow("negative START") << QStringList{code, missing, d, c, QStringLiteral("-5"), QStringLiteral("10")} << 2
                                        << QStringLiteral("START must be 0 or more, not -5");
        QTest::newRow("negative END") << QStringList{code, missing, d, c, QStringLiteral("0"), QStringLiteral("-1")} << 2
                                      << QStringLiteral("END must be 0 or more, not -1");
        QTest::newRow("exponent") << QStringList{code, missing, d, c, QStringLiteral("1e12"), QStringLiteral("2e12")} << 2
                                  << QStringLiteral("START must be a whole number written in digits, not '1e12'");
        QTest::newRow("fraction") << QStringList{code, missing, d, c, QStringLiteral("2.5"), QStringLiteral("4")} << 2
                                  << QStringLiteral("not '2.5'");
        QTest::newRow("inf") << QStringList{code, missing, d, c, QStringLiteral("inf"), QStringLiteral("4")} << 2
                             << QStringLiteral("not 'inf'");
        QTest::newRow("-nan") << QStringList{code, missing, d, c, QStringLiteral("-nan"), QStringLiteral("4")} << 2
                              << QStringLiteral("not '-nan'");
        // 2^64 = 18446744073709551616 does not fit in 64 bits; the largest is 2^63 - 1.
        QTest::newRow("past 64 bits") << QStringList{code, missing, d, c, QStringLiteral("0"), QStringLiteral("18446744073709551616")}
                                      << 2 << QStringLiteral("END must be at most 9223372036854775807, not 18446744073709551616");
        QTest::newRow("-2^64") << QStringList{code, missing, d, c, QStringLiteral("-18446744073709551616"), QStringLiteral("4")}
                               << 2 << QStringLiteral("START must be 0 or more, not -18446744073709551616");
        QTest::newRow("coding id 0") << QStringList{QStringLiteral("uncode"), missing, QStringLiteral("0")} << 2
                                     << QStringLiteral("CODING_ID must be 1 or more, not 0");
        QTest::newRow("coding id word") << QStringList{QStringLiteral("uncode"), missing, QStringLiteral("seven")} << 2
                                        << QStringLiteral("CODING_ID must be a whole number");
        QTest::newRow("negative context") << QStringList{QStringLiteral("codings"), missing, QStringLiteral("--context"),
                                                         QStringLiteral("-1")}
                                          << 2 << QStringLiteral("--context must be 0 or more, not -1");
        QTest::newRow("huge context") << QStringList{QStringLiteral("search"), missing, QStringLiteral("q"),
                                                     QStringLiteral("--context"), QStringLiteral("4294967296")}
                                      << 2 << QStringLiteral("--context must be at most 10000, not 4294967296");
        QTest::newRow("top word") << QStringList{QStringLiteral("words"), missing, QStringLiteral("--top"), QStringLiteral("ten")}
                                  << 2 << QStringLiteral("--top must be a whole number");
        QTest::newRow("words threads") << QStringList{QStringLiteral("words"), missing, QStringLiteral("--threads"),
                                                      QStringLiteral("17")}
                                       << 2 << QStringLiteral("--threads must be at most 16, not 17");
        QTest::newRow("report context") << QStringList{QStringLiteral("report"), missing, QStringLiteral("--out"),
                                                       QStringLiteral("r.html"), QStringLiteral("--context"), QStringLiteral("1e3")}
                                        << 2 << QStringLiteral("--context must be a whole number");
        QTest::newRow("max-size inf") << QStringList{QStringLiteral("import"), missing, QStringLiteral("f.txt"),
                                                     QStringLiteral("--max-size"), QStringLiteral("inf")}
                                      << 2 << QStringLiteral("--max-size must be a number such as 50 or 0.5, not 'inf'");
        QTest::newRow("max-size 0") << QStringList{QStringLiteral("import"), missing, QStringLiteral("f.txt"),
                                                   QStringLiteral("--max-size"), QStringLiteral("0")}
                                    << 2 << QStringLiteral("--max-size must be more than 0, not 0");
        QTest::newRow("max-size negative") << QStringList{QStringLiteral("import"), missing, QStringLiteral("f.txt"),
                                                          QStringLiteral("--max-size"), QStringLiteral("-3")}
                                           << 2 << QStringLiteral("--max-size must be more than 0, not -3");
        // 2000 MB is the largest (files are read whole; QByteArray holds up to 2 GB).
        QTest::newRow("max-size huge") << QStringList{QStringLiteral("import"), missing, QStringLiteral("f.txt"),
                                                      QStringLiteral("--max-size"), QStringLiteral("1e300")}
                                       << 2 << QStringLiteral("--max-size must be at most 2000, not 1e300");
    }

    void errorsExitNonZeroWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("marginalia-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));

        // The same with --json: the same exit code, nothing on stdout, only JSON lines on stderr (Qt's
        // own warnings among them), one of them the error, saying the same.
        Run json = cli(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.exitCode, exitCode);
        QVERIFY(json.out.isEmpty());
        const QList<QJsonObject> lines = jsonLines(json.err);
        QVERIFY2(!lines.isEmpty(), qPrintable(json.err));
        QList<QJsonObject> errors = lines;
        errors.removeIf([](const QJsonObject &line) { return !line.contains(QStringLiteral("error")); });
        QVERIFY2(errors.size() == 1, qPrintable(json.err));
        QVERIFY2(errors.first().value(QStringLiteral("error")).toString().contains(message), qPrintable(json.err));
    }

    void wrongCommandLineInJsonCarriesTheUsage()
    {
        Run run = cli({QStringLiteral("code"), m_project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QList<QJsonObject> lines = jsonLines(run.err);
        QCOMPARE(lines.size(), 1);
        // One positional argument (the project) where code takes five.
        QCOMPARE(lines.first().value(QStringLiteral("error")).toString(),
                 QStringLiteral("code: wrong number of arguments (1 given)"));
        QVERIFY(lines.first().value(QStringLiteral("usage")).toString().startsWith(
            QStringLiteral("marginalia-cli code PROJECT DOCUMENT CODE START END")));
    }

    void unknownFilterValuesAreErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");   // the unknown value, as the message quotes it
        QTest::addColumn<QString>("known");   // the known values, as the message lists them
        // The project has sites Beijing and Kunming, kinds "observation" and "teacher interview",
        // a school "Village school", coders Ann and Bo; the first import defined the attributes kind, school, site
        // (in that order, by name).
        const QString json = QStringLiteral("--json");
        QTest::newRow("codings --site") << QStringList{QStringLiteral("codings"), m_project, QStringLiteral("--site"),
                                                       QStringLiteral("Kunming"), QStringLiteral("--site"), QStringLiteral("Kunmin"), json}
                                        << QStringLiteral("site 'Kunmin'") << QStringLiteral("'Beijing', 'Kunming'");
        QTest::newRow("codings --kind") << QStringList{QStringLiteral("codings"), m_project, QStringLiteral("--kind"),
                                                       QStringLiteral("interview"), json}
                                        << QStringLiteral("kind 'interview'")
                                        << QStringLiteral("'observation', 'teacher interview'");
        QTest::newRow("codings --coder") << QStringList{QStringLiteral("codings"), m_project, QStringLiteral("--coder"),
                                                        QStringLiteral("ann"), json}
                                         << QStringLiteral("coder named 'ann'") << QStringLiteral("'Ann', 'Bo'");
        QTest::newRow("matrix --kind") << QStringList{QStringLiteral("matrix"), m_project, QStringLiteral("--kind"),
                                                      QStringLiteral("Observation"), json}
                                       << QStringLiteral("kind 'Observation'")
                                       << QStringLiteral("'observation', 'teacher interview'");
        QTest::newRow("matrix --attr") << QStringList{QStringLiteral("matrix"), m_project, QStringLiteral("--attr"),
                                                      QStringLiteral("school=Town school"), json}
                                       << QStringLiteral("school 'Town school'") << QStringLiteral("'Village school'");
        QTest::newRow("matrix --attr name") << QStringList{QStringLiteral("matrix"), m_project, QStringLiteral("--attr"),
                                                           QStringLiteral("region=South"), json}
                                            << QStringLiteral("attribute named 'region'")
                                            << QStringLiteral("'kind', 'school', 'site'");
        QTest::newRow("matrix --by") << QStringList{QStringLiteral("matrix"), m_project, QStringLiteral("--by"),
                                                    QStringLiteral("sites"), json}
                                     << QStringLiteral("attribute named 'sites'") << QStringLiteral("'kind', 'school', 'site'");
        QTest::newRow("matrix --coder") << QStringList{QStringLiteral("matrix"), m_project, QStringLiteral("--coder"),
                                                       QStringLiteral("Cy"), json}
                                        << QStringLiteral("coder named 'Cy'") << QStringLiteral("'Ann', 'Bo'");
        QTest::newRow("cooccurrence --kind") << QStringList{QStringLiteral("cooccurrence"), m_project, QStringLiteral("--kind"),
                                                            QStringLiteral("x"), json}
                                             << QStringLiteral("kind 'x'") << QStringLiteral("'observation', 'teacher interview'");
        QTest::newRow("words --site") << QStringList{QStringLiteral("words"), m_project, QStringLiteral("--site"),
                                                     QStringLiteral("Shanghai"), json}
                                      << QStringLiteral("site 'Shanghai'") << QStringLiteral("'Beijing', 'Kunming'");
        QTest::newRow("report --site") << QStringList{QStringLiteral("report"), m_project, QStringLiteral("--out"),
                                                      m_dir.filePath(QStringLiteral("never.html")), QStringLiteral("--site"),
                                                      QStringLiteral("Shanghai"), json}
                                       << QStringLiteral("site 'Shanghai'") << QStringLiteral("'Beijing', 'Kunming'");
        QTest::newRow("report --coders") << QStringList{QStringLiteral("report"), m_project, QStringLiteral("--out"),
                                                        m_dir.filePath(QStringLiteral("never.html")), QStringLiteral("--coders"),
                                                        QStringLiteral("Ann,Cy"), json}
                                         << QStringLiteral("coder named 'Cy'") << QStringLiteral("'Ann', 'Bo'");
        QTest::newRow("agreement --coders") << QStringList{QStringLiteral("agreement"), m_project, QStringLiteral("--coders"),
                                                           QStringLiteral("Ann,Cy"), json}
                                            << QStringLiteral("coder named 'Cy'") << QStringLiteral("'Ann', 'Bo'");
    }

    void unknownFilterValuesAreErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QFETCH(QString, known);
        Run run = cli(arguments);
        QCOMPARE(run.exitCode, 1);   // as for an unknown code
        QVERIFY(run.out.isEmpty());
        const QList<QJsonObject> lines = jsonLines(run.err);
        QVERIFY2(!lines.isEmpty(), qPrintable(run.err));
        const QString error = lines.last().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(named), qPrintable(error));
        QVERIFY2(error.contains(known), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.html"))));
    }

    void knownFilterValuesSelect()
    {
        // Kunming holds only the 乙丙 coding by Ann; Bo coded only "world" in Beijing.
        Run kunming = ok({QStringLiteral("codings"), m_project, QStringLiteral("--site"), QStringLiteral("Kunming"),
                          QStringLiteral("--json")});
        QCOMPARE(kunming.exitCode, 0);
        QCOMPARE(kunming.array().size(), 1);
        QCOMPARE(kunming.array().first().toObject().value(QStringLiteral("text")).toString(), s("乙丙"));
        Run bo = ok({QStringLiteral("codings"), m_project, QStringLiteral("--coder"), QStringLiteral("Bo"), QStringLiteral("--json")});
        QCOMPARE(bo.exitCode, 0);
        QCOMPARE(bo.array().size(), 1);
        QCOMPARE(bo.array().first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("world"));
        // A known site and kind that no document has together: a real empty result, exit 0.
        Run none = ok({QStringLiteral("codings"), m_project, QStringLiteral("--site"), QStringLiteral("Kunming"),
                       QStringLiteral("--kind"), QStringLiteral("observation"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().isArray(), true);
        QCOMPARE(none.array().size(), 0);
    }

    void numbersThatLookLikeOptions()
    {
        // A memo or a code name may begin with "-": an option's value is taken whatever it looks like.
        const QString project = m_dir.filePath(QStringLiteral("dashes.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        const QString file = writeFile(QStringLiteral("dash.txt"), QByteArray("abcdef"));
        QCOMPARE(cli({QStringLiteral("import"), project, file}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("minus")}).exitCode, 0);
        Run coded = cli({QStringLiteral("code"), project, QStringLiteral("dash.txt"), QStringLiteral("minus"), QStringLiteral("--memo"),
                         QStringLiteral("-5 degrees"), QStringLiteral("2"), QStringLiteral("4")});
        QCOMPARE(coded.exitCode, 0);
        Run codings = ok({QStringLiteral("codings"), project, QStringLiteral("--json")});
        QCOMPARE(codings.exitCode, 0);
        QCOMPARE(codings.array().size(), 1);
        const QJsonObject coding = codings.array().first().toObject();
        QCOMPARE(coding.value(QStringLiteral("memo")).toString(), QStringLiteral("-5 degrees"));
        QCOMPARE(coding.value(QStringLiteral("text")).toString(), QStringLiteral("cd"));   // [2, 4) of abcdef
        // A negative position after "--" is still a position, and refused as one.
        Run negative = cli({QStringLiteral("code"), project, QStringLiteral("dash.txt"), QStringLiteral("minus"),
                            QStringLiteral("--"), QStringLiteral("-2"), QStringLiteral("4")});
        QCOMPARE(negative.exitCode, 2);
        QVERIFY2(negative.err.contains(QStringLiteral("START must be 0 or more, not -2")), qPrintable(negative.err));
        // --position refuses a negative place (leaving it out means the last place).
        Run moved = cli({QStringLiteral("move-code"), project, QStringLiteral("minus"), QStringLiteral("--position"),
                         QStringLiteral("-1")});
        QCOMPARE(moved.exitCode, 2);
        QVERIFY2(moved.err.contains(QStringLiteral("--position must be 0 or more, not -1")), qPrintable(moved.err));
    }

    void everyCommandAnswersInJson()
    {
        // Each command of 'help', with --json: exit 0, one JSON document on stdout, and what it did.
        const QString project = m_dir.filePath(QStringLiteral("json.marginalia"));
        Run created = ok({QStringLiteral("new"), project, QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.object().value(QStringLiteral("created")).toString(), project);
        // "one two three" has one paragraph; "two" is [4, 7).
        const QString file = writeFile(QStringLiteral("plain.txt"), QByteArray("one two three"));
        Run imported = ok({QStringLiteral("import"), project, file, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.object().value(QStringLiteral("imported")).toArray().size(), 1);
        Run added = ok({QStringLiteral("add-code"), project, QStringLiteral("A"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object().value(QStringLiteral("path")).toString(), QStringLiteral("A"));
        QCOMPARE(ok({QStringLiteral("add-code"), project, QStringLiteral("B"), QStringLiteral("--json")}).exitCode, 0);
        Run coded = ok({QStringLiteral("code"), project, QStringLiteral("plain.txt"), QStringLiteral("A"), QStringLiteral("4"),
                        QStringLiteral("7"), QStringLiteral("--coder"), QStringLiteral("Ann"), QStringLiteral("--json")});
        QCOMPARE(coded.exitCode, 0);
        QCOMPARE(coded.object().value(QStringLiteral("created")).toBool(), true);
        const QJsonObject what = coded.object().value(QStringLiteral("coded")).toObject();
        QCOMPARE(what.value(QStringLiteral("document")).toString(), QStringLiteral("plain.txt"));
        QCOMPARE(what.value(QStringLiteral("start")).toInt(), 4);
        QCOMPARE(what.value(QStringLiteral("end")).toInt(), 7);
        QCOMPARE(what.value(QStringLiteral("coder")).toString(), QStringLiteral("Ann"));
        const qint64 codingId = coded.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(codingId > 0);

        Run attribute = ok({QStringLiteral("set-attribute"), project, QStringLiteral("plain.txt"), QStringLiteral("site"),
                            QStringLiteral("Kunming"), QStringLiteral("--json")});
        QCOMPARE(attribute.exitCode, 0);
        const QJsonObject set = attribute.object().value(QStringLiteral("attribute_set")).toObject();
        QCOMPARE(set.value(QStringLiteral("name")).toString(), QStringLiteral("site"));
        QCOMPARE(set.value(QStringLiteral("value")).toString(), QStringLiteral("Kunming"));
        // What is said is what was stored: the value trimmed, a boolean in its stored form; not a number is refused.
        attribute = ok({QStringLiteral("set-attribute"), project, QStringLiteral("plain.txt"), QStringLiteral(" note "),
                        QStringLiteral("  padded value  "), QStringLiteral("--json")});
        QCOMPARE(attribute.object().value(QStringLiteral("attribute_set")).toObject(),
                 (QJsonObject{{QStringLiteral("document_id"), set.value(QStringLiteral("document_id"))},
                              {QStringLiteral("name"), QStringLiteral("note")},
                              {QStringLiteral("value"), QStringLiteral("padded value")}}));
        attribute = ok({QStringLiteral("set-attribute"), project, QStringLiteral("plain.txt"), QStringLiteral("taught"),
                        QStringLiteral("Yes"), QStringLiteral("--type"), QStringLiteral("boolean")});
        QCOMPARE(attribute.out, QByteArray("Set taught of plain.txt to true\n"));
        for (const QString &notANumber : {QStringLiteral("nan"), QStringLiteral("inf")}) {
            const Run refused = cli({QStringLiteral("set-attribute"), project, QStringLiteral("plain.txt"),
                                     QStringLiteral("dose"), notANumber, QStringLiteral("--type"),
                                     QStringLiteral("real")});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("takes numbers; '%1' is not one").arg(notANumber)),
                     qPrintable(refused.err));
        }

        Run renamed = ok({QStringLiteral("rename-code"), project, QStringLiteral("B"), QStringLiteral("Beta"), QStringLiteral("--json")});
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(renamed.object().value(QStringLiteral("code")).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("B"));
        QCOMPARE(renamed.object().value(QStringLiteral("now")).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("Beta"));
        Run recolored = ok({QStringLiteral("recolor-code"), project, QStringLiteral("Beta"), QStringLiteral("#112233"),
                            QStringLiteral("--json")});
        QCOMPARE(recolored.exitCode, 0);
        QCOMPARE(recolored.object().value(QStringLiteral("now")).toObject().value(QStringLiteral("color")).toString(),
                 QStringLiteral("#112233"));
        Run moved = ok({QStringLiteral("move-code"), project, QStringLiteral("Beta"), QStringLiteral("--parent"),
                        QStringLiteral("A"), QStringLiteral("--json")});
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(moved.object().value(QStringLiteral("now")).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("A/Beta"));

        // The analyses, each a JSON document.
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("info"), project}, QStringList{QStringLiteral("codes"), project},
              QStringList{QStringLiteral("codings"), project}, QStringList{QStringLiteral("search"), project, QStringLiteral("two")},
              QStringList{QStringLiteral("index"), project}, QStringList{QStringLiteral("matrix"), project},
              QStringList{QStringLiteral("cooccurrence"), project}, QStringList{QStringLiteral("words"), project},
              QStringList{QStringLiteral("stopwords"), project},
              QStringList{QStringLiteral("report"), project, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.md"))},
              QStringList{QStringLiteral("export-qdc"), project, m_dir.filePath(QStringLiteral("out.qdc"))},
              QStringList{QStringLiteral("export-qdpx"), project, m_dir.filePath(QStringLiteral("out.qdpx"))},
              QStringList{QStringLiteral("help")}, QStringList{QStringLiteral("--version")}}) {
            Run run = ok(arguments + QStringList{QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + u": " + run.err));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && (document.isObject() || document.isArray()),
                     qPrintable(arguments.join(u' ') + u": " + QString::fromUtf8(run.out)));
            // Whatever lands on stderr (Qt's warnings for the report's fonts, say) is JSON lines too.
            QVERIFY2(run.err.isEmpty() || !jsonLines(run.err).isEmpty(), qPrintable(run.err));
        }
        // The search hit "two" with the whole text as context.
        Run search = ok({QStringLiteral("search"), project, QStringLiteral("two"), QStringLiteral("--json")});
        QCOMPARE(search.array().first().toObject().value(QStringLiteral("context_before")).toString(), QStringLiteral("one "));
        QCOMPARE(search.array().first().toObject().value(QStringLiteral("context_after")).toString(), QStringLiteral(" three"));

        // The exchange commands read back what was exported.
        const QString other = m_dir.filePath(QStringLiteral("json-other.marginalia"));
        Run imported2 = ok({QStringLiteral("import-qdpx"), m_dir.filePath(QStringLiteral("out.qdpx")), other, QStringLiteral("--json")});
        QCOMPARE(imported2.exitCode, 0);
        QCOMPARE(imported2.object().value(QStringLiteral("codings")).toInt(), 1);
        Run codebook = ok({QStringLiteral("import-qdc"), m_dir.filePath(QStringLiteral("out.qdc")), other, QStringLiteral("--json")});
        QCOMPARE(codebook.exitCode, 0);
        QCOMPARE(codebook.object().value(QStringLiteral("codes")).toInt(), 0);   // both codes came with the .qdpx
        Run merged = ok({QStringLiteral("merge"), project, other, QStringLiteral("--no-backup"), QStringLiteral("--json")});
        QCOMPARE(merged.exitCode, 0);
        QCOMPARE(merged.object().value(QStringLiteral("codings_added")).toInt(), 0);   // the same coding, collapsed

        Run uncoded = ok({QStringLiteral("uncode"), project, QString::number(codingId), QStringLiteral("--json")});
        QCOMPARE(uncoded.exitCode, 0);
        const QJsonObject removed = uncoded.object().value(QStringLiteral("uncoded")).toObject();
        QCOMPARE(removed.value(QStringLiteral("id")).toInteger(), codingId);
        QCOMPARE(removed.value(QStringLiteral("document")).toString(), QStringLiteral("plain.txt"));
        QCOMPARE(removed.value(QStringLiteral("start")).toInt(), 4);
        QCOMPARE(removed.value(QStringLiteral("end")).toInt(), 7);
        QCOMPARE(removed.value(QStringLiteral("coder")).toString(), QStringLiteral("Ann"));
        // Gone: the same id again is an error (exit 1) in JSON.
        Run again = cli({QStringLiteral("uncode"), project, QString::number(codingId), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.isEmpty());
        QCOMPARE(jsonLines(again.err).size(), 1);

        Run autocoded = ok({QStringLiteral("autocode"), project, QStringLiteral("A"), QStringLiteral("three"), QStringLiteral("--json")});
        QCOMPARE(autocoded.exitCode, 0);
        QCOMPARE(autocoded.object().value(QStringLiteral("added")).toInt(), 1);
        Run merge = ok({QStringLiteral("merge-codes"), project, QStringLiteral("A/Beta"), QStringLiteral("A"), QStringLiteral("--json")});
        QCOMPARE(merge.exitCode, 0);
        QCOMPARE(merge.object().value(QStringLiteral("now")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("A"));
        Run deleted = ok({QStringLiteral("delete-code"), project, QStringLiteral("A"), QStringLiteral("--with-codings"),
                          QStringLiteral("--json")});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.object().value(QStringLiteral("code")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("A"));

        const QString demo = m_dir.filePath(QStringLiteral("json-demo.marginalia"));
        Run built = ok({QStringLiteral("demo"), demo, QStringLiteral("--json")});
        QCOMPARE(built.exitCode, 0);
        QCOMPARE(built.object().value(QStringLiteral("documents")).toInt(), 13);   // demo.json lists 13 documents
        Run agreement = ok({QStringLiteral("agreement"), demo, QStringLiteral("--coders"), QStringLiteral("Li Na,Tom Berger"),
                            QStringLiteral("--json")});
        QCOMPARE(agreement.exitCode, 0);
        QCOMPARE(agreement.object().value(QStringLiteral("coders")).toArray(),
                 (QJsonArray{QStringLiteral("Li Na"), QStringLiteral("Tom Berger")}));
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
        // Nothing was stored.
        Run codings = ok({QStringLiteral("codings"), project, QStringLiteral("--json")});
        QCOMPARE(codings.exitCode, 0);
        QCOMPARE(codings.array().size(), 0);

        const QString notes = writeFile(QStringLiteral("notes.marginalia"), QByteArray("plain notes"));
        Run foreign = cli({QStringLiteral("info"), notes, QStringLiteral("--json")});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY(foreign.out.isEmpty());
        const QList<QJsonObject> lines = jsonLines(foreign.err);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().value(QStringLiteral("error")).toString().contains(QStringLiteral("is not a Marginalia project")));
        QFile check(notes);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("plain notes"));
    }

    void buildsTheDemoProject()
    {
        // What the demo is made of, read from its definition (resources/demo/demo.json) and its files,
        // not from the program: 13 documents, 16 codes, 120 codings each given by its quote.
        QFile definitionFile(demoFolder() + QStringLiteral("/demo.json"));
        QVERIFY2(definitionFile.open(QIODevice::ReadOnly), qPrintable(definitionFile.fileName()));
        const QJsonObject definition = QJsonDocument::fromJson(definitionFile.readAll()).object();
        const QJsonArray quotes = definition.value(QStringLiteral("codings")).toArray();
        QCOMPARE(definition.value(QStringLiteral("documents")).toArray().size(), 13);
        QCOMPARE(quotes.size(), 120);

        const QString project = m_dir.filePath(QStringLiteral("demo.marginalia"));
        Run demo = cli({QStringLiteral("demo"), project});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        Run info = ok({QStringLiteral("info"), project, QStringLiteral("--json"), QStringLiteral("--documents")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject summary = info.object();
        QCOMPARE(summary.value(QStringLiteral("documents")).toInt(), 13);
        QCOMPARE(summary.value(QStringLiteral("codes")).toInt(), 16);
        QCOMPARE(summary.value(QStringLiteral("codings")).toInt(), 120);
        QCOMPARE(summary.value(QStringLiteral("coders")).toArray(), (QJsonArray{QStringLiteral("Li Na"), QStringLiteral("Tom Berger")}));
        QStringList sites;
        for (const QJsonValue &site : summary.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("site")).toArray())
            sites.append(site.toString());
        QCOMPARE(sites, (QStringList{QStringLiteral("Beijing"), QStringLiteral("Chongqing"), QStringLiteral("Kunming"),
                                     QStringLiteral("Zhejiang")}));

        // Every coding is one of the definition's quotes, at the place the quote has in the demo's file
        // (the n-th occurrence, counted in code points here from the file itself).
        Run codings = ok({QStringLiteral("codings"), project, QStringLiteral("--json")});
        QCOMPARE(codings.exitCode, 0);
        const QJsonArray list = codings.array();
        QCOMPARE(list.size(), 120);
        QMultiHash<QString, QJsonObject> stored;   // document, code path, coder, text -> coding
        for (const QJsonValue &value : list) {
            const QJsonObject coding = value.toObject();
            stored.insert(QStringList{coding.value(QStringLiteral("document")).toString(),
                                      coding.value(QStringLiteral("code_path")).toString(),
                                      coding.value(QStringLiteral("coder")).toString(),
                                      coding.value(QStringLiteral("text")).toString()}
                              .join(u'\x1f'),
                          coding);
        }
        int placesChecked = 0;
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            const QString document = quote.value(QStringLiteral("document")).toString();
            const QString text = quote.value(QStringLiteral("quote")).toString();
            const QString key = QStringList{document, quote.value(QStringLiteral("code")).toString(),
                                            quote.value(QStringLiteral("coder")).toString(), text}
                                    .join(u'\x1f');
            QVERIFY2(stored.contains(key), qPrintable(key));
            const QJsonObject coding = stored.take(key);
            if (!document.endsWith(QStringLiteral(".txt")))
                continue;   // Markdown and HTML lose their markup on import; plain text is stored as it is
            QFile source(demoFolder() + u'/' + document);
            QVERIFY(source.open(QIODevice::ReadOnly));
            // The encodings resources/demo/README.md gives: kunming-teacher-li.txt is GB18030, the
            // UTF-16 file has a BOM, the others are UTF-8.
            const QByteArray bytes = source.readAll();
            QStringDecoder decoder(document == u"kunming-teacher-li.txt"
                                       ? QStringDecoder("GB18030")
                                       : QStringDecoder(QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8)));
            QVERIFY(decoder.isValid());
            const QString fileText = decoder.decode(bytes);
            qsizetype at = -1;
            for (int n = quote.value(QStringLiteral("occurrence")).toInt(1); n > 0; --n)
                at = fileText.indexOf(text, at + 1);
            QVERIFY(at >= 0);
            const qint64 start = QStringView(fileText).left(at).toUcs4().size();
            QCOMPARE(coding.value(QStringLiteral("start")).toInteger(), start);
            QCOMPARE(coding.value(QStringLiteral("end")).toInteger(), start + QStringView(text).toUcs4().size());
            ++placesChecked;
        }
        QVERIFY(stored.isEmpty());
        QCOMPARE(placesChecked, 94);   // demo.json: 120 codings, 26 of them in the .md and .html documents

        // A second build into the same file is refused, and the file is kept.
        Run again = cli({QStringLiteral("demo"), project});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(QFile::exists(project));
        QCOMPARE(ok({QStringLiteral("info"), project, QStringLiteral("--json")}).object().value(QStringLiteral("codings")).toInt(),
                 120);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
