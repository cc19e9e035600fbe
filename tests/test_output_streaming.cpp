// speed (issues 12, 16): marginalia-cli writes codings and search hits as they are produced. Each command runs in a
// child process under an address-space limit (RLIMIT_AS, 320 MB) on a project whose output is far larger than what
// the limit allows to be gathered: 100,000 codings and 40,000 hits. Gathered first (as before), `codings --json` and
// `codings --passages --json` were killed by std::bad_alloc under this limit (checked with the previous build; the
// text form and search fitted); streamed, they need about 70 MB. The outputs are checked against the layout the test
// made.

#include "SanitizerBuild.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace marginalia;

namespace {

constexpr qint64 kAddressSpace = qint64(320) << 20;
constexpr int kLines = 40000;
// "T: one two three four\n": 22 code points; "one" at 3–6, "two" at 7–10 of each line; the line is paragraph i + 1
// with speaker T.
const QString kLine = QStringLiteral("T: one two three four\n");
constexpr qint64 kLineLength = 22;

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QString error;
};

// Runs marginalia-cli with stdout to `outPath`, under the address-space limit (not under ASan: SanitizerBuild.h)
// and a time limit of two minutes.
CliResult runCli(const QStringList &arguments, const QString &outPath)
{
    QProcess cli;
    cli.setChildProcessModifier([] {
        if (!marginalia::testing::kAddressSpaceCanBeCapped)
            return;
        const rlimit limit{static_cast<rlim_t>(kAddressSpace), static_cast<rlim_t>(kAddressSpace)};
        setrlimit(RLIMIT_AS, &limit);
    });
    cli.setStandardOutputFile(outPath);
    cli.start(QStringLiteral(MARGINALIA_CLI), arguments);
    CliResult result;
    if (!cli.waitForFinished(120000)) {
        cli.kill();
        cli.waitForFinished();
        result.error = QStringLiteral("timed out");
        return result;
    }
    result.crashed = cli.exitStatus() != QProcess::NormalExit;
    result.exitCode = cli.exitCode();
    result.error = QString::fromUtf8(cli.readAllStandardError());
    return result;
}

// The last element of a JSON array written as QJsonDocument::Indented writes it ("    {" opens each element).
QJsonObject lastElement(const QByteArray &json)
{
    const qsizetype at = json.lastIndexOf("\n    {\n");
    if (at < 0 || !json.endsWith("\n]\n"))
        return {};
    return QJsonDocument::fromJson(json.mid(at + 1, json.size() - at - 4)).object();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOutputStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codingsAreWrittenAsTheyAreRead();
    void passagesAreWrittenAsTheyAreRead();
    void codingsAsTextAreWrittenAsTheyAreRead();
    void searchHitsAreWrittenAsTheyAreFound();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

// One document of kLines lines; per line i: "one" coded A by Ann (and by Ben on even lines), "two" coded B by Ann,
// inserted in that order, so ids run 1, 2, 3 for line 0, 4, 5 for line 1, ...: 5 per two lines, 100,000 codings.
void TestOutputStreaming::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("big.marginalia"));
    auto project = Project::create(m_project);
    QVERIFY2(project.has_value(), project.has_value() ? "" : qPrintable(project.error()));
    NewDocument document;
    document.name = QStringLiteral("notes.txt");
    document.text = kLine.repeated(kLines);
    auto documentId = DocumentStore(**project).add(document);
    QVERIFY(documentId.has_value());
    Codebook codebook(**project);
    auto a = codebook.add(NewCode{QStringLiteral("A"), 0, {}, {}, {}});
    auto b = codebook.add(NewCode{QStringLiteral("B"), 0, {}, {}, {}});
    auto ann = (*project)->coderId(QStringLiteral("Ann"));
    auto ben = (*project)->coderId(QStringLiteral("Ben"));
    QVERIFY(a && b && ann && ben);
    Database &db = (*project)->database();
    auto transaction = Transaction::begin(db);
    QVERIFY(transaction.has_value());
    auto insert = db.prepare("INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, created) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '2026-01-01T00:00:00Z')");
    QVERIFY(insert.has_value());
    qint64 guid = 0;
    const auto add = [&](qint64 code, qint64 start, qint64 coder) {
        insert->reset();
        insert->bind(1, QStringLiteral("g%1").arg(++guid)).bind(2, *documentId).bind(3, code).bind(4, start).bind(5, start + 3).bind(6, coder);
        return bool(insert->run());
    };
    for (qint64 line = 0; line < kLines; ++line) {
        QVERIFY(add(*a, line * kLineLength + 3, *ann));
        if (line % 2 == 0)
            QVERIFY(add(*a, line * kLineLength + 3, *ben));
        QVERIFY(add(*b, line * kLineLength + 7, *ann));
    }
    QVERIFY(transaction->commit().has_value());
}

void TestOutputStreaming::codingsAreWrittenAsTheyAreRead()
{
    const QString out = m_dir.filePath(QStringLiteral("codings.json"));
    const CliResult result = runCli({QStringLiteral("codings"), m_project, QStringLiteral("--json")}, out);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
    const QByteArray json = readAll(out);
    // 40,000 lines × (Ann's A, Ann's B) + 20,000 even lines × Ben's A.
    QCOMPARE(json.count("\n        \"id\": "), 100000);
    QVERIFY(json.startsWith("[\n    {\n        \"code\": \"A\",\n"));
    // The last: line 39,999's "two" by Ann, id 5 × 20,000; at 22 × 39,999 + 7 = 879,985.
    const QJsonObject last = lastElement(json);
    QCOMPARE(last.value(QStringLiteral("id")).toInteger(), 100000);
    QCOMPARE(last.value(QStringLiteral("code")).toString(), QStringLiteral("B"));
    QCOMPARE(last.value(QStringLiteral("start")).toInteger(), 879985);
    QCOMPARE(last.value(QStringLiteral("end")).toInteger(), 879988);
    QCOMPARE(last.value(QStringLiteral("text")).toString(), QStringLiteral("two"));
    QCOMPARE(last.value(QStringLiteral("coder")).toString(), QStringLiteral("Ann"));
    QCOMPARE(last.value(QStringLiteral("paragraphs")).toArray(), QJsonArray{40000});
    QCOMPARE(last.value(QStringLiteral("speakers")).toArray(), QJsonArray{QStringLiteral("T")});
}

void TestOutputStreaming::passagesAreWrittenAsTheyAreRead()
{
    const QString out = m_dir.filePath(QStringLiteral("passages.json"));
    const CliResult result = runCli({QStringLiteral("codings"), m_project, QStringLiteral("--json"),
                                     QStringLiteral("--passages"), QStringLiteral("--context"), QStringLiteral("3")},
                                    out);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
    const QByteArray json = readAll(out);
    // Two passages a line ("one" by one or two coders, "two"); Ann and Ben share line 0's "one" (ids 1 and 2).
    QCOMPARE(json.count("\n        \"id\": "), 80000);
    const qsizetype firstEnd = json.indexOf("\n    },\n");
    const QJsonObject first = QJsonDocument::fromJson(json.mid(2, firstEnd + 6 - 2)).object();
    QCOMPARE(first.value(QStringLiteral("coder")).toString(), QStringLiteral("Ann, Ben"));
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), 1);
    QCOMPARE(first.value(QStringLiteral("context_before")).toString(), QStringLiteral("T: "));
    QCOMPARE(first.value(QStringLiteral("context_after")).toString(), QStringLiteral(" tw"));
    // The last passage: the last line's "two", and its context running to the document's end ("e four\n" is cut
    // at 3 code points: " th").
    const QJsonObject last = lastElement(json);
    QCOMPARE(last.value(QStringLiteral("text")).toString(), QStringLiteral("two"));
    QCOMPARE(last.value(QStringLiteral("context_before")).toString(), QStringLiteral("ne "));
    QCOMPARE(last.value(QStringLiteral("context_after")).toString(), QStringLiteral(" th"));
}

void TestOutputStreaming::codingsAsTextAreWrittenAsTheyAreRead()
{
    const QString out = m_dir.filePath(QStringLiteral("codings.txt"));
    const CliResult result = runCli({QStringLiteral("codings"), m_project}, out);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
    const QByteArray text = readAll(out);
    QCOMPARE(text.count('\n'), 100000);
    // 1-based, inclusive for people: 879,986–879,988.
    QVERIFY(text.endsWith(QStringLiteral("notes.txt · paragraph 40000 · speaker T · characters 879986–879988 · B "
                                         "(Ann): two\n")
                              .toUtf8()));
}

void TestOutputStreaming::searchHitsAreWrittenAsTheyAreFound()
{
    const QString out = m_dir.filePath(QStringLiteral("search.json"));
    const CliResult result = runCli({QStringLiteral("search"), m_project, QStringLiteral("two"), QStringLiteral("--json")}, out);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
    const QByteArray json = readAll(out);
    QCOMPARE(json.count("\n        \"document\": "), 40000);   // "two" once a line
    const QJsonObject last = lastElement(json);
    QCOMPARE(last.value(QStringLiteral("start")).toInteger(), 879985);
    // 30 code points of context: the end of line 39,997, all of line 39,998, and the start of the last line.
    QCOMPARE(last.value(QStringLiteral("context_before")).toString(), QStringLiteral("\n") + kLine + QStringLiteral("T: one "));
    QCOMPARE(last.value(QStringLiteral("context_after")).toString(), QStringLiteral(" three four\n"));   // to the end
    QCOMPARE(last.value(QStringLiteral("paragraphs")).toArray(), QJsonArray{40000});
}

QTEST_GUILESS_MAIN(TestOutputStreaming)
#include "test_output_streaming.moc"
