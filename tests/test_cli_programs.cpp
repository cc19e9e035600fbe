// marginalia-cli is two programs (issue 12, app/cli/CommandSets.h): marginalia-cli, without Qt Gui, Poppler, libpq,
// Boost.Locale, QuaZip and OpenSSL, hands import, demo, report, team, the segmenting commands (autocode, words,
// stopwords, dictionary, agreement, adjudicate) and the REFI-QDA ones (export-qdpx, import-qdpx, export-qdc,
// import-qdc, merge) over to marginalia-cli-full by exec. These tests run the commands that need those libraries
// through marginalia-cli, the way a user does, and check what reaches the user: exit codes, stdout, stderr, the files
// written. tests/cli_light_libraries.cmake checks that the libraries are not loaded.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliPrograms : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;

    static QString s(const char *text) { return QString::fromUtf8(text); }

    static Run runProgram(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            qFatal("%s did not finish", qPrintable(program));
        if (process.exitStatus() != QProcess::NormalExit)
            qFatal("%s crashed on %s", qPrintable(program), qPrintable(arguments.join(u' ')));
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    static Run cli(const QStringList &arguments) { return runProgram(QStringLiteral(MARGINALIA_CLI), arguments); }
    static Run full(const QStringList &arguments) { return runProgram(QStringLiteral(MARGINALIA_CLI_FULL), arguments); }

    // The commands handed over besides import, demo, report and team (app/cli/CommandSets.h): they need Boost.Locale,
    // QuaZip or OpenSSL's SHA-256.
    static QStringList movedCommands()
    {
        return {QStringLiteral("autocode"),    QStringLiteral("words"),       QStringLiteral("stopwords"),
                QStringLiteral("dictionary"),  QStringLiteral("agreement"),   QStringLiteral("adjudicate"),
                QStringLiteral("export-qdpx"), QStringLiteral("import-qdpx"), QStringLiteral("export-qdc"),
                QStringLiteral("import-qdc"),  QStringLiteral("merge")};
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

    // A one-page PDF whose text layer holds the line (QPdfWriter writes text as text).
    QString writePdf(const QString &name, const QString &line)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
        painter.drawText(QPointF(200, 400), line);
        painter.end();
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // import, with a PDF (Poppler) among plain text and a missing file: the partial import's exit code 3, its JSON
    // on stdout and the refusal on stderr come through marginalia-cli; the light program then finds the PDF's words.
    void importThroughTheLightProgram()
    {
        const QString project = m_dir.filePath(QStringLiteral("import.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        const QString text = writeFile(QStringLiteral("notes.txt"), QByteArray("alpha bravo"));
        const QString pdf = writePdf(QStringLiteral("scan.pdf"), QStringLiteral("charlie delta echo"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        const Run run = cli({QStringLiteral("import"), project, text, pdf, missing, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);   // PartlyDone: two imported, one refused
        const QJsonArray imported = run.object().value(QStringLiteral("imported")).toArray();
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported.at(1).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(run.object().value(QStringLiteral("refused")).toArray().size(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("missing.txt")), qPrintable(run.err));

        // "delta" is once in the PDF's text and nowhere in notes.txt.
        const Run search = cli({QStringLiteral("search"), project, QStringLiteral("delta"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("document")).toString(), QStringLiteral("scan.pdf"));

        // Nothing importable at all: exit 1, as marginalia-cli-full says it.
        QCOMPARE(cli({QStringLiteral("import"), project, missing}).exitCode, 1);
    }

    // report in PDF (Qt Gui lays it out) and a wrong report command line (exit 2, the reason on stderr).
    void reportThroughTheLightProgram()
    {
        const QString project = m_dir.filePath(QStringLiteral("report.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        const QString text = writeFile(QStringLiteral("interview.txt"), QByteArray("We use the projector daily."));
        QCOMPARE(cli({QStringLiteral("import"), project, text}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("tools")}).exitCode, 0);
        // "projector" is [11, 20) of "We use the projector daily."
        QCOMPARE(cli({QStringLiteral("code"), project, QStringLiteral("interview.txt"), QStringLiteral("tools"),
                      QStringLiteral("11"), QStringLiteral("20"), QStringLiteral("--coder"), QStringLiteral("Ann")})
                     .exitCode,
                 0);
        const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
        const Run run = cli({QStringLiteral("report"), project, QStringLiteral("--out"), out, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.object().value(QStringLiteral("codings")).toInt(), 1);
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        const Run wrong = cli({QStringLiteral("report"), project, QStringLiteral("--out"), m_dir.filePath(s("r.xyz"))});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(QStringLiteral("cannot tell the report format")), qPrintable(wrong.err));
        QVERIFY(wrong.out.isEmpty());
    }

    // team (libpq): no subcommand is a usage error (2); a project that is no working copy fails (1), in JSON.
    void teamThroughTheLightProgram()
    {
        const Run usage = cli({QStringLiteral("team")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QStringLiteral("team needs a subcommand")), qPrintable(usage.err));

        const QString project = m_dir.filePath(QStringLiteral("solo.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        const Run status = cli({QStringLiteral("team"), QStringLiteral("status"), project, QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 1);
        const QJsonObject error = QJsonDocument::fromJson(status.err.toUtf8()).object();
        QVERIFY2(error.value(QStringLiteral("error")).toString().contains(QStringLiteral("not a working copy")),
                 qPrintable(status.err));
    }

    // demo imports the bundled texts: resources/demo holds 13 (demo.qrc less demo.json and README.md).
    void demoThroughTheLightProgram()
    {
        const QString project = m_dir.filePath(QStringLiteral("demo.marginalia"));
        const Run run = cli({QStringLiteral("demo"), project, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.object().value(QStringLiteral("documents")).toInt(), 13);
    }

    // Started through a symbolic link elsewhere, marginalia-cli still finds marginalia-cli-full beside its own file.
    void foundThroughASymbolicLink()
    {
        const QString link = m_dir.filePath(QStringLiteral("linked/marginalia-cli"));
        QVERIFY(QDir().mkpath(QFileInfo(link).path()));
        QVERIFY(QFile::link(QStringLiteral(MARGINALIA_CLI), link));
        const Run run = runProgram(link, {QStringLiteral("team")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("team needs a subcommand")), qPrintable(run.err));
    }

    // A marginalia-cli without marginalia-cli-full (a copy alone in a folder): its own commands work; the others fail
    // with exit 1 and a message naming where the program was looked for, in JSON with --json.
    void missingFullProgram()
    {
        const QString alone = m_dir.filePath(QStringLiteral("alone/marginalia-cli"));
        QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
        QVERIFY(QFile::copy(QStringLiteral(MARGINALIA_CLI), alone));
        QVERIFY(QFile::setPermissions(alone, QFile::permissions(QStringLiteral(MARGINALIA_CLI))));
        QCOMPARE(runProgram(alone, {QStringLiteral("--version")}).exitCode, 0);

        const Run run = runProgram(alone, {QStringLiteral("report"), m_dir.filePath(s("x.marginalia")),
                                           QStringLiteral("--out"), m_dir.filePath(s("x.pdf")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QString error = QJsonDocument::fromJson(run.err.toUtf8()).object().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QFileInfo(alone).path() + QStringLiteral("/marginalia-cli-full")), qPrintable(run.err));
        QVERIFY2(error.contains(QStringLiteral("'report'")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(s("x.pdf"))));

        const Run plain = runProgram(alone, {QStringLiteral("import"), m_dir.filePath(s("x.marginalia")),
                                             m_dir.filePath(s("x.txt"))});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains(QStringLiteral("marginalia-cli-full, which is missing")), qPrintable(plain.err));

        // The commands that need Boost.Locale, QuaZip or OpenSSL are not in marginalia-cli: it hands them over too.
        for (const QString &command : movedCommands()) {
            const Run moved = runProgram(alone, {command, m_dir.filePath(s("x.marginalia"))});
            QCOMPARE(moved.exitCode, 1);
            QVERIFY2(moved.err.contains(QStringLiteral("'%1' is run by marginalia-cli-full, which is missing").arg(command)),
                     qPrintable(moved.err));
        }
    }

    // A wrong command line of each moved command reaches the user through marginalia-cli as marginalia-cli-full gives
    // it: exit 2, nothing on stdout, the same reason on stderr. The reason names the command's arguments, so
    // marginalia-cli-full has the command (an unknown one would be the same in both programs too, but says so).
    // Through marginalia-cli the usage error is the full program's, passed through as it is (stderr, exit code). Both
    // sides run marginalia-cli-full, so this alone would also pass if marginalia-cli still had the commands itself:
    // that they are not in it is what missingFullProgram shows; the message checked here is pinned by hand.
    void movedCommandsHandedOver()
    {
        for (const QString &command : movedCommands()) {
            const Run light = cli({command});
            const Run heavy = full({command});
            QCOMPARE(light.exitCode, 2);
            QCOMPARE(heavy.exitCode, 2);
            QVERIFY(light.out.isEmpty());
            QCOMPARE(light.err, heavy.err);
            QVERIFY2(light.err.contains(command + QStringLiteral(": wrong number of arguments (0 given)")),
                     qPrintable(light.err));
        }
    }

    // Segmenting (Boost.Locale) through marginalia-cli on "Alpha bravo alpha. Bravo charlie.": word counts fold case,
    // auto-coding a sentence and agreement on sentences cut the text at the full stop.
    void segmentingThroughTheLightProgram()
    {
        const QString project = m_dir.filePath(QStringLiteral("words.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        const QString text = writeFile(QStringLiteral("talk.txt"), QByteArray("Alpha bravo alpha. Bravo charlie."));
        QCOMPARE(cli({QStringLiteral("import"), project, text}).exitCode, 0);

        const Run words = cli({QStringLiteral("words"), project, QStringLiteral("--json")});
        QCOMPARE(words.exitCode, 0);
        QCOMPARE(words.out, full({QStringLiteral("words"), project, QStringLiteral("--json")}).out);
        // 5 words: "Alpha", "alpha" -> alpha 2; "bravo", "Bravo" -> bravo 2; charlie 1. None is an English stop word.
        QCOMPARE(words.object().value(QStringLiteral("tokens")).toInt(), 5);
        QMap<QString, int> counts;
        for (const QJsonValue &word : words.object().value(QStringLiteral("words")).toArray())
            counts.insert(word.toObject().value(QStringLiteral("word")).toString(),
                          word.toObject().value(QStringLiteral("count")).toInt());
        QCOMPARE(counts, (QMap<QString, int>{{s("alpha"), 2}, {s("bravo"), 2}, {s("charlie"), 1}}));

        // "charlie" is in the second sentence, "Bravo charlie.": code points [19, 33) ("Alpha bravo alpha. " is 19).
        QCOMPARE(cli({QStringLiteral("add-code"), project, QStringLiteral("names")}).exitCode, 0);
        const Run autocode = cli({QStringLiteral("autocode"), project, QStringLiteral("names"), QStringLiteral("charlie"),
                                  QStringLiteral("--unit"), QStringLiteral("sentence"), QStringLiteral("--coder"),
                                  QStringLiteral("Ann"), QStringLiteral("--json")});
        QCOMPARE(autocode.exitCode, 0);
        QCOMPARE(autocode.object().value(QStringLiteral("hits")).toInt(), 1);
        QCOMPARE(autocode.object().value(QStringLiteral("added")).toInt(), 1);
        const Run codings = cli({QStringLiteral("codings"), project, QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(codings.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("start")).toInt(), 19);
        QCOMPARE(list.first().toObject().value(QStringLiteral("end")).toInt(), 33);

        // Ben codes the same sentence by hand: 2 sentences, both coders agree on each (one coded, one not).
        QCOMPARE(cli({QStringLiteral("code"), project, QStringLiteral("talk.txt"), QStringLiteral("names"),
                      QStringLiteral("19"), QStringLiteral("33"), QStringLiteral("--coder"), QStringLiteral("Ben")})
                     .exitCode,
                 0);
        const Run agreement = cli({QStringLiteral("agreement"), project, QStringLiteral("--coders"), QStringLiteral("Ann,Ben"),
                                   QStringLiteral("--unit"), QStringLiteral("sentence"), QStringLiteral("--json")});
        QCOMPARE(agreement.exitCode, 0);
        const QJsonObject overall = agreement.object().value(QStringLiteral("overall")).toObject();
        QCOMPARE(overall.value(QStringLiteral("units")).toInt(), 2);
        QCOMPARE(overall.value(QStringLiteral("percent_agreement")).toDouble(), 100.0);
    }

    // REFI-QDA (QuaZip) and adding documents (OpenSSL's SHA-256) through marginalia-cli: export-qdpx writes a zip,
    // import-qdpx makes a project of it holding the one document, and merging the same file into that project again
    // recognises the document by its text's hash (matched, not added).
    void interchangeThroughTheLightProgram()
    {
        const QString project = m_dir.filePath(QStringLiteral("exchange.marginalia"));
        QCOMPARE(cli({QStringLiteral("new"), project}).exitCode, 0);
        const QString text = writeFile(QStringLiteral("visit.txt"), QByteArray("The projector was broken again."));
        QCOMPARE(cli({QStringLiteral("import"), project, text}).exitCode, 0);
        const QString qdpx = m_dir.filePath(QStringLiteral("exchange.qdpx"));
        const Run exported = cli({QStringLiteral("export-qdpx"), project, qdpx, QStringLiteral("--json")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile zip(qdpx);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QCOMPARE(zip.read(4), QByteArray("PK\x03\x04"));   // a zip's first local file header

        const QString copy = m_dir.filePath(QStringLiteral("copy.marginalia"));
        const Run imported = cli({QStringLiteral("import-qdpx"), qdpx, copy, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run info = cli({QStringLiteral("info"), copy, QStringLiteral("--json")});
        QCOMPARE(info.object().value(QStringLiteral("documents")).toInt(), 1);

        const Run merged = cli({QStringLiteral("merge"), copy, qdpx, QStringLiteral("--no-backup"), QStringLiteral("--json")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QCOMPARE(merged.object().value(QStringLiteral("documents_added")).toInt(), 0);
        QCOMPARE(merged.object().value(QStringLiteral("documents_matched")).toInt(), 1);

        const Run wrong = cli({QStringLiteral("import-qdpx"), text, m_dir.filePath(s("never.marginalia"))});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(s("never.marginalia"))));
    }

    // help lists every command, those of marginalia-cli-full included; marginalia-cli-full runs the light ones too.
    void helpAndFullProgram()
    {
        const Run help = cli({QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"import", "demo", "report", "team", "search", "info", "matrix", "memos", "autocode",
                                    "words", "dictionary", "agreement", "adjudicate", "export-qdpx", "import-qdpx",
                                    "export-qdc", "merge"})
            QVERIFY2(help.out.contains(QByteArray("\n  ").append(command).append(' ')), command);
        // Two listed inside a line, after another command.
        QVERIFY(help.out.contains("stopwords PROJECT [--language en|zh]"));
        QVERIFY(help.out.contains("import-qdc IN.qdc PROJECT"));
        // The full program lists the same commands in the same words.
        QCOMPARE(runProgram(QStringLiteral(MARGINALIA_CLI_FULL), {QStringLiteral("help")}).out, help.out);

        const QString project = m_dir.filePath(QStringLiteral("full.marginalia"));
        const Run created = runProgram(QStringLiteral(MARGINALIA_CLI_FULL), {QStringLiteral("new"), project});
        QCOMPARE(created.exitCode, 0);
        const Run info = runProgram(QStringLiteral(MARGINALIA_CLI_FULL), {QStringLiteral("info"), project, QStringLiteral("--json")});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(info.object().value(QStringLiteral("documents")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 2);
    }
};

QTEST_MAIN(TestCliPrograms)
#include "test_cli_programs.moc"
