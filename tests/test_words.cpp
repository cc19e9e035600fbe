// Chinese words: the dictionary segmenter (core/text/WordSegmenter), the project dictionary,
// speaker labels and header lines left out of word counts.

#include "analysis/WordFrequencies.h"
#include "analysis/WordTally.h"
#include "demo/DemoProject.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/TextSearch.h"
#include "text/TextNormalizer.h"
#include "text/WordDictionary.h"
#include "text/WordSegmenter.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using marginalia::Codebook;
using marginalia::DocumentStore;
using marginalia::NewCode;
using marginalia::NewDocument;
using marginalia::Project;
using marginalia::ProjectDictionary;
using marginalia::TextSpan;
using marginalia::WordCount;
using marginalia::WordFrequencies;
using marginalia::WordFrequencyResult;
using marginalia::WordOptions;
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


// ---- The reference: Debian's python3-jieba, run at test time only ----

// Reads Chinese lines and cuts each with jieba, default mode (HMM on, how people use it) and dictionary
// only (HMM off). Argument "man": the zh_CN manual pages installed on this machine (Debian's translations
// of shadow's and man-db's pages), with the roff markup taken out; "man-tw": the zh_TW ones (traditional
// characters), which jieba cuts in their simplified form by OpenCC (t2s), for the lines where that form has
// as many characters; else a UTF-8 file of lines.
// For each token of the default cut: its end (code points, as Python counts) and whether it is a word
// of jieba's dictionary (else jieba's HMM made it up).
const char *const kJiebaScript = R"PY(
import glob, gzip, json, logging, re, shutil, subprocess, sys, tempfile
import jieba
jieba.setLogLevel(logging.ERROR)
jieba.initialize()

def han(line):
    return sum(1 for c in line if '\u4e00' <= c <= '\u9fff')

sources, lines = [], []
if sys.argv[1] in ('man', 'man-tw'):
    sources = sorted(glob.glob('/usr/share/man/%s/man*/*.gz' % ('zh_TW' if sys.argv[1] == 'man-tw' else 'zh_CN')))
    seen = set()
    for path in sources:
        text = gzip.open(path).read().decode('utf-8', 'replace')
        for line in text.split('\n'):
            if line.startswith(('.', "'")):
                parts = line.split(None, 1)
                line = parts[1] if len(parts) > 1 else ''
            line = re.sub(r'\\f(\(..|\[[^]]*\]|.)|\\\(..|\\\*(\(..|.)|\\s[-+]?\d|\\[&e|^-]', '', line)
            line = line.replace('"', ' ').strip()
            if han(line) >= 4 and line not in seen:
                seen.add(line)
                lines.append(line)
else:
    lines = open(sys.argv[1], encoding='utf-8').read().split('\n')

cut = lines
if sys.argv[1] == 'man-tw':
    if not shutil.which('opencc'):
        lines, cut = [], []
    else:
        with tempfile.NamedTemporaryFile('w', encoding='utf-8', suffix='.txt') as tmp:
            tmp.write('\n'.join(lines) + '\n')
            tmp.flush()
            simplified = subprocess.run(['opencc', '-c', 't2s.json', '-i', tmp.name], capture_output=True,
                                        text=True, check=True).stdout.split('\n')
        pairs = [(t, s) for t, s in zip(lines, simplified) if len(t) == len(s)]
        lines, cut = [t for t, _ in pairs], [s for _, s in pairs]

out = []
for line, simple in zip(lines, cut):
    tokens = list(jieba.tokenize(simple, HMM=True))
    out.append({'text': line,
                'hmm': [end for _, _, end in tokens],
                'inDictionary': [jieba.dt.FREQ.get(word, 0) > 0 for word, _, _ in tokens],
                'plain': [end for _, _, end in jieba.tokenize(simple, HMM=False)]})
json.dump({'sources': sources, 'lines': out}, sys.stdout, ensure_ascii=False)
)PY";

// A Python that can import jieba ("python3" may be another installation than Debian's), or nothing.
std::optional<QString> pythonWithJieba()
{
    for (const QString &python : {u"python3"_s, u"/usr/bin/python3"_s}) {
        QProcess process;
        process.start(python, {u"-c"_s, u"import jieba"_s});
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return python;
    }
    return std::nullopt;
}

struct ReferenceLine
{
    QString text;
    QList<qint64> hmmEnds;
    QList<bool> inDictionary;
    QList<qint64> plainEnds;
};

struct Reference
{
    QStringList sources;
    QList<ReferenceLine> lines;
};

std::optional<Reference> runJieba(const QString &python, const QString &argument, const QString &folder)
{
    const QString script = folder + u"/reference.py"_s;
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly) || file.write(kJiebaScript) < 0)
        return std::nullopt;
    file.close();
    QProcess process;
    process.start(python, {script, argument});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        qWarning("%s", process.readAllStandardError().constData());
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    Reference reference;
    for (const QJsonValue &source : root.value(u"sources").toArray())
        reference.sources.append(source.toString());
    for (const QJsonValue &value : root.value(u"lines").toArray()) {
        const QJsonObject object = value.toObject();
        ReferenceLine line;
        line.text = object.value(u"text").toString();
        for (const QJsonValue &end : object.value(u"hmm").toArray())
            line.hmmEnds.append(end.toInteger());
        for (const QJsonValue &known : object.value(u"inDictionary").toArray())
            line.inDictionary.append(known.toBool());
        for (const QJsonValue &end : object.value(u"plain").toArray())
            line.plainEnds.append(end.toInteger());
        reference.lines.append(line);
    }
    return reference;
}

// Word boundaries inside runs of Han characters: the only ones where segmenters can disagree (spaces
// and punctuation separate words for all of them, and would flatter every score).
class HanInterior
{
public:
    explicit HanInterior(const QString &line)
    {
        const QList<uint> codePoints = line.toUcs4();
        m_han.resize(codePoints.size());
        for (qsizetype i = 0; i < codePoints.size(); ++i)
            m_han[i] = QChar::script(codePoints.at(i)) == QChar::Script_Han;
    }
    // A boundary at p lies inside a run when the characters on both sides are Han.
    bool inside(qint64 p) const { return p > 0 && p < static_cast<qint64>(m_han.size()) && m_han[p - 1] && m_han[p]; }
    QSet<qint64> boundaries(const QList<qint64> &positions) const
    {
        QSet<qint64> set;
        for (const qint64 p : positions) {
            if (inside(p))
                set.insert(p);
        }
        return set;
    }

private:
    std::vector<bool> m_han;
};

QList<qint64> tokenBoundaries(const QList<WordToken> &tokens)
{
    QList<qint64> positions;
    for (const WordToken &token : tokens)
        positions << token.start << token.end;
    return positions;
}

// Precision and recall of word boundaries against the reference's.
struct BoundaryScore
{
    qint64 agreed = 0;
    qint64 found = 0;
    qint64 expected = 0;

    void add(const QSet<qint64> &ours, const QSet<qint64> &reference)
    {
        found += ours.size();
        expected += reference.size();
        for (const qint64 p : ours)
            agreed += reference.contains(p) ? 1 : 0;
    }
    double precision() const { return found ? double(agreed) / double(found) : 0; }
    double recall() const { return expected ? double(agreed) / double(expected) : 0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    QString describe() const
    {
        return u"precision %1, recall %2, F1 %3 (%4 of our %5 boundaries in the reference's %6)"_s.arg(precision(), 0, 'f', 3)
            .arg(recall(), 0, 'f', 3)
            .arg(f1(), 0, 'f', 3)
            .arg(agreed)
            .arg(found)
            .arg(expected);
    }
};

std::unique_ptr<Project> freshProject(const QString &path)
{
    auto project = Project::create(path);
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    (*project)->setCurrentCoder(u"Li Na"_s);
    return std::move(*project);
}

// Adds a document of the text (normalised for storage) and gives its id; the test stops where it cannot be added.
qint64 addDocument(DocumentStore &documents, const QString &name, const QString &text)
{
    NewDocument document;
    document.name = name;
    document.text = marginalia::normalizeForStorage(text);
    auto id = documents.add(document);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

QHash<QString, WordCount> byWord(const WordFrequencyResult &result)
{
    QHash<QString, WordCount> words;
    for (const WordCount &word : result.top)
        words.insert(word.word, word);
    return words;
}

} // namespace

class TestWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dictionaryCostsAndPrefixes();
    void mostProbableSplit();
    void icuWordsFillWhatTheDictionaryLacks();
    void shippedDictionaryKeepsDomainWordsWhole();
    void projectWordsAddAndRemove();
    void longLineIsLinearAndChunkedConsistently();
    void projectDictionaryAndLabelsInCounts();
    void headerLinesAreShortMetadata();
    void dictionaryCommand();
    void segmentationAgainstJieba();
    void demoTopWordsAreWhole();
    void handCountedMixedCorpus();
    void wordSpansInUtf16AndCodePoints();
    void spellingsForgottenAreCountedTheSame();
    void countStopsWhenCancelled();
    void countTellsHowFarItIs();

private:
    QTemporaryDir m_dir;
};

void TestWords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    const WordDictionary &shipped = WordDictionary::chinese();
    qInfo("shipped dictionary: %lld words, loaded in %lld ms, %.1f MB", static_cast<long long>(shipped.words()),
          static_cast<long long>(timer.elapsed()), double(shipped.memoryBytes()) / (1024.0 * 1024.0));
    // zh-words.txt has 220,918 words (136,547 of jieba's and their traditional forms), the supplement 36 more
    // and their traditional forms.
    QVERIFY(shipped.words() > 220918);
    QVERIFY(shipped.find(u"微课").isWord);
    QVERIFY(shipped.find(u"微課").isWord);
    QVERIFY(shipped.find(u"互聯網").isWord);
}

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
    timer.restart();
    const qsizetype icuWords = segmenter.segmenter().words(mixedLine).size();
    qInfo("words() on a 2 MB line of random common characters: %lld ms, %lld words (ICU alone: %lld ms, %lld words)",
          elapsed, static_cast<long long>(tokens.size()), static_cast<long long>(timer.elapsed()),
          static_cast<long long>(icuWords));
    // Every character is in exactly one word, in order.
    qint64 at = 0;
    for (const WordToken &token : tokens) {
        QCOMPARE(token.start, at);
        at = token.end;
    }
    QCOMPARE(at, characters);
    QVERIFY2(elapsed < 30000, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void TestWords::projectDictionaryAndLabelsInCounts()
{
    auto project = freshProject(m_dir.filePath(u"labels.marginalia"_s));
    // Two header lines (labels used once), then turns of two speakers, each label twice.
    NewDocument document;
    document.name = u"interview"_s;
    document.text = marginalia::normalizeForStorage(u"访谈记录：育华中学物理教师\n"
                                                    u"时间：2018年4月；地点：教研组办公室\n"
                                                    u"访谈者：您平时用互联网备课吗？\n"
                                                    u"教师：用互联网备课。\n"
                                                    u"访谈者：明白。\n"
                                                    u"教师：对，教研组一起备课。\n"_s);
    QVERIFY(DocumentStore(*project).add(document));
    WordOptions options;
    options.top = 0;
    options.useStopWords = false;
    auto counted = WordFrequencies(*project).count(options);
    // (error() only when there is one: QVERIFY2 evaluates its message either way.)
    QVERIFY2(counted, counted ? "" : qPrintable(counted.error()));
    auto words = byWord(*counted);
    // Counted: 您 平时 用 互联网 备课 吗 | 用 互联网 备课 | 明白 | 对 教研组 一起 备课 = 14 words.
    QCOMPARE(counted->words, 14);
    QCOMPARE(words.value(u"备课"_s).count, 3);
    QCOMPARE(words.value(u"互联网"_s).count, 2);
    QCOMPARE(words.value(u"教研组"_s).count, 1);
    // Labels and header lines are not counted, and the result says so.
    for (const QString &leftOut : {u"访谈者"_s, u"教师"_s, u"访谈"_s, u"记录"_s, u"时间"_s, u"地点"_s, u"物理"_s})
        QVERIFY2(!words.contains(leftOut), qPrintable(leftOut));
    QCOMPARE(counted->headerLines, 2);
    QCOMPARE(counted->headerLabels, (QStringList{u"访谈记录"_s, u"时间"_s}));
    QCOMPARE(counted->speakerLabels.size(), 2);
    QCOMPARE(counted->speakerLabels.at(0).turns, 2);
    QCOMPARE(counted->speakerLabels.at(1).turns, 2);

    // keepLabels counts them: 访谈者 twice as a label; 教师 twice as a label and once in the header.
    options.keepLabels = true;
    counted = WordFrequencies(*project).count(options);
    QVERIFY(counted);
    words = byWord(*counted);
    QCOMPARE(words.value(u"访谈者"_s).count, 2);
    QCOMPARE(words.value(u"教师"_s).count, 3);
    QCOMPARE(counted->headerLines, 0);
    QVERIFY(counted->speakerLabels.isEmpty());
    options.keepLabels = false;

    // The project dictionary: 教研组 is not a word here; a code named 互联网备课 makes that a word.
    ProjectDictionary dictionary(*project);
    QVERIFY(dictionary.remove({u"教研组"_s}));
    NewCode code;
    code.name = u"互联网备课"_s;
    QVERIFY(Codebook(*project).add(code));
    QCOMPARE(*dictionary.codeWords(), QStringList{u"互联网备课"_s});
    QCOMPARE(*dictionary.removed(), QStringList{u"教研组"_s});
    counted = WordFrequencies(*project).count(options);
    QVERIFY(counted);
    words = byWord(*counted);
    QVERIFY(!words.contains(u"教研组"_s));
    QCOMPARE(words.value(u"互联网备课"_s).count, 2);
    QCOMPARE(words.value(u"备课"_s).count, 1);       // only 教研组一起备课 is left
    QVERIFY(!words.contains(u"互联网"_s));
    // The passages behind a count are as many as the count: of the places a text search finds, only those
    // where the word was counted.
    const auto searchHits = [&](const QString &word) {
        QList<marginalia::WordOccurrence> found;
        auto hits = marginalia::TextSearch(*project).find(word, {});
        for (const marginalia::SearchHit &hit : hits ? *hits : QList<marginalia::SearchHit>())
            found.append({hit.documentId, hit.start, hit.end});
        return found;
    };
    const auto countedAt = [&](const QString &word) -> qsizetype {
        auto places = WordFrequencies(*project).counted(word, searchHits(word), options);
        return places ? places->size() : -1;
    };
    // 备课: found three times, counted once (twice it is inside the code name 互联网备课).
    QCOMPARE(searchHits(u"备课"_s).size(), 3);
    QCOMPARE(countedAt(u"备课"_s), 1);
    QCOMPARE(countedAt(u"互联网备课"_s), 2);
    QCOMPARE(countedAt(u"互联网"_s), 0);
    // 教师: twice a label, once in the header line; 访谈者: twice a label.
    QCOMPARE(searchHits(u"教师"_s).size(), 3);
    QCOMPARE(countedAt(u"教师"_s), 0);
    QCOMPARE(countedAt(u"访谈者"_s), 0);
    options.keepLabels = true;
    QCOMPARE(countedAt(u"教师"_s), 3);
    QCOMPARE(countedAt(u"访谈者"_s), 2);
    options.keepLabels = false;
    // Words added by hand; a removed code name is not a word either; forget undoes an edit.
    QVERIFY(dictionary.add({u"一起备课"_s}));
    QVERIFY(dictionary.remove({u"互联网备课"_s}));
    QVERIFY(dictionary.forget({u"教研组"_s}));
    counted = WordFrequencies(*project).count(options);
    QVERIFY(counted);
    words = byWord(*counted);
    QCOMPARE(words.value(u"一起备课"_s).count, 1);
    QCOMPARE(words.value(u"互联网"_s).count, 2);
    QCOMPARE(words.value(u"教研组"_s).count, 1);
    QCOMPARE(*dictionary.added(), QStringList{u"一起备课"_s});
    // Only Chinese words of 2 to 16 characters.
    QVERIFY(!dictionary.add({u"e-learning"_s}));
    QVERIFY(!dictionary.add({u"课"_s}));
    QVERIFY(!ProjectDictionary::whyNotAWord(u"课"_s).isEmpty());
}

void TestWords::headerLinesAreShortMetadata()
{
    auto project = freshProject(m_dir.filePath(u"headers.marginalia"_s));
    DocumentStore documents(*project);
    const auto add = [&](const QString &name, const QString &text) { addDocument(documents, name, text); };
    // One line with a label used once is the whole document: not a header, counted (教师 很 好).
    add(u"one"_s, u"教师：很好。\n"_s);
    // A long first line is a turn of talk, not metadata: 202 characters after the label.
    add(u"long"_s, u"主持人："_s + u"我们"_s.repeated(101) + u"\n学生：对。\n"_s);
    // One line of 2 MB after a label (hostile input): counted in about linear time.
    QString line = u"访谈者："_s;
    const QString pool = u"研究生命起源互联网课堂素养"_s;
    quint32 seed = 7;
    for (int i = 0; i < 700000; ++i) {
        seed = seed * 1103515245u + 12345u;
        line.append(pool.at((seed >> 16) % pool.size()));
    }
    add(u"huge"_s, line + u"\n"_s);
    WordOptions options;
    options.top = 0;
    options.useStopWords = false;
    QElapsedTimer timer;
    timer.start();
    auto counted = WordFrequencies(*project).count(options);
    qInfo("word counts with a document of one 2 MB line: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(counted);
    QCOMPARE(counted->headerLines, 0);
    QVERIFY(counted->speakerLabels.isEmpty());
    const auto words = byWord(*counted);
    QCOMPARE(words.value(u"教师"_s).count, 1);
    QCOMPARE(words.value(u"主持人"_s).count, 1);
    QCOMPARE(words.value(u"我们"_s).count, 101);
    QVERIFY(words.value(u"访谈者"_s).count == 1);
    QVERIFY(counted->words > 200000);

    // The passages behind a count of the 2 MB line are as many as the count, found in linear time: each
    // stretch of the line is segmented a bounded number of times, not once per occurrence.
    for (const QString &word : {u"互联网"_s, u"课堂"_s, u"研究"_s}) {
        QList<marginalia::WordOccurrence> found;
        auto hits = marginalia::TextSearch(*project).find(word, {});
        QVERIFY(hits);
        for (const marginalia::SearchHit &hit : std::as_const(*hits))
            found.append({hit.documentId, hit.start, hit.end});
        timer.restart();
        auto places = WordFrequencies(*project).counted(word, found, options);
        QVERIFY(places);
        qInfo("%s: %lld found, %lld counted, checked in %lld ms", qPrintable(word), static_cast<long long>(found.size()),
              static_cast<long long>(places->size()), static_cast<long long>(timer.elapsed()));
        QVERIFY(found.size() > 200);   // about 700,000 / 13³ = 319 for 互联网, more for the others
        QCOMPARE(places->size(), words.value(word).count);
    }
}

void TestWords::dictionaryCommand()
{
    const QString path = m_dir.filePath(u"cli.marginalia"_s);
    {
        auto project = freshProject(path);
        NewDocument document;
        document.name = u"t"_s;
        document.text = marginalia::normalizeForStorage(u"育华中学的教研组\n"_s);
        QVERIFY(DocumentStore(*project).add(document));
    }
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    const auto cli = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI), arguments);
        Run run;
        if (process.waitForFinished(120000)) {
            run.exitCode = process.exitCode();
            run.out = process.readAllStandardOutput();
            run.err = process.readAllStandardError();
        }
        return run;
    };
    const Run edit = cli({u"dictionary"_s, path, u"--add"_s, u"育华中学"_s, u"--remove"_s, u"教研组"_s, u"--json"_s});
    QCOMPARE(edit.exitCode, 0);
    const QJsonObject lists = QJsonDocument::fromJson(edit.out).object();
    QCOMPARE(lists.value(u"added").toArray(), QJsonArray{u"育华中学"_s});
    QCOMPARE(lists.value(u"removed").toArray(), QJsonArray{u"教研组"_s});
    // The words command uses them: 育华中学 whole, 教研组 taken apart (教研 + 组).
    const Run words = cli({u"words"_s, path, u"--no-stopwords"_s, u"--json"_s});
    QCOMPARE(words.exitCode, 0);
    QStringList counted;
    for (const QJsonValue &word : QJsonDocument::fromJson(words.out).object().value(u"words").toArray())
        counted.append(word.toObject().value(u"word").toString());
    QVERIFY2(counted.contains(u"育华中学"_s) && !counted.contains(u"教研组"_s), qPrintable(counted.join(u' ')));
    // A word the dictionary cannot hold is refused as a wrong command line (exit 2), naming it; nothing changes.
    const Run refused = cli({u"dictionary"_s, path, u"--add"_s, u"teacher"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("“teacher”"), refused.err.constData());
    const Run missing = cli({u"dictionary"_s, m_dir.filePath(u"missing.marginalia"_s)});
    QCOMPARE(missing.exitCode, 1);
    // Forget drops the project's edit.
    const Run forget = cli({u"dictionary"_s, path, u"--forget"_s, u"教研组"_s});
    QCOMPARE(forget.exitCode, 0);
    QVERIFY2(forget.out.contains("Not words (0): none"), forget.out.constData());
    QVERIFY2(forget.out.contains("Words added (1): 育华中学"), forget.out.constData());
}

void TestWords::segmentationAgainstJieba()
{
    const auto python = pythonWithJieba();
    if (!python)
        QSKIP("python3-jieba is not installed (apt-get install python3-jieba): no reference to compare with");
    const auto reference = runJieba(*python, u"man"_s, m_dir.path());
    QVERIFY(reference);
    if (reference->lines.size() < 100)
        QSKIP("no Chinese manual pages in /usr/share/man/zh_CN (Debian's manpages of shadow and man-db in zh_CN)");
    const WordSegmenter ours;
    const marginalia::Segmenter icu(u"zh_CN"_s);
    BoundaryScore oursHmm, oursPlain, icuHmm;
    qint64 characters = 0;
    for (const ReferenceLine &line : reference->lines) {
        const HanInterior interior(line.text);
        const QSet<qint64> hmm = interior.boundaries(line.hmmEnds);
        const QSet<qint64> plain = interior.boundaries(line.plainEnds);
        const QSet<qint64> mine = interior.boundaries(tokenBoundaries(ours.words(line.text)));
        const QSet<qint64> icuOnly = interior.boundaries(tokenBoundaries(icu.words(line.text)));
        oursHmm.add(mine, hmm);
        oursPlain.add(mine, plain);
        icuHmm.add(icuOnly, hmm);
        characters += line.text.toUcs4().size();
    }
    qInfo("Text: %lld lines, %lld characters from %lld zh_CN manual pages under /usr/share/man/zh_CN",
          static_cast<long long>(reference->lines.size()), static_cast<long long>(characters),
          static_cast<long long>(reference->sources.size()));
    qInfo("Word boundaries inside runs of Han characters, against jieba 0.42.1:");
    qInfo("  ours vs jieba (default, HMM on):     %s", qPrintable(oursHmm.describe()));
    qInfo("  ours vs jieba (dictionary only):     %s", qPrintable(oursPlain.describe()));
    qInfo("  ICU alone vs jieba (default):        %s", qPrintable(icuHmm.describe()));
    // Measured on Debian 12: see the figures printed above (docs/ARCHITECTURE.md records them). The floor
    // is well below them; the comparison with ICU is the point of the segmenter.
    QVERIFY2(oursHmm.f1() >= 0.85, qPrintable(oursHmm.describe()));
    QVERIFY2(oursHmm.f1() > icuHmm.f1() + 0.03, qPrintable(icuHmm.describe()));

    // Traditional characters: Debian's zh_TW manual pages, jieba's cut of their simplified form as reference.
    const auto traditional = runJieba(*python, u"man-tw"_s, m_dir.path());
    QVERIFY(traditional);
    if (traditional->lines.size() < 50) {
        qInfo("No traditional-character comparison: no zh_TW manual pages or no opencc (apt-get install opencc)");
        return;
    }
    BoundaryScore tradOurs, tradIcu;
    for (const ReferenceLine &line : traditional->lines) {
        const HanInterior interior(line.text);
        const QSet<qint64> hmm = interior.boundaries(line.hmmEnds);
        tradOurs.add(interior.boundaries(tokenBoundaries(ours.words(line.text))), hmm);
        tradIcu.add(interior.boundaries(tokenBoundaries(icu.words(line.text))), hmm);
    }
    qInfo("Traditional: %lld lines of %lld zh_TW manual pages; jieba (default) on their OpenCC t2s form:",
          static_cast<long long>(traditional->lines.size()), static_cast<long long>(traditional->sources.size()));
    qInfo("  ours:      %s", qPrintable(tradOurs.describe()));
    qInfo("  ICU alone: %s", qPrintable(tradIcu.describe()));
    QVERIFY2(tradOurs.f1() >= 0.85, qPrintable(tradOurs.describe()));
    QVERIFY2(tradOurs.f1() > tradIcu.f1(), qPrintable(tradIcu.describe()));
}

void TestWords::demoTopWordsAreWhole()
{
    const QString path = m_dir.filePath(u"demo.marginalia"_s);
    QVERIFY(marginalia::buildDemoProject(path));
    // The demo's top 50 words as the CLI counts them.
    QProcess cli;
    cli.start(QStringLiteral(MARGINALIA_CLI), {u"words"_s, path, u"--top"_s, u"50"_s, u"--json"_s});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject output = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QStringList top;
    for (const QJsonValue &word : output.value(u"words").toArray())
        top.append(word.toObject().value(u"word").toString());
    QCOMPARE(top.size(), 50);
    qInfo("demo top 20: %s", qPrintable(top.mid(0, 20).join(u' ')));
    // The characters issue 13 found cut from 访谈, 访谈者 and 受访者, and the speaker label 访谈者.
    for (const QString &cut : {u"访"_s, u"谈"_s, u"者"_s, u"访谈者"_s})
        QVERIFY2(!top.contains(cut), qPrintable(cut));
    // 31 turns of 访谈者 and 30 of Interviewer were left out, and the CLI says so.
    const QJsonObject leftOut = output.value(u"leftOut").toObject();
    QVERIFY(leftOut.value(u"speakerLabels").toArray().size() >= 2);
    QVERIFY(leftOut.value(u"headerLines").toInteger() > 0);

    const auto python = pythonWithJieba();
    if (!python)
        QSKIP("python3-jieba is not installed: single characters of the top 50 not checked against a reference");
    // Every single character in the top 50, where we count it alone, must mostly be alone for jieba too:
    // a character counted alone where jieba reads a longer word of its dictionary was cut from that word.
    auto project = Project::open(path, Project::Access::ReadOnly);
    QVERIFY(project);
    DocumentStore documents(**project);
    QStringList lines;
    const auto list = documents.list();
    QVERIFY(list);
    for (const marginalia::DocumentInfo &info : *list) {
        const auto text = documents.text(info.id);
        QVERIFY(text);
        for (const QString &line : text->split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line);
        }
    }
    QFile file(m_dir.filePath(u"demo-lines.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(u'\n').toUtf8());
    file.close();
    const auto reference = runJieba(*python, file.fileName(), m_dir.path());
    QVERIFY(reference);
    QCOMPARE(reference->lines.size(), lines.size());
    WordSegmenter ours;
    QVERIFY(ProjectDictionary(**project).applyTo(ours));
    for (const QString &word : std::as_const(top)) {
        if (word.toUcs4().size() != 1 || !WordSegmenter::isHan(word))
            continue;
        qint64 alone = 0;
        qint64 insideDictionaryWord = 0;
        for (const ReferenceLine &line : reference->lines) {
            for (const WordToken &token : ours.words(line.text)) {
                if (token.text != word)
                    continue;
                ++alone;
                // jieba's token covering this character.
                qint64 start = 0;
                for (qsizetype k = 0; k < line.hmmEnds.size(); ++k) {
                    const qint64 end = line.hmmEnds.at(k);
                    if (end > token.start) {
                        if (end - start > 1 && line.inDictionary.at(k))
                            ++insideDictionaryWord;
                        break;
                    }
                    start = end;
                }
            }
        }
        qInfo("  %s: counted alone %lld times, %lld of them inside a longer jieba dictionary word", qPrintable(word),
              static_cast<long long>(alone), static_cast<long long>(insideDictionaryWord));
        QVERIFY2(2 * insideDictionaryWord < alone, qPrintable(word));
    }
}

// ---- words (issue 12, speed): the counts the faster counting must keep, worked out by hand ----

void TestWords::handCountedMixedCorpus()
{
    auto project = freshProject(m_dir.filePath(u"mixed.marginalia"_s));
    DocumentStore documents(*project);
    QHash<QString, qint64> ids;
    const auto add = [&](const QString &name, const QString &text) { ids.insert(name, addDocument(documents, name, text)); };
    // Latin words in three cases; ß folds fully to ss (Straße and strasse are one word).
    add(u"a"_s, u"Teacher TEACHER teacher, the Straße strasse.\n"_s);
    // Full-width letters fold to full-width small letters (NFC keeps them full-width); numbers (ASCII,
    // full-width, a decimal) only with `numbers`; an apostrophe stays inside a word, a hyphen splits one;
    // full-width punctuation is no word.
    add(u"b"_s, u"ＡＢＣ ａｂｃ 2024 ２０２４ 3.14 don't e-learning！\n"_s);
    // Chinese with a Latin word inside and an emoji (a surrogate pair, no word); 𠮷 (U+20BB7, outside the BMP)
    // alone between commas is one word of one code point.
    add(u"c"_s, u"老师用iPad上课😀，学生说：“好！”，𠮷，\n"_s);
    add(u"d"_s, u"老师，好。\n"_s);

    WordOptions options;
    options.top = 0;
    options.useStopWords = false;
    auto counted = WordFrequencies(*project).count(options);
    QVERIFY2(counted, counted ? "" : qPrintable(counted.error()));
    auto words = byWord(*counted);
    // a: teacher ×3, the, strasse ×2 = 6; b: ａｂｃ ×2, don't, e, learning = 5;
    // c: 老师 用 ipad 上课 学生 说 好 𠮷 = 8; d: 老师 好 = 2. Together 21.
    QCOMPARE(counted->documents, 4);
    QCOMPARE(counted->words, 21);
    const auto expect = [&](const QString &word, qint64 count, qint64 inDocuments) {
        QVERIFY2(words.contains(word), qPrintable(word));
        QCOMPARE(words.value(word).count, count);
        QCOMPARE(words.value(word).documents, inDocuments);
    };
    expect(u"teacher"_s, 3, 1);
    expect(u"strasse"_s, 2, 1);
    expect(u"the"_s, 1, 1);
    expect(u"ａｂｃ"_s, 2, 1);
    expect(u"don't"_s, 1, 1);
    expect(u"e"_s, 1, 1);
    expect(u"learning"_s, 1, 1);
    expect(u"ipad"_s, 1, 1);
    expect(u"老师"_s, 2, 2);
    expect(u"好"_s, 2, 2);
    expect(u"用"_s, 1, 1);
    expect(u"上课"_s, 1, 1);
    expect(u"学生"_s, 1, 1);
    expect(u"说"_s, 1, 1);
    expect(u"𠮷"_s, 1, 1);
    // 15 distinct words; the most frequent first, ties by the word: teacher (3), then the four of 2 in
    // UTF-16 order (strasse, ａｂｃ, 好, 老师: s < 好 U+597D < 老 U+8001 < ａ U+FF41).
    QCOMPARE(counted->top.size(), 15);
    QStringList order;
    for (int i = 0; i < 5; ++i)
        order.append(counted->top.at(i).word);
    QCOMPARE(order, (QStringList{u"teacher"_s, u"strasse"_s, u"好"_s, u"老师"_s, u"ａｂｃ"_s}));
    QVERIFY(!words.contains(u"2024"_s));

    // On several threads: two (a and c on one, b and d on the other, so 老师 and 好 are counted in a document on
    // each and merged), three, one per core. The same counts.
    for (const int threads : {2, 3, 0}) {
        options.threads = threads;
        counted = WordFrequencies(*project).count(options);
        QVERIFY(counted);
        words = byWord(*counted);
        QCOMPARE(counted->documents, 4);
        QCOMPARE(counted->words, 21);
        QCOMPARE(counted->top.size(), 15);
        expect(u"teacher"_s, 3, 1);
        expect(u"老师"_s, 2, 2);
        expect(u"好"_s, 2, 2);
        expect(u"𠮷"_s, 1, 1);
    }
    options.threads = 1;

    // Numbers: 2024, ２０２４ (no case to fold) and 3.14 join, three words more.
    options.numbers = true;
    counted = WordFrequencies(*project).count(options);
    QVERIFY(counted);
    words = byWord(*counted);
    QCOMPARE(counted->words, 24);
    expect(u"2024"_s, 1, 1);
    expect(u"２０２４"_s, 1, 1);
    expect(u"3.14"_s, 1, 1);
    options.numbers = false;

    // Stop words: the shipped lists hold "the" (en) and 说 (zh); more words given as folded ones.
    options.useStopWords = true;
    options.extraStopWords = {u"teacher"_s, u"ａｂｃ"_s};
    counted = WordFrequencies(*project).count(options);
    QVERIFY(counted);
    words = byWord(*counted);
    QCOMPARE(counted->words, 21 - 1 - 1 - 3 - 2);
    QVERIFY(!words.contains(u"the"_s));
    QVERIFY(!words.contains(u"说"_s));
    QVERIFY(!words.contains(u"teacher"_s));
    expect(u"老师"_s, 2, 2);

    // Scope: only document c and d's site.
    QVERIFY(documents.setAttribute(ids.value(u"c"_s), u"site"_s, u"Kunming"_s));
    QVERIFY(documents.setAttribute(ids.value(u"d"_s), u"site"_s, u"Kunming"_s));
    options.useStopWords = false;
    options.extraStopWords.clear();
    options.scope.attributes.insert(u"site"_s, {u"Kunming"_s});
    counted = WordFrequencies(*project).count(options);
    QVERIFY(counted);
    QCOMPARE(counted->documents, 2);
    QCOMPARE(counted->words, 10);
}

void TestWords::wordSpansInUtf16AndCodePoints()
{
    // 😀 and 𠮷 take two UTF-16 units each; the spans give both kinds of offset.
    // Units: 😀 0-1, a 2, b 3, ， 4, 𠮷 5-6, 。 7, ｃ 8, ｄ 9; code points: 😀 0, a 1, b 2, ， 3, 𠮷 4, 。 5, ｃ 6, ｄ 7.
    const WordSegmenter segmenter;
    std::vector<marginalia::WordSpan> spans;
    segmenter.wordSpans(u"😀ab，𠮷。ｃｄ", marginalia::Segmenter::WordFilter::Letters, spans);
    const std::vector<marginalia::WordSpan> expected{{1, 3, 2, 4}, {4, 5, 5, 7}, {6, 8, 8, 10}};
    QCOMPARE(spans.size(), expected.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        QCOMPARE(spans[i].start, expected[i].start);
        QCOMPARE(spans[i].end, expected[i].end);
        QCOMPARE(spans[i].utf16Start, expected[i].utf16Start);
        QCOMPARE(spans[i].utf16End, expected[i].utf16End);
    }
    // A Han run split by the dictionary: 研究 生命 起源 after a Latin word, offsets in the whole text.
    segmenter.wordSpans(u"x 研究生命起源", marginalia::Segmenter::WordFilter::Letters, spans);
    QCOMPARE(spans.size(), std::size_t(4));
    QCOMPARE(spans[1].start, 2);
    QCOMPARE(spans[1].end, 4);
    QCOMPARE(spans[3].utf16Start, 6);
    QCOMPARE(spans[3].utf16End, 8);
    // The same words as words() gives, with their text.
    QCOMPARE(texts(segmenter.words(u"x 研究生命起源"_s)), (QStringList{u"x"_s, u"研究"_s, u"生命"_s, u"起源"_s}));
}

void TestWords::spellingsForgottenAreCountedTheSame()
{
    // More distinct spellings than WordTally remembers: it forgets them and folds again, and a word met
    // before and after that is still one word with one count.
    QSet<QString> stop{u"stop"_s};
    int folds = 0;
    marginalia::WordTally tally(
        [&folds](const QString &spelling) {
            ++folds;
            return spelling.toCaseFolded();
        },
        stop);
    tally.startDocument();
    QVERIFY(tally.add(u"Zzfirst"));
    QVERIFY(!tally.add(u"stop"));
    const qsizetype distinct = marginalia::WordTally::kMaxSpellings + 10;
    for (qsizetype i = 0; i < distinct; ++i) {
        // "qq" and the number in base 26 (a-z): all distinct, none another word of this test.
        QString word = u"qq"_s;
        for (qsizetype n = i; n > 0; n /= 26)
            word.append(QChar(char16_t(u'a' + n % 26)));
        QVERIFY(tally.add(word));
    }
    tally.startDocument();
    QVERIFY(tally.add(u"zzfirst"));
    QVERIFY(tally.add(u"ZZFIRST"));
    QVERIFY(!tally.add(u"stop"));
    // Folded: Zzfirst, stop, the qq words and, after the table was cleared, zzfirst, ZZFIRST and stop again.
    QCOMPARE(folds, 2 + distinct + 3);
    QCOMPARE(tally.tokens(), 1 + distinct + 2);
    const QList<WordCount> counts = tally.counts();
    QCOMPARE(counts.size(), distinct + 1);
    for (const WordCount &word : counts) {
        if (word.word == u"zzfirst"_s) {
            QCOMPARE(word.count, 3);
            QCOMPARE(word.documents, 2);
        } else {
            QCOMPARE(word.count, 1);
        }
    }
    // Two tallies of other documents merge: counts and documents add up.
    marginalia::WordTally other([](const QString &s) { return s.toCaseFolded(); }, stop);
    other.startDocument();
    QVERIFY(other.add(u"ZzFirst"));
    QVERIFY(other.add(u"other"));
    tally.merge(other);
    QCOMPARE(tally.tokens(), 1 + distinct + 2 + 2);
    for (const WordCount &word : tally.counts()) {
        if (word.word == u"zzfirst"_s) {
            QCOMPARE(word.count, 4);
            QCOMPARE(word.documents, 3);
        }
    }
}

void TestWords::countStopsWhenCancelled()
{
    auto project = freshProject(m_dir.filePath(u"cancel.marginalia"_s));
    NewDocument document;
    document.name = u"one"_s;
    document.text = u"Words to count.\n"_s;
    QVERIFY(DocumentStore(*project).add(document));
    std::atomic_bool cancelled = false;
    WordOptions options;
    options.cancelled = &cancelled;
    auto counted = WordFrequencies(*project).count(options);
    QVERIFY(counted);
    QCOMPARE(counted->words, 2);   // "words", "count" ("to" is a stop word)
    cancelled = true;
    for (const int threads : {1, 2}) {
        options.threads = threads;
        counted = WordFrequencies(*project).count(options);
        QVERIFY(!counted);
        QCOMPARE(counted.error(), WordFrequencies::cancelledMessage());
    }
}

void TestWords::countTellsHowFarItIs()
{
    auto project = freshProject(m_dir.filePath(u"progress.marginalia"_s));
    DocumentStore documents(*project);
    const auto add = [&](const QString &name, const QString &text) { return addDocument(documents, name, text); };
    add(u"one"_s, u"Words to count.\n"_s);   // 16 code points
    const qint64 kunming = add(u"two"_s, u"老师说：学生。\n"_s);   // 8 code points
    // 500,000 lines of 10 code points (10 bytes): 5,000,000, read in two windows. The first is
    // DocumentText::kWindowBytes (4,194,304 bytes) cut after its last line break: 419,430 lines, 4,194,300 bytes.
    add(u"three"_s, u"abcdefghi\n"_s.repeated(500000));
    QVERIFY(documents.setAttribute(kunming, u"site"_s, u"Kunming"_s));

    using Step = std::pair<qint64, qint64>;
    const qint64 total = 16 + 8 + 5000000;
    // Each window's start: document one at 0, two at 16, three at 24 and 24 + 4,194,300; then the end.
    const QList<Step> expected = {{0, total}, {16, total}, {24, total}, {4194324, total}, {total, total}};
    for (const int threads : {1, 2}) {
        QList<Step> steps;
        WordOptions options;
        options.threads = threads;
        options.progress = [&steps](qint64 done, qint64 all) { steps.append({done, all}); };
        QVERIFY(WordFrequencies(*project).count(options));
        QCOMPARE(steps, expected);
    }
    // In the scope of one site only its document counts: 8 code points.
    QList<Step> steps;
    WordOptions options;
    options.scope.attributes.insert(u"site"_s, {u"Kunming"_s});
    options.progress = [&steps](qint64 done, qint64 all) { steps.append({done, all}); };
    QVERIFY(WordFrequencies(*project).count(options));
    QCOMPARE(steps, (QList<Step>{{0, 8}, {8, 8}}));
}

QTEST_GUILESS_MAIN(TestWords)
#include "test_words.moc"
