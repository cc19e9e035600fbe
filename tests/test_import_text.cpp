#include "import/DocumentReader.h"
#include "import/FormatReaders.h"
#include "import/TextDecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <boost/locale/encoding.hpp>

#include <string>

using namespace Qt::StringLiterals;
using namespace marginalia;

namespace {

// Sentences used throughout: simplified for GB18030, traditional for Big5.
const QString kTeachersSimplified = u"老师们在课堂上用这些教材进行教学。"_s;
const QString kTeachersTraditional = u"老師們在課堂上用這些教材進行教學。"_s;
const QString kTeachersLonger = u"教师：我们学校的老师每周集体备课两次，讨论学生的问题和教学方法。\n"
                                u"访谈者：这些讨论对您的课堂有什么影响？\n"_s;
const QString kTeachersLongerTraditional = u"教師：我們學校的老師每週集體備課兩次，討論學生的問題和教學方法。\n"
                                           u"訪談者：這些討論對您的課堂有什麼影響？\n"_s;
// U+20000, four bytes in GB18030, a surrogate pair in UTF-16.
const QString kRareHanzi = QString::fromUcs4(U"\U00020000", 1);
const QString kGrinning = QString::fromUcs4(U"\U0001F600", 1);

QByteArray encodeAs(const QString &text, const char *charset)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string bytes = boost::locale::conv::from_utf(utf8.constData(), utf8.constData() + utf8.size(),
                                                            std::string(charset), boost::locale::conv::stop);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char low = static_cast<char>(u & 0xFF);
        const char high = static_cast<char>(u >> 8);
        bytes += littleEndian ? low : high;
        bytes += littleEndian ? high : low;
    }
    return bytes;
}

QByteArray pngLikeBytes()
{
    QByteArray bytes("\x89PNG\r\n\x1A\n", 8);
    bytes += QByteArray("\x00\x00\x00\x0DIHDR\x00\x00\x01\x00\x00\x00\x00\xC8\x08\x06\x00\x00\x00", 21);
    for (int i = 0; i < 200; ++i)
        bytes += static_cast<char>((i * 37 + 11) % 256);
    return bytes;
}

} // namespace

class TestImportText : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- TextDecoder ---------------------------------------------------------------------------

    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        const QString english = u"Interview with teacher A\r\nQ: How long have you taught here?\r\nA: Nine years.\r\n"_s;
        const QString mixed = u"T1："_s + kTeachersSimplified + u"\n访谈者：谢谢。\n"_s;
        const QString withEmoji = u"She smiled "_s + kGrinning + u" and said 好的."_s;

        QTest::newRow("empty") << QByteArray() << QString() << u"UTF-8"_s;
        QTest::newRow("ascii") << QByteArray("Hello, world\n") << u"Hello, world\n"_s << u"UTF-8"_s;
        QTest::newRow("utf-8") << kTeachersSimplified.toUtf8() << kTeachersSimplified << u"UTF-8"_s;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + mixed.toUtf8() << mixed << u"UTF-8"_s;
        QTest::newRow("utf-8 emoji") << withEmoji.toUtf8() << withEmoji << u"UTF-8"_s;
        QTest::newRow("utf-16le bom") << utf16(mixed, true, true) << mixed << u"UTF-16LE"_s;
        QTest::newRow("utf-16be bom") << utf16(mixed, false, true) << mixed << u"UTF-16BE"_s;
        QTest::newRow("utf-16le bom emoji") << utf16(withEmoji, true, true) << withEmoji << u"UTF-16LE"_s;
        QTest::newRow("utf-16le english") << utf16(english, true, false) << english << u"UTF-16LE"_s;
        QTest::newRow("utf-16be english") << utf16(english, false, false) << english << u"UTF-16BE"_s;
        QTest::newRow("utf-16le short") << utf16(u"Hi"_s, true, false) << u"Hi"_s << u"UTF-16LE"_s;
        QTest::newRow("utf-16le mixed") << utf16(mixed, true, false) << mixed << u"UTF-16LE"_s;
        QTest::newRow("utf-16be mixed") << utf16(mixed, false, false) << mixed << u"UTF-16BE"_s;
        QTest::newRow("utf-16le emoji") << utf16(withEmoji, true, false) << withEmoji << u"UTF-16LE"_s;
        QTest::newRow("utf-16le chinese only") << utf16(kTeachersSimplified, true, false) << kTeachersSimplified
                                               << u"UTF-16LE"_s;
        QTest::newRow("utf-16be chinese only") << utf16(kTeachersSimplified, false, false) << kTeachersSimplified
                                               << u"UTF-16BE"_s;
        QTest::newRow("utf-16le traditional only")
            << utf16(kTeachersTraditional, true, false) << kTeachersTraditional << u"UTF-16LE"_s;
        const QString longLine = QString(kTeachersLonger).remove(u'\n');
        QTest::newRow("utf-16le longer chinese only") << utf16(longLine, true, false) << longLine << u"UTF-16LE"_s;
        QTest::newRow("utf-16be longer chinese only") << utf16(longLine, false, false) << longLine << u"UTF-16BE"_s;
        QTest::newRow("utf-32le bom") << QByteArray("\xFF\xFE\x00\x00", 4)
                                             + QByteArray("A\x00\x00\x00\x00\x00\x02\x00", 8)
                                      << QString(u"A"_s + kRareHanzi) << u"UTF-32LE"_s;

        const QString gbText = kTeachersSimplified + kRareHanzi;
        QTest::newRow("gb18030") << encodeAs(gbText, "GB18030") << gbText << u"GB18030"_s;
        QTest::newRow("gb18030 two-byte only") << encodeAs(kTeachersSimplified, "GB18030") << kTeachersSimplified
                                               << u"GB18030"_s;
        QTest::newRow("gb18030 with ascii") << encodeAs(mixed, "GB18030") << mixed << u"GB18030"_s;
        QTest::newRow("gb18030 longer") << encodeAs(kTeachersLonger, "GB18030") << kTeachersLonger << u"GB18030"_s;
        QTest::newRow("gb18030 short") << encodeAs(u"你好"_s, "GB18030") << u"你好"_s << u"GB18030"_s;
        QTest::newRow("big5") << encodeAs(kTeachersTraditional, "BIG5") << kTeachersTraditional << u"Big5"_s;
        QTest::newRow("big5 longer") << encodeAs(kTeachersLongerTraditional, "BIG5") << kTeachersLongerTraditional
                                     << u"Big5"_s;
        const QString big5Mixed = u"T2: "_s + kTeachersTraditional + u"\n"_s;
        QTest::newRow("big5 with ascii") << encodeAs(big5Mixed, "BIG5") << big5Mixed << u"Big5"_s;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const Result<DecodedText> decoded = decodeText(bytes);
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error()));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
    }

    // Both legacy encodings decode each other's bytes; the byte-structure score must tell them apart.
    void legacyAmbiguity()
    {
        const QByteArray gb = encodeAs(kTeachersSimplified, "GB18030");
        const QByteArray big5 = encodeAs(kTeachersTraditional, "BIG5");
        QVERIFY(decodeText(gb, u"Big5"_s).has_value());
        // An explicit encoding wins even where detection would choose the other one.
        const Result<DecodedText> forced = decodeText(big5, u"GB18030"_s);
        QVERIFY(forced.has_value());
        QCOMPARE(forced->encoding, u"GB18030"_s);
        QVERIFY(forced->text != kTeachersTraditional);
        QCOMPARE(decodeText(gb)->encoding, u"GB18030"_s);
        QCOMPARE(decodeText(big5)->encoding, u"Big5"_s);
        // Two characters are enough for the character statistics (no tie rule any more): 教學 in Big5
        // is also valid GB2312 (B1D0 BEC7: 毙厩, two rare hanzi), but reads as Big5.
        QCOMPARE(decodeText(encodeAs(u"教學"_s, "BIG5"))->encoding, u"Big5"_s);
    }

    void decodeExplicit_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");

        const QByteArray gb = encodeAs(kTeachersSimplified, "GB18030");
        const QByteArray big5 = encodeAs(kTeachersTraditional, "BIG5");
        QTest::newRow("gbk alias") << gb << u"gbk"_s << kTeachersSimplified << u"GB18030"_s;
        QTest::newRow("gb2312 alias") << gb << u"GB2312"_s << kTeachersSimplified << u"GB18030"_s;
        QTest::newRow("big5") << big5 << u"big5"_s << kTeachersTraditional << u"Big5"_s;
        QTest::newRow("utf8 alias") << u"café"_s.toUtf8() << u"utf8"_s << u"café"_s << u"UTF-8"_s;
        QTest::newRow("utf-8 bom dropped") << QByteArray("\xEF\xBB\xBFok") << u"UTF-8"_s << u"ok"_s << u"UTF-8"_s;
        QTest::newRow("utf16le alias") << utf16(u"Hi"_s, true, false) << u"utf16le"_s << u"Hi"_s << u"UTF-16LE"_s;
        QTest::newRow("utf-16be") << utf16(u"Hi"_s, false, false) << u"UTF-16BE"_s << u"Hi"_s << u"UTF-16BE"_s;
        QTest::newRow("utf-16 with be bom") << utf16(u"Hi"_s, false, true) << u"utf-16"_s << u"Hi"_s << u"UTF-16BE"_s;
        QTest::newRow("utf-16 without bom") << utf16(kTeachersSimplified, true, false) << u"UTF-16"_s
                                            << kTeachersSimplified << u"UTF-16LE"_s;
        QTest::newRow("latin1") << QByteArray("Sch\xF6ne Gr\xFC\xDF"
                                              "e")
                                << u"latin1"_s << u"Schöne Grüße"_s << u"Windows-1252"_s;
    }

    void decodeExplicit()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const Result<DecodedText> decoded = decodeText(bytes, name);
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error()));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
    }

    void decodeRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");

        const QString binary = u"looks like a binary file, not text"_s;
        const QString invalid = u"is not valid text in UTF-8, UTF-16, GB18030 or Big5"_s;
        QTest::newRow("png") << pngLikeBytes() << QString() << binary;
        QTest::newRow("nul in ascii") << QByteArray("abc\0def\0\0\0xyz1", 15) << QString() << binary;
        QTest::newRow("controls") << QByteArray("abc\x01\x02\x03\x04\x05\x06 def") << QString() << binary;
        QTest::newRow("ff ff ff") << QByteArray("Interview notes \xFF\xFF\xFF and more notes.\n") << QString()
                                  << invalid;
        // Latin-1 letters before ASCII letters make valid GBK and Big5 pairs: still refused.
        QTest::newRow("latin-1 german") << QByteArray("Sch\xF6ne Gr\xFC\xDF"
                                                      "e aus M\xFCnchen, sagte die Lehrerin.\n")
                                        << QString() << invalid;
        QTest::newRow("latin-1 french") << QByteArray("Le professeur a dit: c'est tr\xE8s int\xE9ressant.\n")
                                        << QString() << invalid;
        QTest::newRow("truncated gb") << QByteArray("abc\xB0") << QString() << invalid;
        QTest::newRow("explicit utf-8") << QByteArray("ab") + encodeAs(kTeachersSimplified, "GB18030") << u"UTF-8"_s
                                        << u"does not decode as UTF-8 (first bad byte at offset 2)"_s;
        QTest::newRow("explicit gb18030") << QByteArray("abc\xFF") << u"gb18030"_s
                                          << u"does not decode as GB18030 (first bad byte at offset 3)"_s;
        QTest::newRow("explicit big5 on 4-byte gb") << QByteArray("ab") + encodeAs(kRareHanzi, "GB18030")
                                                    << u"Big5"_s
                                                    << u"does not decode as Big5 (first bad byte at offset 2)"_s;
        QTest::newRow("explicit utf-16le odd") << QByteArray("a\0b", 3) << u"UTF-16LE"_s
                                               << u"does not decode as UTF-16LE (first bad byte at offset 2)"_s;
        QTest::newRow("explicit utf-16le lone surrogate") << QByteArray("a\0\x00\xD8", 4) << u"UTF-16LE"_s
                                                          << u"does not decode as UTF-16LE (first bad byte at offset 2)"_s;
        QTest::newRow("bom then bad utf-8") << QByteArray("\xEF\xBB\xBF" "ab\xC3(") << QString()
                                            << u"starts with a UTF-8 byte-order mark but does not decode as UTF-8 "
                                               u"(first bad byte at offset 5)"_s;
        QTest::newRow("unknown") << QByteArray("abc") << u"klingon"_s << u"unknown encoding 'klingon'"_s;
    }

    void decodeRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, error);
        const Result<DecodedText> decoded = decodeText(bytes, name);
        QVERIFY2(!decoded.has_value(), qPrintable(decoded ? decoded->encoding + u": "_s + decoded->text : QString()));
        QCOMPARE(decoded.error(), error);
    }

    // A legacy-encoded file must never be taken for BOM-less UTF-16, whatever its length.
    void legacyNeverUtf16_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("charset");
        const QStringList simplified = {kTeachersSimplified, kTeachersLonger, u"你好"_s, u"教学"_s,
                                        u"教师们"_s, u"课堂观察记录"_s, u"校长访谈：学校的发展。"_s};
        const QStringList traditional = {kTeachersTraditional, kTeachersLongerTraditional, u"你好"_s, u"教師們"_s, u"課堂觀察記錄"_s, u"校長訪談：學校的發展。"_s};
        for (qsizetype i = 0; i < simplified.size(); ++i)
            QTest::addRow("GB18030 %d", int(i)) << simplified.at(i) << u"GB18030"_s;
        for (qsizetype i = 0; i < traditional.size(); ++i)
            QTest::addRow("Big5 %d", int(i)) << traditional.at(i) << u"Big5"_s;
    }

    void legacyNeverUtf16()
    {
        QFETCH(QString, text);
        QFETCH(QString, charset);
        const Result<DecodedText> decoded = decodeText(encodeAs(text, charset == u"Big5" ? "BIG5" : "GB18030"));
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error()));
        QCOMPARE(decoded->encoding, charset);
        QCOMPARE(decoded->text, text);
    }

    // ---- HTML ----------------------------------------------------------------------------------

    void html_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("basic entities") << u"<p>Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;x&apos; a&gt;b</p>"_s
                                        << u"Tom & Jerry <3 \"hi\" 'x' a>b"_s;
        QTest::newRow("numeric entities") << u"&#25945;&#x5E08; &#x1F600; &#128512;&#X41;"_s
                                          << QString(u"教师 "_s + kGrinning + u" "_s + kGrinning + u"A"_s);
        QTest::newRow("windows-1252 numeric") << u"1990&#150;2000"_s << u"1990–2000"_s;
        QTest::newRow("named entities")
            << u"&ndash;&mdash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&copy;&reg;&middot;&bull;&laquo;&raquo;&times;&euro;"_s
            << u"–—…‘’“”©®·•«»×€"_s;
        QTest::newRow("nbsp") << u"<p>a&nbsp;b&nbsp;&nbsp;c&nbsp;</p>"_s << u"a b c"_s;
        QTest::newRow("numeric spaces") << u"a&#32;&#x20;b&#10;c"_s << u"a b c"_s;
        QTest::newRow("shy") << u"co&shy;operate"_s << u"cooperate"_s;
        QTest::newRow("unknown entity") << u"&bogus; &amp &#; AT&T"_s << u"&bogus; &amp &#; AT&T"_s;
        QTest::newRow("script style head")
            << u"<html><head><title>Title</title><style>p { color: red }</style></head><body>"
               u"<script>var a = '<p>x</p>';</script><p>Text</p><STYLE>b{}</STYLE></body></html>"_s
            << u"Text"_s;
        QTest::newRow("head without end tag") << u"<head><title>T</title><meta charset=utf-8><p>Body text"_s
                                              << u"Body text"_s;
        QTest::newRow("comment cdata doctype")
            << u"<!DOCTYPE html><!-- a <p>note</p> --><p>A<![CDATA[ hidden ]]>B<?php echo 1; ?>C</p>"_s
            << u"ABC"_s;
        QTest::newRow("whitespace") << u"<p>  many \n  spaces\there </p>\n\n<p>\n next</p>"_s
                                    << u"many spaces here\nnext"_s;
        QTest::newRow("blocks") << u"<h1>Title</h1><p>One</p><div>Two<br>Three</div><blockquote>Four</blockquote>"
                                   u"<hr><section>Five</section>"_s
                                << u"Title\nOne\nTwo\nThree\nFour\nFive"_s;
        QTest::newRow("blank lines") << u"a<br><br><br><br>b<br/>c"_s << u"a\n\nb\nc"_s;
        QTest::newRow("inline") << u"<p>un<b>bold</b>ed <i>it</i><span> x</span></p>"_s << u"unbolded it x"_s;
        QTest::newRow("table")
            << u"<table><tr><th>Site</th><th>Teachers</th></tr>\n<tr><td>Beijing</td><td> 12 </td></tr>"
               u"<tr><td></td><td>3</td></tr></table><p>After</p>"_s
            << u"Site\tTeachers\nBeijing\t12\n\t3\nAfter"_s;
        QTest::newRow("table cell with paragraphs") << u"<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>"_s
                                                    << u"a b\tc"_s;
        QTest::newRow("nested lists")
            << u"<ul><li>One<ul><li>Two</li><li>Three</li></ul></li><li>Four</li></ul><ol><li>Five</ol>"_s
            << u"One\nTwo\nThree\nFour\nFive"_s;
        QTest::newRow("pre") << u"<p>before</p><pre>\n  code  line\n\n\tsecond</pre><p>after</p>"_s
                             << u"before\n  code  line\n\n\tsecond\nafter"_s;
        QTest::newRow("chinese") << u"<p>教师们用于教学。</p><p>学生&nbsp;们</p>"_s << u"教师们用于教学。\n学生 们"_s;
        QTest::newRow("attribute with >") << u"<a title=\"a>b\" href='x'>link</a> text"_s << u"link text"_s;
        QTest::newRow("upper case") << u"<P>One</P><BR><DIV>Two</DIV>"_s << u"One\n\nTwo"_s;
        QTest::newRow("lone <") << u"a < b and c<d, 3 <= 4"_s << u"a < b and c<d, 3 <= 4"_s;
        QTest::newRow("unterminated tag") << u"<p>unterminated <b class=\"x"_s << u"unterminated <b class=\"x"_s;
        QTest::newRow("unterminated comment") << u"<p>x</p><!-- never closed <p>y</p>"_s << u"x"_s;
        QTest::newRow("unterminated script") << u"<p>x</p><script>never closed"_s << u"x"_s;
        QTest::newRow("bogus end tags") << u"a</>b</ >c</3>d"_s << u"abcd"_s;
        QTest::newRow("trailing ampersand") << u"fish &"_s << u"fish &"_s;
        QTest::newRow("huge numeric") << u"&#99999999; &#xD800; &#0;"_s << u"\uFFFD \uFFFD \uFFFD"_s;
    }

    void html()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToPlainText(html), text);
    }

    void htmlMalformedDoesNotCrash()
    {
        const QStringList inputs = {u"<"_s,   u"&"_s,         u"<!"_s,     u"<!-"_s,       u"<![CDATA["_s,
                                    u"</"_s,  u"<a"_s,        u"<a b='"_s, u"&#"_s,        u"&#x"_s,
                                    u"<pre>"_s, u"<pre>\r"_s, u"<td>"_s,   u"</td></tr>"_s, u"<head>"_s,
                                    u"</head></head>"_s, u"<script"_s, u"<style>"_s, u"<<<>>>"_s, u"&#x110000;"_s};
        for (const QString &input : inputs)
            (void)htmlToPlainText(input);
        QCOMPARE(htmlToPlainText(u"<<p>>"_s), u"<\n>"_s);
    }

    // ---- Markdown ------------------------------------------------------------------------------

    void markdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");

        QTest::newRow("atx headings") << u"# Title\n\nText\n### Closed ###\n#hashtag"_s
                                      << u"Title\n\nText\nClosed\n#hashtag"_s;
        QTest::newRow("setext headings") << u"Title\n=====\n\nSub\n---\nBody"_s << u"Title\n\nSub\nBody"_s;
        QTest::newRow("emphasis") << u"*a* **b** _c_ __d__ ~~e~~ ***f*** **g _h_**"_s << u"a b c d e f g h"_s;
        QTest::newRow("not emphasis") << u"snake_case_name and 2 * 3 = 6, ~5 minutes"_s
                                      << u"snake_case_name and 2 * 3 = 6, ~5 minutes"_s;
        QTest::newRow("intraword star") << u"un*frigging*believable"_s << u"unfriggingbelievable"_s;
        QTest::newRow("unmatched") << u"**open only and *half"_s << u"**open only and *half"_s;
        QTest::newRow("chinese emphasis") << u"这是**重要**的，*“引用”*也是。"_s << u"这是重要的，“引用”也是。"_s;
        QTest::newRow("code") << u"Use `git status` and ``a ` b`` and `*x*`"_s << u"Use git status and a ` b and *x*"_s;
        QTest::newRow("links and images") << u"[Marginalia](https://x.org \"t\") and ![alt *text*](img.png)"_s
                                          << u"Marginalia and alt text"_s;
        QTest::newRow("link with parens") << u"[wiki](https://en.wikipedia.org/wiki/Kappa_(statistics)) done"_s
                                          << u"wiki done"_s;
        QTest::newRow("autolinks") << u"<https://example.org> and <a@b.org>"_s << u"https://example.org and a@b.org"_s;
        QTest::newRow("references") << u"See [the site][site], [Site][] and [site].\n\n[site]: https://example.org\n"
                                       u"[other]: <https://x.org> \"Title\""_s
                                    << u"See the site, Site and site."_s;
        QTest::newRow("undefined reference") << u"An [aside] and [x][nope]."_s << u"An [aside] and [x][nope]."_s;
        QTest::newRow("lists") << u"- one\n* two\n+ three\n1. four\n2) five\n   10. six"_s
                               << u"one\ntwo\nthree\nfour\nfive\nsix"_s;
        QTest::newRow("task lists") << u"- [ ] todo\n- [x] done\n- [X] also"_s << u"todo\ndone\nalso"_s;
        QTest::newRow("list continuation") << u"- item that\n  wraps\n- next"_s << u"item that wraps\nnext"_s;
        QTest::newRow("blockquote") << u"> quoted line\n> continues\n\n> > nested\nplain"_s
                                    << u"quoted line continues\n\nnested\nplain"_s;
        QTest::newRow("fenced code") << u"Before\n```cpp\nint  x = 1; // *not* emphasis\n  indented\n```\nAfter"_s
                                     << u"Before\nint  x = 1; // *not* emphasis\n  indented\nAfter"_s;
        QTest::newRow("tilde fence") << u"~~~\n# not a heading\n- not a list\n~~~~"_s
                                     << u"# not a heading\n- not a list"_s;
        QTest::newRow("unclosed fence") << u"```\ncode"_s << u"code"_s;
        QTest::newRow("rules") << u"a\n\n***\n\nb\n\n- - -\n\n___\nc"_s << u"a\n\nb\n\nc"_s;
        QTest::newRow("wrapped paragraph") << u"This is a\nhard-wrapped   \nparagraph.\n\nNext one."_s
                                           << u"This is a hard-wrapped paragraph.\n\nNext one."_s;
        QTest::newRow("wrapped chinese") << u"老师们在课堂上\n用这些教材进行教学。\n教学 and\nteaching"_s
                                         << u"老师们在课堂上用这些教材进行教学。教学 and teaching"_s;
        QTest::newRow("html tags") << u"Some <span class=\"x\">inline</span> html<br/>here <!-- hidden -->"_s
                                   << u"Some inline html here"_s;
        QTest::newRow("html block line") << u"<div align=\"center\">\n\nCentered\n\n</div>"_s << u"Centered"_s;
        QTest::newRow("escapes") << u"\\*not emphasis\\* and \\_this\\_ and a\\\\b"_s
                                 << u"*not emphasis* and _this_ and a\\b"_s;
        QTest::newRow("entities") << u"AT&amp;T &copy; 2024&nbsp;x &unknown;"_s << u"AT&T © 2024 x &unknown;"_s;
        QTest::newRow("ordered list cannot interrupt") << u"It happened in\n2019. We moved."_s
                                                       << u"It happened in 2019. We moved."_s;
        QTest::newRow("chinese passthrough") << u"教师：我们用于教学。\n\n访谈者：为什么？"_s
                                             << u"教师：我们用于教学。\n\n访谈者：为什么？"_s;
        QTest::newRow("crlf") << u"# A\r\n\r\nline one\r\nline two\r\n"_s << u"A\n\nline one line two"_s;
        QTest::newRow("table") << u"Sites:\n\n| Site | Teachers |\n|:-----|--------:|\n| **Beijing** | 12 |\n| `a|b` | \\| |"_s
                               << u"Sites:\n\nSite\tTeachers\nBeijing\t12\na|b\t|"_s;
        QTest::newRow("blank runs") << u"\n\n\na\n\n\n\nb\n\n"_s << u"a\n\nb"_s;
    }

    void markdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(markdownToPlainText(markdown), text);
    }

    // ---- readDocumentFile ----------------------------------------------------------------------

    void readPlainText()
    {
        // CRLF becomes LF and "e" + combining acute becomes the precomposed "é" (NFC).
        const QString path = writeFile(u"interview.txt"_s, QByteArray("Line one\r\nCafe\xCC\x81 talk\r\n"));
        const Result<ReadDocument> read = readDocumentFile(path);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->text, u"Line one\nCaf\u00E9 talk\n"_s);
        QCOMPARE(read->format, u"txt"_s);
        QCOMPARE(read->encoding, u"UTF-8"_s);
    }

    void readLegacyText()
    {
        const QString path = writeFile(u"beijing.TEXT"_s, encodeAs(kTeachersLonger + kRareHanzi, "GB18030"));
        const Result<ReadDocument> read = readDocumentFile(path);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->text, QString(kTeachersLonger + kRareHanzi));
        QCOMPARE(read->encoding, u"GB18030"_s);

        const QString big5Path = writeFile(u"taipei.txt"_s, encodeAs(kTeachersLongerTraditional, "BIG5"));
        ReadOptions options;
        options.encoding = u"big5"_s;
        const Result<ReadDocument> big5 = readDocumentFile(big5Path, options);
        QVERIFY2(big5.has_value(), qPrintable(big5 ? QString() : big5.error()));
        QCOMPARE(big5->text, kTeachersLongerTraditional);
        QCOMPARE(big5->encoding, u"Big5"_s);

        options.encoding = u"UTF-8"_s;
        const Result<ReadDocument> wrong = readDocumentFile(big5Path, options);
        QVERIFY(!wrong.has_value());
        QVERIFY2(wrong.error().startsWith(u"taipei.txt: does not decode as UTF-8 (first bad byte at offset "_s),
                 qPrintable(marginalia::errorText(wrong)));
    }

    void readUtf16Text()
    {
        const QString path = writeFile(u"windows.txt"_s, utf16(u"T: 你好\r\nS: "_s + kGrinning + u"\r\n"_s, true, true));
        const Result<ReadDocument> read = readDocumentFile(path);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->text, QString(u"T: 你好\nS: "_s + kGrinning + u"\n"_s));
        QCOMPARE(read->encoding, u"UTF-16LE"_s);
    }

    void readMarkdown()
    {
        const QString path = writeFile(u"notes.markdown"_s, QByteArray("# Title\r\n\r\nSome *text*\r\nwrapped.\r\n"));
        const Result<ReadDocument> read = readDocumentFile(path);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->text, u"Title\n\nSome text wrapped."_s);
        QCOMPARE(read->format, u"md"_s);
        QCOMPARE(read->encoding, u"UTF-8"_s);
    }

    void readHtml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");

        const QString body = u"<body><p>"_s + kTeachersSimplified + u"</p></body></html>"_s;
        QTest::newRow("meta charset")
            << QByteArray("<html><head><meta charset=\"gb2312\"><title>x</title></head>") + encodeAs(body, "GB18030")
            << u"GB18030"_s;
        QTest::newRow("http-equiv")
            << QByteArray("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\"></head>")
                   + encodeAs(body, "GB18030")
            << u"GB18030"_s;
        QTest::newRow("xml declaration")
            << QByteArray("<?xml version=\"1.0\" encoding='GB18030'?><html><head></head>") + encodeAs(body, "GB18030")
            << u"GB18030"_s;
        QTest::newRow("wrong declaration") << QByteArray("<html><head><meta charset=utf-8></head>")
                                                  + encodeAs(body, "GB18030")
                                           << u"GB18030"_s;
        QTest::newRow("latin-1 declared, utf-8 content")
            << QByteArray("<html><head><meta charset=iso-8859-1></head>") + body.toUtf8() << u"UTF-8"_s;
        QTest::newRow("no declaration") << QByteArray("<html><head></head>") + body.toUtf8() << u"UTF-8"_s;
        QTest::newRow("bom wins") << QByteArray("\xEF\xBB\xBF<html><head><meta charset=big5></head>") + body.toUtf8()
                                  << u"UTF-8"_s;
    }

    void readHtml()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString path = writeFile(u"page.htm"_s, bytes);
        const Result<ReadDocument> read = readDocumentFile(path);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->text, kTeachersSimplified);
        QCOMPARE(read->format, u"html"_s);
        QCOMPARE(read->encoding, encoding);
    }

    void readHtmlBig5()
    {
        const QByteArray bytes = QByteArray("<meta http-equiv=\"content-type\" content=\"text/html;charset=big5\">")
                               + encodeAs(u"<p>"_s + kTeachersTraditional + u"</p>"_s, "BIG5");
        const Result<ReadDocument> read = readDocumentFile(writeFile(u"big5.xhtml"_s, bytes));
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->text, kTeachersTraditional);
        QCOMPARE(read->encoding, u"Big5"_s);
    }

    void readRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("error");

        QTest::newRow("too large") << u"big.txt"_s << QByteArray("twenty-five bytes of text") << qint64(10)
                                   << u"big.txt: the file is 25 bytes, larger than the 10 bytes import limit"_s;
        QTest::newRow("too large kb") << u"big.md"_s << QByteArray(3 * 1024 + 512, 'a') << qint64(2048)
                                      << u"big.md: the file is 3.5 KB, larger than the 2 KB import limit"_s;
        QTest::newRow("unknown extension")
            << u"notes.xyz"_s << QByteArray("text") << qint64(1000)
            << u"notes.xyz: unsupported file type '.xyz' (supported: .txt, .text, .md, .markdown, .html, .htm, "
               u".xhtml, .docx, .odt, .pdf)"_s;
        QTest::newRow("no extension") << u"README"_s << QByteArray("text") << qint64(1000)
                                      << u"README: unsupported file type: the name has no extension (supported: "
                                         u".txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, .odt, .pdf)"_s;
        QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << qint64(1000) << u"empty.txt: contains no text"_s;
        QTest::newRow("whitespace only") << u"blank.txt"_s << QByteArray(" \r\n\t\r\n") << qint64(1000)
                                         << u"blank.txt: contains no text"_s;
        QTest::newRow("html without text") << u"empty.html"_s << QByteArray("<html><head><title>T</title></head></html>")
                                           << qint64(1000) << u"empty.html: contains no text"_s;
        QTest::newRow("binary") << u"photo.txt"_s << pngLikeBytes() << qint64(100000)
                                << u"photo.txt: looks like a binary file, not text"_s;
        QTest::newRow("undecodable") << u"latin.txt"_s << QByteArray("Gr\xFC\xDF"
                                                                    "e aus M\xFCnchen\n")
                                     << qint64(1000)
                                     << u"latin.txt: is not valid text in UTF-8, UTF-16, GB18030 or Big5"_s;
    }

    void readRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, error);
        const QString path = writeFile(name, bytes);
        QVERIFY(!path.isEmpty());
        ReadOptions options;
        options.maxBytes = maxBytes;
        const Result<ReadDocument> read = readDocumentFile(path, options);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error(), error);
    }

    void readRefusesMissingFile()
    {
        const Result<ReadDocument> read = readDocumentFile(m_dir.filePath(u"missing.txt"_s));
        QVERIFY(!read.has_value());
        QCOMPARE(read.error(), u"missing.txt: the file does not exist"_s);
    }

    // The size is checked before anything is read: a sparse 73.2 MB file costs nothing.
    void readRefusesLargeFileBeforeReading()
    {
        const QString path = m_dir.filePath(u"interview.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.resize(76755763));
        file.close();
        const Result<ReadDocument> read = readDocumentFile(path);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error(), u"interview.txt: the file is 73.2 MB, larger than the 50 MB import limit"_s);
        QFile::remove(path);
    }

    // Errors of the office and PDF readers are prefixed with the file name too.
    void readOfficeErrorsNameTheFile()
    {
        for (const QString &name : {u"fake.docx"_s, u"fake.odt"_s, u"fake.pdf"_s}) {
            const Result<ReadDocument> read = readDocumentFile(writeFile(name, QByteArray("not really a document")));
            QVERIFY(!read.has_value());
            QVERIFY2(read.error().startsWith(name + u": "_s), qPrintable(marginalia::errorText(read)));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportText)

#include "test_import_text.moc"
