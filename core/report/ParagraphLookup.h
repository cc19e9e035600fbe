#pragma once

#include "common/Result.h"
#include "project/Database.h"

#include <QStringList>

#include <optional>

namespace marginalia {

class Project;

// Where a range of a document is, for a citation: the paragraphs it touches (numbered as the document view numbers
// them: non-empty lines from 1; 0 when it touches none) and the speakers of those paragraphs, in order, each once.
struct ParagraphCitation
{
    qint64 firstParagraph = 0;
    qint64 lastParagraph = 0;
    QStringList speakers;
};

// Cites ranges that are not codings (search hits, disagreements) the way CodingStore::segments cites codings:
// range searches on paragraphs_by_end, prepared once for any number of ranges.
class ParagraphLookup
{
public:
    explicit ParagraphLookup(Project &project) : m_project(project) {}

    Result<ParagraphCitation> cite(qint64 documentId, qint64 start, qint64 end);

private:
    Project &m_project;
    std::optional<Statement> m_range;
    std::optional<Statement> m_speakers;
};

} // namespace marginalia
