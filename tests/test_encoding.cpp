// GB18030 against Big5: detection by the character statistics of the decoded text.
//
// The test set is generated here: excerpts of 60 bytes to 36 KB from Chinese text (the demo
// transcripts, written for Marginalia, and fresh paragraphs on other subjects written for this
// test), in simplified characters for GB18030 and in the traditional characters OpenCC made from
// them once (tests/data/encoding/*-traditional.txt, committed so no OpenCC is needed here) for Big5,
// encoded with glibc's iconv. Variants add what real files have: ASCII time stamps and English
// words, box-drawn tables, lines of punctuation, Hong Kong characters (Big5-HKSCS), Big5 extension
// characters (ETEN, euro sign) and GB18030's four-byte characters.
#include "import/ImportDialog.h"
#include "import/TextDecoder.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace marginalia;

namespace {

const QString kData = QStringLiteral(MARGINALIA_TEST_DATA "/encoding/");

// Encodes with glibc's iconv; an empty result when a character cannot be encoded.
QByteArray encodeWithIconv(const QString &text, const char *charset)
{
    const iconv_t converter = iconv_open(charset, "UTF-8");
    if (converter == reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1)))
        return {};
    QByteArray utf8 = text.toUtf8();
    QByteArray out(utf8.size() * 2 + 16, Qt::Uninitialized);
    char *in = utf8.data();
    size_t inLeft = static_cast<size_t>(utf8.size());
    char *outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    const size_t result = iconv(converter, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(converter);
    if (result == static_cast<size_t>(-1))
        return {};
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}

QString readUtf8(const QString &name)
{
    QFile file(kData + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A text as characters together with their bytes in one encoding; characters the encoding lacks
// (emoji in Big5, a simplified form OpenCC left alone) are left out.
struct EncodedCorpus
{
    QStringList characters;
    QList<QByteArray> bytes;
};

EncodedCorpus encodeCorpus(const QString &text, const char *charset)
{
    EncodedCorpus corpus;
    QHash<QString, QByteArray> cache;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        i += length - 1;
        auto it = cache.find(character);
        if (it == cache.end())
            it = cache.insert(character, encodeWithIconv(character, charset));
        if (it->isEmpty())
            continue;
        corpus.characters.append(character);
        corpus.bytes.append(*it);
    }
    return corpus;
}

struct Sample
{
    QString name;
    QString text;
    QByteArray bytes;
    QString family;   // "GB18030" or "Big5"
};

// About `length` bytes of the corpus from character `start` on (wrapping round), ending at a
// character boundary.
Sample excerpt(const EncodedCorpus &corpus, qsizetype start, qsizetype length)
{
    Sample sample;
    const qsizetype n = corpus.characters.size();
    // Start at a Chinese character, so that no excerpt is plain ASCII (which is UTF-8).
    for (qsizetype k = 0; k < n && corpus.bytes.at(start % n).size() < 2; ++k)
        ++start;
    for (qsizetype i = 0; sample.bytes.size() < length && n > 0; ++i) {
        sample.text += corpus.characters.at((start + i) % n);
        sample.bytes += corpus.bytes.at((start + i) % n);
    }
    return sample;
}

// The lengths asked for, 60 bytes to 36 KB, about 1.35 times apart.
QList<qsizetype> lengths()
{
    QList<qsizetype> result;
    for (double length = 60; length <= 36 * 1024; length *= 1.35)
        result.append(static_cast<qsizetype>(length));
    result.append(36 * 1024);
    return result;
}

bool familyMatches(const QString &encoding, const QString &family)
{
    if (family == u"GB18030")
        return encoding == u"GB18030" || encoding == u"GBK";
    return encoding == u"Big5" || encoding == u"Big5-HKSCS" || encoding == u"CP950";
}

// Line by line: a time stamp and speaker before each line, an English word inside.
QString withAscii(const QString &text)
{
    QStringList lines = text.split(u'\n');
    static const QStringList words = {u" iPad "_s, u" WeChat "_s, u" PPT "_s, u" (OK) "_s, u" 3.5 "_s, u" Wi-Fi "_s};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (line.size() > 12)
            line.insert(line.size() / 2, words.at(i % words.size()));
        line.prepend(u"[%1:%2] %3: "_s.arg(10 + i % 50).arg(i * 7 % 60, 2, 10, QChar(u'0')).arg(i % 2 ? u"A"_s : u"Q"_s));
    }
    return lines.join(u'\n');
}

// A table drawn with box characters, as interview notes have them; the cells in the script given.
QString boxTable(bool traditional)
{
    const QString head = traditional ? u"│ 年級 │ 人數 │ 比例 │"_s : u"│ 年级 │ 人数 │ 比例 │"_s;
    const QString rows = traditional ? u"│ 初一 │ 45   │ 30%  │\n│ 初二 │ 52   │ 35%  │\n│ 初三 │ 51   │ 35%  │\n"_s
                                     : u"│ 初一 │ 45   │ 30%  │\n│ 初二 │ 52   │ 35%  │\n│ 初三 │ 51   │ 35%  │\n"_s;
    return u"┌──────┬──────┬──────┐\n"_s + head + u"\n├──────┼──────┼──────┤\n"_s + rows
         + u"└──────┴──────┴──────┘\n"_s;
}

// Lines of punctuation and list marks between the paragraphs.
QString withPunctuation(const QString &text, bool traditional)
{
    QStringList lines = text.split(u'\n');
    static const QStringList gbMarks = {u"……"_s, u"——————"_s, u"※ ※ ※"_s, u"★★★★★"_s, u"（一）、（二）、（三）"_s,
                                        u"“？！”《》【】"_s, u"①②③④"_s, u"■ □ ● ○ △"_s};
    static const QStringList big5Marks = {u"……"_s, u"——————"_s, u"※ ※ ※"_s, u"★★★★★"_s, u"（一）、（二）、（三）"_s,
                                          u"「？！」《》【】"_s, u"■ □ ● ○ △"_s, u"；：，。、"_s};
    const QStringList &marks = traditional ? big5Marks : gbMarks;
    QStringList result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        result.append(lines.at(i));
        result.append(marks.at(i % marks.size()));
    }
    return result.join(u'\n');
}

// Cantonese characters only Big5-HKSCS has, and ETEN extension characters that glibc's BIG5 reads.
QString withHongKongCharacters(const QString &text)
{
    static const QStringList cantonese = {u"佢哋"_s, u"嘅"_s, u"咗"_s, u"啲"_s, u"嚟"_s, u"嘢"_s, u"喺"_s, u"冇"_s};
    QString result = text;
    for (qsizetype i = result.size() / 3, k = 0; i < result.size(); i += 40, ++k)
        result.insert(i, cantonese.at(k % cantonese.size()));
    return result;
}

struct Tally
{
    int total = 0;
    int right = 0;
    QHash<QString, int> confidences;
    QStringList wrong;

    void add(const Sample &sample)
    {
        ++total;
        const Result<DecodedText> decoded = decodeText(sample.bytes);
        if (!decoded) {
            wrong.append(sample.name + u": refused: "_s + decoded.error());
            return;
        }
        ++confidences[encodingConfidenceName(decoded->confidence)];
        if (!familyMatches(decoded->encoding, sample.family) || decoded->text != sample.text) {
            wrong.append(sample.name + u": read as "_s
                         + describeEncoding(decoded->encoding, decoded->confidence, decoded->alternative));
            return;
        }
        ++right;
    }

    QString summary() const
    {
        return u"%1 of %2 right; certain %3, likely %4, uncertain %5"_s.arg(right)
            .arg(total)
            .arg(confidences.value(u"certain"_s))
            .arg(confidences.value(u"likely"_s))
            .arg(confidences.value(u"uncertain"_s));
    }
};

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private:
    QString m_demoSimplified;
    QString m_demoTraditional;
    QString m_freshSimplified;
    QString m_freshTraditional;

    // Plain excerpts of every length from several places in the text, in both encodings.
    void addExcerpts(Tally &tally, const QString &label, const QString &simplified, const QString &traditional,
                     int starts)
    {
        const EncodedCorpus gb = encodeCorpus(simplified, "GB18030");
        const EncodedCorpus big5 = encodeCorpus(traditional, "BIG5");
        QVERIFY(gb.characters.size() > 1000);
        QVERIFY(big5.characters.size() > 1000);
        for (const qsizetype length : lengths()) {
            for (int s = 0; s < starts; ++s) {
                for (const auto &[corpus, family] : {std::pair{&gb, u"GB18030"_s}, std::pair{&big5, u"Big5"_s}}) {
                    Sample sample = excerpt(*corpus, corpus->characters.size() * s / starts + 17 * s, length);
                    sample.family = family;
                    sample.name = u"%1 %2 %3 bytes from %4"_s.arg(label, family).arg(sample.bytes.size()).arg(s);
                    tally.add(sample);
                }
            }
        }
    }

    // A variant text of about `length` bytes: the excerpt's text transformed, then encoded whole.
    static Sample variant(const QString &name, const QString &text, const char *charset, const QString &family)
    {
        Sample sample;
        sample.name = name;
        sample.text = text;
        sample.bytes = encodeWithIconv(text, charset);
        sample.family = family;
        return sample;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demoSimplified = readUtf8(u"demo-simplified.txt"_s);
        m_demoTraditional = readUtf8(u"demo-traditional.txt"_s);
        m_freshSimplified = readUtf8(u"fresh-simplified.txt"_s);
        m_freshTraditional = readUtf8(u"fresh-traditional.txt"_s);
        QVERIFY(m_demoSimplified.size() > 5000);
        QVERIFY(m_freshSimplified.size() > 1000);
        // The traditional files are OpenCC's conversion of the simplified ones, line for line.
        QCOMPARE(m_demoTraditional.count(u'\n'), m_demoSimplified.count(u'\n'));
        QCOMPARE(m_freshTraditional.count(u'\n'), m_freshSimplified.count(u'\n'));
        QVERIFY(m_demoTraditional.contains(u"學校"_s));
    }

    // Hundreds of excerpts of the demo transcripts, 60 bytes to 36 KB: every one right.
    void demoExcerpts()
    {
        Tally tally;
        addExcerpts(tally, u"demo"_s, m_demoSimplified, m_demoTraditional, 6);
        qInfo("demo excerpts: %s", qPrintable(tally.summary()));
        QVERIFY2(tally.wrong.isEmpty(), qPrintable(tally.wrong.mid(0, 20).join(u'\n')));
        // 23 lengths (60 bytes, then 1.35 times more while below 36 KB, and 36 KB) x 6 places x 2 encodings.
        QCOMPARE(tally.total, 23 * 6 * 2);
        QCOMPARE(tally.right, tally.total);
    }

    // Paragraphs on other subjects (weather, a hospital, cooking, football, statistics, farming,
    // a bridge, rice research, phone payments), which the detector was not tuned on.
    void freshExcerpts()
    {
        Tally tally;
        addExcerpts(tally, u"fresh"_s, m_freshSimplified, m_freshTraditional, 8);
        qInfo("fresh excerpts: %s", qPrintable(tally.summary()));
        QVERIFY2(tally.wrong.isEmpty(), qPrintable(tally.wrong.mid(0, 20).join(u'\n')));
        QCOMPARE(tally.total, 23 * 8 * 2);
        QCOMPARE(tally.right, tally.total);
    }

    void variants()
    {
        Tally tally;
        const EncodedCorpus gb = encodeCorpus(m_demoSimplified, "GB18030");
        const EncodedCorpus big5 = encodeCorpus(m_demoTraditional, "BIG5");
        const EncodedCorpus freshBig5 = encodeCorpus(m_freshTraditional, "BIG5");
        for (const qsizetype length : lengths()) {
            for (int s = 0; s < 2; ++s) {
                const QString gbText = excerpt(gb, gb.characters.size() * s / 2 + 101, length).text;
                const QString big5Text = excerpt(big5, big5.characters.size() * s / 2 + 101, length).text;
                const QString tag = u"%1 bytes from %2"_s.arg(length).arg(s);
                tally.add(variant(u"GB18030 with ASCII "_s + tag, withAscii(gbText), "GB18030", u"GB18030"_s));
                tally.add(variant(u"Big5 with ASCII "_s + tag, withAscii(big5Text), "BIG5", u"Big5"_s));
                // The testers' case: an interview with a box-drawn table, the table first or inside.
                const auto tableIn = [s](const QString &text, bool traditional) {
                    if (s == 0)
                        return QString(boxTable(traditional) + text);
                    return QString(text.left(text.size() / 2) + u"\n"_s + boxTable(traditional) + text.mid(text.size() / 2));
                };
                const QString gbTable = tableIn(gbText, false);
                const QString big5Table = tableIn(big5Text, true);
                tally.add(variant(u"GB18030 with table "_s + tag, gbTable, "GB18030", u"GB18030"_s));
                tally.add(variant(u"Big5 with table "_s + tag, big5Table, "BIG5", u"Big5"_s));
                tally.add(variant(u"GB18030 punctuation-heavy "_s + tag, withPunctuation(gbText, false), "GB18030",
                                  u"GB18030"_s));
                tally.add(variant(u"Big5 punctuation-heavy "_s + tag, withPunctuation(big5Text, true), "BIG5",
                                  u"Big5"_s));
                // Hong Kong characters: only Big5-HKSCS encodes them, and glibc reads them back.
                const QString hk = withHongKongCharacters(excerpt(freshBig5, freshBig5.characters.size() * s / 2, length).text);
                tally.add(variant(u"Big5-HKSCS "_s + tag, hk, "BIG5-HKSCS", u"Big5"_s));
            }
        }
        qInfo("variants: %s", qPrintable(tally.summary()));
        QVERIFY2(tally.wrong.isEmpty(), qPrintable(tally.wrong.mid(0, 20).join(u'\n')));
        QCOMPARE(tally.total, 23 * 2 * 7);
        QCOMPARE(tally.right, tally.total);
    }

    // Traditional characters saved as GB18030 (GBK has them), and short notes that are mostly
    // English with a few Chinese words.
    void moreVariants()
    {
        Tally tally;
        const EncodedCorpus gbTraditional = encodeCorpus(m_freshTraditional, "GB18030");
        const EncodedCorpus gb = encodeCorpus(m_freshSimplified, "GB18030");
        const EncodedCorpus big5 = encodeCorpus(m_freshTraditional, "BIG5");
        for (const qsizetype length : lengths()) {
            Sample sample = excerpt(gbTraditional, length % gbTraditional.characters.size(), length);
            sample.family = u"GB18030"_s;
            sample.name = u"traditional in GB18030, %1 bytes"_s.arg(length);
            tally.add(sample);
        }
        for (int words = 3; words <= 14; ++words) {
            for (int s = 0; s < 4; ++s) {
                for (const auto &[corpus, family] : {std::pair{&gb, u"GB18030"_s}, std::pair{&big5, u"Big5"_s}}) {
                    const qsizetype start = corpus->characters.size() * s / 4 + words;
                    // About `words` hanzi: two bytes each.
                    const QString chinese = excerpt(*corpus, start, 2 * words).text;
                    const QString text = u"Interview with Ms Wang, 2019-05-03. Topic: "_s + chinese
                                       + u" (transcribed by T.B.)\n"_s;
                    tally.add(variant(u"%1 English note with %2 bytes of Chinese from %3"_s.arg(family).arg(2 * words).arg(s),
                                      text, family == u"Big5" ? "BIG5" : "GB18030", family));
                }
            }
        }
        qInfo("more variants: %s", qPrintable(tally.summary()));
        QVERIFY2(tally.wrong.isEmpty(), qPrintable(tally.wrong.mid(0, 20).join(u'\n')));
        QCOMPARE(tally.total, 23 + 12 * 4 * 2);
    }

    // Notes in English with 1 to 8 Chinese characters: the least evidence a file can have. From
    // three characters on every note is read right; below, a wrong reading is never called certain
    // or likely (a character or two can even be valid UTF-8: 师 in GB18030 is ʦ).
    void shortNotesCalibration()
    {
        int wrong = 0;
        int certainOrLikelyWrong = 0;
        int rightFromThree = 0;
        int totalFromThree = 0;
        QStringList failures;
        for (const auto &[text, charset, family] :
             {std::tuple{m_demoSimplified + m_freshSimplified, "GB18030", u"GB18030"_s},
              std::tuple{m_demoTraditional + m_freshTraditional, "BIG5", u"Big5"_s}}) {
            const EncodedCorpus corpus = encodeCorpus(text, charset);
            QStringList chinese;   // the corpus without ASCII
            for (qsizetype i = 0; i < corpus.characters.size(); ++i) {
                if (corpus.bytes.at(i).size() > 1)
                    chinese.append(corpus.characters.at(i));
            }
            for (int count = 1; count <= 8; ++count) {
                for (int s = 0; s < 40; ++s) {
                    const qsizetype start = (chinese.size() - count) * s / 40;
                    const QString note = u"Note %1: "_s.arg(s) + chinese.mid(start, count).join(QString()) + u" (T.B.)\n"_s;
                    const Result<DecodedText> decoded = decodeText(encodeWithIconv(note, charset));
                    QVERIFY(decoded.has_value());
                    const bool right = familyMatches(decoded->encoding, family) && decoded->text == note;
                    if (count >= 3) {
                        ++totalFromThree;
                        rightFromThree += right ? 1 : 0;
                    }
                    if (!right) {
                        ++wrong;
                        if (decoded->confidence != EncodingConfidence::Uncertain) {
                            ++certainOrLikelyWrong;
                            failures.append(note + u" read as "_s + describeEncoding(decoded->encoding, decoded->confidence, decoded->alternative));
                        }
                    }
                }
            }
        }
        qInfo("short notes: %d of %d right from three hanzi on; %d wrong with one or two, all uncertain",
              rightFromThree, totalFromThree, wrong);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(certainOrLikelyWrong, 0);
        // 6 counts (3 to 8) x 40 places x 2 encodings.
        QCOMPARE(totalFromThree, 6 * 40 * 2);
        QCOMPARE(rightFromThree, totalFromThree);
    }

    // Cases found on the way.
    void regressions()
    {
        // 爺爺奶奶 in Big5 reads as 份份イイ in GB18030: the repeated kana must cost every time.
        const QString grandparents = u"Q: 爺爺奶奶\n"_s;
        const Result<DecodedText> big5 = decodeText(encodeWithIconv(grandparents, "BIG5"));
        QCOMPARE(big5->encoding, u"Big5"_s);
        QCOMPARE(big5->text, grandparents);
        // A line of pinyin in GB18030 (row 8: ǐ is A8 AB) reads in Big5 as frequent hanzi between
        // Latin letters; the tone vowels are cheap and a hanzi between two letters is not.
        const QString pinyin = u"nǐ hǎo, lǎo shī. wǒ jiào Lǐ Míng. xiè xie. zài jiàn. nǐ shì nǎ guó rén? 好\n"_s;
        const Result<DecodedText> pinyinGb = decodeText(encodeWithIconv(pinyin, "GB18030"));
        QCOMPARE(pinyinGb->encoding, u"GB18030"_s);
        QCOMPARE(pinyinGb->text, pinyin);
        QCOMPARE(pinyinGb->confidence, EncodingConfidence::Certain);
        // Greek letters of a physics note (row 6) read right; alone, they are weak evidence.
        const QString physics = u"Δt = 0.5 s, λ = 2 m, α = 30°, β = 45°, ω = 2π/T\n"_s;
        const Result<DecodedText> physicsGb = decodeText(encodeWithIconv(physics, "GB18030"));
        QCOMPARE(physicsGb->encoding, u"GB18030"_s);
        QCOMPARE(physicsGb->text, physics);
        QVERIFY(physicsGb->confidence != EncodingConfidence::Certain);
        // Written Cantonese, dense with characters only Big5-HKSCS has (哋 嘅 咗 嚟 喺: leads 87 to A0,
        // which GB18030 reads as rare hanzi).
        const QString cantonese = u"佢哋話唔係咁嘅，啲人咗嚟喺度。\n"_s;
        const Result<DecodedText> hk = decodeText(encodeWithIconv(cantonese, "BIG5-HKSCS"));
        QCOMPARE(hk->encoding, u"Big5-HKSCS"_s);
        QCOMPARE(hk->text, cantonese);
        // 师 in GB18030 is CA A6, valid UTF-8 (ʦ): UTF-8 as before, but uncertain, GB18030 named.
        const Result<DecodedText> teacher = decodeText(QByteArray("T: \xCA\xA6\n"));
        QCOMPARE(teacher->encoding, u"UTF-8"_s);
        QCOMPARE(teacher->confidence, EncodingConfidence::Uncertain);
        QCOMPARE(teacher->alternative, u"GB18030"_s);
        // Big5 with a Windows user-defined character (81 40) that no glibc Big5 converter reads:
        // only GB18030 decodes it, into improbable characters, so it is refused, not stored garbled.
        const QByteArray withUserDefined = encodeWithIconv(excerpt(encodeCorpus(m_freshTraditional, "BIG5"), 0, 1000).text, "BIG5")
                                         + QByteArray("\x81\x40\n");
        const Result<DecodedText> refused = decodeText(withUserDefined);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error(), u"is not valid text in UTF-8, UTF-16, GB18030 or Big5"_s);
        // Real UTF-8 with accents stays certain when there are more than a few of them, or any
        // character beyond two bytes.
        QCOMPARE(decodeText(u"Schöne Grüße aus München, sagte die Lehrerin; sie übte täglich.\n"_s.toUtf8())->confidence,
                 EncodingConfidence::Certain);
        QCOMPARE(decodeText(u"café – 老师\n"_s.toUtf8())->confidence, EncodingConfidence::Certain);
    }

    // The table alone, or nearly: the smallest evidence there is.
    void boxTableOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("gb table") << boxTable(false) << u"GB18030"_s << u"GB18030"_s;
        QTest::newRow("big5 table") << boxTable(true) << u"BIG5"_s << u"Big5"_s;
        QTest::newRow("gb table with a line") << boxTable(false) + u"注：数据来自学校教务处。\n"_s << u"GB18030"_s
                                              << u"GB18030"_s;
        QTest::newRow("big5 table with a line") << boxTable(true) + u"註：資料來自學校教務處。\n"_s << u"BIG5"_s
                                                << u"Big5"_s;
        // glibc's BIG5 reads the ETEN double lines (F9F9-F9FE) and the euro sign (A3E1).
        QTest::newRow("big5 double lines and euro") << u"╔══════╗\n║ 費用：€30 ║\n╚══════╝\n學費和書本費都由學校支付。\n"_s
                                                    << u"BIG5"_s << u"Big5"_s;
    }

    void boxTableOnly()
    {
        QFETCH(QString, text);
        QFETCH(QString, charset);
        QFETCH(QString, encoding);
        const QByteArray bytes = encodeWithIconv(text, qPrintable(charset));
        QVERIFY(!bytes.isEmpty());
        const Result<DecodedText> decoded = decodeText(bytes);
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error()));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, text);
    }

    // Bytes only one encoding reads are decided by that alone: certain, no alternative.
    void structuralCertainty()
    {
        // 𪚥 (U+2A6A5) takes four bytes in GB18030; Big5 has no such sequence.
        const QString gbText = u"受访者提到了一个生僻字𪚥。"_s;
        const Result<DecodedText> gb = decodeText(encodeWithIconv(gbText, "GB18030"));
        QVERIFY(gb.has_value());
        QCOMPARE(gb->encoding, u"GB18030"_s);
        QCOMPARE(gb->confidence, EncodingConfidence::Certain);
        QVERIFY(gb->alternative.isEmpty());
        // A single 0x80 is the euro sign in GBK only: glibc's GB18030 refuses it, so GBK reads the file.
        const QByteArray gbk = encodeWithIconv(u"价格是"_s, "GB18030") + QByteArray("\x80", 1) + QByteArray("30\n");
        const Result<DecodedText> euro = decodeText(gbk);
        QVERIFY2(euro.has_value(), qPrintable(euro ? QString() : euro.error()));
        QCOMPARE(euro->encoding, u"GBK"_s);
        QCOMPARE(euro->text, u"价格是€30\n"_s);
        QCOMPARE(decodeText(gbk, u"GB18030"_s)->encoding, u"GBK"_s);
    }

    // Explicit names of the Big5 family, and the description for people.
    void namesAndDescriptions()
    {
        const QByteArray hk = encodeWithIconv(u"佢哋話嘅嘢"_s, "BIG5-HKSCS");
        QCOMPARE(decodeText(hk, u"big5-hkscs"_s)->text, u"佢哋話嘅嘢"_s);
        QCOMPARE(decodeText(hk, u"big5-hkscs"_s)->confidence, EncodingConfidence::Given);
        QVERIFY(!decodeText(hk, u"big5"_s).has_value());
        QCOMPARE(decodeText(encodeWithIconv(u"學校"_s, "CP950"), u"cp950"_s)->encoding, u"CP950"_s);
        QCOMPARE(describeEncoding(u"GB18030"_s, EncodingConfidence::Certain, {}), u"GB18030, certain"_s);
        QCOMPARE(describeEncoding(u"Big5"_s, EncodingConfidence::Likely, u"GB18030"_s),
                 u"Big5 (likely; GB18030 also possible)"_s);
        QCOMPARE(describeEncoding(u"UTF-8"_s, EncodingConfidence::Given, {}), u"UTF-8, as given"_s);
    }

    // UTF-8 and UTF-16 are untouched by the statistics.
    void unicodeStillFirst()
    {
        const QString text = m_demoSimplified.left(300);
        const Result<DecodedText> utf8 = decodeText(text.toUtf8());
        QCOMPARE(utf8->encoding, u"UTF-8"_s);
        QCOMPARE(utf8->confidence, EncodingConfidence::Certain);
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const Result<DecodedText> withBom = decodeText(utf16);
        QCOMPARE(withBom->encoding, u"UTF-16LE"_s);
        QCOMPARE(withBom->text, text);
        QCOMPARE(withBom->confidence, EncodingConfidence::Certain);
    }

    // Bytes that are a frequent hanzi in both encodings (BFCB: 克 in GB18030, 親 in Big5, costs
    // 7.71 and 7.73 in the table) leave the choice open: uncertain, with the other one named.
    void tooCloseToCall()
    {
        const Result<DecodedText> decoded = decodeText(QByteArray("\xBF\xCB\n"));
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->confidence, EncodingConfidence::Uncertain);
        const QStringList both{decoded->encoding, decoded->alternative};
        QVERIFY2(both.contains(u"GB18030"_s) && both.contains(u"Big5"_s), qPrintable(both.join(u", "_s)));
    }

    // The CLI names the encoding and confidence on the import line and in --json, and warns about
    // an uncertain one on stderr.
    void cliReportsConfidence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(u"p.marginalia"_s);
        const auto run = [](const QStringList &arguments, QString *out, QString *err) {
            QProcess process;
            process.start(QStringLiteral(MARGINALIA_CLI), arguments);
            if (!process.waitForFinished(60000))
                return -1;
            *out = QString::fromUtf8(process.readAllStandardOutput());
            *err = QString::fromUtf8(process.readAllStandardError());
            return process.exitCode();
        };
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        const QString table = boxTable(false) + m_freshSimplified.left(200);
        QVERIFY(write(u"table.txt"_s, encodeWithIconv(table, "GB18030")));
        QVERIFY(write(u"tiny.txt"_s, QByteArray("\xBF\xCB\n")));
        QString out;
        QString err;
        QCOMPARE(run({u"new"_s, project}, &out, &err), 0);
        QCOMPARE(run({u"import"_s, project, dir.filePath(u"table.txt"_s), dir.filePath(u"tiny.txt"_s)}, &out, &err), 0);
        QVERIFY2(out.contains(u"Imported table.txt ("_s) && out.contains(u"txt, GB18030, certain)\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"(uncertain; "_s) && out.contains(u" also possible))"_s), qPrintable(out));
        QVERIFY2(err.contains(u"tiny.txt: the encoding is uncertain: read as "_s), qPrintable(err));

        const QString second = dir.filePath(u"q.marginalia"_s);
        QCOMPARE(run({u"new"_s, second}, &out, &err), 0);
        QCOMPARE(run({u"import"_s, second, dir.filePath(u"tiny.txt"_s), u"--json"_s}, &out, &err), 0);
        const QJsonObject entry = QJsonDocument::fromJson(out.toUtf8()).object().value(u"imported"_s).toArray().first().toObject();
        QCOMPARE(entry.value(u"encoding_confidence"_s).toString(), u"uncertain"_s);
        QCOMPARE(QSet<QString>({entry.value(u"encoding"_s).toString(), entry.value(u"encoding_alternative"_s).toString()}),
                 QSet<QString>({u"GB18030"_s, u"Big5"_s}));
        QVERIFY2(err.contains(u"the encoding is uncertain"_s), qPrintable(err));
    }

    // The import dialog shows the detected encoding and how sure it is; for an uncertain one it
    // offers the alternative, which then decodes the preview.
    void importDialogShowsConfidence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString gbPath = dir.filePath(u"interview.txt"_s);
        const QString tinyPath = dir.filePath(u"tiny.txt"_s);
        {
            QFile gb(gbPath);
            QVERIFY(gb.open(QIODevice::WriteOnly));
            gb.write(encodeWithIconv(boxTable(false) + m_freshSimplified.left(300), "GB18030"));
            QFile tiny(tinyPath);
            QVERIFY(tiny.open(QIODevice::WriteOnly));
            tiny.write(QByteArray("\xBF\xCB\n"));
        }
        ImportDialog dialog({gbPath, tinyPath}, {});
        auto *status = dialog.findChild<QLabel *>(u"encodingStatus"_s);
        auto *use = dialog.findChild<QPushButton *>(u"useAlternative"_s);
        auto *file = dialog.findChild<QTableView *>(u"importFiles"_s);
        auto *encoding = dialog.findChild<QComboBox *>(u"encoding"_s);
        auto *preview = dialog.findChild<QPlainTextEdit *>(u"preview"_s);
        QVERIFY(status && use && file && encoding && preview);
        dialog.show();
        QCOMPARE(status->text(), u"Detected: GB18030 (certain)."_s);
        QVERIFY(use->isHidden());
        QVERIFY(preview->toPlainText().startsWith(u"┌──────┬"_s));

        file->selectRow(1);   // the second file in the list is previewed
        QVERIFY2(status->text().startsWith(u"Uncertain: read as "_s), qPrintable(status->text()));
        QVERIFY(!use->isHidden());
        const QString before = preview->toPlainText();
        QVERIFY(before == u"克\n"_s || before == u"親\n"_s);
        use->click();
        QVERIFY(encoding->currentData().toString() == u"GB18030"_s || encoding->currentData().toString() == u"Big5"_s);
        QVERIFY(status->text().startsWith(u"Read as "_s));
        // The other character: 親 for 克 and the other way round.
        QCOMPARE(preview->toPlainText(), before == u"克\n"_s ? u"親\n"_s : u"克\n"_s);
        // The choice is the second file's; the first stays detected.
        QCOMPARE(dialog.options().files.value(tinyPath).encoding, encoding->currentData().toString());
        QCOMPARE(dialog.options().files.value(gbPath).encoding, QString());
        if (qEnvironmentVariableIsSet("ENC_SCREENSHOT")) {
            file->selectRow(1);
            encoding->setCurrentIndex(0);
            QTest::qWait(100);
            dialog.grab().save(qEnvironmentVariable("ENC_SCREENSHOT"));
        }
    }

    // Longer than the sample detection reads (64 KB), one paragraph without a line break: the
    // sample ends inside a character, and detection still reads the whole file right.
    void longFileWithoutAscii_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("encoding");
        // The hanzi of the text that take two bytes in the encoding.
        const auto hanziOnly = [](const QString &text, const char *charset) {
            const EncodedCorpus corpus = encodeCorpus(text, charset);
            QString result;
            for (qsizetype i = 0; i < corpus.characters.size(); ++i) {
                const char16_t c = corpus.characters.at(i).at(0).unicode();
                if (c >= 0x4E00 && c <= 0x9FFF && corpus.bytes.at(i).size() == 2)
                    result += corpus.characters.at(i);
            }
            return result;
        };
        QString simplified = hanziOnly(m_demoSimplified, "GB18030");
        QString traditional = hanziOnly(m_demoTraditional, "BIG5");
        while (simplified.size() < 40001)
            simplified += simplified;
        while (traditional.size() < 40001)
            traditional += traditional;
        simplified.truncate(40001);
        traditional.truncate(40001);
        // Two bytes a character: after one ASCII digit, byte 65,535 (the last of the sample) is the
        // first half of character 32,767; 40,001 characters make 80,003 bytes in all.
        simplified.prepend(u'1');
        traditional.prepend(u'1');
        QTest::newRow("gb18030") << simplified << u"GB18030"_s << u"GB18030"_s;
        QTest::newRow("big5") << traditional << u"BIG5"_s << u"Big5"_s;
    }

    void longFileWithoutAscii()
    {
        QFETCH(QString, text);
        QFETCH(QString, charset);
        QFETCH(QString, encoding);
        const QByteArray bytes = encodeWithIconv(text, qPrintable(charset));
        QVERIFY(bytes.size() > 80000);
        const Result<DecodedText> decoded = decodeText(bytes);
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error()));
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->text, text);
    }

    // 70 KB of English before the first Chinese line: the evidence is found after the sample's size.
    void chineseAfterLongEnglish()
    {
        QString english;
        while (english.size() < 70 * 1024)
            english += u"The teacher explained how the school uses tablets in class.\n"_s;
        const QString gbText = english + excerpt(encodeCorpus(m_freshSimplified, "GB18030"), 0, 800).text;
        const QString big5Text = english + excerpt(encodeCorpus(m_freshTraditional, "BIG5"), 0, 800).text;
        const Result<DecodedText> gb = decodeText(encodeWithIconv(gbText, "GB18030"));
        QVERIFY2(gb.has_value(), qPrintable(gb ? QString() : gb.error()));
        QCOMPARE(gb->encoding, u"GB18030"_s);
        QCOMPARE(gb->text, gbText);
        const Result<DecodedText> big5 = decodeText(encodeWithIconv(big5Text, "BIG5"));
        QVERIFY2(big5.has_value(), qPrintable(big5 ? QString() : big5.error()));
        QCOMPARE(big5->encoding, u"Big5"_s);
        QCOMPARE(big5->text, big5Text);
    }

    // Detection reads a bounded sample: a file of megabytes costs about what decoding it costs.
    void timing()
    {
        const EncodedCorpus gb = encodeCorpus(m_demoSimplified, "GB18030");
        const Sample file = excerpt(gb, 0, 36 * 1024);
        QElapsedTimer timer;
        timer.start();
        constexpr int runs = 20;
        for (int i = 0; i < runs; ++i)
            QVERIFY(decodeText(file.bytes).has_value());
        const double perFile = static_cast<double>(timer.nsecsElapsed()) / runs / 1e6;
        qInfo("detecting a 36 KB GB18030 file: %.2f ms", perFile);

        QByteArray big;
        while (big.size() < 8 * 1024 * 1024)
            big += file.bytes + "\n";
        timer.restart();
        QVERIFY(decodeText(big, u"GB18030"_s).has_value());
        const qint64 explicitMs = timer.elapsed();
        timer.restart();
        const Result<DecodedText> detected = decodeText(big);
        const qint64 detectMs = timer.elapsed();
        QVERIFY(detected.has_value());
        QCOMPARE(detected->encoding, u"GB18030"_s);
        qInfo("8 MB GB18030 file: %lld ms with the encoding given, %lld ms detected", explicitMs, detectMs);
        // Generous (the machine is shared): detection adds a bounded sample's work, not a second pass
        // per candidate over the whole file.
        QVERIFY2(detectMs < 2 * explicitMs + 200, qPrintable(u"%1 ms against %2 ms"_s.arg(detectMs).arg(explicitMs)));
    }
};

QTEST_MAIN(TestEncoding)
#include "test_encoding.moc"
