#pragma once

#include "text/SpeakerNumbering.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace marginalia {

// A paragraph is a non-empty line of the stored text (importers end every paragraph, heading,
// table row and speaker turn with "\n"). Positions are code points, half-open.
struct Paragraph
{
    qint64 start = 0;
    qint64 end = 0;
    // The speaker label of a transcript turn ("T", "教师", "Interviewer"), empty if none.
    QString speaker;
};

QList<Paragraph> splitParagraphs(const QString &text);

// The label of a speaker turn at the start of a line, or an empty string.
QString speakerLabel(QStringView line);

// The speakers of a transcript: the line-start labels (speakerLabel: "T:", "访谈者：", "Interviewer:") that
// recur, in the order they first speak. A label counts if it starts at least two lines, and the text counts as
// a transcript only if such lines are at least a fifth of its non-empty lines (a "Note:" now and then in an
// essay is no speaker). Empty for any other text. Linear in the text.
QStringList detectSpeakers(QStringView text);
// The same for a text already split (splitParagraphs(text)): the labels found there are not looked for again.
QStringList detectSpeakers(const QList<Paragraph> &paragraphs);

// The speaker labels of a text's lines, each kept once, in the order first met, with the lines it starts: how
// detectSpeakers counts, and how an import numbers the speakers of its paragraph rows (DocumentStore).
class SpeakerLabels
{
public:
    // Counts a line that starts with this label (not empty); returns the label's index in labels().
    int add(const QString &label);
    const std::vector<QString> &labels() const { return m_labels.names(); }
    // detectSpeakers' answer for a text of this many non-empty lines.
    QStringList speakers(qsizetype nonEmptyLines) const;

private:
    SpeakerNumbering<QString> m_labels;
    QList<qsizetype> m_lines;    // per label, the lines it starts
};

} // namespace marginalia
