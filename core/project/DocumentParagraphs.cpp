#include "project/DocumentParagraphs.h"

#include "text/Utf8Text.h"

#include <algorithm>
#include <limits>

namespace marginalia {

Result<void> DocumentParagraphs::load(qint64 documentId, qint64 from, qint64 to)
{
    if (from < 0 && to == std::numeric_limits<qint64>::max()) {
        auto whole = loadWholeDocument(documentId);
        if (!whole)
            return failure(whole.error());
        if (*whole)
            return {};
    }
    return loadByEnds(documentId, from, to);
}

// All of a document's paragraphs in the table's own order (its key: document and number), each row with its speaker:
// one sequential scan, where reading paragraphs_by_end needed a search of the table per row for the speaker. The
// numbers are in the order of the ends in every table Marginalia writes; where they are not (a file made elsewhere),
// false is returned and nothing is kept.
Result<bool> DocumentParagraphs::loadWholeDocument(qint64 documentId)
{
    if (!m_readDocument) {
        auto read = m_db.prepare("SELECT start, end, number, speaker FROM paragraphs WHERE document_id = ?1 "
                                 "ORDER BY number");
        if (!read)
            return failure(read.error());
        m_readDocument.emplace(std::move(*read));
    }
    clear();
    Statement &read = *m_readDocument;
    read.reset();
    read.bind(1, documentId);
    bool inOrder = true;
    while (read.step()) {
        const qint64 end = read.int64(1);
        // Ends rising strictly: the order of paragraphs_by_end (end, then start), and every end is above -1.
        if (end <= (m_end.empty() ? -1 : m_end.back())) {
            inOrder = false;
            break;
        }
        m_start.push_back(read.int64(0));
        m_end.push_back(end);
        m_number.push_back(read.int64(2));
        // NULL comes as no bytes at all (not even an empty string's).
        const std::string_view speaker = read.utf8(3);
        m_speaker.push_back(speaker.data() == nullptr ? -1 : speakerIndex(speaker));
    }
    if (read.failed())
        return failure(read.error());
    read.reset();
    if (!inOrder)
        clear();
    return inOrder;
}

void DocumentParagraphs::clear()
{
    m_start.clear();
    m_end.clear();
    m_number.clear();
    m_speaker.clear();
    m_speakerUtf8.clear();
    m_speakerByName.clear();
    m_lastSpeaker = -1;
}

// The paragraphs ending after `from` up to the first ending at or after `to`, by paragraphs_by_end, each row's speaker
// looked up in the table.
Result<void> DocumentParagraphs::loadByEnds(qint64 documentId, qint64 from, qint64 to)
{
    if (!m_readByEnds) {
        auto read = m_db.prepare("SELECT start, end, number, speaker FROM paragraphs WHERE document_id = ?1 AND "
                                 "end > ?2 ORDER BY end");
        if (!read)
            return failure(read.error());
        m_readByEnds.emplace(std::move(*read));
    }
    clear();
    Statement &read = *m_readByEnds;
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
    // The names kept are UTF-8 as Qt reads it, so bytes equal to the previous one's are that name (checked first:
    // a transcript's turns come from a few speakers).
    if (m_lastSpeaker >= 0 && m_speakerUtf8[static_cast<size_t>(m_lastSpeaker)] == utf8)
        return m_lastSpeaker;
    // Bytes that are not UTF-8 are kept as Qt reads them (U+FFFD for each bad sequence, as text() gave), so that two
    // names are the same here exactly when they are the same QString.
    std::string name;
    if (!isValidUtf8(utf8)) {
        const QByteArray read = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())).toUtf8();
        name.assign(read.constData(), static_cast<size_t>(read.size()));
        utf8 = name;
    }
    // A few names are compared one by one, more are looked up (a file with a name per paragraph stays linear).
    constexpr size_t kFewNames = 8;
    if (m_speakerUtf8.size() <= kFewNames) {
        const auto known = std::find(m_speakerUtf8.begin(), m_speakerUtf8.end(), utf8);
        if (known != m_speakerUtf8.end())
            return m_lastSpeaker = static_cast<int>(known - m_speakerUtf8.begin());
    } else {
        if (m_speakerByName.empty()) {
            for (size_t i = 0; i < m_speakerUtf8.size(); ++i)
                m_speakerByName.emplace(m_speakerUtf8[i], static_cast<int>(i));
        }
        const auto known = m_speakerByName.find(std::string(utf8));
        if (known != m_speakerByName.end())
            return m_lastSpeaker = known->second;
    }
    m_lastSpeaker = static_cast<int>(m_speakerUtf8.size());
    m_speakerUtf8.emplace_back(utf8);
    if (!m_speakerByName.empty())
        m_speakerByName.emplace(m_speakerUtf8.back(), m_lastSpeaker);
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
