#include "refiqda/QdeXml.h"

#include "refiqda/RefiQda.h"

#include <QDateTime>
#include <QUuid>

namespace marginalia {

QString derivedGuid(const QString &ownerGuid, QStringView role)
{
    // A fixed namespace for Marginalia's derived objects; the owner's GUID and the role are the name.
    static const QUuid kNamespace = QUuid::fromString(QStringLiteral("6d2c5a0e-8f1b-4c61-9f0e-2b7f4e1a9c33"));
    const QString name = ownerGuid.toLower() + u'/' + role;
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}

namespace refiqda {

QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate()) {
            if (i + 1 < n && text.at(i + 1).isLowSurrogate()) {
                safe.append(c);
                safe.append(text.at(++i));
            }
            continue;
        }
        if (c.isLowSurrogate())
            continue;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        safe.append(c);
    }
    return safe;
}

QString canonicalGuid(const QString &text)
{
    // Fast path: already lower case, no braces.
    if (text.size() == 36 && text.at(8) == u'-' && text.at(13) == u'-' && text.at(18) == u'-' && text.at(23) == u'-') {
        bool plain = true;
        for (QChar c : text)
            plain = plain && ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-');
        if (plain)
            return text;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 36 && trimmed.size() != 38)
        return {};
    const QUuid uuid = QUuid::fromString(trimmed);
    if (uuid.isNull())
        return {};
    return uuid.toString(QUuid::WithoutBraces);
}

QString xsdDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Fast path for the form the project stores (and most tools write): 2024-05-01T10:20:30Z.
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'Z') {
        auto number = [&](qsizetype at) {
            const QChar a = text.at(at);
            const QChar b = text.at(at + 1);
            return a.isDigit() && b.isDigit() ? (a.unicode() - u'0') * 10 + (b.unicode() - u'0') : -1;
        };
        const int month = number(5);
        const int day = number(8);
        if (number(0) >= 0 && number(2) >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && number(11) >= 0
            && number(11) < 24 && number(14) >= 0 && number(14) < 60 && number(17) >= 0 && number(17) < 60)
            return text;
    }
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!time.isValid())
        return {};
    // Without a zone the time is the writer's local time, which the file does not say: taken as UTC, so that a file
    // gives the same times wherever it is imported (read as this machine's local time, 10:00 came in as 02:00Z in
    // Shanghai and 15:00Z in New York).
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC().toString(Qt::ISODate);
}

QString canonicalColor(const QString &text)
{
    const QString t = text.trimmed();
    auto isHex = [](QStringView digits) {
        for (QChar c : digits) {
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
                return false;
        }
        return true;
    };
    if (t.size() == 7 && t.startsWith(u'#') && isHex(QStringView(t).mid(1)))
        return t.toUpper();
    if (t.size() == 4 && t.startsWith(u'#') && isHex(QStringView(t).mid(1))) {
        QString wide = QStringLiteral("#");
        for (qsizetype i = 1; i < 4; ++i) {
            wide.append(t.at(i));
            wide.append(t.at(i));
        }
        return wide.toUpper();
    }
    return {};
}

} // namespace refiqda
} // namespace marginalia
