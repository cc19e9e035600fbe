// Chinese words: the dictionary segmenter (core/text/WordSegmenter), the project dictionary,
// speaker labels and header lines left out of word counts.

#include "text/WordDictionary.h"
#include "text/WordSegmenter.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using marginalia::TextSpan;
using marginalia::WordDictionary;
using marginalia::WordSegmenter;
using marginalia::WordToken;

namespace {

QStringList texts(const QList<WordToken> &tokens)
{
    QStringList list;
    for (const WordToken &token : tokens)
        list.append(token.text);
    return list;
}

// A small dictionary with a total of 1000, so that a word's cost is ln(1000 / count).
WordDictionary smallDictionary()
{
    WordDictionary d;
    d.addList("# total 1000\n研究\t100\n研究生\t20\n生命\t80\n命\t10\n起源\t50\n生\t30\n研\t5\n究\t5\n");
    return d;
}

// The run cut into words by the lengths.
QStringList cut(QStringView run, const QList<int> &lengths)
{
    QStringList words;
    qsizetype at = 0;
    for (const int length : lengths) {
        words.append(run.sliced(at, length).toString());
        at += length;
    }
    return words;
}

} // namespace

class TestWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryCostsAndPrefixes();
    void mostProbableSplit();
    void icuWordsFillWhatTheDictionaryLacks();
    void shippedDictionaryKeepsDomainWordsWhole();
    void projectWordsAddAndRemove();
    void longLineIsLinearAndChunkedConsistently();
};

void TestWords::dictionaryCostsAndPrefixes()
{
    const WordDictionary d = smallDictionary();
    QCOMPARE(d.words(), 8);
    QCOMPARE(d.total(), 1000.0);
    // 研究: count 100 of 1000 → cost ln(10).
    const WordDictionary::Match research = d.find(u"研究");
    QVERIFY(research.isWord);
    QVERIFY(research.isPrefix);   // 研究生 starts with it
    QVERIFY(std::abs(research.cost - std::log(10.0)) < 1e-5);
    // 起: no word of its own, but 起源 starts with it.
    const WordDictionary::Match rise = d.find(u"起");
    QVERIFY(!rise.isWord);
    QVERIFY(rise.isPrefix);
    QVERIFY(!d.find(u"源").isWord);
    QVERIFY(!d.find(u"源").isPrefix);
    // A count given again is raised, never lowered: 研究 stays at 100.
    WordDictionary e = smallDictionary();
    e.insert(u"研究", 3);
    QVERIFY(std::abs(e.find(u"研究").cost - std::log(10.0)) < 1e-5);
    // Without a "# total" line the total is the sum of the counts: 30 + 10.
    WordDictionary f;
    f.addList("甲乙\t30\n丙\t10\n");
    QCOMPARE(f.total(), 40.0);
    QVERIFY(std::abs(f.find(u"丙").cost - std::log(4.0)) < 1e-5);
}

void TestWords::mostProbableSplit()
{
    const WordDictionary d = smallDictionary();
    const WordSegmenter segmenter(u"zh_CN"_s, d);
    // 研究/生命/起源 costs ln(1000/100) + ln(1000/80) + ln(1000/50) = 2.303 + 2.526 + 2.996 = 7.82;
    // 研究生/命/起源 costs ln(50) + ln(100) + ln(20) = 3.912 + 4.605 + 2.996 = 11.51.
    QCOMPARE(cut(u"研究生命起源", segmenter.splitRun(u"研究生命起源")), (QStringList{u"研究"_s, u"生命"_s, u"起源"_s}));
    // 研究生 alone: ln(50) = 3.91 beats 研究 + 生 = ln(10) + ln(1000/30) = 2.30 + 3.51 = 5.81.
    QCOMPARE(cut(u"研究生", segmenter.splitRun(u"研究生")), QStringList{u"研究生"_s});
    // Characters the dictionary does not know stand alone.
    QCOMPARE(cut(u"甲研究乙", segmenter.splitRun(u"甲研究乙")), (QStringList{u"甲"_s, u"研究"_s, u"乙"_s}));
    // Characters outside the BMP (CJK Extension B) count as one code point each.
    const QString wide = u"𠀀研究𠀁"_s;
    QCOMPARE(segmenter.splitRun(wide), (QList<int>{1, 2, 1}));
}

void TestWords::icuWordsFillWhatTheDictionaryLacks()
{
    const WordDictionary d = smallDictionary();
    const WordSegmenter segmenter(u"zh_CN"_s, d);
    // 微课 is no word of the dictionary: without candidates its characters stand alone, each at the
    // unknown cost ln(1000); as an ICU candidate it costs ln(1000 / 2) = 6.2 < 2 × 6.9.
    QCOMPARE(cut(u"微课研究", segmenter.splitRun(u"微课研究")), (QStringList{u"微"_s, u"课"_s, u"研究"_s}));
    QCOMPARE(cut(u"微课研究", segmenter.splitRun(u"微课研究", {TextSpan{0, 2}, TextSpan{2, 4}})),
             (QStringList{u"微课"_s, u"研究"_s}));
    // A candidate never overrides a dictionary word: ICU's 究生 loses to 研究 + 生命.
    QCOMPARE(cut(u"研究生命", segmenter.splitRun(u"研究生命", {TextSpan{1, 3}})), (QStringList{u"研究"_s, u"生命"_s}));
}

void TestWords::shippedDictionaryKeepsDomainWordsWhole()
{
    const WordSegmenter segmenter;
    // The words issue 13 found cut into characters by ICU alone.
    QCOMPARE(texts(segmenter.words(u"访谈者：您平时用互联网备课吗？"_s)),
             (QStringList{u"访谈者"_s, u"您"_s, u"平时"_s, u"用"_s, u"互联网"_s, u"备课"_s, u"吗"_s}));
    QCOMPARE(texts(segmenter.words(u"老师们的信息素养和课堂上的微课"_s)),
             (QStringList{u"老师"_s, u"们"_s, u"的"_s, u"信息素养"_s, u"和"_s, u"课堂"_s, u"上"_s, u"的"_s, u"微课"_s}));
    // Positions are code points of the whole text; Latin words and numbers are ICU's.
    const QList<WordToken> mixed = segmenter.words(u"用iPad录微课2018年"_s, marginalia::Segmenter::WordFilter::LettersAndNumbers);
    QCOMPARE(texts(mixed), (QStringList{u"用"_s, u"iPad"_s, u"录"_s, u"微课"_s, u"2018"_s, u"年"_s}));
    QCOMPARE(mixed.at(3).start, 6);   // 用 i P a d 录 → 微 is the seventh code point
    QCOMPARE(mixed.at(3).end, 8);
}

void TestWords::projectWordsAddAndRemove()
{
    WordSegmenter segmenter;
    const QString text = u"育华中学的物理教研组"_s;
    // 育华 is a school's (invented) name, unknown to the dictionary.
    QVERIFY(!texts(segmenter.words(text)).contains(u"育华中学"_s));
    QVERIFY(texts(segmenter.words(text)).contains(u"教研组"_s));
    segmenter.setProjectWords({u"育华中学"_s}, {u"教研组"_s});
    const QStringList words = texts(segmenter.words(text));
    QCOMPARE(words.first(), u"育华中学"_s);
    // 教研组 is not a word in this project: its characters go to other words (教研 + 组).
    QVERIFY(!words.contains(u"教研组"_s));
    QCOMPARE(words.join(QString()), u"育华中学的物理教研组"_s);
    // Words of other scripts and single characters are ignored (ICU decides those).
    segmenter.setProjectWords({u"e-learning"_s, u"课"_s}, {u"的"_s});
    QCOMPARE(texts(segmenter.words(u"的课"_s)), (QStringList{u"的"_s, u"课"_s}));
}

void TestWords::longLineIsLinearAndChunkedConsistently()
{
    const WordSegmenter segmenter;
    // One line without punctuation: 研究生命起源 repeated. Its words (checked on one copy) must come
    // out the same in every copy, including those across the chunk boundaries (2048 is no multiple of 6).
    const QList<int> one = segmenter.splitRun(u"研究生命起源");
    QCOMPARE(one, (QList<int>{2, 2, 2}));
    const QString unit = u"研究生命起源"_s;
    const auto run = [&](qsizetype copies, QList<int> *lengths) {
        const QString text = unit.repeated(copies);
        QElapsedTimer timer;
        timer.start();
        *lengths = segmenter.splitRun(text);
        return timer.elapsed();
    };
    QList<int> lengths;
    // 2 MB of UTF-8: 6 characters of 3 bytes per copy.
    const qsizetype copies = 2 * 1024 * 1024 / 18;
    const qint64 big = run(copies, &lengths);
    QCOMPARE(lengths.size(), 3 * copies);
    QVERIFY(std::all_of(lengths.cbegin(), lengths.cend(), [](int length) { return length == 2; }));
    QList<int> small;
    const qint64 quarter = run(copies / 4, &small);
    qInfo("one line of 2 MB without punctuation: %lld ms (a quarter of it: %lld ms)", big, quarter);
    // Linear: four times the text takes about four times as long (generous for a shared machine).
    QVERIFY2(big < 8 * quarter + 200, qPrintable(u"%1 ms vs %2 ms"_s.arg(big).arg(quarter)));
    QVERIFY2(big < 5000, qPrintable(u"%1 ms"_s.arg(big)));

    // The same through words(), ICU first: a 2 MB line of mixed common characters.
    QString mixedLine;
    const QString pool = u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"_s;
    quint32 seed = 12345;
    const qsizetype characters = 2 * 1024 * 1024 / 3;
    mixedLine.reserve(characters);
    for (qsizetype i = 0; i < characters; ++i) {
        seed = seed * 1103515245u + 12345u;
        mixedLine.append(pool.at((seed >> 16) % pool.size()));
    }
    QElapsedTimer timer;
    timer.start();
    const QList<WordToken> tokens = segmenter.words(mixedLine);
    const qint64 elapsed = timer.elapsed();
    qInfo("words() on a 2 MB line of random common characters: %lld ms, %lld words", elapsed,
          static_cast<long long>(tokens.size()));
    // Every character is in exactly one word, in order.
    qint64 at = 0;
    for (const WordToken &token : tokens) {
        QCOMPARE(token.start, at);
        at = token.end;
    }
    QCOMPARE(at, characters);
    QVERIFY2(elapsed < 30000, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestWords)
#include "test_words.moc"
