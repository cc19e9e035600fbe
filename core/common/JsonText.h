#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace marginalia {

// JSON written straight into bytes, byte for byte what QJsonDocument::toJson(QJsonDocument::Indented) writes for the
// same value (outputs stay what scripts already parse and compare) but for U+FEFF (escapeByteOrderMarks), without
// building a QJsonDocument: for outputs of many objects the document, its re-reading and re-indenting were about half
// of the command's time.
//
// Qt's rules, kept here: strings as UTF-8 with ", \ and the control characters below U+0020 escaped (\b \f \n \r \t,
// the others as \u00XX in lower-case hex), a lone surrogate as \uXXXX, everything else as it is (U+2028, U+2029 and
// U+007F too; U+FEFF is written \ufeff); integers in decimal, other numbers in the shortest form that reads back the
// same ('g'), non-finite ones as null; four spaces per level; an empty container as its brackets on two lines.
namespace JsonText {

// JSON that Qt wrote (QJsonDocument::toJson) with each U+FEFF escaped as \ufeff. Qt writes it as it is, and Qt's reader
// then drops it where it begins a string (a byte order mark to Qt's UTF-8 reading): a memo, name or passage that began
// with one came back without it. Escaped, every reader, Qt's too, gets the character back. In JSON that Qt wrote,
// U+FEFF is only ever inside a string, where the escape means the same character.
QByteArray escapeByteOrderMarks(QByteArray json);
// QJsonDocument::fromJson, keeping a U+FEFF that begins a string (the JSON of any writer: PostgreSQL and SQLite
// write it as it is). A U+FEFF before the document, a byte order mark, is skipped as Qt skips it.
QJsonDocument parse(QByteArrayView json, QJsonParseError *error = nullptr);

// `text` as a quoted JSON string.
void appendString(QByteArray &out, QStringView text);
// `value` as Qt writes it at nesting depth `depth` (the outermost container's members are at depth 1), without the
// indentation of its own first line.
void appendValue(QByteArray &out, const QJsonValue &value, int depth);

} // namespace JsonText

// One JSON object written member by member, as QJsonDocument::Indented writes a QJsonObject at nesting depth `depth`
// (1: an element of the outermost array). Members must be given in QJsonObject's order (keys sorted), which is
// checked in debug builds.
class JsonObjectWriter
{
public:
    JsonObjectWriter(QByteArray &out, int depth);

    JsonObjectWriter &field(QLatin1StringView key, QStringView value);
    JsonObjectWriter &field(QLatin1StringView key, const QString &value) { return field(key, QStringView(value)); }
    JsonObjectWriter &field(QLatin1StringView key, qint64 value);
    JsonObjectWriter &field(QLatin1StringView key, const QStringList &values);
    JsonObjectWriter &field(QLatin1StringView key, const QJsonValue &value);
    // An array of the whole numbers first … last (empty when first is 0 or past last): paragraph numbers.
    JsonObjectWriter &numberRange(QLatin1StringView key, qint64 first, qint64 last);
    // Closes the object ("}" at its own depth).
    void end();

private:
    void key(QLatin1StringView key);
    void openArray();
    void closeArray(qsizetype count);

    QByteArray &m_out;
    int m_depth;
    int m_members = 0;
#ifndef QT_NO_DEBUG
    QLatin1StringView m_lastKey;
#endif
};

} // namespace marginalia
