#include "text/Paragraphs.h"

#include <QHash>

#include <QRegularExpression>

namespace marginalia {

namespace {

// Neither a label's characters nor the spaces around it are colons, so the colon that ends a label is the line's
// first one: a line without one has no label (most lines of a long text), and the pattern needs to see the line
// only up to it (Qt checks the whole subject's UTF-16 before every match). Empty: no colon.
QStringView upToFirstColon(QStringView line)
{
    qsizetype colon = 0;
    while (colon < line.size() && line[colon] != u':' && line[colon] != u'\uFF1A')
        ++colon;
    return colon == line.size() ? QStringView() : line.first(colon + 1);
}

// The label of a line's beginning up to and including its first colon (upToFirstColon).
QString labelBefore(QStringView line)
{
    // One to three short words of letters or digits, with at least one letter, then ":" or "：".
    // Times such as "10:30" have no letter and are not speakers.
    static const QRegularExpression label(
        QStringLiteral(R"(^\s*((?:[\p{L}\p{N}_.()-]{1,20})(?:[ \x{3000}][\p{L}\p{N}_.()-]{1,20}){0,2})\s*[:：])"));
    // matchView() arrived in Qt 6.5, which deprecates match(QStringView); Debian 12 has 6.4.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QRegularExpressionMatch match = label.matchView(line);
#else
    const QRegularExpressionMatch match = label.match(line);
#endif
    if (!match.hasMatch())
        return {};
    const QString name = match.captured(1);
    // At least one letter: \p{L}, the categories QChar::isLetter tests (a second pattern cost as much as the first).
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            ++i;
        }
        if (QChar::isLetter(c))
            return name;
    }
    return {};
}


// speakerLabel for the lines of one text: a transcript's turns start with the same few labels again and again, so
// the answers for the last two different beginnings (up to the first colon) are kept and given again, the same
// string, instead of matching the pattern on every line.
class LabelFinder
{
public:
    QString labelOf(QStringView line)
    {
        const QStringView head = upToFirstColon(line);
        if (head.isEmpty())
            return {};
        for (Known &known : m_known) {
            if (known.head == head)
                return known.label;
        }
        Known &replaced = m_known[m_next];
        m_next = 1 - m_next;
        replaced.head = head.toString();
        replaced.label = labelBefore(head);
        return replaced.label;
    }

private:
    struct Known
    {
        QString head;   // never empty once set: it holds at least the colon
        QString label;
    };
    Known m_known[2];
    int m_next = 0;
};

} // namespace

QString speakerLabel(QStringView line)
{
    const QStringView head = upToFirstColon(line);
    return head.isEmpty() ? QString() : labelBefore(head);
}

int SpeakerLabels::add(const QString &label)
{
    const int index = m_labels.number(label);
    if (index == m_lines.size())   // a label met for the first time
        m_lines.append(0);
    ++m_lines[index];
    return index;
}

QStringList SpeakerLabels::speakers(qsizetype nonEmptyLines) const
{
    // A label counts if it starts at least two lines; the text is a transcript if such lines are a fifth of all.
    QStringList speakers;
    qsizetype turns = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i) >= 2) {
            speakers.append(m_labels.name(static_cast<int>(i)));
            turns += m_lines.at(i);
        }
    }
    if (speakers.isEmpty() || turns * 5 < nonEmptyLines)
        return {};
    return speakers;
}

QStringList detectSpeakers(QStringView text)
{
    SpeakerLabels tally;
    LabelFinder labels;
    qsizetype nonEmpty = 0;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(u'\n', from);
        if (to < 0)
            to = text.size();
        const QStringView line = text.mid(from, to - from);
        if (!line.trimmed().isEmpty()) {
            ++nonEmpty;
            if (const QString label = labels.labelOf(line); !label.isEmpty())
                tally.add(label);
        }
        from = to + 1;
    }
    return tally.speakers(nonEmpty);
}

QStringList detectSpeakers(const QList<Paragraph> &paragraphs)
{
    // splitParagraphs makes a paragraph of each non-empty line, with that line's speakerLabel.
    SpeakerLabels tally;
    for (const Paragraph &paragraph : paragraphs) {
        if (!paragraph.speaker.isEmpty())
            tally.add(paragraph.speaker);
    }
    return tally.speakers(paragraphs.size());
}

QList<Paragraph> splitParagraphs(const QString &text)
{
    QList<Paragraph> paragraphs;
    LabelFinder labels;
    qint64 codePoint = 0;
    qint64 lineStart = 0;
    qsizetype lineStartUtf16 = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || text.at(i) == u'\n') {
            const QStringView line = QStringView(text).mid(lineStartUtf16, i - lineStartUtf16);
            if (!line.trimmed().isEmpty())
                paragraphs.append({lineStart, codePoint, labels.labelOf(line)});
            lineStart = codePoint + 1;
            lineStartUtf16 = i + 1;
            ++codePoint;
            continue;
        }
        if (text.at(i).isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate())
            ++i;
        ++codePoint;
    }
    return paragraphs;
}

} // namespace marginalia
