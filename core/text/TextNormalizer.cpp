#include "text/TextNormalizer.h"

namespace marginalia {

namespace {

// Characters the cleaning step changes or drops: C0 controls (tab and line feed stay), C1 controls
// with NEL, the BOM and the Unicode line and paragraph separators. Everything else is copied as it is.
bool needsCleaning(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFEFF || u == 0x2028 || u == 0x2029;
}

} // namespace

QString normalizeForStorage(const QString &text)
{
    // Written through a pointer into a buffer of the input's size (the text only ever shrinks):
    // an append per character cost four times the NFC step itself on an import.
    const qsizetype n = text.size();
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    QString cleaned(n, Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(cleaned.data());
    char16_t *out = begin;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = in[i];
        if (!needsCleaning(u) || u == u'\n' || u == u'\t') {
            *out++ = u;
        } else if (u == u'\r') {
            *out++ = u'\n';
            if (i + 1 < n && in[i + 1] == u'\n')
                ++i;
        } else if (u == 0x0B || u == 0x0C || u == 0x2028 || u == 0x2029 || u == 0x85) {
            // Vertical tab, form feed (PDF page breaks), Unicode line/paragraph separators.
            *out++ = u'\n';
        } else if (u == 0xFEFF) {
            // A byte-order mark at the very start is dropped; anywhere else it is text (a zero-width no-break space).
            if (out != begin)
                *out++ = u;
        }
        // Other C0 and C1 control characters (C1 shows up in mis-decoded Windows-1252 text) are dropped.
    }
    cleaned.truncate(out - begin);
    return cleaned.normalized(QString::NormalizationForm_C);
}

} // namespace marginalia
