#pragma once

#include <QStringView>

namespace marginalia {

// How much a decoded text looks like Chinese text: the cost, in nats (the negative natural log of
// a probability), of its non-ASCII characters under a character frequency model made from a word
// list of written Chinese in both scripts (resources/charfreq). Frequent hanzi and ordinary CJK
// punctuation are cheap; rare hanzi, kana, Cyrillic, presentation forms and private-use
// characters are dear. The same bytes decoded as GB18030 and as Big5 give the same ASCII, so only
// the other characters count. Runs of one character are scored once (a box-drawn table's ───),
// except runs of one hanzi, which real text does not have (three or more of 的 in a row).
struct ChineseTextEvidence
{
    double cost = 0.0;
    // The non-ASCII characters scored (a run counts once).
    qsizetype characters = 0;

    double meanCost() const { return characters > 0 ? cost / static_cast<double>(characters) : 0.0; }
};

ChineseTextEvidence chineseTextEvidence(QStringView text);

} // namespace marginalia
