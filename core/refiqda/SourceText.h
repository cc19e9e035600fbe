#pragma once

// A source's text as found in an archive, cleaned for storage while keeping a map from every
// position in the original to the cleaned text (internal to core/refiqda). Selections are mapped
// against the text exactly as it was, and only then shifted with the line-ending, control
// character and NFC changes: never normalise first and map afterwards.

#include <QString>

#include <vector>

namespace marginalia::refiqda {

class SourceText
{
public:
    // raw: the decoded text without a BOM (a BOM is not a character of the text).
    explicit SourceText(const QString &raw);

    // The text to store: what normalizeForStorage(raw) gives, unless NFC would merge
    // characters across a position boundary in a way we cannot map (then not NFC: see nfcKept()).
    const QString &text() const { return m_text; }
    qint64 rawLength() const { return m_rawLength; }
    qint64 length() const { return m_length; }
    bool changedLineEndings() const { return m_lineEndings; }
    bool droppedCharacters() const { return m_dropped; }
    bool normalizedNfc() const { return m_nfcChanged; }
    // True when the text is not NFC and was kept so, because normalising could not be mapped.
    bool nfcKept() const { return m_nfcKept; }

    // Raw code-point positions to stored ones: starts snap forward, ends backward over dropped
    // characters; inside a composed NFC sequence starts snap to its beginning and ends to its end.
    qint64 mapStart(qint64 rawPosition) const;
    qint64 mapEnd(qint64 rawPosition) const;

private:
    QString m_text;
    qint64 m_rawLength = 0;
    qint64 m_length = 0;
    bool m_lineEndings = false;
    bool m_dropped = false;
    bool m_nfcChanged = false;
    bool m_nfcKept = false;
    // raw code point -> cleaned code point (size rawLength + 1); empty: identity.
    std::vector<qint64> m_clean;
    // cleaned code point -> NFC code point, for starts and for ends; empty: identity.
    std::vector<qint64> m_nfcStart;
    std::vector<qint64> m_nfcEnd;
};

} // namespace marginalia::refiqda
