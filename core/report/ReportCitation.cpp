// Where an excerpt is, as a report cites it. Apart from the report's writing (Report.cpp, ReportExcerpts.cpp), which
// marginalia-cli does not have (issue 12: the reliability paragraph computes agreement, which segments sentences with
// Boost.Locale); `codings --passages` cites its passages the same way.
#include "report/Report.h"

namespace marginalia {

QString ReportWriter::positionText(const CodedSegment &segment, const ReportLabels &labels)
{
    return labels.characters(segment.start + 1, segment.end);
}

QString ReportWriter::citationText(const CodedSegment &segment, const ReportLabels &labels)
{
    QStringList parts;
    if (segment.firstParagraph > 0)
        parts.append(labels.paragraphs(segment.firstParagraph, segment.lastParagraph));
    if (!segment.speakers.isEmpty())
        parts.append(labels.speakers(segment.speakers));
    parts.append(positionText(segment, labels));
    return parts.join(QStringLiteral(" · "));
}

} // namespace marginalia
