#include "report/ParagraphLookup.h"

#include "project/Project.h"

namespace marginalia {

Result<ParagraphCitation> ParagraphLookup::cite(qint64 documentId, qint64 start, qint64 end)
{
    Database &db = m_project.database();
    if (!m_range) {
        // The same rule as CodingStore::segments: the first paragraph ending after the start (if it begins before the
        // end), and the first ending at or after the end if it begins before the end, else the last ending before it.
        auto range = db.prepare(
            "SELECT (SELECT CASE WHEN p.start < ?3 THEN p.number END FROM paragraphs p WHERE p.document_id = ?1"
            " AND p.end > ?2 ORDER BY p.end LIMIT 1),"
            " coalesce((SELECT CASE WHEN p.start < ?3 THEN p.number END FROM paragraphs p WHERE p.document_id = ?1"
            " AND p.end >= ?3 ORDER BY p.end LIMIT 1),"
            " (SELECT p.number FROM paragraphs p WHERE p.document_id = ?1 AND p.end < ?3 AND p.end > ?2"
            " ORDER BY p.end DESC LIMIT 1))");
        if (!range)
            return failure(range.error());
        auto speakers = db.prepare("SELECT speaker FROM paragraphs WHERE document_id = ?1 AND number BETWEEN ?2 AND ?3"
                                   " AND speaker IS NOT NULL ORDER BY number");
        if (!speakers)
            return failure(speakers.error());
        m_range = std::move(*range);
        m_speakers = std::move(*speakers);
    }
    ParagraphCitation citation;
    m_range->reset();
    m_range->bind(1, documentId).bind(2, start).bind(3, end);
    if (!m_range->step())
        return failure(m_range->failed() ? m_range->error() : QStringLiteral("no paragraph lookup result"));
    if (m_range->isNull(0) || m_range->isNull(1) || m_range->int64(0) > m_range->int64(1))
        return citation;
    citation.firstParagraph = m_range->int64(0);
    citation.lastParagraph = m_range->int64(1);
    m_speakers->reset();
    m_speakers->bind(1, documentId).bind(2, citation.firstParagraph).bind(3, citation.lastParagraph);
    while (m_speakers->step()) {
        const QString speaker = m_speakers->text(0);
        if (!citation.speakers.contains(speaker))
            citation.speakers.append(speaker);
    }
    if (m_speakers->failed())
        return failure(m_speakers->error());
    return citation;
}

} // namespace marginalia
