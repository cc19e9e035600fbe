#include "text/TextNormalizer.h"

namespace marginalia {

QString normalizeForStorage(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            cleaned.append(u'\n');
            if (i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
        } else if (u == u'\n' || u == u'\t') {
            cleaned.append(c);
        } else if (u == 0x0B || u == 0x0C || u == 0x2028 || u == 0x2029 || u == 0x85) {
            // Vertical tab, form feed (PDF page breaks), Unicode line/paragraph separators.
            cleaned.append(u'\n');
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u == 0xFEFF && cleaned.isEmpty())) {
            // C0 and C1 control characters (C1 shows up in mis-decoded Windows-1252 text).
            continue;
        } else {
            cleaned.append(c);
        }
    }
    return cleaned.normalized(QString::NormalizationForm_C);
}

} // namespace marginalia
