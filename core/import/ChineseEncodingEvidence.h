#pragma once

#include <QStringView>

namespace marginalia {

// How much a decoded text looks like Chinese text: the cost, in nats (the negative natural log of
// a probability), of its non-ASCII characters under a character frequency model made from a word
// list of written Chinese in both scripts (resources/charfreq). Frequent hanzi and ordinary CJK
// punctuation are cheap; rare hanzi, kana, Cyrillic, presentation forms and private-use
// characters are dear. The same bytes decoded as GB18030 and as Big5 give the same ASCII, so only
// the other characters count. Runs of one symbol are scored once (a box-drawn table's ───); every
// letter of a run of hanzi or of another script counts, and a third hanzi in a row (的的的), which
// real text does not have, costs as an odd form.
struct ChineseTextEvidence
{
    double cost = 0.0;
    // The non-ASCII characters scored (a run of one symbol counts once).
    qsizetype characters = 0;

    double meanCost() const { return characters > 0 ? cost / static_cast<double>(characters) : 0.0; }
};

ChineseTextEvidence chineseTextEvidence(QStringView text);

} // namespace marginalia
