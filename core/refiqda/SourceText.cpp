#include "refiqda/SourceText.h"

#include "text/TextIndex.h"

#include <algorithm>

namespace marginalia::refiqda {

namespace {

char32_t codePointAt(const QString &text, qsizetype i, int *width)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

} // namespace

SourceText::SourceText(const QString &raw)
{
    // Stage 1: line endings, control characters and a leading BOM, exactly as normalizeForStorage
    // treats them, recording where every raw position lands.
    QString cleaned;
    cleaned.reserve(raw.size());
    std::vector<qint64> map;
    map.reserve(static_cast<size_t>(raw.size()) + 1);
    qint64 out = 0;
    bool changed = false;
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n;) {
        int width = 1;
        const char32_t u = codePointAt(raw, i, &width);
        map.push_back(out);
        if (u == U'\r') {
            cleaned.append(u'\n');
            ++out;
            changed = m_lineEndings = true;
            if (i + 1 < n && raw.at(i + 1) == u'\n') {
                map.push_back(out);   // between CR and LF: after the one newline they become
                ++i;
            }
        } else if (u == U'\n' || u == U'\t') {
            cleaned.append(QChar(static_cast<char16_t>(u)));
            ++out;
        } else if (u == 0x0B || u == 0x0C || u == 0x2028 || u == 0x2029 || u == 0x85) {
            cleaned.append(u'\n');
            ++out;
            changed = m_lineEndings = true;
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u == 0xFEFF && cleaned.isEmpty())) {
            changed = m_dropped = true;
        } else {
            cleaned.append(QStringView(raw).mid(i, width));
            ++out;
        }
        i += width;
    }
    map.push_back(out);
    m_rawLength = static_cast<qint64>(map.size()) - 1;
    if (changed)
        m_clean = std::move(map);

    // Stage 2: NFC, chunk by chunk (a chunk starts at each character of combining class 0), so
    // that every chunk boundary maps exactly; positions inside a chunk that changes length snap
    // to its ends.
    const QString nfc = cleaned.normalized(QString::NormalizationForm_C);
    if (nfc == cleaned) {
        m_text = std::move(cleaned);
        m_length = out;
        return;
    }
    QString composed;
    composed.reserve(nfc.size());
    std::vector<qint64> starts;
    std::vector<qint64> ends;
    starts.reserve(static_cast<size_t>(out) + 1);
    ends.reserve(static_cast<size_t>(out) + 1);
    qint64 composedLength = 0;
    const qsizetype m = cleaned.size();
    qsizetype chunkBegin = 0;
    qint64 chunkCodePoints = 0;
    auto flush = [&](qsizetype chunkEnd) {
        if (chunkEnd == chunkBegin)
            return;
        const QStringView chunk = QStringView(cleaned).mid(chunkBegin, chunkEnd - chunkBegin);
        qint64 length = chunkCodePoints;
        if (chunkCodePoints == 1 && chunk.size() == 1 && chunk.at(0).unicode() < 0x300) {
            composed.append(chunk);
        } else {
            const QString normal = chunk.toString().normalized(QString::NormalizationForm_C);
            length = TextIndex::codePointLength(normal);
            composed.append(normal);
        }
        for (qint64 k = 0; k < chunkCodePoints; ++k) {
            if (k == 0 || length == chunkCodePoints) {
                starts.push_back(composedLength + k);
                ends.push_back(composedLength + k);
            } else {
                starts.push_back(composedLength);
                ends.push_back(composedLength + length);
            }
        }
        composedLength += length;
        chunkBegin = chunkEnd;
        chunkCodePoints = 0;
    };
    for (qsizetype i = 0; i < m;) {
        int width = 1;
        const char32_t u = codePointAt(cleaned, i, &width);
        if (QChar::combiningClass(u) == 0)
            flush(i);
        ++chunkCodePoints;
        i += width;
    }
    flush(m);
    starts.push_back(composedLength);
    ends.push_back(composedLength);
    m_length = out;
    if (composed != nfc) {
        // Normalising merged characters across chunks (rare: conjoining Hangul jamo and the like);
        // positions could not follow, so the text is kept as it is.
        m_nfcKept = true;
        m_text = std::move(cleaned);
        return;
    }
    m_nfcChanged = true;
    m_text = std::move(composed);
    m_length = composedLength;
    m_nfcStart = std::move(starts);
    m_nfcEnd = std::move(ends);
}

qint64 SourceText::mapStart(qint64 rawPosition) const
{
    const qint64 p = std::clamp<qint64>(rawPosition, 0, m_rawLength);
    const qint64 c = m_clean.empty() ? p : m_clean[static_cast<size_t>(p)];
    return m_nfcStart.empty() ? c : m_nfcStart[static_cast<size_t>(c)];
}

qint64 SourceText::mapEnd(qint64 rawPosition) const
{
    const qint64 p = std::clamp<qint64>(rawPosition, 0, m_rawLength);
    const qint64 c = m_clean.empty() ? p : m_clean[static_cast<size_t>(p)];
    return m_nfcEnd.empty() ? c : m_nfcEnd[static_cast<size_t>(c)];
}

} // namespace marginalia::refiqda
