#include "text/Paragraphs.h"
#include "text/Segmenter.h"
#include "text/TextIndex.h"
#include "text/TextNormalizer.h"
#include "text/Utf8Text.h"

#include <QDebug>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace marginalia {

// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(const TextSpan &span)
{
    return QTest::toString(u"[%1, %2)"_s.arg(span.start).arg(span.end));
}

char *toString(const WordToken &token)
{
    return QTest::toString(u"[%1, %2) \"%3\""_s.arg(token.start).arg(token.end).arg(token.text));
}

} // namespace marginalia

using marginalia::Segmenter;
using marginalia::TextIndex;
using marginalia::TextSpan;
using marginalia::WordToken;

namespace {

// The characters of a code-point span of text, cut out through TextIndex.
QString spanText(const QString &text, const TextSpan &span)
{
    const TextIndex index(text);
    const qsizetype from = index.toUtf16(span.start);
    return text.mid(from, index.toUtf16(span.end) - from);
}

QStringList spanTexts(const QString &text, const QList<TextSpan> &spans)
{
    QStringList result;
    for (const TextSpan &span : spans)
        result.append(spanText(text, span));
    return result;
}

bool isPunctuationOrSpace(char32_t c)
{
    return QChar::isPunct(c) || QChar::isSpace(c) || QChar::isSymbol(c);
}

} // namespace

class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8CodePointCounting();
    void initTestCase();

    // TextIndex
    void textIndexAstralRoundTrips();
    void textIndexLowSurrogate();
    void textIndexClamps();
    void textIndexBmpOnly();
    void textIndexEmptyAndLoneSurrogate();

    // normalizeForStorage
    void normalizeLineEndings();
    void normalizeByteOrderMark();
    void normalizeNfc();
    void storedUtf8KeepsALeadingByteOrderMark_data();
    void storedUtf8KeepsALeadingByteOrderMark();
    void normalizeControlCharacters();

    // Paragraphs
    void speakerLabels_data();
    void speakerLabels();
    void splitParagraphsPositions();
    void splitParagraphsSpeakers();
    void detectSpeakersFromParagraphs();

    // Segmenter
    void segmenterLocale();
    void sentencesEnglish();
    void sentencesLines();
    void sentencesChinese();
    void sentencesAfterAstral();
    void sentencesLargeText();
    void wordsEnglish();
    void wordsChinese();
    void wordsAfterAstral();
    void sentenceAt();
    void snapToWordsEnglish();
    void snapToWordsChinese();
    void snapToWordsAfterAstral();
    void foldCase();

private:
    Segmenter m_segmenter;
};

void TestText::initTestCase()
{
    QVERIFY2(m_segmenter.usesIcu(), "Boost.Locale was built without its ICU backend");
}

// ---------------------------------------------------------------------------------- TextIndex

void TestText::utf8CodePointCounting()
{
    // Every prefix of a text mixing 1-, 2-, 3- and 4-byte characters, so that the eight-byte steps
    // meet every alignment of the characters.
    const QString text = QStringLiteral("T: 😀 école 老师用电脑𠀀, 👍 ok ß 多媒体教室 end");
    const QByteArray utf8 = text.toUtf8();
    qint64 expected = 0;
    for (qsizetype i = 0; i <= utf8.size(); ++i) {
        if (i == utf8.size() || (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
            const std::string_view prefix(utf8.constData(), static_cast<size_t>(i));
            QCOMPARE(TextIndex::utf8CodePointLength(prefix), expected);
            QCOMPARE(expected, TextIndex::codePointLength(QString::fromUtf8(utf8.left(i))));
            ++expected;
        }
    }
    QCOMPARE(TextIndex::utf8CodePointLength(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))),
             TextIndex::codePointLength(text));
    // Long enough for many full rounds of sixteen-byte steps, at every starting offset.
    const QString longText = text.repeated(300);
    const QByteArray longUtf8 = longText.toUtf8();
    for (int skip = 0; skip < 20; ++skip) {
        const QByteArray tail = longUtf8.mid(skip);
        if ((static_cast<unsigned char>(tail[0]) & 0xC0) == 0x80)
            continue;
        QCOMPARE(TextIndex::utf8CodePointLength(std::string_view(tail.constData(), static_cast<size_t>(tail.size()))),
                 TextIndex::codePointLength(QString::fromUtf8(tail)));
    }
}

void TestText::textIndexAstralRoundTrips()
{
    // 😀 (U+1F600) and 𠀀 (U+20000) take two UTF-16 units each, then a coded passage follows.
    const QString text = u"😀𠀀 coded"_s;
    const TextIndex index(text);
    QCOMPARE(index.codePointLength(), 8);
    QCOMPARE(index.utf16Length(), 10);
    QCOMPARE(TextIndex::codePointLength(text), 8);

    const QList<qsizetype> expectedUtf16{0, 2, 4, 5, 6, 7, 8, 9, 10};
    for (qint64 codePoint = 0; codePoint <= 8; ++codePoint) {
        QCOMPARE(index.toUtf16(codePoint), expectedUtf16.at(codePoint));
        QCOMPARE(index.toCodePoint(index.toUtf16(codePoint)), codePoint);
    }
    // Every UTF-16 position that starts a character maps there and back.
    for (qsizetype utf16 = 0; utf16 <= text.size(); ++utf16) {
        if (utf16 < text.size() && text.at(utf16).isLowSurrogate())
            continue;
        QCOMPARE(index.toUtf16(index.toCodePoint(utf16)), utf16);
    }

    // The passage: "coded" starts at UTF-16 5 but at code point 3.
    QCOMPARE(text.indexOf(u"coded"_s), 5);
    QCOMPARE(index.toCodePoint(5), 3);
    QCOMPARE(spanText(text, {3, 8}), u"coded"_s);

    // Several wide characters interleaved with narrow ones.
    const QString mixed = u"a😀b😀c"_s;
    const TextIndex mixedIndex(mixed);
    QCOMPARE(mixedIndex.codePointLength(), 5);
    QCOMPARE(mixedIndex.utf16Length(), 7);
    const QList<qsizetype> mixedUtf16{0, 1, 3, 4, 6, 7};
    for (qint64 codePoint = 0; codePoint <= 5; ++codePoint)
        QCOMPARE(mixedIndex.toUtf16(codePoint), mixedUtf16.at(codePoint));
    const QList<qint64> mixedCodePoints{0, 1, 1, 2, 3, 3, 4, 5};
    for (qsizetype utf16 = 0; utf16 <= 7; ++utf16)
        QCOMPARE(mixedIndex.toCodePoint(utf16), mixedCodePoints.at(utf16));
}

void TestText::textIndexLowSurrogate()
{
    const QString text = u"😀𠀀 coded"_s;
    const TextIndex index(text);
    // UTF-16 1 and 3 are the low halves of 😀 and 𠀀: they map to the pair's own code point.
    QVERIFY(text.at(1).isLowSurrogate());
    QVERIFY(text.at(3).isLowSurrogate());
    QCOMPARE(index.toCodePoint(1), 0);
    QCOMPARE(index.toCodePoint(3), 1);
    QCOMPARE(index.toCodePoint(2), 1);
    QCOMPARE(index.toCodePoint(4), 2);
}

void TestText::textIndexClamps()
{
    const TextIndex index(u"😀𠀀 coded"_s);
    QCOMPARE(index.toUtf16(-1), 0);
    QCOMPARE(index.toUtf16(-1000), 0);
    QCOMPARE(index.toUtf16(8), 10);
    QCOMPARE(index.toUtf16(9), 10);
    QCOMPARE(index.toUtf16(1'000'000), 10);
    QCOMPARE(index.toCodePoint(-1), 0);
    QCOMPARE(index.toCodePoint(10), 8);
    QCOMPARE(index.toCodePoint(11), 8);
    QCOMPARE(index.toCodePoint(1'000'000), 8);
}

void TestText::textIndexBmpOnly()
{
    const QString text = u"教师们用于教学 and café"_s;
    const TextIndex index(text);
    QCOMPARE(index.codePointLength(), text.size());
    QCOMPARE(index.utf16Length(), text.size());
    for (qsizetype i = 0; i <= text.size(); ++i) {
        QCOMPARE(index.toUtf16(i), i);
        QCOMPARE(index.toCodePoint(i), i);
    }
    QCOMPARE(index.toUtf16(text.size() + 5), text.size());
    QCOMPARE(index.toCodePoint(-2), 0);
}

void TestText::textIndexEmptyAndLoneSurrogate()
{
    const TextIndex empty(QString{});
    QCOMPARE(empty.codePointLength(), 0);
    QCOMPARE(empty.utf16Length(), 0);
    QCOMPARE(empty.toUtf16(3), 0);
    QCOMPARE(empty.toCodePoint(3), 0);

    const TextIndex defaulted;
    QCOMPARE(defaulted.toUtf16(1), 0);
    QCOMPARE(defaulted.toCodePoint(1), 0);

    // A lone (broken) surrogate counts as one code point, like any other UTF-16 unit.
    QString lone = u"a"_s;
    lone.append(QChar(0xD800));
    lone.append(u'b');
    const TextIndex index(lone);
    QCOMPARE(index.codePointLength(), 3);
    QCOMPARE(index.toUtf16(2), 2);
    QCOMPARE(index.toCodePoint(2), 2);
    QCOMPARE(TextIndex::codePointLength(lone), 3);
}

// -------------------------------------------------------------------------------- normalizer

void TestText::normalizeLineEndings()
{
    using marginalia::normalizeForStorage;
    QCOMPARE(normalizeForStorage(u"a\r\nb\rc\nd"_s), u"a\nb\nc\nd"_s);
    QCOMPARE(normalizeForStorage(u"\r\n\r\n"_s), u"\n\n"_s);
    QCOMPARE(normalizeForStorage(u"\r\r\n"_s), u"\n\n"_s);
    QCOMPARE(normalizeForStorage(u"end\r"_s), u"end\n"_s);
    // Form feeds (PDF page breaks) and Unicode line/paragraph separators end a line too.
    QCOMPARE(normalizeForStorage(u"p1\fp2\u2028p3\u2029p4"_s), u"p1\np2\np3\np4"_s);
    QCOMPARE(normalizeForStorage(u"no change\twith tab"_s), u"no change\twith tab"_s);
}

void TestText::normalizeByteOrderMark()
{
    using marginalia::normalizeForStorage;
    QCOMPARE(normalizeForStorage(u"\uFEFFhello"_s), u"hello"_s);
    QCOMPARE(normalizeForStorage(u"\uFEFF\r\nline"_s), u"\nline"_s);
    QCOMPARE(normalizeForStorage(u"\uFEFF"_s), QString());
}

// A piece of stored text that begins with U+FEFF (EF BB BF) keeps it, where QString::fromUtf8 drops one as a byte order
// mark; everything else reads as Qt reads it (a bad byte as U+FFFD).
void TestText::storedUtf8KeepsALeadingByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("none") << QByteArray("ab") << u"ab"_s;
    QTest::newRow("one first") << QByteArray("\xEF\xBB\xBF" "a") << u"\uFEFFa"_s;
    QTest::newRow("only one") << QByteArray("\xEF\xBB\xBF") << u"\uFEFF"_s;
    QTest::newRow("two first") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF" "a") << u"\uFEFF\uFEFFa"_s;
    QTest::newRow("inside and last") << QByteArray("a\xEF\xBB\xBF" "b\xEF\xBB\xBF") << u"a\uFEFFb\uFEFF"_s;
    QTest::newRow("then a bad byte") << QByteArray("\xEF\xBB\xBF\xFF" "a") << u"\uFEFF\uFFFDa"_s;
    QTest::newRow("a Chinese word after it") << QByteArray("\xEF\xBB\xBF\xE6\x95\x99\xE5\xB8\x88") << u"\uFEFF教师"_s;
}

void TestText::storedUtf8KeepsALeadingByteOrderMark()
{
    QFETCH(QByteArray, utf8);
    QFETCH(QString, text);
    QCOMPARE(marginalia::stringFromUtf8(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))), text);
}

void TestText::normalizeNfc()
{
    using marginalia::normalizeForStorage;
    const QString decomposed = u"caf"_s + u'e' + QChar(0x0301);
    QCOMPARE(decomposed.size(), 5);
    const QString stored = normalizeForStorage(decomposed);
    QCOMPARE(stored, u"café"_s);
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.at(3).unicode(), char16_t(0x00E9));
    // Composition still happens across a removed control character and a CRLF elsewhere.
    QCOMPARE(normalizeForStorage(u"e\u0007\u0301\r\n"_s), u"é\n"_s);
    // Already composed Chinese and astral text is unchanged.
    QCOMPARE(normalizeForStorage(u"😀𠀀 教师"_s), u"😀𠀀 教师"_s);
}

void TestText::normalizeControlCharacters()
{
    using marginalia::normalizeForStorage;
    QString withNul = u"a"_s;
    withNul.append(QChar(0x0000));
    withNul.append(u"b\u0007c\u001Bd\u007Fe\tf"_s);
    QCOMPARE(normalizeForStorage(withNul), u"abcde\tf"_s);
    // C1 control characters (U+0080..U+009F) are invisible controls too; NEL (U+0085) ends a line.
    QCOMPARE(normalizeForStorage(u"x\u0081y\u009Fz\u0085w"_s), u"xyz\nw"_s);
    // Visible characters just above the controls stay.
    QCOMPARE(normalizeForStorage(u"\u00A0\u00A9"_s), u"\u00A0\u00A9"_s);
}

// -------------------------------------------------------------------------------- paragraphs

void TestText::speakerLabels_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("speaker");
    QTest::newRow("T") << u"T: Good morning, everyone."_s << u"T"_s;
    QTest::newRow("教师") << u"教师：大家好。"_s << u"教师"_s;
    QTest::newRow("Interviewer") << u"Interviewer: How long have you taught here?"_s << u"Interviewer"_s;
    QTest::newRow("Teacher A") << u"Teacher A: About ten years."_s << u"Teacher A"_s;
    QTest::newRow("indented S1") << u"  S1: yes"_s << u"S1"_s;
    QTest::newRow("学生 A") << u"学生 A：好的"_s << u"学生 A"_s;
    QTest::newRow("time") << u"10:30 am the bell rang"_s << QString();
    QTest::newRow("plain sentence") << u"The lesson began at nine."_s << QString();
    QTest::newRow("chinese sentence") << u"上课了，同学们安静下来。"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestText::speakerLabels()
{
    QFETCH(QString, line);
    QFETCH(QString, speaker);
    QCOMPARE(marginalia::speakerLabel(line), speaker);
}

void TestText::splitParagraphsPositions()
{
    // Code points: "😀𠀀" 0-1, \n 2 | "T: 你好" 3-7, \n 8 | "" \n 9 | "   " 10-12, \n 13 |
    // "教师：好的。" 14-19, \n 20 | "no speaker here" 21-35.
    const QString text = u"😀𠀀\nT: 你好\n\n   \n教师：好的。\nno speaker here"_s;
    QCOMPARE(TextIndex::codePointLength(text), 36);
    const QList<marginalia::Paragraph> paragraphs = marginalia::splitParagraphs(text);
    QCOMPARE(paragraphs.size(), 4);
    QCOMPARE(paragraphs[0].start, 0);
    QCOMPARE(paragraphs[0].end, 2);
    QCOMPARE(paragraphs[0].speaker, QString());
    QCOMPARE(paragraphs[1].start, 3);
    QCOMPARE(paragraphs[1].end, 8);
    QCOMPARE(paragraphs[1].speaker, u"T"_s);
    QCOMPARE(paragraphs[2].start, 14);
    QCOMPARE(paragraphs[2].end, 20);
    QCOMPARE(paragraphs[2].speaker, u"教师"_s);
    QCOMPARE(paragraphs[3].start, 21);
    QCOMPARE(paragraphs[3].end, 36);
    QCOMPARE(paragraphs[3].speaker, QString());
    QCOMPARE(spanText(text, {paragraphs[2].start, paragraphs[2].end}), u"教师：好的。"_s);
}

void TestText::detectSpeakersFromParagraphs()
{
    // Six non-empty lines (blank and space-only lines do not count): T starts 2, S1 starts 2, Note 1 (once: no
    // speaker). 4 turns of 6 lines is more than a fifth: T and S1, in the order they first speak.
    const QString interview = u"T: Hello\nS1: Hi\n\n   \nT: Why?\nNote: later\nS1: Because\nplain line\n"_s;
    const QStringList speakers = {u"T"_s, u"S1"_s};
    QCOMPARE(marginalia::detectSpeakers(interview), speakers);
    QCOMPARE(marginalia::detectSpeakers(marginalia::splitParagraphs(interview)), speakers);

    // "Note:" starts 2 of 10 non-empty lines: exactly a fifth, a transcript; with one plain line more (2 of 11)
    // it is an essay with notes. The blank lines would tip it the other way if they counted.
    QString essay = u"Note: a\n\nNote: b\n\n"_s;
    for (int i = 0; i < 8; ++i)
        essay += u"plain line\n"_s;
    QCOMPARE(marginalia::detectSpeakers(essay), QStringList{u"Note"_s});
    QCOMPARE(marginalia::detectSpeakers(marginalia::splitParagraphs(essay)), QStringList{u"Note"_s});
    essay += u"one more\n"_s;
    QVERIFY(marginalia::detectSpeakers(essay).isEmpty());
    QVERIFY(marginalia::detectSpeakers(marginalia::splitParagraphs(essay)).isEmpty());
    QVERIFY(marginalia::detectSpeakers(QList<marginalia::Paragraph>()).isEmpty());
}

void TestText::splitParagraphsSpeakers()
{
    // "Teacher A: 😀 yes" 0-15, \n 16 | "10:30 am the bell rang" 17-38, \n 39 | (nothing after)
    const QString text = u"Teacher A: 😀 yes\n10:30 am the bell rang\n"_s;
    QCOMPARE(TextIndex::codePointLength(text), 40);
    const QList<marginalia::Paragraph> paragraphs = marginalia::splitParagraphs(text);
    QCOMPARE(paragraphs.size(), 2);
    QCOMPARE(paragraphs[0].start, 0);
    QCOMPARE(paragraphs[0].end, 16);
    QCOMPARE(paragraphs[0].speaker, u"Teacher A"_s);
    QCOMPARE(paragraphs[1].start, 17);
    QCOMPARE(paragraphs[1].end, 39);
    QCOMPARE(paragraphs[1].speaker, QString());

    QVERIFY(marginalia::splitParagraphs(QString()).isEmpty());
    QVERIFY(marginalia::splitParagraphs(u"\n\n  \n"_s).isEmpty());
    const QList<marginalia::Paragraph> interview = marginalia::splitParagraphs(u"Interviewer: Why?\n教师：因为。"_s);
    QCOMPARE(interview.size(), 2);
    QCOMPARE(interview[0].speaker, u"Interviewer"_s);
    QCOMPARE(interview[0].end, 17);
    QCOMPARE(interview[1].start, 18);
    QCOMPARE(interview[1].end, 24);
    QCOMPARE(interview[1].speaker, u"教师"_s);
}

// --------------------------------------------------------------------------------- segmenter

void TestText::segmenterLocale()
{
    QCOMPARE(m_segmenter.localeName(), u"en_US.UTF-8"_s);

    // The name is a language tag only; the encoding is always UTF-8, so "zh_CN" (which
    // Boost.Locale would otherwise take as US-ASCII) still segments Chinese. None of these
    // locales is installed on a bare system, and the ICU backend does not need them.
    const Segmenter chinese(u"zh_CN"_s);
    QVERIFY(chinese.usesIcu());
    QCOMPARE(chinese.localeName(), u"zh_CN.UTF-8"_s);
    const QList<WordToken> tokens = chinese.words(u"教师们用于教学。"_s);
    QVERIFY(!tokens.isEmpty());
    QCOMPARE(tokens.first(), (WordToken{0, 2, u"教师"_s}));

    QCOMPARE(Segmenter(u"zh-CN.GB18030"_s).localeName(), u"zh_CN.UTF-8"_s);
    QCOMPARE(Segmenter(u"de_DE.ISO-8859-1@euro"_s).localeName(), u"de_DE.UTF-8@euro"_s);
    QCOMPARE(Segmenter(QString()).localeName(), u"en_US.UTF-8"_s);

    // A made-up locale gets ICU's root rules, which still work.
    const Segmenter unknown(u"xx_YY"_s);
    QVERIFY(unknown.usesIcu());
    QCOMPARE(unknown.sentences(u"One. Two."_s), (QList<TextSpan>{{0, 4}, {5, 9}}));
}

void TestText::sentencesEnglish()
{
    // "Hello world." 0-11, " " 12, "How are you?" 13-24, " " 25, "Fine!" 26-30
    const QString text = u"Hello world. How are you? Fine!"_s;
    QCOMPARE(m_segmenter.sentences(text), (QList<TextSpan>{{0, 12}, {13, 25}, {26, 31}}));

    // A decimal point does not end a sentence: "Pi is 3.14 roughly." 0-18, "Yes." 20-23.
    QCOMPARE(m_segmenter.sentences(u"Pi is 3.14 roughly. Yes."_s), (QList<TextSpan>{{0, 19}, {20, 24}}));

    // Trailing whitespace is excluded.
    QCOMPARE(m_segmenter.sentences(u"Done.   "_s), (QList<TextSpan>{{0, 5}}));
    QVERIFY(m_segmenter.sentences(QString()).isEmpty());
    QVERIFY(m_segmenter.sentences(u"  \n\t\n"_s).isEmpty());
}

void TestText::sentencesLines()
{
    // "First line without stop" 0-22, \n 23 | "Second line." 24-35, " " 36, "Third" 37-41,
    // "  " 42-43, \n 44 | \n 45 | "  " 46-47, "Indented." 48-56
    const QString text = u"First line without stop\nSecond line. Third  \n\n  Indented."_s;
    QCOMPARE(TextIndex::codePointLength(text), 57);
    const QList<TextSpan> spans = m_segmenter.sentences(text);
    QCOMPARE(spans, (QList<TextSpan>{{0, 23}, {24, 36}, {37, 42}, {48, 57}}));
    QCOMPARE(spanTexts(text, spans),
             (QStringList{u"First line without stop"_s, u"Second line."_s, u"Third"_s, u"Indented."_s}));
}

void TestText::sentencesChinese()
{
    // 我们开始上课。0-6 | 你好！7-9 | 他说：“好吗？”10-17 | 好。18-19
    const QString text = u"我们开始上课。你好！他说：“好吗？”好。"_s;
    const QList<TextSpan> spans = m_segmenter.sentences(text);
    QCOMPARE(spans, (QList<TextSpan>{{0, 7}, {7, 10}, {10, 18}, {18, 20}}));
    QCOMPARE(spanTexts(text, spans), (QStringList{u"我们开始上课。"_s, u"你好！"_s, u"他说：“好吗？”"_s, u"好。"_s}));

    // Chinese and English mixed, with a line break between.
    // 教师们用于教学。0-7, " " 8, "Then English." 9-21, \n 22, 好！23-24
    const QString mixed = u"教师们用于教学。 Then English.\n好！"_s;
    QCOMPARE(m_segmenter.sentences(mixed), (QList<TextSpan>{{0, 8}, {9, 22}, {23, 25}}));
}

void TestText::sentencesAfterAstral()
{
    // The same text as in sentencesEnglish after a first line "😀𠀀\n" (three code points, five
    // UTF-16 units): every sentence moves by exactly three.
    const QString text = u"😀𠀀\nHello world. How are you? Fine!"_s;
    QCOMPARE(m_segmenter.sentences(text), (QList<TextSpan>{{0, 2}, {3, 15}, {16, 28}, {29, 34}}));
    // Astral characters inside a sentence count one each.
    QCOMPARE(m_segmenter.sentences(u"I 😀 it. 𠀀好。"_s), (QList<TextSpan>{{0, 7}, {8, 11}}));
}

void TestText::sentencesLargeText()
{
    // Many repetitions, so that offsets are converted across a long text in one pass.
    const QString unit = u"😀 教师们用于教学。Hello world.\n"_s; // 23 code points, 24 UTF-16 units
    const qint64 unitLength = 23;
    QCOMPARE(TextIndex::codePointLength(unit), unitLength);
    const int repeats = 5000;
    const QString text = unit.repeated(repeats);
    const QList<TextSpan> spans = m_segmenter.sentences(text);
    QCOMPARE(spans.size(), 2 * repeats);
    for (int i = 0; i < repeats; ++i) {
        const qint64 base = i * unitLength;
        QCOMPARE(spans[2 * i], (TextSpan{base, base + 10}));
        QCOMPARE(spans[2 * i + 1], (TextSpan{base + 10, base + 22}));
    }
    const QList<WordToken> tokens = m_segmenter.words(text);
    const TextIndex index(text);
    QCOMPARE(tokens.last().end, repeats * unitLength - 2);
    QCOMPARE(tokens.last().text, u"world"_s);
    for (const WordToken &token : tokens) {
        const qsizetype from = index.toUtf16(token.start);
        QCOMPARE(text.mid(from, index.toUtf16(token.end) - from), token.text);
    }
}

void TestText::wordsEnglish()
{
    // "Hello" 0-4, ", " 5-6, "world" 7-11, "! " 12-13, "It's" 14-17, " " 18, "3.14" 19-22,
    // " " 23, "now" 24-26, "." 27
    const QString text = u"Hello, world! It's 3.14 now."_s;
    QCOMPARE(m_segmenter.words(text),
             (QList<WordToken>{{0, 5, u"Hello"_s}, {7, 12, u"world"_s}, {14, 18, u"It's"_s}, {24, 27, u"now"_s}}));
    QCOMPARE(m_segmenter.words(text, Segmenter::WordFilter::LettersAndNumbers),
             (QList<WordToken>{{0, 5, u"Hello"_s},
                               {7, 12, u"world"_s},
                               {14, 18, u"It's"_s},
                               {19, 23, u"3.14"_s},
                               {24, 27, u"now"_s}}));
    QVERIFY(m_segmenter.words(QString()).isEmpty());
    QVERIFY(m_segmenter.words(u" ,.!? 😀 "_s).isEmpty());
}

void TestText::wordsChinese()
{
    const QString text = u"教师们用于教学。"_s;
    const QList<WordToken> tokens = m_segmenter.words(text);
    qInfo() << "ICU splits" << text << "into" << [&] {
        QStringList parts;
        for (const WordToken &token : tokens)
            parts.append(token.text);
        return parts.join(u'/');
    }();

    // Stable across ICU versions: 教师 is one word, the words are contiguous and cover the
    // seven characters, the full stop is no word, and some words have several characters.
    QVERIFY(tokens.size() >= 2);
    QVERIFY(tokens.size() < 7);
    QCOMPARE(tokens.first(), (WordToken{0, 2, u"教师"_s}));
    qint64 expectedStart = 0;
    QString joined;
    for (const WordToken &token : tokens) {
        QCOMPARE(token.start, expectedStart);
        QVERIFY(token.end > token.start);
        QCOMPARE(token.text.size(), token.end - token.start); // BMP only here
        for (const QChar c : token.text)
            QVERIFY2(!isPunctuationOrSpace(c.unicode()), qPrintable(token.text));
        expectedStart = token.end;
        joined += token.text;
    }
    QCOMPARE(expectedStart, 7);
    QCOMPARE(joined, u"教师们用于教学"_s);

    // A longer passage: known words come out whole, no token is punctuation.
    const QString passage = u"我们学校的老师都很认真，学生们也喜欢上数学课。"_s;
    const QList<WordToken> passageTokens = m_segmenter.words(passage);
    QStringList texts;
    for (const WordToken &token : passageTokens) {
        texts.append(token.text);
        for (const QChar c : token.text)
            QVERIFY2(!isPunctuationOrSpace(c.unicode()), qPrintable(token.text));
    }
    qInfo() << "ICU splits" << passage << "into" << texts.join(u'/');
    QVERIFY(texts.contains(u"我们"_s));
    QVERIFY(texts.contains(u"学校"_s));
    QVERIFY(texts.contains(u"老师"_s));
    QVERIFY(texts.contains(u"认真"_s));
    const auto multi = std::count_if(passageTokens.cbegin(), passageTokens.cend(),
                                     [](const WordToken &token) { return token.end - token.start >= 2; });
    QVERIFY(multi >= 4);
}

void TestText::wordsAfterAstral()
{
    // 😀 0 (not a word), 𠀀 1 (an ideograph: a word of its own), \n 2, then 教师们用于教学。
    const QString text = u"😀𠀀\n教师们用于教学。 Hello 😀 world"_s;
    const QList<WordToken> tokens = m_segmenter.words(text);
    QVERIFY(tokens.size() >= 4);
    QCOMPARE(tokens[0], (WordToken{1, 2, u"𠀀"_s}));
    QCOMPARE(tokens[1], (WordToken{3, 5, u"教师"_s}));
    // 。10, " " 11, "Hello" 12-16, " " 17, 😀 18, " " 19, "world" 20-24
    QCOMPARE(tokens[tokens.size() - 2], (WordToken{12, 17, u"Hello"_s}));
    QCOMPARE(tokens.last(), (WordToken{20, 25, u"world"_s}));
    QCOMPARE(TextIndex::codePointLength(text), 25);
}

void TestText::sentenceAt()
{
    // "Hello world." 0-11, " " 12, "How are you?" 13-24, \n 25, "Fine!" 26-30
    const QString text = u"Hello world. How are you?\nFine!"_s;
    QCOMPARE(m_segmenter.sentenceAt(text, 0), (TextSpan{0, 12}));
    QCOMPARE(m_segmenter.sentenceAt(text, 5), (TextSpan{0, 12}));
    QCOMPARE(m_segmenter.sentenceAt(text, 11), (TextSpan{0, 12}));
    QCOMPARE(m_segmenter.sentenceAt(text, 12), (TextSpan{0, 12})); // the space after it
    QCOMPARE(m_segmenter.sentenceAt(text, 13), (TextSpan{13, 25}));
    QCOMPARE(m_segmenter.sentenceAt(text, 24), (TextSpan{13, 25}));
    QCOMPARE(m_segmenter.sentenceAt(text, 25), (TextSpan{13, 25})); // the line break
    QCOMPARE(m_segmenter.sentenceAt(text, 26), (TextSpan{26, 31}));
    QCOMPARE(m_segmenter.sentenceAt(text, 31), (TextSpan{26, 31})); // end of text
    QCOMPARE(m_segmenter.sentenceAt(text, -3), (TextSpan{0, 12}));
    QCOMPARE(m_segmenter.sentenceAt(text, 99), (TextSpan{26, 31}));

    // "One." 0-3, \n 4, \n 5, "Two." 6-9: position 5 is a blank line.
    const QString blank = u"One.\n\nTwo."_s;
    QCOMPARE(m_segmenter.sentenceAt(blank, 4), (TextSpan{0, 4}));
    QCOMPARE(m_segmenter.sentenceAt(blank, 5), (TextSpan{5, 5}));
    QCOMPARE(m_segmenter.sentenceAt(blank, 6), (TextSpan{6, 10}));

    // Indentation belongs to the line's first sentence: "  " 0-1, "Indented." 2-10, "Next." 12-16
    const QString indented = u"  Indented. Next."_s;
    QCOMPARE(m_segmenter.sentenceAt(indented, 0), (TextSpan{2, 11}));
    QCOMPARE(m_segmenter.sentenceAt(indented, 14), (TextSpan{12, 17}));

    // Chinese, after astral characters: 😀𠀀 0-1, \n 2, 我们开始上课。3-9, 你好！10-12
    const QString chinese = u"😀𠀀\n我们开始上课。你好！"_s;
    QCOMPARE(m_segmenter.sentenceAt(chinese, 5), (TextSpan{3, 10}));
    QCOMPARE(m_segmenter.sentenceAt(chinese, 11), (TextSpan{10, 13}));
    QCOMPARE(m_segmenter.sentenceAt(chinese, 1), (TextSpan{0, 2}));

    // With a prebuilt index, as the document view has one.
    const TextIndex index(chinese);
    QCOMPARE(m_segmenter.sentenceAt(chinese, index, 12), (TextSpan{10, 13}));
}

void TestText::snapToWordsEnglish()
{
    // "The" 0-2, " " 3, "teachers" 4-11, " " 12, "use" 13-15, " " 16, "it" 17-18, " " 19,
    // "for" 20-22, " " 23, "teaching" 24-31, "." 32
    const QString text = u"The teachers use it for teaching."_s;
    QCOMPARE(m_segmenter.snapToWords(text, {6, 14}), (TextSpan{4, 16}));   // "achers u"
    QCOMPARE(m_segmenter.snapToWords(text, {3, 13}), (TextSpan{4, 12}));   // " teachers "
    QCOMPARE(m_segmenter.snapToWords(text, {4, 12}), (TextSpan{4, 12}));   // already whole
    QCOMPARE(m_segmenter.snapToWords(text, {5, 5}), (TextSpan{4, 12}));    // caret in a word
    QCOMPARE(m_segmenter.snapToWords(text, {4, 4}), (TextSpan{4, 4}));     // caret at a boundary
    QCOMPARE(m_segmenter.snapToWords(text, {12, 13}), (TextSpan{13, 13})); // only a space
    QCOMPARE(m_segmenter.snapToWords(text, {14, 6}), (TextSpan{4, 16}));   // reversed
    QCOMPARE(m_segmenter.snapToWords(text, {-5, 1000}), (TextSpan{0, 33})); // clamped
    QCOMPARE(m_segmenter.snapToWords(text, {30, 33}), (TextSpan{24, 33}));  // keeps the full stop
    QCOMPARE(spanText(text, m_segmenter.snapToWords(text, {1, 8})), u"The teachers"_s);

    // Across lines: "one two" 0-6, \n 7, "three four" 8-17; spaces and breaks at the edges go.
    const QString lines = u"one two\nthree four"_s;
    QCOMPARE(m_segmenter.snapToWords(lines, {5, 10}), (TextSpan{4, 13}));
    QCOMPARE(m_segmenter.snapToWords(lines, {7, 8}), (TextSpan{8, 8}));
    QCOMPARE(m_segmenter.snapToWords(lines, {3, 9}), (TextSpan{4, 13}));
}

void TestText::snapToWordsChinese()
{
    const QString text = u"教师们用于教学。"_s;
    const QList<WordToken> tokens = m_segmenter.words(text);
    const auto tokenAround = [&](qint64 position) {
        for (const WordToken &token : tokens) {
            if (token.start <= position && position < token.end)
                return token;
        }
        return WordToken{};
    };
    // 师们用 (1-3) widens to whole words: from 教师's start to the end of the word holding 用.
    const TextSpan snapped = m_segmenter.snapToWords(text, {1, 4});
    QCOMPARE(snapped.start, 0);
    QCOMPARE(snapped.end, tokenAround(3).end);
    QVERIFY(snapped.end >= 4);
    // A caret inside 教师 selects 教师.
    QCOMPARE(m_segmenter.snapToWords(text, {1, 1}), (TextSpan{0, 2}));
    // The full stop stays when selected.
    QCOMPARE(m_segmenter.snapToWords(text, {6, 8}), (TextSpan{tokenAround(6).start, 8}));
}

void TestText::snapToWordsAfterAstral()
{
    // "😀𠀀\n" 0-2, then "The teachers use it" 3-21: the same selections as above, shifted by 3.
    const QString text = u"😀𠀀\nThe teachers use it"_s;
    QCOMPARE(m_segmenter.snapToWords(text, {9, 17}), (TextSpan{7, 19}));
    QCOMPARE(spanText(text, m_segmenter.snapToWords(text, {9, 17})), u"teachers use"_s);
    QCOMPARE(m_segmenter.snapToWords(text, {8, 8}), (TextSpan{7, 15}));
    // 😀 and 𠀀 are one code point (one segment) each.
    QCOMPARE(m_segmenter.snapToWords(text, {0, 2}), (TextSpan{0, 2}));
    QCOMPARE(m_segmenter.snapToWords(text, {1, 5}), (TextSpan{1, 6}));
}

void TestText::foldCase()
{
    QCOMPARE(m_segmenter.foldCase(u"HELLO"_s), u"hello"_s);
    QCOMPARE(m_segmenter.foldCase(u"Straße"_s), u"strasse"_s);
    QCOMPARE(m_segmenter.foldCase(u"ΣΑΣ"_s), u"σασ"_s);
    QCOMPARE(m_segmenter.foldCase(u"教师"_s), u"教师"_s);
    QCOMPARE(m_segmenter.foldCase(u"😀𠀀 Ab"_s), u"😀𠀀 ab"_s);
    QCOMPARE(m_segmenter.foldCase(QString()), QString());
}

QTEST_GUILESS_MAIN(TestText)

#include "test_text.moc"
