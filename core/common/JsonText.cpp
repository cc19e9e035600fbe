#include "common/JsonText.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace marginalia {

namespace {

void appendIndent(QByteArray &out, int depth)
{
    out.append(static_cast<qsizetype>(4 * depth), ' ');
}

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + (value - 10));
}

void appendEscapedUnit(QByteArray &out, char16_t unit)
{
    const char escaped[] = {'\\', 'u', hexDigit(unit >> 12), hexDigit((unit >> 8) & 0xF), hexDigit((unit >> 4) & 0xF),
                            hexDigit(unit & 0xF)};
    out.append(escaped, sizeof escaped);
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // QJsonValue keeps whole numbers as integers (written in decimal) and the rest as doubles.
    const QCborValue number = QCborValue::fromJsonValue(value);
    if (number.isInteger()) {
        out.append(QByteArray::number(number.toInteger()));
        return;
    }
    const double d = number.toDouble();
    if (std::isfinite(d))
        out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null");
}

constexpr QByteArrayView kByteOrderMark("\xEF\xBB\xBF");
constexpr QByteArrayView kEscapedByteOrderMark("\\ufeff");

// The JSON with each U+FEFF from byte `from` on as \ufeff.
QByteArray escapeMarksFrom(QByteArrayView json, qsizetype from)
{
    QByteArray escaped;
    qsizetype done = 0;
    for (qsizetype at = json.indexOf(kByteOrderMark, from); at >= 0; at = json.indexOf(kByteOrderMark, done)) {
        if (escaped.isEmpty())
            escaped.reserve(json.size() + 16);
        escaped.append(json.sliced(done, at - done)).append(kEscapedByteOrderMark);
        done = at + kByteOrderMark.size();
    }
    return escaped.append(json.sliced(done));
}

} // namespace

QByteArray JsonText::escapeByteOrderMarks(QByteArray json)
{
    if (!QByteArrayView(json).contains(kByteOrderMark))
        return json;
    return escapeMarksFrom(json, 0);
}

QJsonDocument JsonText::parse(QByteArrayView json, QJsonParseError *error)
{
    // One before the document is Qt's to skip; any after it is inside a string (or an error either way).
    const qsizetype from = json.startsWith(kByteOrderMark) ? kByteOrderMark.size() : 0;
    if (json.indexOf(kByteOrderMark, from) < 0)
        return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), error);
    return QJsonDocument::fromJson(escapeMarksFrom(json, from), error);
}

void JsonText::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        // A run that needs no escaping, ASCII, is copied at once.
        const char16_t *run = unit;
        while (run != end && *run < 0x80 && *run >= 0x20 && *run != u'"' && *run != u'\\')
            ++run;
        if (run != unit) {
            const qsizetype length = run - unit;
            const qsizetype at = out.size();
            out.resize(at + length);
            char *target = out.data() + at;
            for (qsizetype i = 0; i < length; ++i)
                target[i] = static_cast<char>(unit[i]);
            unit = run;
            continue;
        }
        const char16_t c = *unit++;
        if (c < 0x80) {
            out.append('\\');
            switch (c) {
            case u'"': out.append('"'); break;
            case u'\\': out.append('\\'); break;
            case u'\b': out.append('b'); break;
            case u'\f': out.append('f'); break;
            case u'\n': out.append('n'); break;
            case u'\r': out.append('r'); break;
            case u'\t': out.append('t'); break;
            default:
                out.chop(1);
                appendEscapedUnit(out, c);
            }
        } else if (c < 0x800) {
            out.append(static_cast<char>(0xC0 | (c >> 6)));
            out.append(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (QChar::isHighSurrogate(c) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t codePoint = QChar::surrogateToUcs4(c, *unit++);
            const char bytes[] = {static_cast<char>(0xF0 | (codePoint >> 18)),
                                  static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)),
                                  static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)),
                                  static_cast<char>(0x80 | (codePoint & 0x3F))};
            out.append(bytes, sizeof bytes);
        } else if (QChar::isSurrogate(c)) {
            appendEscapedUnit(out, c);   // a lone surrogate has no UTF-8: Qt writes it escaped
        } else if (c == 0xFEFF) {
            appendEscapedUnit(out, c);   // escapeByteOrderMarks
        } else {
            const char bytes[] = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                                  static_cast<char>(0x80 | (c & 0x3F))};
            out.append(bytes, sizeof bytes);
        }
    }
    out.append('"');
}

void JsonText::appendValue(QByteArray &out, const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double:
        appendNumber(out, value);
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            appendIndent(out, depth + 1);
            appendValue(out, array.at(i), depth + 1);
            out.append(i + 1 < array.size() ? ",\n" : "\n");
        }
        appendIndent(out, depth);
        out.append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out.append("{\n");
        qsizetype i = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++i) {
            appendIndent(out, depth + 1);
            appendString(out, it.key());
            out.append(": ");
            appendValue(out, it.value(), depth + 1);
            out.append(i + 1 < object.size() ? ",\n" : "\n");
        }
        appendIndent(out, depth);
        out.append('}');
        return;
    }
    }
}

JsonObjectWriter::JsonObjectWriter(QByteArray &out, int depth) : m_out(out), m_depth(depth)
{
    m_out.append("{\n");
}

void JsonObjectWriter::key(QLatin1StringView key)
{
#ifndef QT_NO_DEBUG
    Q_ASSERT_X(m_members == 0 || m_lastKey < key, "JsonObjectWriter", "keys out of QJsonObject's order");
    m_lastKey = key;
#endif
    if (m_members++ > 0)
        m_out.append(",\n");
    appendIndent(m_out, m_depth + 1);
    m_out.append('"');
    m_out.append(key.data(), key.size());   // keys are plain ASCII names: nothing to escape
    m_out.append("\": ");
}

JsonObjectWriter &JsonObjectWriter::field(QLatin1StringView name, QStringView value)
{
    key(name);
    JsonText::appendString(m_out, value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::field(QLatin1StringView name, qint64 value)
{
    key(name);
    m_out.append(QByteArray::number(value));
    return *this;
}

void JsonObjectWriter::openArray()
{
    m_out.append("[\n");
}

void JsonObjectWriter::closeArray(qsizetype count)
{
    if (count > 0)
        m_out.append('\n');
    appendIndent(m_out, m_depth + 1);
    m_out.append(']');
}

JsonObjectWriter &JsonObjectWriter::field(QLatin1StringView name, const QStringList &values)
{
    key(name);
    openArray();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_out.append(",\n");
        appendIndent(m_out, m_depth + 2);
        JsonText::appendString(m_out, values.at(i));
    }
    closeArray(values.size());
    return *this;
}

JsonObjectWriter &JsonObjectWriter::field(QLatin1StringView name, const QJsonValue &value)
{
    key(name);
    JsonText::appendValue(m_out, value, m_depth + 1);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::numberRange(QLatin1StringView name, qint64 first, qint64 last)
{
    key(name);
    const qsizetype count = first > 0 && last >= first ? static_cast<qsizetype>(last - first + 1) : 0;
    openArray();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            m_out.append(",\n");
        appendIndent(m_out, m_depth + 2);
        m_out.append(QByteArray::number(first + i));
    }
    closeArray(count);
    return *this;
}

void JsonObjectWriter::end()
{
    if (m_members > 0)
        m_out.append('\n');
    appendIndent(m_out, m_depth);
    m_out.append('}');
}

} // namespace marginalia
