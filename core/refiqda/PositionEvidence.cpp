#include "refiqda/PositionEvidence.h"

#include "text/TextIndex.h"

#include <QChar>

#include <cstdlib>

namespace marginalia::refiqda {

using namespace Qt::StringLiterals;

namespace {

char32_t codePointBefore(const QString &text, qsizetype u)
{
    const QChar last = text.at(u - 1);
    if (last.isLowSurrogate() && u >= 2 && text.at(u - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(u - 2), last);
    return last.unicode();
}

char32_t codePointAt(const QString &text, qsizetype u)
{
    const QChar first = text.at(u);
    if (first.isHighSurrogate() && u + 1 < text.size() && text.at(u + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, text.at(u + 1));
    return first.unicode();
}

// Scripts written without spaces: any character boundary may be a word boundary.
bool isUnspaced(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
        || script == QChar::Script_Thai || script == QChar::Script_Lao || script == QChar::Script_Khmer
        || script == QChar::Script_Myanmar;
}

bool isWordish(char32_t c)
{
    return (QChar::isLetterOrNumber(c) || QChar::isMark(c) || QChar::category(c) == QChar::Punctuation_Connector)
        && !isUnspaced(c);
}

// Characters that only ever continue the character before them (a grapheme does not start there).
bool continuesGrapheme(char32_t c)
{
    return QChar::isMark(c) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF)
        || (c >= 0xE0020 && c <= 0xE007F);
}

// A boundary a person selecting text would plausibly make: not inside a word, not inside a
// character made of several code points, not between CR and LF.
bool cleanBoundary(const QString &text, qsizetype u)
{
    if (u <= 0 || u >= text.size())
        return true;
    if (text.at(u).isLowSurrogate() && text.at(u - 1).isHighSurrogate())
        return false;
    const char32_t before = codePointBefore(text, u);
    const char32_t after = codePointAt(text, u);
    if (before == u'\r' && after == u'\n')
        return false;
    if (continuesGrapheme(after) || before == 0x200D)
        return false;
    return !(isWordish(before) && isWordish(after));
}

bool splitsPair(const QString &text, qsizetype u)
{
    return u > 0 && u < text.size() && text.at(u).isLowSurrogate() && text.at(u - 1).isHighSurrogate();
}

QString percent(qint64 part, qint64 whole)
{
    return whole == 0 ? u"0"_s : QString::number(qRound(100.0 * double(part) / double(whole)));
}

} // namespace

QString unitName(PositionUnits unit)
{
    switch (unit) {
    case PositionUnits::Utf16Units:
        return u"UTF-16 units"_s;
    case PositionUnits::CodePoints:
        return u"code points (characters)"_s;
    case PositionUnits::Detect:
        break;
    }
    return u"detected units"_s;
}

bool originHintsUtf16(const QString &origin)
{
    return origin.contains(u"NVivo", Qt::CaseInsensitive) || origin.contains(u"QualCoder", Qt::CaseInsensitive)
        || originDeclaresUtf16(origin);
}

bool originDeclaresUtf16(const QString &origin)
{
    return origin.startsWith(u"Marginalia") && origin.contains(kUtf16Declaration);
}

PositionDecision decidePositionUnits(const QString &text, const QList<PositionRange> &ranges, const QString &origin)
{
    PositionDecision decision;
    const TextIndex index(text);
    const qint64 codePoints = index.codePointLength();
    const qint64 units = index.utf16Length();
    if (codePoints == units) {
        decision.evidence = u"the text has no character outside the Basic Multilingual Plane, so both units agree"_s;
        return decision;
    }
    auto weigh = [&](qint64 p) {
        if (p < 0)
            return;
        const bool inUnits = p <= units;
        const bool inCodePoints = p <= codePoints;
        const qsizetype asCodePoint = inCodePoints ? index.toUtf16(p) : -1;
        if (inCodePoints && asCodePoint == p)
            return;   // before the first wide character: the same place in both readings
        ++decision.informative;
        if (!inUnits || splitsPair(text, static_cast<qsizetype>(p)))
            ++decision.impossibleUtf16;
        else if (cleanBoundary(text, static_cast<qsizetype>(p)))
            ++decision.cleanUtf16;
        if (!inCodePoints)
            ++decision.impossibleCodePoints;
        else if (cleanBoundary(text, asCodePoint))
            ++decision.cleanCodePoints;
    };
    for (const PositionRange &range : ranges) {
        if (range.end <= range.start)
            continue;
        weigh(range.start);
        weigh(range.end);
        const QString name = range.name.trimmed();
        if (name.isEmpty() || range.end - range.start > 100000)
            continue;
        if (range.end <= codePoints) {
            const qsizetype from = index.toUtf16(range.start);
            if (text.mid(from, index.toUtf16(range.end) - from).trimmed() == name)
                ++decision.namesCodePoints;
        }
        if (range.end <= units && text.mid(range.start, range.end - range.start).trimmed() == name)
            ++decision.namesUtf16;
    }

    const qint64 n = decision.informative;
    const bool hint = originHintsUtf16(origin);
    auto choose = [&](PositionUnits unit, bool weak) {
        decision.unit = unit;
        decision.weak = weak;
    };
    if (n == 0) {
        // Nothing tells the readings apart: every selection ends before the first wide character.
        choose(PositionUnits::CodePoints, false);
        decision.evidence = u"no selection reaches past the first character outside the Basic Multilingual Plane, so "
                            u"both units give the same passages"_s;
        return decision;
    }
    if (decision.namesUtf16 != decision.namesCodePoints) {
        choose(decision.namesUtf16 > decision.namesCodePoints ? PositionUnits::Utf16Units : PositionUnits::CodePoints,
               false);
    } else if (decision.impossibleUtf16 == 0 && decision.impossibleCodePoints > 0) {
        choose(PositionUnits::Utf16Units, false);
    } else if (decision.impossibleCodePoints == 0 && decision.impossibleUtf16 > 0) {
        choose(PositionUnits::CodePoints, false);
    } else if (originDeclaresUtf16(origin)) {
        // Marginalia's own export for NVivo or QualCoder says so in so many words; nothing contradicts it.
        choose(PositionUnits::Utf16Units, false);
    } else if (decision.impossibleCodePoints > 0 && decision.impossibleUtf16 > 0) {
        choose(decision.impossibleUtf16 <= decision.impossibleCodePoints ? PositionUnits::Utf16Units
                                                                           : PositionUnits::CodePoints,
               true);
    } else {
        const qint64 diff = decision.cleanUtf16 - decision.cleanCodePoints;
        if (diff == 0)
            choose(hint ? PositionUnits::Utf16Units : PositionUnits::CodePoints, true);
        else
            choose(diff > 0 ? PositionUnits::Utf16Units : PositionUnits::CodePoints,
                   std::abs(diff) < 2 || std::abs(diff) * 4 < n);
    }
    QStringList parts;
    parts << u"of %1 selection boundaries that differ between the two readings, %2 (%3%) fall between words counting "
             u"UTF-16 units and %4 (%5%) counting code points"_s.arg(n)
                 .arg(decision.cleanUtf16)
                 .arg(percent(decision.cleanUtf16, n))
                 .arg(decision.cleanCodePoints)
                 .arg(percent(decision.cleanCodePoints, n));
    if (decision.impossibleUtf16 > 0)
        parts << u"%1 would split a character or lie past the end counting UTF-16 units"_s.arg(decision.impossibleUtf16);
    if (decision.impossibleCodePoints > 0)
        parts << u"%1 lie past the end counting code points"_s.arg(decision.impossibleCodePoints);
    if (decision.namesUtf16 > 0 || decision.namesCodePoints > 0)
        parts << u"selection names match the text %1 times counting UTF-16 units and %2 counting code points"_s
                     .arg(decision.namesUtf16)
                     .arg(decision.namesCodePoints);
    if (!origin.isEmpty())
        parts << u"the file says it was made by %1%2"_s.arg(
            origin, hint ? u" (which counts UTF-16 units)"_s : QString());
    decision.evidence = parts.join(u"; "_s);
    return decision;
}

QString checkForcedUnits(PositionUnits forced, const PositionDecision &decision)
{
    if (forced == PositionUnits::Detect || decision.informative == 0 || decision.weak || forced == decision.unit)
        return {};
    return u"positions read as %1 as requested, but the text suggests %2 (%3)"_s.arg(unitName(forced),
                                                                                      unitName(decision.unit),
                                                                                      decision.evidence);
}

} // namespace marginalia::refiqda
