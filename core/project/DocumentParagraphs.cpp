#include "project/DocumentParagraphs.h"

#include <QHash>

#include <algorithm>

namespace marginalia {

Result<void> DocumentParagraphs::load(qint64 documentId, qint64 from, qint64 to)
{
    if (!m_read) {
        auto read = m_db.prepare("SELECT start, end, number, speaker FROM paragraphs WHERE document_id = ?1 AND "
                                 "end > ?2 ORDER BY end");
        if (!read)
            return failure(read.error());
        m_read.emplace(std::move(*read));
    }
    m_start.clear();
    m_end.clear();
    m_number.clear();
    m_speaker.clear();
    m_speakerNames.clear();
    QHash<QString, int> speakerIndex;
    m_read->reset();
    m_read->bind(1, documentId).bind(2, from);
    while (m_read->step()) {
        m_start.push_back(m_read->int64(0));
        m_end.push_back(m_read->int64(1));
        m_number.push_back(m_read->int64(2));
        int speaker = -1;
        if (!m_read->isNull(3)) {
            const QString name = m_read->text(3);
            speaker = speakerIndex.value(name, -1);
            if (speaker < 0) {
                speaker = static_cast<int>(m_speakerNames.size());
                speakerIndex.insert(name, speaker);
                m_speakerNames.append(name);
            }
        }
        m_speaker.push_back(speaker);
        if (m_end.back() >= to)
            break;
    }
    if (m_read->failed())
        return failure(m_read->error());
    m_read->reset();
    return {};
}

DocumentParagraphs::Citation DocumentParagraphs::cite(qint64 start, qint64 end) const
{
    Citation citation;
    const size_t count = m_end.size();
    const size_t firstIndex = static_cast<size_t>(std::upper_bound(m_end.begin(), m_end.end(), start) - m_end.begin());
    const size_t atOrAfterEnd = static_cast<size_t>(std::lower_bound(m_end.begin(), m_end.end(), end) - m_end.begin());
    std::optional<qint64> first;
    std::optional<qint64> last;
    if (firstIndex < count && m_start[firstIndex] < end)
        first = m_number[firstIndex];
    if (atOrAfterEnd < count && m_start[atOrAfterEnd] < end)
        last = m_number[atOrAfterEnd];
    else if (atOrAfterEnd > 0 && m_end[atOrAfterEnd - 1] > start)
        last = m_number[atOrAfterEnd - 1];
    if (!first || !last)
        return citation;
    if (*first <= *last) {
        citation.firstParagraph = *first;
        citation.lastParagraph = *last;
    }
    for (size_t i = firstIndex; i < count && m_number[i] <= *last; ++i) {
        if (m_number[i] < *first || m_speaker[i] < 0)
            continue;
        const QString &speaker = m_speakerNames.at(m_speaker[i]);
        if (!citation.speakers.contains(speaker))
            citation.speakers.append(speaker);
    }
    return citation;
}

} // namespace marginalia
