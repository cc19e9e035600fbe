#pragma once

#include <QList>
#include <QString>

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

} // namespace marginalia
