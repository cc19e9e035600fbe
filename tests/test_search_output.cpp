// cancel (issue 12): marginalia-cli search builds its text lines as UTF-8 bytes (app/cli/SearchOutput) and reads the
// paragraphs' speakers by a scan of the table instead of a search per row (core/project/DocumentParagraphs). The
// lines must be what they were: the citation of the paragraphs table, the context with its line breaks as spaces,
// and bytes that are not UTF-8 shown as Qt reads them.

#include "project/DocumentStore.h"
#include "project/ParagraphSpans.h"
#include "project/Project.h"
#include "search/DocumentText.h"
#include "text/ForwardUtf8Cutter.h"
#include "text/TextIndex.h"
#include "text/Utf8Text.h"

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <string>

using namespace marginalia;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Runs `marginalia-cli search PROJECT QUERY --context N` and gives stdout (with `environment` added to the process's;
// its stderr into `errors` when given).
QByteArray search(const QString &project, const QString &query, int context,
                  const QList<std::pair<QString, QString>> &environment = {}, QByteArray *errors = nullptr)
{
    QProcess cli;
    if (!environment.isEmpty()) {
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : environment)
            variables.insert(name, value);
        cli.setProcessEnvironment(variables);
    }
    cli.start(QStringLiteral(MARGINALIA_CLI),
              {QStringLiteral("search"), project, query, QStringLiteral("--context"), QString::number(context)});
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        return "failed: " + cli.readAllStandardError();
    if (errors)
        *errors = cli.readAllStandardError();
    return cli.readAllStandardOutput();
}

Result<void> run(Project &project, const char *sql, std::string_view value = {})
{
    auto statement = project.database().prepare(sql);
    if (!statement)
        return failure(statement.error());
    if (!value.empty())
        statement->bind(1, value);
    return statement->run();
}

// Paragraphs 1 and 2 swap numbers in the documents `documents` (an SQL condition) picks, negated first so that no
// number meets another on the way; with rebuildCopies every document's copy of its rows is then made again from the
// rows, as the upgrade makes them (in the order of their numbers).
Result<void> swapFirstTwoParagraphs(Project &project, const QByteArray &documents, bool rebuildCopies)
{
    const QByteArray negate = "UPDATE paragraphs SET number = -number WHERE number IN (1, 2) AND " + documents;
    if (auto ok = run(project, negate.constData()); !ok)
        return ok;
    if (auto ok = run(project, "UPDATE paragraphs SET number = CASE number WHEN -1 THEN 2 ELSE 1 END WHERE number < 0");
        !ok)
        return ok;
    if (!rebuildCopies)
        return {};
    auto transaction = Transaction::begin(project.database());
    if (!transaction)
        return failure(transaction.error());
    if (auto ok = ParagraphSpans::rebuild(project.database()); !ok)
        return ok;
    return transaction->commit();
}

// The tricky text, stored as it is (not normalised), code points counted by hand:
//   "T: 教师 a"  [0, 7)   paragraph 1, speaker T; line break at 7
//   ""           at 8     a blank line: no paragraph
//   "   "        [9, 12)  spaces only: no paragraph; line break at 12
//   "S: 教师\r"  [13, 19) paragraph 2, speaker S (the \r is part of the line); line break at 19
//   "x\u2028教师" [20, 24) paragraph 3, no speaker (U+2028 does not end a paragraph); line break at 24
//   "教"         [25, 26) paragraph 4; line break at 26
//   "师 end"     [27, 32) paragraph 5, the text's end
const char *kTricky = "T: 教师 a\n\n   \nS: 教师\r\nx\u2028教师\n教\n师 end";
// Twenty lines "A: 教师\n", six code points each: 教师 of line k (from 0) is [6k + 3, 6k + 5), paragraph k + 1.
constexpr int kManyLines = 20;

} // namespace

class TestSearchOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validUtf8IsWhatQtReadsBackUnchanged_data();
    void validUtf8IsWhatQtReadsBackUnchanged();
    void linesCiteTheParagraphsTable();
    void documentsWithoutACopyAreCitedByTheirRows();
    void scatteredParagraphNumbersAreCitedAsStored();
    void paragraphNumbersOutOfOrderAreCitedByTheirEnds();
    void copiesWhoseEndsDoNotRiseAreCitedByTheirRows();
    void documentsSearchedOnEitherThreadComeInOrder();
    void documentsReadOnTheWritingThreadComeInOrder();
    void theThreadsNeverWaitForEachOther();
    void bytesThatAreNotUtf8AreShownAsQtReadsThem();
    void manySpeakersKeepTheirNames();
    void hitsFoundInBytesAreCutWithoutCounting_data();
    void hitsFoundInBytesAreCutWithoutCounting();
    void aReaderMovesFromTextToText();
    void outputThatCannotBeWrittenIsAFailure();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QByteArray expectedTrickyLines(qint64 paragraphScale) const;
    // The 120 documents of documentsSearchedOnEitherThreadComeInOrder and their lines for 教师, made once.
    void makeMixedProject();
    QString m_mixedProject;
    QByteArray m_mixedLines;
    // Checks the lines of the three queries in the project as initTestCase made it (or with its copies removed).
    void compareLinesOfTheParagraphsTable(const QString &project) const;
    // The lines for 教师 once paragraphs 1 and 2 of each document have swapped numbers: many.txt's, tricky.txt's.
    static std::pair<QByteArray, QByteArray> swappedLines();
};

void TestSearchOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("tricky.marginalia"));
    auto project = Project::create(m_project);
    QVERIFY2(project.has_value(), project ? "" : qPrintable(project.error()));
    NewDocument tricky;
    tricky.name = QStringLiteral("tricky.txt");
    tricky.text = s(kTricky);
    QVERIFY(DocumentStore(**project).add(tricky).has_value());
    NewDocument many;
    many.name = QStringLiteral("many.txt");
    for (int i = 0; i < kManyLines; ++i)
        many.text += s("A: 教师\n");
    QVERIFY(DocumentStore(**project).add(many).has_value());
}

// Each check with the AVX2 loops where the processor has them, and without them: the SSE2 and byte-by-byte loops that
// other processors take.
void TestSearchOutput::validUtf8IsWhatQtReadsBackUnchanged_data()
{
    QTest::addColumn<bool>("avx2");
    QTest::newRow("AVX2 where there") << true;
    QTest::newRow("without AVX2") << false;
}

void TestSearchOutput::validUtf8IsWhatQtReadsBackUnchanged()
{
    QFETCH(bool, avx2);
    TextIndex::allowAvx2(avx2);
    const auto allowAgain = qScopeGuard([] { TextIndex::allowAvx2(true); });
    // Whether Qt's reading gives the bytes back: the rule, but for a leading U+FEFF, which Qt drops as a byte order
    // mark and which is taken here as the character it is.
    const auto qtReadsBack = [](const std::string &bytes) {
        const bool byteOrderMark = bytes.starts_with("\xEF\xBB\xBF");
        const QByteArray read = (byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray())
                                + QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size())).toUtf8();
        return read == QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
    };
    QVERIFY(isValidUtf8("\xEF\xBB\xBF" "a"));   // U+FEFF first: well-formed
    // By hand: well-formed sequences, then one of each ill-formed kind (Unicode's table 3-7).
    QVERIFY(isValidUtf8(""));
    QVERIFY(isValidUtf8("plain ASCII, longer than eight bytes"));
    QVERIFY(isValidUtf8("\xC2\xA9 \xE6\x95\x99 \xF0\x9F\x98\x80 \xEF\xBF\xBD"));   // ©, 教, 😀, U+FFFD
    QVERIFY(isValidUtf8("\xF4\x8F\xBF\xBF"));      // U+10FFFF, the last code point
    QVERIFY(!isValidUtf8("\xC0\x80"));             // overlong NUL
    QVERIFY(!isValidUtf8("\xE0\x9F\xBF"));         // overlong U+07FF
    QVERIFY(!isValidUtf8("\xED\xA0\x80"));         // a surrogate
    QVERIFY(!isValidUtf8("\xF4\x90\x80\x80"));     // past U+10FFFF
    QVERIFY(!isValidUtf8("abcdefgh\xE6\x95"));     // cut off after the ASCII run
    QVERIFY(!isValidUtf8("\x80"));                 // a lone continuation byte
    QVERIFY(!isValidUtf8("\xFF"));
    // And against Qt itself on random strings of the bytes that matter: valid exactly when Qt's reading gives the
    // same bytes back (the rule the text output follows for what is not UTF-8).
    const char alphabet[] = {'a', '\n', '\x0b', '\x80', '\x8F', '\x90', '\x9F', '\xA0', '\xBF', '\xC0', '\xC2', '\xDF',
                             '\xE0', '\xE6', '\xED', '\xEF', '\xBB', '\xF0', '\xF4', '\xF5', '\xFF'};
    QRandomGenerator random(12);
    for (int round = 0; round < 20000; ++round) {
        std::string bytes;
        const int length = static_cast<int>(random.bounded(72));   // past 32 and 64: the 32-byte checks too
        for (int i = 0; i < length; ++i)
            bytes.push_back(alphabet[random.bounded(static_cast<int>(sizeof alphabet))]);
        const bool same = qtReadsBack(bytes);
        QVERIFY2(isValidUtf8(bytes) == same, QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toHex().constData());
        // The copy for the text output: the same verdict, and where valid the bytes with '\n' as ' '.
        std::string copy(bytes.size(), '?');
        QCOMPARE(copyWithLineBreaksAsSpaces(bytes, copy.data()), same);
        if (same) {
            std::string expected = bytes;
            std::replace(expected.begin(), expected.end(), '\n', ' ');
            QCOMPARE(copy, expected);
        }
    }
    // Longer strings of well-formed sequences (so that whole 16-byte blocks are well-formed, and sequences run across
    // their ends), some with one byte changed, dropped or added: the same verdict as Qt's, the same copy.
    const std::string_view sequences[] = {"a", " ", "\n", "\xC2\xA9", "\xDF\xBF", "\xE6\x95\x99", "\xE3\x80\x82",
                                          "\xE0\xA4\x85", "\xED\x95\x9C", "\xEF\xBF\xBD", "\xF0\x9F\x98\x80",
                                          "\xF3\xA0\x80\x81", "\xF4\x8F\xBF\xBF"};
    for (int round = 0; round < 20000; ++round) {
        std::string bytes;
        const int count = static_cast<int>(random.bounded(40));
        for (int i = 0; i < count; ++i)
            bytes += sequences[random.bounded(static_cast<int>(std::size(sequences)))];
        if (!bytes.empty() && random.bounded(2) == 0) {
            const auto at = static_cast<size_t>(random.bounded(static_cast<int>(bytes.size())));
            switch (random.bounded(3)) {
            case 0: bytes[at] = alphabet[random.bounded(static_cast<int>(sizeof alphabet))]; break;
            case 1: bytes.erase(at, 1); break;
            default: bytes.insert(at, 1, alphabet[random.bounded(static_cast<int>(sizeof alphabet))]); break;
            }
        }
        const bool same = qtReadsBack(bytes);
        QVERIFY2(isValidUtf8(bytes) == same, QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toHex().constData());
        std::string copy(bytes.size(), '?');
        QVERIFY2(copyWithLineBreaksAsSpaces(bytes, copy.data()) == same,
                 QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toHex().constData());
        if (same) {
            std::string expected = bytes;
            std::replace(expected.begin(), expected.end(), '\n', ' ');
            QCOMPARE(copy, expected);
        }
    }
    // Each ill-formed kind at every offset of a text long enough for several 32-byte blocks (Chinese or ASCII around
    // it), and each well-formed sequence there too: the first are refused, the second taken, as Qt reads them; and a
    // text that ends cut off in a sequence, at every length.
    const std::string_view illFormed[] = {"\xC0\x80", "\xC1\xBF", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xF0\x8F\xBF\xBF",
                                          "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\x80", "\xE6\x95" "a",
                                          "\xF0\x9F\x98" "a", "\xF0\x9F" "a", "\xC2" "a", "\xC2\x80\x80", "\xE6\x95\x99\x99"};
    const auto checkedBoth = [&](const std::string &bytes, bool valid) {
        QCOMPARE(qtReadsBack(bytes), valid);
        QVERIFY2(isValidUtf8(bytes) == valid, QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())).toHex().constData());
        std::string copy(bytes.size(), '?');
        QCOMPARE(copyWithLineBreaksAsSpaces(bytes, copy.data()), valid);
    };
    for (const std::string_view around : {std::string_view("\xE6\x95\x99"), std::string_view("a")}) {
        std::string after;
        while (after.size() < 40)
            after += around;
        // Every offset from 0 to 72: one or two ASCII letters first, then whole characters.
        for (int ascii = 0; ascii < 3; ++ascii) {
            std::string before(static_cast<size_t>(ascii), 'a');
            for (; before.size() <= 72; before += around) {
                for (const std::string_view bad : illFormed)
                    checkedBoth(before + std::string(bad) + after, false);
                for (const std::string_view good : sequences)
                    checkedBoth(before + std::string(good) + after, true);
                for (const std::string_view cut : {"\xE6", "\xE6\x95", "\xF0\x9F\x98", "\xC2"})
                    checkedBoth(before + std::string(cut), false);
                checkedBoth(before, true);
            }
        }
    }
    // Long texts (checked a kilobyte at a time): well-formed, and with one ill-formed sequence at the start, in the
    // middle or at the end.
    std::string longText;
    while (longText.size() < 5000)
        longText += "\xE6\x95\x99\xE5\xB8\x88 teacher ";
    checkedBoth(longText, true);
    for (const size_t at : {size_t(0), size_t(1024), size_t(2500), longText.size() - 4, longText.size()})
        checkedBoth(longText.substr(0, at) + "\xED\xA0\x80" + longText.substr(at), false);
    // Eight ASCII bytes at a time: a vertical tab (0x0B) right after a line break stays itself; both ends of a
    // run, and line breaks around Chinese characters, become spaces.
    const std::string_view ascii = "0123\n\x0b" "67\n" "890\n\ncdef\n";
    std::string copied(ascii.size(), '?');
    QVERIFY(copyWithLineBreaksAsSpaces(ascii, copied.data()));
    QCOMPARE(copied, std::string("0123 \x0b" "67 " "890  cdef "));
    const std::string_view chinese = "\n\xE6\x95\x99\n\xE5\xB8\x88\n";   // "\n教\n师\n"
    copied.assign(chinese.size(), '?');
    QVERIFY(copyWithLineBreaksAsSpaces(chinese, copied.data()));
    QCOMPARE(copied, std::string(" \xE6\x95\x99 \xE5\xB8\x88 "));
}

// The lines of the searches on the tricky text below, with the paragraph numbers multiplied by `paragraphScale`.
QByteArray TestSearchOutput::expectedTrickyLines(qint64 paragraphScale) const
{
    const auto p = [&](int number) { return QString::number(number * paragraphScale); };
    // 教师 at [3, 5), [16, 18), [22, 24), context 2: ": " / " a"; ": " / "\r\n" (the break as a space);
    // "x\u2028" / "\n教". "教\n师" at [25, 28): "师\n" / " e", the break inside the hit a space too.
    // "a\n\n   \nS" at [6, 14) touches paragraphs 1 and 2, spoken by T and S; context 0.
    return (s("tricky.txt · paragraph ") + p(1) + s(" · speaker T · characters 4–5: : [教师] a\n")
            + s("tricky.txt · paragraph ") + p(2) + s(" · speaker S · characters 17–18: : [教师]\r \n")
            + s("tricky.txt · paragraph ") + p(3) + s(" · characters 23–24: x\u2028[教师] 教\n")
            + u'|' + s("tricky.txt · paragraphs ") + p(4) + s("–") + p(5) + s(" · characters 26–28: 师 [教 师] e\n")
            + u'|' + s("tricky.txt · paragraphs ") + p(1) + s("–") + p(2)
            + s(" · speakers T, S · characters 7–14: [a      S]\n"))
        .toUtf8();
}

std::pair<QByteArray, QByteArray> TestSearchOutput::swappedLines()
{
    // many.txt: twenty hits, so all its paragraphs are read: its first two lines are now paragraphs 2 and 1.
    QByteArray many;
    for (int k = 0; k < kManyLines; ++k) {
        const int paragraph = k == 0 ? 2 : k == 1 ? 1 : k + 1;
        many += s("many.txt · paragraph %1 · speaker A · characters %2–%3: : [教师] A\n")
                    .arg(paragraph)
                    .arg(6 * k + 4)
                    .arg(6 * k + 5)
                    .toUtf8();
    }
    many.chop(2);
    many += "\n";
    // tricky.txt: 教师 at [3, 5) lies in [0, 7), now paragraph 2 (T); at [16, 18) in [13, 19), now 1 (S).
    const QByteArray tricky = s("tricky.txt · paragraph 2 · speaker T · characters 4–5: : [教师] a\n"
                                "tricky.txt · paragraph 1 · speaker S · characters 17–18: : [教师]\r \n"
                                "tricky.txt · paragraph 3 · characters 23–24: x\u2028[教师] 教\n")
                                  .toUtf8();
    return {many, tricky};
}

void TestSearchOutput::linesCiteTheParagraphsTable()
{
    compareLinesOfTheParagraphsTable(m_project);
}

// A document without a copy of its rows (a file whose copies another program removed; a copy is not required) is
// searched where it is read and cited by its rows: the same lines. many.txt keeps its copy, tricky.txt has none.
void TestSearchOutput::documentsWithoutACopyAreCitedByTheirRows()
{
    const QString copy = m_dir.filePath(QStringLiteral("no-copy.marginalia"));
    QVERIFY(QFile::copy(m_project, copy));
    {
        auto project = Project::open(copy);
        QVERIFY(project.has_value());
        QVERIFY(run(**project, "DELETE FROM paragraph_spans WHERE document_id IN "
                               "(SELECT id FROM documents WHERE name = 'tricky.txt')")
                    .has_value());
        auto copies = (*project)->database().prepare("SELECT count(*) FROM paragraph_spans");
        QVERIFY(copies.has_value() && copies->step());
        QCOMPARE(copies->int64(0), qint64(1));
    }
    compareLinesOfTheParagraphsTable(copy);
}

void TestSearchOutput::compareLinesOfTheParagraphsTable(const QString &project) const
{
    // many.txt comes first (names in order); twenty hits: the paragraphs they span are read once.
    QByteArray many;
    for (int k = 0; k < kManyLines; ++k) {
        many += s("many.txt · paragraph %1 · speaker A · characters %2–%3: : [教师] A\n")
                    .arg(k + 1)
                    .arg(6 * k + 4)
                    .arg(6 * k + 5)
                    .toUtf8();
    }
    many.chop(2);
    many += "\n";   // the last line's context ends with its line break: "\n" as a space
    const QList<QByteArray> tricky = expectedTrickyLines(1).split('|');
    QCOMPARE(search(project, s("教师"), 2), many + tricky[0]);
    QCOMPARE(search(project, s("教\n师"), 2), tricky[1]);
    QCOMPARE(search(project, s("a\n\n   \nS"), 0), tricky[2]);
}

// Numbers far apart (a file made elsewhere) are read a row at a time with their speakers: the same citations, with
// the numbers as stored.
void TestSearchOutput::scatteredParagraphNumbersAreCitedAsStored()
{
    const QString copy = m_dir.filePath(QStringLiteral("scattered.marginalia"));
    QVERIFY(QFile::copy(m_project, copy));
    {
        auto project = Project::open(copy);
        QVERIFY(project.has_value());
        // Negated first, so that no number meets another on the way.
        QVERIFY(run(**project, "UPDATE paragraphs SET number = -number").has_value());
        QVERIFY(run(**project, "UPDATE paragraphs SET number = -number * 1000").has_value());
    }
    QByteArray many;
    for (int k = 0; k < kManyLines; ++k) {
        many += s("many.txt · paragraph %1 · speaker A · characters %2–%3: : [教师] A\n")
                    .arg(1000 * (k + 1))
                    .arg(6 * k + 4)
                    .arg(6 * k + 5)
                    .toUtf8();
    }
    many.chop(2);
    many += "\n";
    const QList<QByteArray> tricky = expectedTrickyLines(1000).split('|');
    QCOMPARE(search(copy, s("教师"), 2), many + tricky[0]);
    QCOMPARE(search(copy, s("教\n师"), 2), tricky[1]);
    QCOMPARE(search(copy, s("a\n\n   \nS"), 0), tricky[2]);
}

// Numbers that do not follow the paragraphs' order (a file made elsewhere): the table cannot be read in its own order
// (the paragraphs ordered by number); the paragraphs are ordered by their ends, as paragraphs_by_end has them, and
// cited by the rule of DocumentParagraphs.
void TestSearchOutput::paragraphNumbersOutOfOrderAreCitedByTheirEnds()
{
    const QString copy = m_dir.filePath(QStringLiteral("swapped.marginalia"));
    QVERIFY(QFile::copy(m_project, copy));
    {
        auto project = Project::open(copy);
        QVERIFY(project.has_value());
        // Paragraphs 1 and 2 of both documents swap numbers.
        QVERIFY(swapFirstTwoParagraphs(**project, "1", false).has_value());
    }
    const auto [many, tricky] = swappedLines();
    QCOMPARE(search(copy, s("教师"), 2), many + tricky);
    // [6, 14): the first paragraph ending after 6 is [0, 7), number 2; the first ending at or after 14 is [13, 19),
    // number 1. The first number is past the last, so the hit is cited with no paragraph, and no speaker.
    QCOMPARE(search(copy, s("a\n\n   \nS"), 0), s("tricky.txt · characters 7–14: [a      S]\n").toUtf8());
}

// The same swap, with each document's copy of its rows then made again from the rows (as the upgrade makes them, in
// the order of their numbers): the copies agree with the rows, but their ends do not rise, so they cannot be cited by.
// The documents are small, so they go to the writing thread unsearched; it finds each copy unusable and has the
// reading thread read the rows: the citations are those of the rows, as above. sparse.txt, added here, has one hit
// in 5,499 bytes, so its rows are read for that hit only.
void TestSearchOutput::copiesWhoseEndsDoNotRiseAreCitedByTheirRows()
{
    const QString copy = m_dir.filePath(QStringLiteral("swapped-copies.marginalia"));
    QVERIFY(QFile::copy(m_project, copy));
    {
        auto project = Project::open(copy);
        QVERIFY(project.has_value());
        // "A: 教师\n" (six code points, ten bytes), then 499 lines "B: abcdefg\n" (eleven each).
        NewDocument sparse;
        sparse.name = QStringLiteral("sparse.txt");
        sparse.text = s("A: 教师\n") + s("B: abcdefg\n").repeated(499);
        QVERIFY(DocumentStore(**project).add(sparse).has_value());
        QVERIFY(swapFirstTwoParagraphs(**project, "1", true).has_value());
        auto copies = (*project)->database().prepare("SELECT count(*) FROM paragraph_spans");
        QVERIFY(copies.has_value() && copies->step());
        QCOMPARE(copies->int64(0), qint64(3));
    }
    const auto [many, tricky] = swappedLines();
    // sparse.txt: 教师 at [3, 5) in its first line, [0, 6), now paragraph 2; context ": " and "\nB".
    const QByteArray sparse = s("sparse.txt · paragraph 2 · speaker A · characters 4–5: : [教师] B\n").toUtf8();
    QCOMPARE(search(copy, s("教师"), 2), many + sparse + tricky);
    QCOMPARE(search(copy, s("a\n\n   \nS"), 0), s("tricky.txt · characters 7–14: [a      S]\n").toUtf8());
}

// 120 documents, 1.8 MB, more than the writing thread is handed unsearched at a time; half of them have a hit on every
// line (a thousand each), which keeps the writing thread busy, so the reading thread searches some documents itself
// and hands others over. The lines come in the documents' order all the same, each cited as worked out here:
//   dense (d000, d002, …): 1,000 lines "A: 教师\n" (six code points): 教师 of line k at [6k + 3, 6k + 5),
//     paragraph k + 1; the context after the last one is its line break (a space);
//   sparse (d001, d003, …): 2,000 lines of ten code points, "B: abcdef\n", except lines 0, 1000 and 1999,
//     "A: 教师\n": a line starts at 10 i less 4 for each "A" line before it, so 教师 is at [3, 5), [9999, 10001) and
//     [19985, 19987), paragraphs 1, 1001 and 2000, with "\nB" after the first two and the last line break after
//     the last. Three hits in 20,000 bytes: cited by the rows of each hit.
// In every third document (d000, d003, …) paragraphs 1 and 2 then swap numbers and the copies are made again from the
// rows, so the copies of those cannot be cited by: their rows are read for the writing thread while documents are
// still being handed over. Line 0 is then paragraph 2, and a dense document's line 1 paragraph 1. Every fifth document
// from d001 (d001, d006, …) has its copy removed: it is searched where it is read and cited by its rows. Neither
// changes a line: the rows are what is cited.
void TestSearchOutput::documentsSearchedOnEitherThreadComeInOrder()
{
    makeMixedProject();
    QVERIFY(!m_mixedProject.isEmpty());
    const QByteArray found = search(m_mixedProject, s("教师"), 2);
    QCOMPARE(found.size(), m_mixedLines.size());
    QCOMPARE(found, m_mixedLines);
}

// The same 120 documents, each read by the writing thread through a connection of its own (text, copy, and the rows
// where the copy is swapped or missing), and then each read by the reading thread: the same lines both ways, and the
// statistics say which thread read them. Left to itself, the writing thread opens its connection only once a few
// hundred kilobytes wait for it.
void TestSearchOutput::documentsReadOnTheWritingThreadComeInOrder()
{
    makeMixedProject();
    QVERIFY(!m_mixedProject.isEmpty());
    const QString way = QStringLiteral("MARGINALIA_SEARCH_SECOND_READER");
    const std::pair<QString, QString> statistics{QStringLiteral("MARGINALIA_SEARCH_STATISTICS"), QStringLiteral("1")};
    QByteArray errors;
    // The first line says which thread read; the second what each thread's CPU time was.
    const auto firstLine = [&] {
        const QList<QByteArray> lines = errors.split('\n');
        return lines.size() == 3 && lines[1].startsWith("marginalia-cli search: CPU time ") && lines[2].isEmpty()
                   ? lines[0] + '\n'
                   : errors;
    };
    QCOMPARE(search(m_mixedProject, s("教师"), 2, {{way, QStringLiteral("always")}, statistics}, &errors), m_mixedLines);
    QCOMPARE(firstLine(), QByteArray("marginalia-cli search: 120 of 120 documents read by the writing thread\n"));
    QCOMPARE(search(m_mixedProject, s("教师"), 2, {{way, QStringLiteral("never")}, statistics}, &errors), m_mixedLines);
    QCOMPARE(firstLine(), QByteArray("marginalia-cli search: 0 of 120 documents read by the writing thread (it had no "
                                "connection of its own)\n"));
    // A short search (two documents, a few kilobytes) does not open a connection for the writing thread.
    QVERIFY(!search(m_project, s("教师"), 2, {statistics}, &errors).startsWith("failed"));
    QCOMPARE(firstLine(), QByteArray("marginalia-cli search: 0 of 2 documents read by the writing thread (it had no "
                                "connection of its own)\n"));
}

// The reading thread waits for room when the writing thread is behind, and the writing thread wakes it once there is
// room. The reading thread once went on before a wake-up reached it, and then took that wake-up for room that a later
// document did not have: each thread waited for the other for ever. Here the bytes that may wait between them are few
// (MARGINALIA_SEARCH_QUEUE_BYTES=100000: a handful of documents), so that the reading thread waits for room at nearly
// every document, and three searches run at a time on two cores, so that threads are often held up between a look and a
// lock. 400 documents of 200 lines "A: …" of 30 code points each, lines 50, 100 and 150 with 多媒体 at their ninth code
// point: a few hits in every 16 KB, as a common word has (most documents are handed over unsearched or unread). With
// the old wake-up about one such search in three hundred never ended; 1,200 are run, and every one must end with the
// same 1,200 lines.
void TestSearchOutput::theThreadsNeverWaitForEachOther()
{
    const QString path = m_dir.filePath(QStringLiteral("waits.marginalia"));
    {
        auto project = Project::create(path);
        QVERIFY(project.has_value());
        const QString line = s("A: 课堂上老师讲得多，学生练得少，这是我们观察到的情况。\n");
        const QString hitLine = s("A: 课堂上老师用多媒体讲课，学生只是在看，很少自己动手。\n");
        QString text;
        for (int k = 0; k < 200; ++k)
            text += k == 50 || k == 100 || k == 150 ? hitLine : line;
        for (int d = 0; d < 400; ++d) {
            NewDocument document;
            document.name = QStringLiteral("d%1.txt").arg(d, 3, 10, QLatin1Char('0'));
            document.text = text;
            QVERIFY(DocumentStore(**project).add(document).has_value());
        }
    }
    // Line 50 starts at code point 1500, so its 多媒体 is [1509, 1512), paragraph 51, with "师用" before and "讲课" after.
    const QByteArray first = s("d000.txt · paragraph 51 · speaker A · characters 1510–1512: 师用[多媒体]讲课\n").toUtf8();
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("MARGINALIA_SEARCH_QUEUE_BYTES"), QStringLiteral("100000"));
    QByteArray expected;
    int searches = 0;
    for (int round = 0; round < 400; ++round) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < 3; ++i) {
            running.push_back(std::make_unique<QProcess>());
            running.back()->setProcessEnvironment(variables);
            running.back()->start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("search"), path, s("多媒体"),
                                                                  QStringLiteral("--context"), QStringLiteral("2")});
        }
        for (const auto &cli : running) {
            const bool ended = cli->waitForFinished(20000);
            if (!ended) {
                cli->kill();
                cli->waitForFinished();
            }
            ++searches;
            QVERIFY2(ended, qPrintable(QStringLiteral("search %1 of 1,200 did not end in 20 s").arg(searches)));
            QCOMPARE(cli->exitCode(), 0);
            const QByteArray found = cli->readAllStandardOutput();
            if (expected.isEmpty()) {
                QCOMPARE(found.count('\n'), 1200);
                QVERIFY(found.startsWith(first));
                expected = found;
            }
            QCOMPARE(found, expected);
        }
    }
    QCOMPARE(searches, 1200);
}

void TestSearchOutput::makeMixedProject()
{
    if (!m_mixedProject.isEmpty())
        return;
    const QString path = m_dir.filePath(QStringLiteral("mixed.marginalia"));
    QByteArray expected;
    {
        auto project = Project::create(path);
        QVERIFY(project.has_value());
        for (int d = 0; d < 120; ++d) {
            NewDocument document;
            document.name = QStringLiteral("d%1.txt").arg(d, 3, 10, QLatin1Char('0'));
            const QByteArray name = document.name.toUtf8();
            const bool swapped = d % 3 == 0;
            if (d % 2 == 0) {
                document.text = s("A: 教师\n").repeated(1000);
                for (int k = 0; k < 1000; ++k) {
                    const int paragraph = swapped && k < 2 ? 2 - k : k + 1;
                    expected += name + s(" · paragraph %1 · speaker A · characters %2–%3: : [教师] %4\n")
                                           .arg(paragraph)
                                           .arg(6 * k + 4)
                                           .arg(6 * k + 5)
                                           .arg(k < 999 ? QStringLiteral("A") : QString())
                                           .toUtf8();
                }
            } else {
                for (int i = 0; i < 2000; ++i)
                    document.text += (i == 0 || i == 1000 || i == 1999) ? s("A: 教师\n") : s("B: abcdef\n");
                expected += name + s(" · paragraph %1 · speaker A · characters 4–5: : [教师] B\n").arg(swapped ? 2 : 1).toUtf8();
                expected += name + s(" · paragraph 1001 · speaker A · characters 10000–10001: : [教师] B\n").toUtf8();
                expected += name + s(" · paragraph 2000 · speaker A · characters 19986–19987: : [教师] \n").toUtf8();
            }
            QVERIFY(DocumentStore(**project).add(document).has_value());
        }
        QVERIFY(swapFirstTwoParagraphs(
                    **project, "document_id IN (SELECT id FROM documents WHERE CAST(substr(name, 2, 3) AS INTEGER) % 3 = 0)",
                    true)
                    .has_value());
        QVERIFY(run(**project, "DELETE FROM paragraph_spans WHERE document_id IN "
                               "(SELECT id FROM documents WHERE CAST(substr(name, 2, 3) AS INTEGER) % 5 = 1)")
                    .has_value());
    }
    m_mixedProject = path;
    m_mixedLines = expected;
}

void TestSearchOutput::bytesThatAreNotUtf8AreShownAsQtReadsThem()
{
    const QString copy = m_dir.filePath(QStringLiteral("damaged.marginalia"));
    QVERIFY(QFile::copy(m_project, copy));
    {
        auto project = Project::open(copy);
        QVERIFY(project.has_value());
        // The "a" of "T: 教师 a" becomes the byte FF (one code point as positions count, as the "a" was), and
        // speaker S's name "S\xFF".
        QVERIFY(run(**project, "UPDATE documents SET text = ?1 WHERE name = 'tricky.txt'",
                    "T: \xE6\x95\x99\xE5\xB8\x88 \xFF\n\n   \nS: \xE6\x95\x99\xE5\xB8\x88\r\nx")
                    .has_value());
        QVERIFY(run(**project, "UPDATE paragraphs SET speaker = ?1 WHERE speaker = 'S'", "S\xFF").has_value());
        QVERIFY(run(**project, "DELETE FROM documents WHERE name = 'many.txt'").has_value());
    }
    // Each bad byte is U+FFFD, as when the line was a QString; the positions are those of the stored bytes.
    QCOMPARE(search(copy, s("教师"), 2),
             s("tricky.txt · paragraph 1 · speaker T · characters 4–5: : [教师] \uFFFD\n"
               "tricky.txt · paragraph 2 · speaker S\uFFFD · characters 17–18: : [教师]\r \n")
                 .toUtf8());
}

// Twelve speakers taking turns twice (more names than are compared one by one): each line is cited with its own.
// "P1: 说\n" … "P9: 说\n" are six code points, "P10: 说\n" … "P12: 说\n" seven; 说 is the character before the
// line break.
void TestSearchOutput::manySpeakersKeepTheirNames()
{
    const QString path = m_dir.filePath(QStringLiteral("panel.marginalia"));
    NewDocument panel;
    panel.name = QStringLiteral("panel.txt");
    for (int round = 0; round < 2; ++round) {
        for (int speaker = 1; speaker <= 12; ++speaker)
            panel.text += s("P%1: 说\n").arg(speaker);
    }
    {
        auto project = Project::create(path);
        QVERIFY(project.has_value());
        QVERIFY(DocumentStore(**project).add(panel).has_value());
    }
    QByteArray expected;
    qint64 lineStart = 0;
    for (int line = 0; line < 24; ++line) {
        const int speaker = line % 12 + 1;
        const qint64 hit = lineStart + (speaker < 10 ? 4 : 5);   // "P1: " is four code points, "P10: " five
        expected += s("panel.txt · paragraph %1 · speaker P%2 · characters %3–%3: [说]\n")
                        .arg(line + 1)
                        .arg(speaker)
                        .arg(hit + 1)
                        .toUtf8();
        lineStart = hit + 2;   // past 说 and the line break
    }
    QCOMPARE(search(path, s("说"), 0), expected);
}

// A hit whose bytes the search knows is cut by walking only its context (ForwardUtf8Cutter::cutAtBytes), to the same
// bytes as cutting by code points.
void TestSearchOutput::hitsFoundInBytesAreCutWithoutCounting_data()
{
    validUtf8IsWhatQtReadsBackUnchanged_data();
}

void TestSearchOutput::hitsFoundInBytesAreCutWithoutCounting()
{
    QFETCH(bool, avx2);
    TextIndex::allowAvx2(avx2);
    const auto allowAgain = qScopeGuard([] { TextIndex::allowAvx2(true); });
    // "0123456789教育技术😀abcdefghij中": 教育技术 are code points 10–13 at bytes [10, 22), 😀 is bytes [22, 26).
    const QByteArray text = s("0123456789教育技术😀abcdefghij中").toUtf8();
    ForwardUtf8Cutter cutter(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    ForwardUtf8Cutter::Bytes cut = cutter.cutAtBytes(10, 22, 3, 2);
    // Three before: "789", bytes [7, 10); two after: 😀 and "a", bytes [22, 27).
    QCOMPARE(cut.from, size_t(7));
    QCOMPARE(cut.start, size_t(10));
    QCOMPARE(cut.end, size_t(22));
    QCOMPARE(cut.afterEnd, size_t(27));
    // Context reaching past both ends stops there.
    cut = cutter.cutAtBytes(13, 16, 40, 40);
    QCOMPARE(cut.from, size_t(0));
    QCOMPARE(cut.afterEnd, size_t(text.size()));
    // Not UTF-8: a stray continuation byte first and after the hit. Code points count the bytes that begin a
    // character, so "a" is code point 0 (byte 1) and "b" code point 1 (byte 2); cutting by code points starts the
    // context at the first character ("a", byte 1) and ends the hit "b" at the next character ("c", byte 4).
    const QByteArray stray("\x80" "ab" "\x80" "c");
    ForwardUtf8Cutter strayCutter(std::string_view(stray.constData(), static_cast<size_t>(stray.size())));
    const ForwardUtf8Cutter::Bytes byCounting = strayCutter.cutBytes(1, 2, 5, 1);
    QCOMPARE(byCounting.from, size_t(1));
    QCOMPARE(byCounting.start, size_t(2));
    QCOMPARE(byCounting.end, size_t(4));
    QCOMPARE(byCounting.afterEnd, size_t(5));
    const ForwardUtf8Cutter::Bytes byBytes = strayCutter.cutAtBytes(2, 3, 5, 1);
    QCOMPARE(byBytes.from, size_t(1));
    QCOMPARE(byBytes.start, size_t(2));
    QCOMPARE(byBytes.end, size_t(4));
    QCOMPARE(byBytes.afterEnd, size_t(5));
    // Against a walk one byte at a time (the rule above: a character begins at every byte but 10xxxxxx), on random
    // texts of ASCII, Chinese, emoji and stray continuation bytes, long enough for the eight-byte steps both ways.
    const auto begins = [](const std::string &bytes, size_t at) { return (static_cast<unsigned char>(bytes[at]) & 0xC0) != 0x80; };
    const std::string_view pieces[] = {"a", " ", "\xE6\x95\x99", "\xE5\xB8\x88", "\xF0\x9F\x98\x80", "\x80", "\xC2\xA9"};
    QRandomGenerator random(7);
    for (int round = 0; round < 20000; ++round) {
        std::string bytes;
        const int count = static_cast<int>(random.bounded(60));
        for (int i = 0; i < count; ++i)
            bytes += pieces[random.bounded(static_cast<int>(std::size(pieces)))];
        const size_t size = bytes.size();
        const auto startByte = static_cast<size_t>(random.bounded(static_cast<int>(size) + 2));
        const size_t endByte = std::min(size + 1, startByte + static_cast<size_t>(random.bounded(12)));
        const qint64 before = random.bounded(40);
        const qint64 after = random.bounded(40);
        ForwardUtf8Cutter randomCutter(bytes);
        const ForwardUtf8Cutter::Bytes randomCut = randomCutter.cutAtBytes(startByte, endByte, before, after);
        const auto boundary = [&](size_t at) {
            for (at = std::min(at, size); at < size && !begins(bytes, at); ++at) {
            }
            return at;
        };
        const size_t start = boundary(startByte);
        const size_t end = std::max(start, boundary(endByte));
        size_t from = start;
        qint64 left = before;
        for (size_t at = start; left > 0 && at > 0;) {
            if (begins(bytes, --at)) {
                from = at;
                --left;
            }
        }
        size_t afterEnd = end;
        if (after > 0) {
            qint64 passed = -1;
            for (afterEnd = end; afterEnd < size; ++afterEnd) {
                if (begins(bytes, afterEnd) && ++passed == after)
                    break;
            }
        }
        const QByteArray where = QByteArray::fromStdString(bytes).toHex() + ' ' + QByteArray::number(qulonglong(startByte))
                                 + ' ' + QByteArray::number(qulonglong(endByte)) + ' ' + QByteArray::number(before) + ' '
                                 + QByteArray::number(after);
        QVERIFY2(randomCut.start == start && randomCut.end == end && randomCut.from == from && randomCut.afterEnd == afterEnd,
                 where.constData());
    }
}

// The search reads one text after another through one reader (sqlite3_blob_reopen); a document that is not there
// fails with a sentence and leaves the reader closed, not crashing a later read.
void TestSearchOutput::aReaderMovesFromTextToText()
{
    auto project = Project::open(m_project, Project::Access::ReadOnly);
    QVERIFY(project.has_value());
    auto ids = (*project)->database().prepare("SELECT id FROM documents WHERE name = 'tricky.txt'");
    QVERIFY(ids.has_value() && ids->step());
    const qint64 tricky = ids->int64(0);
    ids = (*project)->database().prepare("SELECT id FROM documents WHERE name = 'many.txt'");
    QVERIFY(ids.has_value() && ids->step());
    const qint64 many = ids->int64(0);
    auto reader = DocumentText::open((*project)->database(), tricky);
    QVERIFY(reader.has_value());
    QCOMPARE((*reader)->size(), qint64(std::string_view(kTricky).size()));
    QVERIFY((*reader)->reopen(many).has_value());
    // Twenty lines of "A: 教师\n": 4 ASCII bytes and 6 for 教师 each.
    QCOMPARE((*reader)->size(), qint64(kManyLines * 10));
    const auto start = (*reader)->read(0, 10);
    QVERIFY(start.has_value());
    QCOMPARE(*start, s("A: 教师\n").toUtf8());
    const auto missing = (*reader)->reopen(many + tricky + 1000);
    QVERIFY(!missing.has_value());
    QVERIFY2(missing.error().contains(QString::number(many + tricky + 1000)), qPrintable(missing.error()));
    QVERIFY(!(*reader)->read(0, 10).has_value() || (*reader)->size() == 0);
}

// A search whose lines cannot all be written (stdout on a full disk) must not exit as a success.
void TestSearchOutput::outputThatCannotBeWrittenIsAFailure()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    QProcess cli;
    cli.setStandardOutputFile(QStringLiteral("/dev/full"));
    cli.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("search"), m_dir.filePath(QStringLiteral("tricky.marginalia")),
                                               QString::fromUtf8("教师")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("could not be written to the end"));
}

QTEST_GUILESS_MAIN(TestSearchOutput)
#include "test_search_output.moc"
