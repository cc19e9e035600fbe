#pragma once

// Helpers shared by the REFI-QDA writer and reader (internal to core/refiqda).

#include <QString>
#include <QStringView>

namespace marginalia::refiqda {

inline constexpr QStringView kProjectNamespace = u"urn:QDA-XML:project:1.0";
inline constexpr QStringView kCodebookNamespace = u"urn:QDA-XML:codebook:1.0";

// Drops what XML 1.0 cannot carry (control characters other than tab and line breaks,
// unpaired surrogates, U+FFFE/U+FFFF).
QString xmlSafe(const QString &text);

// A GUID as REFI-QDA writes them: lower case, no braces. Empty if text is not a GUID.
QString canonicalGuid(const QString &text);

// xsd:dateTime in UTC, or empty when text is not a date and time (one without a zone is taken as UTC).
QString xsdDateTime(const QString &text);

// #RRGGBB in upper case from #RGB or #RRGGBB, or empty.
QString canonicalColor(const QString &text);

} // namespace marginalia::refiqda
