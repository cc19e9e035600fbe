#include "report/CsvField.h"

#include <QRegularExpression>

namespace marginalia {

namespace {

QString quoted(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
                       || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool isPlainNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?%?$)"));
    return number.match(text).hasMatch();
}

} // namespace

bool csvLooksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
                       || first == u'\r'
                       // Full-width forms, which some spreadsheets fold to their ASCII counterparts.
                       || first == QChar(0xFF1D) || first == QChar(0xFF0B) || first == QChar(0xFF0D)
                       || first == QChar(0xFF20);
    return risky && !isPlainNumber(text);
}

QString csvTextField(const QString &text)
{
    return quoted(csvLooksLikeFormula(text) ? u'\'' + text : text);
}

QString csvNumberField(qint64 value)
{
    return QString::number(value);
}

QString csvNumberField(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace marginalia
