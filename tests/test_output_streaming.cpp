// speed (issues 12, 16): marginalia-cli writes codings and search hits as they are produced. Each command runs in a
// child process under an address-space limit (RLIMIT_AS, 320 MB) on a project whose output is far larger than what
// the limit allows to be gathered: 100,000 codings and 40,000 hits. Gathered first (as before), `codings --json` and
// `codings --passages --json` were killed by std::bad_alloc under this limit (checked with the previous build; the
// text form and search fitted); streamed, they need about 70 MB. The outputs are checked against the layout the test
// made.

#include "SanitizerBuild.h"
#include "common/JsonText.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/ForwardUtf8Cutter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace marginalia;
using namespace Qt::StringLiterals;

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

// One document with one coding, for the tests of how stored strings come out (createProjectWith: false when the project
// could not be made).
struct OneCoding
{
    QString coder;
    QString document;
    QString text;
    QString code;
    qint64 start = 0;
    qint64 end = 0;
    QString memo;
};

bool createProjectWith(const QString &path, const OneCoding &one)
{
    auto project = Project::create(path);
    if (!project)
        return false;
    (*project)->setCurrentCoder(one.coder);
    NewDocument document;
    document.name = one.document;
    document.text = one.text;
    auto documentId = DocumentStore(**project).add(document);
    auto code = Codebook(**project).add(NewCode{one.code, 0, {}, {}, {}});
    if (!documentId || !code)
        return false;
    NewCoding coding;
    coding.documentId = *documentId;
    coding.codeId = *code;
    coding.start = one.start;
    coding.end = one.end;
    coding.memo = one.memo;
    return CodingStore(**project).add(coding).has_value();
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
    void jsonStringsEscapeAsQtDoes_data();
    void jsonStringsEscapeAsQtDoes();
    void jsonValuesAreLaidOutAsQtDoes();
    void hostileStringsComeOutAsQtWritesThem();
    void jsonKeepsByteOrderMarksAtTheStartOfStrings();
    void byteOrderMarksInStoredTextComeOutWhole();
    void excerptsAreCutByCodePoints();

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

// speed: JSON is written straight into bytes (core/common/JsonText). Each expectation is written out by hand from
// the JSON grammar and the rules QJsonDocument follows (RFC 8259 escapes for " \ and U+0000–U+001F, the short
// forms \b \f \n \r \t, lower-case hex, a lone surrogate escaped, everything else as UTF-8).
void TestOutputStreaming::jsonStringsEscapeAsQtDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plain") << QStringLiteral("two words") << QByteArray("\"two words\"");
    QTest::newRow("quote and backslash") << QStringLiteral("say \"a\\b\"") << QByteArray(R"("say \"a\\b\"")");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("other controls") << (QString(QChar(0)) + QChar(0x01) + QChar(0x0B) + QChar(0x1F))
                                    << QByteArray(R"("\u0000\u0001\u000b\u001f")");
    // U+007F and the slash are not escaped; U+2028/U+2029 are written as UTF-8 (E2 80 A8, E2 80 A9), as Qt does.
    QTest::newRow("delete, slash, line separators") << (QStringLiteral("/\x7f") + QChar(0x2028) + QChar(0x2029))
                                                    << QByteArray("\"/\x7f\xe2\x80\xa8\xe2\x80\xa9\"");
    // 教 U+6559 is E6 95 99; é U+00E9 is C3 A9; U+1F600 (a surrogate pair in UTF-16) is F0 9F 98 80.
    QTest::newRow("two, three and four bytes") << QString::fromUcs4(U"é教\U0001F600")
                                               << QByteArray("\"\xc3\xa9\xe6\x95\x99\xf0\x9f\x98\x80\"");
    QTest::newRow("lone surrogates") << (QString(QChar(0xD800)) + u'x' + QChar(0xDC00))
                                     << QByteArray(R"("\ud800x\udc00")");
    // U+FEFF is the one departure: escaped, where Qt writes it as it is (JsonText::escapeByteOrderMarks).
    QTest::newRow("byte order marks") << (QChar(0xFEFF) + QStringLiteral("a") + QChar(0xFEFF))
                                      << QByteArray(R"("\ufeffa\ufeff")");
}

void TestOutputStreaming::jsonStringsEscapeAsQtDoes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);
    QByteArray out;
    JsonText::appendString(out, text);
    QCOMPARE(out, json);
    // And Qt writes the same (the output must stay byte-identical to what QJsonDocument wrote), but for U+FEFF.
    const QByteArray qt =
        JsonText::escapeByteOrderMarks(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    QCOMPARE(out, qt.mid(1, qt.size() - 2));
}

void TestOutputStreaming::jsonValuesAreLaidOutAsQtDoes()
{
    // An element of the outermost array (depth 1): members at 8 spaces, the closing brace at 4; empty containers
    // as their brackets on two lines; whole numbers in decimal (2^60 = 1152921504606846976), others shortest.
    const QJsonObject object{{QStringLiteral("a"), QJsonArray{}},
                             {QStringLiteral("b"), QJsonObject{}},
                             {QStringLiteral("c"), QJsonArray{1, 2.5, true, QJsonValue()}},
                             {QStringLiteral("d"), qint64(1) << 60}};
    QByteArray out;
    JsonText::appendValue(out, object, 1);
    QCOMPARE(out, QByteArray("{\n"
                             "        \"a\": [\n        ],\n"
                             "        \"b\": {\n        },\n"
                             "        \"c\": [\n            1,\n            2.5,\n            true,\n            null\n        ],\n"
                             "        \"d\": 1152921504606846976\n"
                             "    }"));
    // JsonObjectWriter writes the same object member by member.
    QByteArray written;
    JsonObjectWriter writer(written, 1);
    writer.field(QLatin1StringView("a"), QStringList())
        .field(QLatin1StringView("b"), QJsonObject())
        .field(QLatin1StringView("c"), QJsonArray{1, 2.5, true, QJsonValue()})
        .field(QLatin1StringView("d"), qint64(1) << 60);
    writer.end();
    QCOMPARE(written, out);
    // Paragraph numbers 3–5; none for 0.
    QByteArray range;
    JsonObjectWriter ranges(range, 1);
    ranges.numberRange(QLatin1StringView("n"), 3, 5).numberRange(QLatin1StringView("z"), 0, 0);
    ranges.end();
    QCOMPARE(range, QByteArray("{\n        \"n\": [\n            3,\n            4,\n            5\n        ],\n"
                               "        \"z\": [\n        ]\n    }"));
}

// codings --json and search --json on a project whose names, memos and text hold what JSON must escape: the output
// is byte for byte what QJsonDocument::Indented writes for the value it holds, and that value is the stored strings.
void TestOutputStreaming::hostileStringsComeOutAsQtWritesThem()
{
    const QString path = m_dir.filePath(QStringLiteral("hostile.marginalia"));
    const QString name = QStringLiteral("say \"hi\" \\ 😀 notes");
    const QString codeName = QStringLiteral("a\\b \"q\" 教 😀");   // a code name is one line
    const QString memo = QStringLiteral("tab\there\nline\u0001\u001f/") + QChar(0x2028) + QChar(0x2029)
                         + QString::fromUcs4(U"\U00020000");
    // "x\"\\\t😀y" : x, ", \, tab, the emoji (one code point), y: 6 code points; the coding covers 1–5.
    const QString text = QString::fromUcs4(U"x\"\\\t\U0001F600y");
    QVERIFY(createProjectWith(path, {QStringLiteral("Ann \"A\""), name, text, codeName, 1, 5, memo}));
    for (const QStringList &command : {QStringList{QStringLiteral("codings"), path, QStringLiteral("--json"),
                                                   QStringLiteral("--context"), QStringLiteral("2")},
                                       QStringList{QStringLiteral("search"), path, QStringLiteral("\\"), QStringLiteral("--json")}}) {
        const QString out = m_dir.filePath(QStringLiteral("hostile.json"));
        const CliResult result = runCli(command, out);
        QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
        const QByteArray json = readAll(out);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json, parsed.toJson(QJsonDocument::Indented));
        const QJsonArray array = parsed.array();
        QCOMPARE(array.size(), 1);
        const QJsonObject element = array.at(0).toObject();
        QCOMPARE(element.value(QStringLiteral("document")).toString(), name);
        if (command.first() == QLatin1String("codings")) {
            QCOMPARE(element.value(QStringLiteral("code")).toString(), codeName);
            QCOMPARE(element.value(QStringLiteral("memo")).toString(), memo);
            QCOMPARE(element.value(QStringLiteral("coder")).toString(), QStringLiteral("Ann \"A\""));
            QCOMPARE(element.value(QStringLiteral("text")).toString(), QString::fromUcs4(U"\"\\\t\U0001F600"));
            QCOMPARE(element.value(QStringLiteral("context_before")).toString(), QStringLiteral("x"));
            QCOMPARE(element.value(QStringLiteral("context_after")).toString(), QStringLiteral("y"));
        } else {
            // The backslash is code point 2 (after x and the quote).
            QCOMPARE(element.value(QStringLiteral("start")).toInteger(), 2);
            QCOMPARE(element.value(QStringLiteral("text")).toString(), QStringLiteral("\\"));
            QCOMPARE(element.value(QStringLiteral("context_after")).toString(), QString::fromUcs4(U"\t\U0001F600y"));
        }
    }
}

// Qt's JSON reader drops a U+FEFF that begins a string (a byte order mark to its UTF-8 reading); JsonText::parse reads
// it back, whoever wrote it as it is (Qt, PostgreSQL, SQLite), and JSON written through escapeByteOrderMarks keeps it
// for Qt's reader too.
void TestOutputStreaming::jsonKeepsByteOrderMarksAtTheStartOfStrings()
{
    const QByteArray raw("{\"\xEF\xBB\xBFkey\": [\"\xEF\xBB\xBF\"], \"memo\": \"\xEF\xBB\xBFx\xEF\xBB\xBFy\"}");
    const auto expectMarks = [](const QJsonObject &object) {
        QCOMPARE(object.keys(), (QStringList{u"memo"_s, u"\uFEFFkey"_s}));   // sorted: U+FEFF after m
        QCOMPARE(object.value(u"\uFEFFkey"_s).toArray(), (QJsonArray{u"\uFEFF"_s}));
        QCOMPARE(object.value(u"memo"_s).toString(), u"\uFEFFx\uFEFFy"_s);
    };
    // What Qt's own reader makes of it: each string's first U+FEFF gone (what this guards against).
    QCOMPARE(QJsonDocument::fromJson(raw).object().value(u"memo"_s).toString(), u"x\uFEFFy"_s);
    QJsonParseError error;
    const QJsonDocument parsed = JsonText::parse(raw, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    expectMarks(parsed.object());
    // A byte order mark before the document is skipped, as Qt skips it.
    expectMarks(JsonText::parse(QByteArray(QByteArray("\xEF\xBB\xBF") + raw)).object());
    // Escaped, Qt's reader gets them back as well.
    const QByteArray written = JsonText::escapeByteOrderMarks(parsed.toJson(QJsonDocument::Compact));
    QVERIFY(!written.contains("\xEF\xBB\xBF"));
    expectMarks(QJsonDocument::fromJson(written).object());
    // JSON that is not JSON stays an error.
    JsonText::parse(QByteArray("[\"a\", \xEF\xBB\xBF]"), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

// A document holding U+FEFF where two files were joined, "abc\uFEFFteacher here": the coding [3, 11) is U+FEFF and
// "teacher" (8 code points), and a code named "\uFEFFmark". The coding's text, the search hit's one character of
// context before it, and the code's name come out whole, as text and as JSON (escaped \ufeff, which any reader keeps).
void TestOutputStreaming::byteOrderMarksInStoredTextComeOutWhole()
{
    const QString path = m_dir.filePath(QStringLiteral("marks.marginalia"));
    const QString codeName = QChar(0xFEFF) + QStringLiteral("mark");
    const OneCoding one{QStringLiteral("Ann"), QStringLiteral("joined"), QStringLiteral("abc\uFEFFteacher here"),
                        codeName, 3, 11, {}};
    QVERIFY(createProjectWith(path, one));
    const QString out = m_dir.filePath(QStringLiteral("marks.out"));
    CliResult result = runCli({QStringLiteral("codings"), path, QStringLiteral("--json"), QStringLiteral("--context"),
                               QStringLiteral("2")},
                              out);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
    QByteArray json = readAll(out);
    QVERIFY(!json.contains("\xEF\xBB\xBF"));
    QJsonObject element = QJsonDocument::fromJson(json).array().at(0).toObject();
    QCOMPARE(element.value(QStringLiteral("text")).toString(), QStringLiteral("\uFEFFteacher"));
    QCOMPARE(element.value(QStringLiteral("context_before")).toString(), QStringLiteral("bc"));
    QCOMPARE(element.value(QStringLiteral("code")).toString(), codeName);

    result = runCli({QStringLiteral("search"), path, QStringLiteral("teacher"), QStringLiteral("--json"),
                     QStringLiteral("--context"), QStringLiteral("1")},
                    out);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
    json = readAll(out);
    QVERIFY(!json.contains("\xEF\xBB\xBF"));
    element = QJsonDocument::fromJson(json).array().at(0).toObject();
    QCOMPARE(element.value(QStringLiteral("start")).toInteger(), 4);
    QCOMPARE(element.value(QStringLiteral("context_before")).toString(), QStringLiteral("\uFEFF"));
    QCOMPARE(element.value(QStringLiteral("context_after")).toString(), QStringLiteral(" "));

    // As text: the bytes as stored.
    result = runCli({QStringLiteral("codings"), path}, out);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(result.error));
    QVERIFY2(readAll(out).contains(": \xEF\xBB\xBFteacher\n"), readAll(out).constData());
}

// The cutter that gives codings and search hits their text and context counts code points eight bytes at a time.
// "0123456789教育技术😀abcdefghij中": 0–9 the digits, 10–13 教育技术 (3 bytes each), 14 😀 (4 bytes), 15–24 a–j,
// 25 中; 26 code points in 39 bytes.
void TestOutputStreaming::excerptsAreCutByCodePoints()
{
    const QByteArray text = QStringLiteral("0123456789教育技术😀abcdefghij中").toUtf8();
    QCOMPARE(text.size(), 39);
    ForwardUtf8Cutter cutter(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    ForwardUtf8Cutter::Pieces pieces = cutter.cut(10, 14, 3, 2);
    QCOMPARE(pieces.before, QStringLiteral("789"));
    QCOMPARE(pieces.text, QStringLiteral("教育技术"));
    QCOMPARE(pieces.after, QStringLiteral("😀a"));
    pieces = cutter.cut(14, 15, 0, 11);
    QCOMPARE(pieces.before, QString());
    QCOMPARE(pieces.text, QStringLiteral("😀"));
    QCOMPARE(pieces.after, QStringLiteral("abcdefghij中"));
    pieces = cutter.cut(25, 26, 12, 5);   // context from 13: 术, 😀, a–j
    QCOMPARE(pieces.before, QStringLiteral("术😀abcdefghij"));
    QCOMPARE(pieces.text, QStringLiteral("中"));
    QCOMPARE(pieces.after, QString());
    pieces = cutter.cut(0, 2, 5, 0);   // behind the cursor: walked again from the start
    QCOMPARE(pieces.before, QString());
    QCOMPARE(pieces.text, QStringLiteral("01"));
    pieces = cutter.cut(24, 40, 9, 9);   // clamped to the text's 26 code points
    QCOMPARE(pieces.before, QStringLiteral("abcdefghi"));
    QCOMPARE(pieces.text, QStringLiteral("j中"));
}

QTEST_GUILESS_MAIN(TestOutputStreaming)
#include "test_output_streaming.moc"
