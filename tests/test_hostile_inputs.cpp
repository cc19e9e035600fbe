// Hostile and huge inputs, each built here: small on disk, huge once inflated or parsed. Every
// case runs marginalia-cli in a child process under an address-space limit (RLIMIT_AS, set
// between fork and exec) and a wall-clock limit, so a regression fails the test instead of taking
// the machine down; each prints the time and peak resident memory it measured (wait4's rusage).
// A refused file must leave the project as it was.

#include "SanitizerBuild.h"
#include "import/DocumentReader.h"
#include "import/FormatReaders.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <functional>
#include <vector>

using namespace marginalia;

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

struct CliRun
{
    bool finished = false;   // false: killed at the time limit
    int exitCode = -1;       // -1 when ended by a signal
    double seconds = 0;
    qint64 peakKilobytes = 0;
    QString out;
    QString err;
};

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Runs marginalia-cli with `arguments` under RLIMIT_AS = addressSpaceMb (0: none), killing it after
// timeoutSeconds. fork/exec by hand rather than QProcess, for wait4's per-child peak memory.
CliRun runCli(const QStringList &arguments, qint64 addressSpaceMb, int timeoutSeconds, const QString &scratch)
{
    const QString outPath = scratch + QStringLiteral("/cli.out");
    const QString errPath = scratch + QStringLiteral("/cli.err");
    std::vector<QByteArray> storage{QByteArray(MARGINALIA_CLI)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    const QByteArray outFile = outPath.toLocal8Bit();
    const QByteArray errFile = errPath.toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        const int out = open(outFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(out, STDOUT_FILENO);
        dup2(err, STDERR_FILENO);
        if (addressSpaceMb > 0 && marginalia::testing::kAddressSpaceCanBeCapped) {   // not under ASan
            const rlimit limit{static_cast<rlim_t>(addressSpaceMb * kMegabyte), static_cast<rlim_t>(addressSpaceMb * kMegabyte)};
            setrlimit(RLIMIT_AS, &limit);
        }
        execv(argv[0], argv.data());
        _exit(127);
    }
    CliRun run;
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) {
            run.finished = true;
            break;
        }
        if (timer.elapsed() > timeoutSeconds * 1000LL) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        QThread::msleep(20);
    }
    run.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    run.peakKilobytes = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readAll(outPath);
    run.err = readAll(errPath);
    return run;
}

QString describe(const QString &what, const CliRun &run)
{
    return QStringLiteral("%1: exit %2 after %3 s, peak %4 MB resident%5\n%6")
        .arg(what)
        .arg(run.exitCode)
        .arg(run.seconds, 0, 'f', 2)
        .arg(run.peakKilobytes / 1024)
        .arg(run.finished ? QString() : QStringLiteral(" (killed at the time limit)"))
        .arg(run.err.left(600));
}

// A zip written entry by entry, each entry's content produced in pieces (so that a 60 MB XML part
// is never held whole by the test either).
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path) : m_zip(path) { m_ok = m_zip.open(QuaZip::mdCreate); }

    bool add(const QString &name, const std::function<void(const std::function<void(const QByteArray &)> &)> &produce)
    {
        QuaZipFile entry(&m_zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return m_ok = false;
        produce([&](const QByteArray &piece) {
            if (entry.write(piece) != piece.size())
                m_ok = false;
        });
        entry.close();
        return m_ok = m_ok && entry.getZipError() == UNZ_OK;
    }

    bool add(const QString &name, const QByteArray &content)
    {
        return add(name, [&](const auto &write) { write(content); });
    }

    bool close()
    {
        m_zip.close();
        return m_ok && m_zip.getZipError() == UNZ_OK;
    }

private:
    QuaZip m_zip;
    bool m_ok = false;
};

const QByteArray kDocxOpen = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                             "wordprocessingml/2006/main\"><w:body>";
const QByteArray kDocxClose = "</w:body></w:document>";
const QByteArray kOdtOpen = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:"
                            "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:"
                            "text:1.0\"><office:body><office:text>";
const QByteArray kOdtClose = "</office:text></office:body></office:document-content>";

// A .docx whose word/document.xml is kDocxOpen, `repeat` times `body`, kDocxClose.
bool writeDocx(const QString &path, const QByteArray &body, qint64 repeat, const QByteArray &prefix = {},
               const QByteArray &suffix = {})
{
    ZipWriter zip(path);
    zip.add(QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    zip.add(QStringLiteral("word/document.xml"), [&](const auto &write) {
        write(kDocxOpen + prefix);
        for (qint64 i = 0; i < repeat; ++i)
            write(body);
        write(suffix + kDocxClose);
    });
    return zip.close();
}

bool writeOdt(const QString &path, const QByteArray &body, qint64 repeat)
{
    ZipWriter zip(path);
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text");
    zip.add(QStringLiteral("content.xml"), [&](const auto &write) {
        write(kOdtOpen);
        for (qint64 i = 0; i < repeat; ++i)
            write(body);
        write(kOdtClose);
    });
    return zip.close();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray repeated(const QByteArray &piece, qsizetype times)
{
    return piece.repeated(times);
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString newProject()
    {
        const QString project = path(QStringLiteral("p%1.marginalia").arg(++m_projects));
        const CliRun run = runCli({QStringLiteral("new"), project}, 0, 60, m_dir.path());
        if (run.exitCode != 0)
            qFatal("cannot create a project: %s", qPrintable(run.err));
        return project;
    }

    static QList<DocumentInfo> documents(const QString &project)
    {
        auto opened = Project::open(project, Project::Access::ReadOnly);
        if (!opened)
            return {};
        auto list = DocumentStore(**opened).list();
        return list ? *list : QList<DocumentInfo>();
    }

    static QString storedText(const QString &project, qint64 id)
    {
        auto opened = Project::open(project, Project::Access::ReadOnly);
        if (!opened)
            return {};
        auto text = DocumentStore(**opened).text(id);
        return text ? *text : QString();
    }

    // Imports `file` under the limits; it must be refused with `reason` and leave the project empty.
    void expectRefused(const QString &file, const QString &reason, qint64 addressSpaceMb, int seconds,
                       const QStringList &extra = {})
    {
        const QString project = newProject();
        const CliRun run = runCli(QStringList{QStringLiteral("import"), project, file} + extra, addressSpaceMb, seconds,
                                  m_dir.path());
        qInfo().noquote() << describe(QFileInfo(file).fileName(), run).section(u'\n', 0, 0);
        QVERIFY2(run.finished, qPrintable(describe(QStringLiteral("import"), run)));
        QVERIFY2(run.exitCode == 1, qPrintable(describe(QStringLiteral("import"), run)));
        QVERIFY2(run.err.contains(QFileInfo(file).fileName() + QStringLiteral(": ") + reason),
                 qPrintable(describe(QStringLiteral("import"), run)));
        QCOMPARE(documents(project).size(), 0);
    }

    // Imports `file` under the limits; it must be imported, as one document.
    QString expectImported(const QString &file, qint64 addressSpaceMb, int seconds)
    {
        const QString project = newProject();
        const CliRun run = runCli({QStringLiteral("import"), project, file, QStringLiteral("--defer-index")},
                                  addressSpaceMb, seconds, m_dir.path());
        qInfo().noquote() << describe(QFileInfo(file).fileName(), run).section(u'\n', 0, 0);
        if (!run.finished || run.exitCode != 0)
            return {};
        return documents(project).size() == 1 ? project : QString();
    }

private Q_SLOTS:
    void cliNumbersAreRangeChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        // 100000 MB and 1e12 MB crashed with bad_alloc; inf and nan are numbers to toDouble().
        const QList<std::pair<const char *, QString>> sizes{
            {"100000", QStringLiteral("import: --max-size must be at most 2000, not 100000")},
            {"1e12", QStringLiteral("import: --max-size must be at most 2000, not 1e12")},
            {"inf", QStringLiteral("import: --max-size must be a number such as 50 or 0.5, not 'inf'")},
            {"nan", QStringLiteral("import: --max-size must be a number such as 50 or 0.5, not 'nan'")},
            {"-1", QStringLiteral("import: --max-size must be more than 0, not -1")},
            {"0", QStringLiteral("import: --max-size must be more than 0, not 0")},
            {"ten", QStringLiteral("import: --max-size must be a number such as 50 or 0.5, not 'ten'")}};
        for (const auto &[value, message] : sizes)
            QTest::newRow(value) << QStringList{QStringLiteral("import"), QStringLiteral("P"), QStringLiteral("a.txt"),
                                                QStringLiteral("--max-size"), QString::fromLatin1(value)}
                                 << message;
        QTest::newRow("max-text") << QStringList{QStringLiteral("import"), QStringLiteral("P"), QStringLiteral("a.txt"),
                                                 QStringLiteral("--max-text"), QStringLiteral("1e9")}
                                  << QStringLiteral("import: --max-text must be at most 500, not 1e9");
        QTest::newRow("top negative") << QStringList{QStringLiteral("words"), QStringLiteral("P"), QStringLiteral("--top"),
                                                     QStringLiteral("-1"), QStringLiteral("--json")}
                                      << QStringLiteral("words: --top must be 0 or more, not -1");
        QTest::newRow("top huge") << QStringList{QStringLiteral("words"), QStringLiteral("P"), QStringLiteral("--top"),
                                                 QStringLiteral("99999999999"), QStringLiteral("--json")}
                                  << QStringLiteral("words: --top must be at most 2147483647, not 99999999999");
        QTest::newRow("codings context") << QStringList{QStringLiteral("codings"), QStringLiteral("P"),
                                                        QStringLiteral("--context"), QStringLiteral("1e9")}
                                         << QStringLiteral("codings: --context must be a whole number written in digits, not '1e9'");
        QTest::newRow("report context") << QStringList{QStringLiteral("report"), QStringLiteral("P"), QStringLiteral("--out"),
                                                       QStringLiteral("r.html"), QStringLiteral("--context"),
                                                       QStringLiteral("2147483648")}
                                        << QStringLiteral("report: --context must be at most 10000, not 2147483648");
    }

    void cliNumbersAreRangeChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString project = newProject();
        const QString text = path(QStringLiteral("a.txt"));
        QVERIFY(writeFile(text, "A short interview."));
        arguments.replace(1, project);
        if (arguments.size() > 2 && arguments.at(2) == u"a.txt")
            arguments.replace(2, text);
        const CliRun run = runCli(arguments, 1024, 60, m_dir.path());
        QVERIFY2(run.finished && run.exitCode == 2, qPrintable(describe(arguments.first(), run)));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(documents(project).size(), 0);
    }

    void docxTextBombIsRefused()
    {
        // 6,000 paragraphs of 1,000 × "interview " (10,000 characters each): 60 million characters
        // of text, about 60 MB of XML, deflated to well under a megabyte (the file limit is 50 MB).
        // The text passes the 50 million character default: refused, in seconds, with the inflated
        // XML never held whole (1 GB of address space; the reader used 6-8 GB once stored).
        const QString file = path(QStringLiteral("bomb.docx"));
        QVERIFY(writeDocx(file, "<w:p><w:r><w:t>" + repeated("interview ", 1000) + "</w:t></w:r></w:p>", 6000));
        QVERIFY(QFileInfo(file).size() < kMegabyte);
        expectRefused(file, QStringLiteral("is too large to import: its text exceeds the limit of 50000000 characters"),
                      1024, 60);
        // --max-text lowers the ceiling: 1 million characters is passed after the first 100 paragraphs.
        expectRefused(file, QStringLiteral("is too large to import: its text exceeds the limit of 1000000 characters"),
                      1024, 60, {QStringLiteral("--max-text"), QStringLiteral("1")});
    }

    void odtTextBombIsRefused()
    {
        const QString file = path(QStringLiteral("bomb.odt"));
        QVERIFY(writeOdt(file, "<text:p>" + repeated("Feldnotiz ", 1000) + "</text:p>", 6000));
        QVERIFY(QFileInfo(file).size() < kMegabyte);
        expectRefused(file, QStringLiteral("is too large to import: its text exceeds the limit of 50000000 characters"),
                      1024, 60);
    }

    void oneHugeXmlNodeIsRefused()
    {
        // One w:t of 20 MB (the default ceiling for one text node, tag or attribute is 16 MB).
        const QString file = path(QStringLiteral("node.docx"));
        QVERIFY(writeDocx(file, repeated("x", kMegabyte), 20, "<w:p><w:r><w:t>", "</w:t></w:r></w:p>"));
        expectRefused(file,
                      QStringLiteral("is too large to import: word/document.xml holds a single XML text, tag or attribute "
                                     "of more than 16.00 MiB, the limit for one XML node"),
                      1024, 60);
        // The same in an attribute value.
        const QString attribute = path(QStringLiteral("attribute.docx"));
        QVERIFY(writeDocx(attribute, repeated("y", kMegabyte), 20, "<w:p w:rsidR=\"", "\"/>"));
        expectRefused(attribute,
                      QStringLiteral("is too large to import: word/document.xml holds a single XML text, tag or attribute "
                                     "of more than 16.00 MiB, the limit for one XML node"),
                      1024, 60);
    }

    void xmlCeilingsAreOptions()
    {
        // Each ceiling of ReadOptions, passed by one element, one level or one character.
        const QString elements = path(QStringLiteral("elements.docx"));
        // 1,000 w:p, each with a w:r and a w:t: 3,000 start tags, plus w:document and w:body.
        QVERIFY(writeDocx(elements, "<w:p><w:r><w:t>a</w:t></w:r></w:p>", 1000));
        ReadOptions options;
        options.maxXmlElements = 3001;
        Result<ReadDocument> read = readDocumentFile(elements, options);
        QVERIFY(!read);
        QCOMPARE(read.error(), QStringLiteral("elements.docx: is too large to import: its XML has more than 3001 "
                                              "elements, the limit"));
        options.maxXmlElements = 3002;
        read = readDocumentFile(elements, options);
        QVERIFY2(read, read ? "" : qPrintable(read.error()));
        QCOMPARE(read->text, QStringList(1000, QStringLiteral("a")).join(u'\n'));

        // Text: 1,000 paragraphs of "a" are 1,000 characters of text (the line breaks come later).
        options = {};
        options.maxTextCharacters = 999;
        read = readDocumentFile(elements, options);
        QVERIFY(!read);
        QCOMPARE(read.error(), QStringLiteral("elements.docx: is too large to import: its text exceeds the limit of 999 characters"));

        // Depth: w:document, w:body, 30 w:sdt, w:p, w:r, w:t. The walker counts its own levels
        // (body 1, each sdt one more, then p, r and t): 34 levels.
        const QString deep = path(QStringLiteral("deep.docx"));
        QVERIFY(writeDocx(deep, "<w:sdt>", 30, {}, "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + repeated("</w:sdt>", 30)));
        options = {};
        options.maxXmlDepth = 20;
        read = readDocumentFile(deep, options);
        QVERIFY(!read);
        QCOMPARE(read.error(), QStringLiteral("deep.docx: is refused: word/document.xml nests elements more than 20 deep, the limit"));
        options.maxXmlDepth = 40;
        read = readDocumentFile(deep, options);
        QVERIFY2(read, read ? "" : qPrintable(read.error()));
        QCOMPARE(read->text, QStringLiteral("deep"));

        // Plain text: 2,000 characters against a ceiling of 1,999 and 2,000.
        const QString text = path(QStringLiteral("long.txt"));
        QVERIFY(writeFile(text, repeated("b", 2000)));
        options = {};
        options.maxTextCharacters = 1999;
        read = readDocumentFile(text, options);
        QVERIFY(!read);
        QCOMPARE(read.error(), QStringLiteral("long.txt: is too large to import: its text exceeds the limit of 1999 characters"));
        options.maxTextCharacters = 2000;
        QVERIFY(readDocumentFile(text, options));
    }

    void nestedMarkdownLinksDoNotRecurse()
    {
        // 120 KB of links nested 20,000 deep overflowed the stack. Each level is a link whose text
        // is "a" and the link inside it, so the text is 20,000 × "a".
        const QByteArray nested = repeated("[a", 20000) + repeated("](u)", 20000);
        QCOMPARE(markdownToPlainText(QString::fromLatin1(nested)), QString(20000, u'a'));
        const QString file = path(QStringLiteral("nested.md"));
        QVERIFY(writeFile(file, nested));
        const QString project = expectImported(file, 1024, 10);
        QVERIFY(!project.isEmpty());
        const QList<DocumentInfo> stored = documents(project);
        QCOMPARE(stored.first().length, qint64(20000));
        QCOMPARE(storedText(project, stored.first().id), QString(20000, u'a'));
    }

    void pathologicalMarkdownAndHtmlTakeLinearTime_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("length");   // of the stored text, worked out by hand below
        // 2,000,000 unmatched '[' stay as they are (each scanned to the end: minutes).
        QTest::newRow("open brackets") << QStringLiteral("brackets.md") << repeated("[", 2000000) << qint64(2000000);
        // Links nested 200,000 deep: deeper than the 100,000 open brackets kept, so the inner
        // 100,000 '[' stay literal; the first 100,000 "](u)" close links with the kept ones, the
        // other 100,000 find no opener and stay: 200,000 × "a", 100,000 × "[", 100,000 × "](u)".
        QTest::newRow("links nested past the limit")
            << QStringLiteral("deep.md") << (repeated("[a", 200000) + repeated("](u)", 200000)) << qint64(700000);
        // Unclosed comments: text. 500,000 × "<!--" is 2,000,000 characters.
        QTest::newRow("unclosed comments") << QStringLiteral("comments.md") << repeated("<!--", 500000) << qint64(2000000);
        // "_a *" × 300,000: every '_' and '*' can only open (each '_' and '*' has a space or a
        // delimiter before it and no space after it), none can close, so all 1,200,000 stay.
        QTest::newRow("unpaired emphasis") << QStringLiteral("emphasis.md") << repeated("_a *", 300000) << qint64(1200000);
        // "<a " × 300,000 then ">": one tag from the last "<a" on; 299,999 × "<a " stay (899,997),
        // less the trailing space trimmed.
        QTest::newRow("tags without end") << QStringLiteral("tags.md") << (repeated("<a ", 300000) + ">") << qint64(899996);
        // HTML: 1,000,000 × "<a \"" never closes: all 4,000,000 characters are text.
        QTest::newRow("html unclosed tags") << QStringLiteral("tags.html") << repeated("<a \"", 1000000) << qint64(4000000);
        // 300,000 hidden <noscript> then 300,000 </select> that close none of them, then "x": hidden.
        // A text "y" before them is all there is.
        QTest::newRow("html hidden elements")
            << QStringLiteral("hidden.html") << ("y" + repeated("<noscript>", 300000) + repeated("</select>", 300000) + "x")
            << qint64(1);
    }

    void pathologicalMarkdownAndHtmlTakeLinearTime()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(qint64, length);
        const QString file = path(name);
        QVERIFY(writeFile(file, content));
        const QString project = expectImported(file, 1024, 20);
        QVERIFY2(!project.isEmpty(), "not imported within 20 s and 1 GB of address space");
        QCOMPARE(documents(project).first().length, length);
    }

    void autoCodeBySentenceOnOneLongLine()
    {
        // One line of 1.8 MB: 40,000 sentences of 46 characters ("Sentence " 9, the number 5,
        // " says nothing much at all here. " 32), every 20th with "ZEBRA___" in place of "Sentence":
        // 2,000 hits, each coded as its sentence. Each hit used to analyse the whole line again.
        QByteArray line;
        for (int i = 0; i < 40000; ++i)
            line += (i % 20 == 0 ? "ZEBRA___ " : "Sentence ") + QByteArray::number(i).rightJustified(5, '0')
                    + " says nothing much at all here. ";
        QCOMPARE(line.size(), 40000 * 46);
        const QString file = path(QStringLiteral("line.txt"));
        QVERIFY(writeFile(file, line));
        const QString project = expectImported(file, 1024, 60);
        QVERIFY(!project.isEmpty());
        QVERIFY(runCli({QStringLiteral("add-code"), project, QStringLiteral("Z")}, 0, 60, m_dir.path()).exitCode == 0);
        const CliRun run = runCli({QStringLiteral("autocode"), project, QStringLiteral("Z"), QStringLiteral("ZEBRA"),
                                   QStringLiteral("--unit"), QStringLiteral("sentence")},
                                  1024, 120, m_dir.path());
        qInfo().noquote() << describe(QStringLiteral("autocode --unit sentence"), run).section(u'\n', 0, 0);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(describe(QStringLiteral("autocode"), run)));
        QVERIFY2(run.out.contains(QStringLiteral("2000 hit(s), 2000 new coding(s)")), qPrintable(run.out));
        // The 21st sentence (i = 20) starts at 20 × 46 = 920 and ends before its trailing space: 965.
        const CliRun codings = runCli({QStringLiteral("codings"), project, QStringLiteral("--json")}, 1024, 60, m_dir.path());
        QVERIFY2(codings.out.contains(QStringLiteral("\"start\": 920")), qPrintable(codings.out.left(800)));
        QVERIFY2(codings.out.contains(QStringLiteral("\"end\": 965")), qPrintable(codings.out.left(800)));
    }

    void segmenterOnOneHugeLineAnswersQuickly()
    {
        // A document that is one line of 20 million characters (400,000 numbered sentences): each
        // sentenceAt() or snapToWords() used to analyse the whole line (about a second each); now a
        // stretch around the position. 1,000 calls of each within 30 s (a few seconds on a busy machine;
        // the whole line each time would be half an hour).
        QString text;
        text.reserve(20000000);
        for (int i = 0; text.size() < 20000000; ++i)
            text += QStringLiteral("Sentence %1 is here, and it says nothing much. ").arg(i, 7, 10, QLatin1Char('0'));
        const TextIndex index(text);
        const Segmenter segmenter;
        QElapsedTimer timer;
        timer.start();
        // Each sentence is 52 characters ("Sentence " 9, the number 7, " is here, and it says nothing
        // much. " 36): sentence k is [52k, 52k + 51), its trailing space left out.
        for (qint64 k = 0; k < 1000; ++k) {
            const qint64 sentence = k * 380;   // spread over the line (it holds 384,616)
            const TextSpan span = segmenter.sentenceAt(text, index, 52 * sentence + 20);
            QCOMPARE(span.start, 52 * sentence);
            QCOMPARE(span.end, 52 * sentence + 51);
            // "Sentence" is [52k, 52k + 8): a selection inside it widens to the word.
            const TextSpan word = segmenter.snapToWords(text, index, {52 * sentence + 2, 52 * sentence + 4});
            QCOMPARE(word.start, 52 * sentence);
            QCOMPARE(word.end, 52 * sentence + 8);
        }
        qInfo("1,000 sentenceAt() and snapToWords() calls on a 20-million-character line: %.2f s",
              static_cast<double>(timer.elapsed()) / 1000.0);
        QVERIFY(timer.elapsed() < 30000);
    }

    void searchWordsAndAutoCodeOverA200MbDocument()
    {
        // 200 MB of text in lines of 100 words (about 700 characters) with "ZEBRA" on five lines:
        // search, words and auto-code each stay inside 1 GB of address space (a QString of the
        // text alone is 400 MB; search once took 2.9 GB for 100 MB, words aborted at 6-8 GB).
        const QString file = path(QStringLiteral("big.txt"));
        qint64 lines = 0;
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            const QByteArray words[] = {"teacher ", "Schüler ", "École ", "老师 ", "lesson ", "board ", "said "};
            QByteArray lineText;
            for (int w = 0; w < 100; ++w)
                lineText += words[w % 7];
            lineText += "end.\n";
            qint64 written = 0;
            for (; written < 200 * kMegabyte; ++lines) {
                const QByteArray text = lines % 60000 == 30000 ? "ZEBRA " + lineText : lineText;
                QCOMPARE(out.write(text), text.size());
                written += text.size();
            }
        }
        const QString project = newProject();
        const CliRun import = runCli({QStringLiteral("import"), project, file, QStringLiteral("--max-size"),
                                      QStringLiteral("250"), QStringLiteral("--max-text"), QStringLiteral("250"),
                                      QStringLiteral("--defer-index")},
                                     0, 300, m_dir.path());
        qInfo().noquote() << describe(QStringLiteral("import of 200 MB"), import).section(u'\n', 0, 0);
        QVERIFY2(import.exitCode == 0, qPrintable(describe(QStringLiteral("import"), import)));
        QFile::remove(file);

        // A search folded over all of Unicode ("Ü"), one of bytes ("ZEBRA"), auto-coding, words.
        const CliRun unicode =
            runCli({QStringLiteral("search"), project, QStringLiteral("zebra TEACHER SCHÜLER")}, 1024, 300, m_dir.path());
        qInfo().noquote() << describe(QStringLiteral("search zebra TEACHER SCHÜLER"), unicode).section(u'\n', 0, 0);
        QVERIFY2(unicode.finished && unicode.exitCode == 0, qPrintable(describe(QStringLiteral("search"), unicode)));
        QCOMPARE(unicode.out.count(QStringLiteral("big.txt · paragraph ")), 5);
        const CliRun zebra = runCli({QStringLiteral("search"), project, QStringLiteral("ZEBRA")}, 1024, 300, m_dir.path());
        qInfo().noquote() << describe(QStringLiteral("search ZEBRA"), zebra).section(u'\n', 0, 0);
        QVERIFY2(zebra.finished && zebra.exitCode == 0, qPrintable(describe(QStringLiteral("search"), zebra)));
        QCOMPARE(zebra.out.count(QStringLiteral("big.txt · paragraph ")), 5);

        QVERIFY(runCli({QStringLiteral("add-code"), project, QStringLiteral("Z")}, 0, 60, m_dir.path()).exitCode == 0);
        const CliRun autocode = runCli({QStringLiteral("autocode"), project, QStringLiteral("Z"), QStringLiteral("ZEBRA"),
                                        QStringLiteral("--unit"), QStringLiteral("paragraph")},
                                       1024, 300, m_dir.path());
        qInfo().noquote() << describe(QStringLiteral("autocode --unit paragraph"), autocode).section(u'\n', 0, 0);
        QVERIFY2(autocode.finished && autocode.exitCode == 0, qPrintable(describe(QStringLiteral("autocode"), autocode)));
        QVERIFY2(autocode.out.contains(QStringLiteral("5 hit(s), 5 new coding(s)")), qPrintable(autocode.out));

        const CliRun words = runCli({QStringLiteral("words"), project, QStringLiteral("--top"), QStringLiteral("3"),
                                     QStringLiteral("--json"), QStringLiteral("--no-stopwords")},
                                    1024, 600, m_dir.path());
        qInfo().noquote() << describe(QStringLiteral("words"), words).section(u'\n', 0, 0);
        QVERIFY2(words.finished && words.exitCode == 0, qPrintable(describe(QStringLiteral("words"), words)));
        // Each line's 100 words are 14 rounds of the seven, then "teacher" and "Schüler": those two
        // 15 times a line, the others 14 (ties in alphabetical order: "board" first). Counted in
        // 4 MB windows, a word lost or counted twice at a window's edge would show.
        const QJsonArray top = QJsonDocument::fromJson(words.out.toUtf8()).object().value(QStringLiteral("words")).toArray();
        QCOMPARE(top.size(), 3);
        QCOMPARE(top.at(0).toObject().value(QStringLiteral("word")).toString(), QStringLiteral("schüler"));
        QCOMPARE(top.at(0).toObject().value(QStringLiteral("count")).toInteger(), 15 * lines);
        QCOMPARE(top.at(1).toObject().value(QStringLiteral("word")).toString(), QStringLiteral("teacher"));
        QCOMPARE(top.at(1).toObject().value(QStringLiteral("count")).toInteger(), 15 * lines);
        QCOMPARE(top.at(2).toObject().value(QStringLiteral("word")).toString(), QStringLiteral("board"));
        QCOMPARE(top.at(2).toObject().value(QStringLiteral("count")).toInteger(), 14 * lines);
        for (const CliRun *run : {&unicode, &zebra, &autocode, &words})
            QVERIFY2(run->peakKilobytes < 1024 * 1024, qPrintable(describe(QStringLiteral("peak"), *run)));
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "test_hostile_inputs.moc"
