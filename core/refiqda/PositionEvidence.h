#pragma once

// Which unit a source's selection positions count, decided by the text itself (internal to
// core/refiqda). REFI-QDA means code points, but NVivo and QualCoder write UTF-16 units; the two
// differ only after a character outside the Basic Multilingual Plane (emoji, 𠀀). Each boundary
// that lands on different characters under the two readings is evidence: a boundary that would
// split a surrogate pair, or lie past the end, is impossible in that reading; one that falls
// between words (not inside a word, not before a combining mark) is likely. The producer named
// in the file's origin only breaks a tie: files are rewritten by libraries that keep it.

#include "refiqda/RefiQda.h"

#include <QList>
#include <QString>

namespace marginalia::refiqda {

struct PositionRange
{
    qint64 start = 0;
    qint64 end = 0;
    QString name;   // the selection's name, when a producer puts the coded text there
};

struct PositionDecision
{
    PositionUnits unit = PositionUnits::CodePoints;
    bool weak = false;   // the evidence does not settle it; say so
    qint64 informative = 0;   // boundaries that differ between the readings
    qint64 cleanCodePoints = 0;
    qint64 cleanUtf16 = 0;
    qint64 impossibleCodePoints = 0;
    qint64 impossibleUtf16 = 0;
    qint64 namesCodePoints = 0;
    qint64 namesUtf16 = 0;
    QString evidence;   // one sentence for the report
};

// What Marginalia's exports for NVivo and QualCoder add to their origin attribute.
inline constexpr QStringView kUtf16Declaration = u"positions in UTF-16 units";

// True when origin names a producer known to write UTF-16 units (NVivo, QualCoder).
bool originHintsUtf16(const QString &origin);
// True when origin is Marginalia's own export saying its positions are UTF-16 units.
bool originDeclaresUtf16(const QString &origin);

// text: the source's text exactly as in the file (no BOM, line ends untouched).
PositionDecision decidePositionUnits(const QString &text, const QList<PositionRange> &ranges, const QString &origin);

// Evidence for a unit the user chose: empty when it agrees with the text, else a warning.
QString checkForcedUnits(PositionUnits forced, const PositionDecision &decision);

QString unitName(PositionUnits unit);

} // namespace marginalia::refiqda
