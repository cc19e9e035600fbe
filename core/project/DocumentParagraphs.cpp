#include "project/DocumentParagraphs.h"

#include "text/Utf8Text.h"

#include <QHash>

#include <algorithm>

namespace marginalia {

Result<void> DocumentParagraphs::load(qint64 documentId, qint64 from, qint64 to)
{
    if (!m_read) {
        // The covering index alone (no speaker): the speakers come after, by one scan of the table in its own order.
        auto read = m_db.prepare("SELECT start, end, number, typeof(number) = 'integer' FROM paragraphs "
                                 "WHERE document_id = ?1 AND end > ?2 ORDER BY end");
        if (!read)
            return failure(read.error());
        m_read.emplace(std::move(*read));
    }
    clear();
    bool wholeNumbers = true;
    m_read->reset();
    m_read->bind(1, documentId).bind(2, from);
    while (m_read->step()) {
        m_start.push_back(m_read->int64(0));
        m_end.push_back(m_read->int64(1));
        m_number.push_back(m_read->int64(2));
        wholeNumbers = wholeNumbers && m_read->int64(3) != 0;
        if (m_end.back() >= to)
            break;
    }
    if (m_read->failed())
        return failure(m_read->error());
    m_read->reset();
    if (m_number.empty())
        return {};
    // The speakers of the rows read: one scan of the table (its key is document and number) over the numbers read,
    // where they are whole numbers as dense as a document's paragraphs are. Looking each row up in the table while
    // reading the index cost a search of the table per paragraph.
    const auto [lowest, highest] = std::minmax_element(m_number.begin(), m_number.end());
    const qint64 low = *lowest;
    const quint64 span = static_cast<quint64>(*highest) - static_cast<quint64>(low);
    if (!wholeNumbers || span >= 2 * static_cast<quint64>(m_number.size()) + 64)
        return loadWithSpeakers(documentId, from, to);   // a file whose numbers are odd or scattered
    if (!m_readSpeakers) {
        auto read = m_db.prepare("SELECT number, speaker FROM paragraphs WHERE document_id = ?1 AND number >= ?2 "
                                 "AND number <= ?3 AND speaker IS NOT NULL AND typeof(number) = 'integer'");
        if (!read)
            return failure(read.error());
        m_readSpeakers.emplace(std::move(*read));
    }
    std::vector<int> byNumber(static_cast<size_t>(span) + 1, -1);
    m_readSpeakers->reset();
    m_readSpeakers->bind(1, documentId).bind(2, low).bind(3, *highest);
    while (m_readSpeakers->step()) {
        const quint64 offset = static_cast<quint64>(m_readSpeakers->int64(0)) - static_cast<quint64>(low);
        if (offset < byNumber.size())
            byNumber[static_cast<size_t>(offset)] = speakerIndex(m_readSpeakers->utf8(1));
    }
    if (m_readSpeakers->failed())
        return failure(m_readSpeakers->error());
    m_readSpeakers->reset();
    m_speaker.resize(m_number.size());
    for (size_t i = 0; i < m_number.size(); ++i)
        m_speaker[i] = byNumber[static_cast<size_t>(m_number[i] - low)];
    return {};
}

void DocumentParagraphs::clear()
{
    m_start.clear();
    m_end.clear();
    m_number.clear();
    m_speaker.clear();
    m_speakerUtf8.clear();
    m_lastSpeaker = -1;
}

// The same rows with each one's speaker read with it (a search of the table per row).
Result<void> DocumentParagraphs::loadWithSpeakers(qint64 documentId, qint64 from, qint64 to)
{
    if (!m_readWithSpeakers) {
        auto read = m_db.prepare("SELECT start, end, number, speaker FROM paragraphs WHERE document_id = ?1 AND "
                                 "end > ?2 ORDER BY end");
        if (!read)
            return failure(read.error());
        m_readWithSpeakers.emplace(std::move(*read));
    }
    clear();
    Statement &read = *m_readWithSpeakers;
    read.reset();
    read.bind(1, documentId).bind(2, from);
    while (read.step()) {
        m_start.push_back(read.int64(0));
        m_end.push_back(read.int64(1));
        m_number.push_back(read.int64(2));
        m_speaker.push_back(read.isNull(3) ? -1 : speakerIndex(read.utf8(3)));
        if (m_end.back() >= to)
            break;
    }
    if (read.failed())
        return failure(read.error());
    read.reset();
    return {};
}

int DocumentParagraphs::speakerIndex(std::string_view utf8)
{
    // Bytes that are not UTF-8 are kept as Qt reads them (U+FFFD for each bad sequence, as text() gave), so that two
    // names are the same here exactly when they are the same QString.
    std::string name;
    if (!isValidUtf8(utf8)) {
        const QByteArray read = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())).toUtf8();
        name.assign(read.constData(), static_cast<size_t>(read.size()));
        utf8 = name;
    }
    if (m_lastSpeaker >= 0 && m_speakerUtf8[static_cast<size_t>(m_lastSpeaker)] == utf8)
        return m_lastSpeaker;
    const auto known = std::find(m_speakerUtf8.begin(), m_speakerUtf8.end(), utf8);
    if (known != m_speakerUtf8.end()) {
        m_lastSpeaker = static_cast<int>(known - m_speakerUtf8.begin());
    } else {
        m_lastSpeaker = static_cast<int>(m_speakerUtf8.size());
        m_speakerUtf8.emplace_back(utf8);
    }
    return m_lastSpeaker;
}

QString DocumentParagraphs::speaker(int index) const
{
    const std::string &name = m_speakerUtf8[static_cast<size_t>(index)];
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

DocumentParagraphs::Numbers DocumentParagraphs::cite(qint64 start, qint64 end, std::vector<int> &speakers) const
{
    speakers.clear();
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
    Numbers numbers;
    if (!first || !last)
        return numbers;
    if (*first <= *last) {
        numbers.firstParagraph = *first;
        numbers.lastParagraph = *last;
    }
    for (size_t i = firstIndex; i < count && m_number[i] <= *last; ++i) {
        if (m_number[i] < *first || m_speaker[i] < 0)
            continue;
        if (std::find(speakers.begin(), speakers.end(), m_speaker[i]) == speakers.end())
            speakers.push_back(m_speaker[i]);
    }
    return numbers;
}

DocumentParagraphs::Citation DocumentParagraphs::cite(qint64 start, qint64 end) const
{
    std::vector<int> speakers;
    const Numbers numbers = cite(start, end, speakers);
    Citation citation;
    citation.firstParagraph = numbers.firstParagraph;
    citation.lastParagraph = numbers.lastParagraph;
    for (const int speaker : speakers)
        citation.speakers.append(this->speaker(speaker));
    return citation;
}

} // namespace marginalia
