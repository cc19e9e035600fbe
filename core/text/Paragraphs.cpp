#include "text/Paragraphs.h"

#include <QHash>

#include <QRegularExpression>

namespace marginalia {

QString speakerLabel(QStringView line)
{
    // Neither the label's characters nor the spaces around it are colons, so the colon that ends a label is the
    // line's first one: a line without one has no label (most lines of a long text), and the pattern needs to see
    // the line only up to it (Qt checks the whole subject's UTF-16 before every match).
    qsizetype colon = 0;
    while (colon < line.size() && line[colon] != u':' && line[colon] != u'\uFF1A')
        ++colon;
    if (colon == line.size())
        return {};
    line = line.first(colon + 1);
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

namespace {

// Counts the lines each speaker label starts, remembering the order in which the labels first speak.
class SpeakerTally
{
public:
    void count(const QString &label)
    {
        if (auto it = m_lines.find(label); it != m_lines.end()) {
            ++*it;
        } else {
            m_order.append(label);
            m_lines.insert(label, 1);
        }
    }

    // The labels that start at least two lines, if their lines are at least a fifth of the non-empty lines.
    QStringList speakers(qsizetype nonEmptyLines) const
    {
        QStringList speakers;
        qsizetype turns = 0;
        for (const QString &label : m_order) {
            if (const qsizetype lines = m_lines.value(label); lines >= 2) {
                speakers.append(label);
                turns += lines;
            }
        }
        if (speakers.isEmpty() || turns * 5 < nonEmptyLines)
            return {};
        return speakers;
    }

private:
    QStringList m_order;                 // labels in the order first met
    QHash<QString, qsizetype> m_lines;   // label -> lines it starts
};

} // namespace

QStringList detectSpeakers(QStringView text)
{
    SpeakerTally tally;
    qsizetype nonEmpty = 0;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(u'\n', from);
        if (to < 0)
            to = text.size();
        const QStringView line = text.mid(from, to - from);
        if (!line.trimmed().isEmpty()) {
            ++nonEmpty;
            if (const QString label = speakerLabel(line); !label.isEmpty())
                tally.count(label);
        }
        from = to + 1;
    }
    return tally.speakers(nonEmpty);
}

QStringList detectSpeakers(const QList<Paragraph> &paragraphs)
{
    // splitParagraphs makes a paragraph of each non-empty line, with that line's speakerLabel.
    SpeakerTally tally;
    for (const Paragraph &paragraph : paragraphs) {
        if (!paragraph.speaker.isEmpty())
            tally.count(paragraph.speaker);
    }
    return tally.speakers(paragraphs.size());
}

QList<Paragraph> splitParagraphs(const QString &text)
{
    QList<Paragraph> paragraphs;
    qint64 codePoint = 0;
    qint64 lineStart = 0;
    qsizetype lineStartUtf16 = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || text.at(i) == u'\n') {
            const QStringView line = QStringView(text).mid(lineStartUtf16, i - lineStartUtf16);
            if (!line.trimmed().isEmpty())
                paragraphs.append({lineStart, codePoint, speakerLabel(line)});
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
