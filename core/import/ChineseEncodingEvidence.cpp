#include "import/ChineseEncodingEvidence.h"

#include <QFile>

#include <array>
#include <cmath>
#include <memory>
#include <string_view>

// Resources of a static library must be registered by name, outside any namespace.
static void registerCharacterFrequencyResources()
{
    Q_INIT_RESOURCE(charfreq);
}

namespace marginalia {

namespace {

// Costs in nats. For scale: in the table the most frequent hanzi (一) costs 4.7, the 1000th 8.4,
// the 3000th 10.6 and the last (6000th) 12.9.

// The punctuation of running Chinese text: about one character in seven, spread over a dozen marks.
constexpr float kCommonPunctuationCost = 4.5f;
// Fullwidth digits and letters, the ideographic space; pinyin vowels with tone marks.
constexpr float kFullwidthCost = 7.5f;
constexpr float kPinyinCost = 7.5f;
// Added for a hanzi between two ASCII letters ("n侔 h" is pinyin read in the wrong encoding; real
// text has "A和B" now and then, not in every line).
constexpr float kHanziBetweenLettersCost = 3.0f;
// Symbols that turn up in ordinary documents: Latin-1 signs, Greek letters, dashes, arrows, maths, ①,
// box drawing.
constexpr float kSymbolCost = 9.0f;
// Letters of other scripts that Chinese text uses rarely: Cyrillic, Latin letters beyond Latin-1
// (but pinyin), kana, bopomofo. A Big5 file read as GB18030 is full of them (GB2312 rows 4 to 8).
constexpr float kForeignLetterCost = 11.0f;
// Hanzi missing from the table.
constexpr float kUnlistedHanziCost = 14.5f;
// Presentation forms (small and vertical punctuation), control pictures, radicals, strokes, and a
// hanzi repeated three times or more in a row.
constexpr float kOddFormCost = 12.5f;
// Rare hanzi (extension A and beyond): what wrong decodings of the upper code ranges give.
constexpr float kRareHanziCost = 16.0f;
// Private-use characters, Hangul, control characters and everything else.
constexpr float kImplausibleCost = 16.0f;

bool inRange(char32_t c, char32_t low, char32_t high)
{
    return c >= low && c <= high;
}

bool isHanzi(char32_t c)
{
    return inRange(c, 0x4E00, 0x9FFF) || inRange(c, 0x3400, 0x4DBF) || inRange(c, 0xF900, 0xFAFF)
        || inRange(c, 0x20000, 0x3134F);
}

float classCost(char32_t c)
{
    static constexpr std::u16string_view common = u"，。、；：？！“”‘’《》〈〉（）【】…—·「」『』～－";
    // The vowels of pinyin with tone marks (GB2312 row 8): teaching material spells whole lines in them.
    static constexpr std::u16string_view pinyin = u"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹɑɡ";
    if (c <= 0xFFFF && common.find(static_cast<char16_t>(c)) != std::u16string_view::npos)
        return kCommonPunctuationCost;
    if (c <= 0xFFFF && pinyin.find(static_cast<char16_t>(c)) != std::u16string_view::npos)
        return kPinyinCost;
    if (inRange(c, 0x4E00, 0x9FFF) || inRange(c, 0xF900, 0xFAFF))
        return kUnlistedHanziCost;
    if (isHanzi(c))
        return kRareHanziCost;
    if (c == 0x3000 || inRange(c, 0xFF01, 0xFF5E))
        return kFullwidthCost;
    // Greek letters are symbols in science and maths notes.
    if (inRange(c, 0xA0, 0xFF) || inRange(c, 0x391, 0x3C9) || inRange(c, 0x2010, 0x205F) || inRange(c, 0x2070, 0x20CF)
        || inRange(c, 0x2100, 0x23FF) || inRange(c, 0x2460, 0x27BF) || inRange(c, 0x3000, 0x303F)
        || inRange(c, 0x3200, 0x33FF) || inRange(c, 0xFFE0, 0xFFE6) || inRange(c, 0x1F300, 0x1FAFF))
        return kSymbolCost;
    if (inRange(c, 0x100, 0x24F) || inRange(c, 0x2B0, 0x2FF) || inRange(c, 0x370, 0x4FF)
        || inRange(c, 0x3040, 0x30FF) || inRange(c, 0x3100, 0x312F) || inRange(c, 0x31A0, 0x31BF))
        return kForeignLetterCost;
    if (inRange(c, 0xFE10, 0xFE6F) || inRange(c, 0x2400, 0x243F) || inRange(c, 0x2E80, 0x2FFF)
        || inRange(c, 0x31C0, 0x31EF) || inRange(c, 0x3190, 0x319F))
        return kOddFormCost;
    return kImplausibleCost;
}

// The cost of every BMP code point, the table's hanzi by their frequency, the rest by class.
class CostTable
{
public:
    CostTable()
    {
        for (char32_t c = 0x80; c <= 0xFFFF; ++c)
            m_bmp[c] = classCost(c);
        registerCharacterFrequencyResources();
        QFile file(QStringLiteral(":/charfreq/hanzi.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return;   // without the table every hanzi is "unlisted": detection still works, more weakly
        const QString content = QString::fromUtf8(file.readAll());
        double total = 0.0;
        for (QStringView line : QStringView(content).split(u'\n')) {
            if (line.startsWith(u"# total "))
                total = line.sliced(8).toDouble();
            if (line.isEmpty() || line.startsWith(u'#') || total <= 0.0)
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab != 1)
                continue;   // BMP characters only: one UTF-16 unit before the tab
            const double count = line.sliced(tab + 1).toDouble();
            if (count > 0.0)
                m_bmp[line.at(0).unicode()] = static_cast<float>(std::log(total / count));
        }
    }

    float cost(char32_t c) const { return c <= 0xFFFF ? m_bmp[c] : classCost(c); }

private:
    std::array<float, 0x10000> m_bmp{};
};

const CostTable &costTable()
{
    static const std::unique_ptr<const CostTable> table = std::make_unique<const CostTable>();
    return *table;
}

} // namespace

ChineseTextEvidence chineseTextEvidence(QStringView text)
{
    const CostTable &table = costTable();
    ChineseTextEvidence evidence;
    const auto isAsciiLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    char32_t previous = 0;
    int run = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype start = i;
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (c < 0x80) {
            previous = 0;
            run = 0;
            continue;
        }
        if (isHanzi(c) && start > 0 && i + 1 < n && isAsciiLetter(text[start - 1]) && isAsciiLetter(text[i + 1]))
            evidence.cost += kHanziBetweenLettersCost;
        run = c == previous ? run + 1 : 1;
        previous = c;
        const float cost = table.cost(c);
        if (run >= 3 && isHanzi(c)) {
            evidence.cost += kOddFormCost;
            ++evidence.characters;
        } else if (run == 1 || isHanzi(c) || cost > kSymbolCost) {
            // Repeated symbols (───, ……, ★★★) count once; letters of other scripts every time:
            // the kana of 爺爺奶奶 in Big5 read as GB18030 (份份イイ) must not come cheap.
            evidence.cost += cost;
            ++evidence.characters;
        }
    }
    return evidence;
}

} // namespace marginalia
