#include "project/Names.h"

namespace marginalia {

namespace {

// Cc (C0, DEL, C1) and the line and paragraph separators, which also break a line.
bool breaksOrHides(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

QString describe(QChar c)
{
    switch (c.unicode()) {
    case u'\n': return QStringLiteral("a line break");
    case u'\r': return QStringLiteral("a carriage return");
    case u'\t': return QStringLiteral("a tab");
    case 0x2028: return QStringLiteral("a line separator");
    case 0x2029: return QStringLiteral("a paragraph separator");
    default: return QStringLiteral("the control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    }
}

} // namespace

Result<QString> checkedName(const QString &kind, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return failure(QStringLiteral("a %1 needs a name").arg(kind));
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (breaksOrHides(trimmed.at(i))) {
            QString shown = trimmed;
            for (QChar &c : shown) {
                if (breaksOrHides(c))
                    c = QChar(0xFFFD);
            }
            return failure(QStringLiteral("a %1 name must be one line of text: \"%2\" contains %3 (shown as \uFFFD)")
                               .arg(kind, shown, describe(trimmed.at(i))));
        }
    }
    return trimmed;
}

QString singleLineName(const QString &name)
{
    QString cleaned = name;
    for (QChar &c : cleaned) {
        if (breaksOrHides(c))
            c = QChar(u' ');
    }
    return cleaned.trimmed();
}

} // namespace marginalia
