#pragma once

// The benchmark corpus of marginalia-bench-core and marginalia-bench-import: mixed Chinese and English transcripts.

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace marginalia::bench {

// A synthetic vocabulary of 20,000 Chinese words (two or three characters from the 3,000 most
// frequent ideographs of the basic block) and 5,000 Latin words, drawn with Zipf-like
// frequencies (rank r with probability about 1/r), so that, as in real transcripts, a few words
// are everywhere and most are rare. A handful of real words are planted at fixed ranks.
class CorpusWriter
{
public:
    static constexpr int kChineseWords = 20000;
    static constexpr int kLatinWords = 5000;

    explicit CorpusWriter(QRandomGenerator &random)
    {
        for (int i = 0; i < kChineseWords; ++i) {
            const int length = random.bounded(4) == 0 ? 3 : 2;
            QString word;
            for (int c = 0; c < length; ++c)
                word += QChar(static_cast<char16_t>(0x4E00 + zipf(random, 3000)));
            m_chinese.append(word);
        }
        static const char *const syllables[] = {"ka", "to", "ri", "mu", "sen", "dar", "lo", "vi", "ne", "pa",
                                                "qu", "ster", "bo", "li", "an", "or", "te", "gi", "fu", "zo"};
        for (int i = 0; i < kLatinWords; ++i) {
            QString word;
            const int length = 2 + static_cast<int>(random.bounded(3));
            for (int c = 0; c < length; ++c)
                word += QString::fromLatin1(syllables[random.bounded(static_cast<int>(std::size(syllables)))]);
            m_latin.append(word);
        }
        // Real words at known ranks, to search for.
        m_chinese[5] = QStringLiteral("老师");
        m_chinese[40] = QStringLiteral("多媒体");
        m_chinese[400] = QStringLiteral("投影仪");
        m_chinese[4000] = QStringLiteral("信息技术");
        m_latin[30] = QStringLiteral("smartboard");
        m_latin[3000] = QStringLiteral("microlecture");
    }

    QString document(QRandomGenerator &random, qint64 targetBytes) const
    {
        QString text;
        qint64 bytes = 0;
        bool chineseTurn = random.bounded(2) == 0;
        while (bytes < targetBytes) {
            QString line = chineseTurn ? QStringLiteral("教师：") : QStringLiteral("Interviewer: ");
            const int words = 8 + static_cast<int>(random.bounded(30));
            for (int i = 0; i < words; ++i) {
                if (chineseTurn) {
                    line += m_chinese[zipf(random, kChineseWords)];
                } else {
                    line += m_latin[zipf(random, kLatinWords)];
                    line += u' ';
                }
            }
            line += chineseTurn ? QStringLiteral("。\n") : QStringLiteral(".\n");
            bytes += line.toUtf8().size();
            text += line;
            if (random.bounded(3) != 0)
                chineseTurn = !chineseTurn;
        }
        return text;
    }

private:
    // A rank in [0, size) with probability about proportional to 1/(rank + 1).
    static int zipf(QRandomGenerator &random, int size)
    {
        const double rank = std::exp(random.generateDouble() * std::log(static_cast<double>(size) + 1.0)) - 1.0;
        return std::clamp(static_cast<int>(rank), 0, size - 1);
    }

    QStringList m_chinese;
    QStringList m_latin;
};

} // namespace marginalia::bench
