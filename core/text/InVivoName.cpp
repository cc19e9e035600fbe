#include "text/InVivoName.h"

namespace marginalia {

namespace {

constexpr qsizetype kMaxLength = 80;

// The other half of an opening or closing bracket or quotation mark, or a null character. Brackets
// have their Unicode mirror (( ) 「 」 《 》 【 】…); quotation marks are not mirrored and are listed.
QChar counterpart(QChar c)
{
    static constexpr std::pair<char16_t, char16_t> quotes[] = {
        {u'“', u'”'}, {u'‘', u'’'}, {u'«', u'»'}, {u'‹', u'›'}, {u'„', u'“'}, {u'‚', u'‘'}, {u'"', u'"'}, {u'\'', u'\''},
    };
    for (const auto &[open, close] : quotes) {
        if (c == QChar(open))
            return QChar(close);
        if (c == QChar(close))
            return QChar(open);
    }
    const QChar mirrored = c.mirroredChar();
    return mirrored != c ? mirrored : QChar();
}

bool isOpening(QChar c)
{
    return c.category() == QChar::Punctuation_Open || c.category() == QChar::Punctuation_InitialQuote
        || c == u'"' || c == u'\'' || c == u'„' || c == u'‚';
}

bool isClosing(QChar c)
{
    return c.category() == QChar::Punctuation_Close || c.category() == QChar::Punctuation_FinalQuote
        || c == u'"' || c == u'\'' || c == u'“' || c == u'‘';
}

// White space and punctuation that may go from the ends of a name; signs that carry meaning stay.
bool isTrimmable(QChar c)
{
    if (c.isSpace())
        return true;
    if (!c.isPunct())
        return false;
    return c != u'%' && c != u'‰' && c != u'#' && c != u'&' && c != u'@' && c != u'*';
}

QString trimAround(QString name)
{
    while (!name.isEmpty()) {
        const QChar first = name.front();
        const QChar last = name.back();
        const QStringView inner = QStringView(name).mid(1);
        // A pair around the whole name: “欢迎各位专家”, 「互联网+教育」, (aside).
        if (name.size() >= 2 && isOpening(first) && counterpart(first) == last) {
            name = name.mid(1, name.size() - 2);
            continue;
        }
        // An opening mark stays if it is closed inside the name, a closing one if it was opened there.
        if (isTrimmable(first) && !(isOpening(first) && !counterpart(first).isNull() && inner.contains(counterpart(first)))) {
            name.remove(0, 1);
            continue;
        }
        if (isTrimmable(last) && !(isClosing(last) && !counterpart(last).isNull()
                                  && QStringView(name).first(name.size() - 1).contains(counterpart(last)))) {
            name.chop(1);
            continue;
        }
        break;
    }
    return name;
}

} // namespace

QString inVivoCodeName(QStringView selection)
{
    QString name = selection.toString().simplified();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    name = trimAround(name);
    if (name.size() > kMaxLength) {
        // Not between the halves of a surrogate pair.
        qsizetype cut = kMaxLength;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name = trimAround(name.left(cut));
    }
    return name;
}

} // namespace marginalia
