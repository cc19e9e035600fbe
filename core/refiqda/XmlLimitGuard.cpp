#include "refiqda/XmlLimitGuard.h"

#include <QLocale>

namespace marginalia::refiqda {

using namespace Qt::StringLiterals;

XmlLimitGuard::XmlLimitGuard(QIODevice *source, const XmlLimits &limits, QString fileName, QString partName)
    : m_source(source), m_limits(limits), m_fileName(std::move(fileName)), m_partName(std::move(partName))
{
    open(QIODevice::ReadOnly);
}

qint64 XmlLimitGuard::readData(char *data, qint64 maxSize)
{
    if (!m_error.isEmpty())
        return -1;
    const qint64 n = m_source->read(data, maxSize);
    if (n <= 0)
        return n;
    if (!scan(data, n))
        return -1;
    return n;
}

bool XmlLimitGuard::refuse(const QString &what, qint64 limit)
{
    Q_UNUSED(limit);
    m_error = u"%1: is refused: %2 %3; nothing was imported"_s.arg(m_fileName, m_partName, what);
    setErrorString(m_error);
    return false;
}

bool XmlLimitGuard::grow()
{
    if (m_limits.maxTextBytes > 0 && ++m_run > m_limits.maxTextBytes)
        return refuse(u"holds a text, attribute value or comment longer than %1, the limit (option --max-xml-text)"_s.arg(
                          QLocale::c().formattedDataSize(m_limits.maxTextBytes)),
                      m_limits.maxTextBytes);
    return true;
}

bool XmlLimitGuard::scan(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        switch (m_state) {
        case State::Text:
            if (c == '<') {
                m_state = State::Open;
                m_run = 0;
            } else if (!grow()) {
                return false;
            }
            break;
        case State::Open:
            if (c == '!') {
                m_state = State::Bang;
            } else if (c == '?') {
                m_state = State::Instruction;
            } else {
                m_state = State::Tag;
                m_endTag = c == '/';
                if (!m_endTag) {
                    if (m_limits.maxElements > 0 && ++m_elements > m_limits.maxElements)
                        return refuse(u"holds more than %1 elements, the limit (option --max-xml-elements)"_s.arg(m_limits.maxElements),
                                      m_limits.maxElements);
                }
            }
            break;
        case State::Bang:
            if (c == '-') {
                m_state = State::Comment;
            } else if (c == '[') {
                m_state = State::CData;
            } else {
                m_state = State::Declaration;
                m_bracket = 0;
            }
            break;
        case State::Tag:
            if (c == '"' || c == '\'') {
                m_quote = c;
                m_run = 0;
                m_state = State::Value;
            } else if (c == '>') {
                if (m_endTag) {
                    if (m_depth > 0)
                        --m_depth;
                } else if (m_last != '/') {
                    if (m_limits.maxDepth > 0 && ++m_depth > m_limits.maxDepth)
                        return refuse(u"nests elements more than %1 levels deep, the limit (option --max-xml-depth)"_s.arg(m_limits.maxDepth),
                                      m_limits.maxDepth);
                }
                m_state = State::Text;
                m_run = 0;
            } else if (!grow()) {   // a name is a run too: a gigabyte-long element name is no better
                return false;
            }
            break;
        case State::Value:
            if (c == m_quote) {
                m_state = State::Tag;
                m_run = 0;
            } else if (!grow()) {
                return false;
            }
            break;
        case State::Comment:
            if (c == '>' && m_last == '-' && m_last2 == '-') {
                m_state = State::Text;
                m_run = 0;
            } else if (!grow()) {
                return false;
            }
            break;
        case State::CData:
            if (c == '>' && m_last == ']' && m_last2 == ']') {
                m_state = State::Text;
                m_run = 0;
            } else if (!grow()) {
                return false;
            }
            break;
        case State::Declaration:
            if (c == '[') {
                ++m_bracket;
            } else if (c == ']') {
                if (m_bracket > 0)
                    --m_bracket;
            } else if (c == '>' && m_bracket == 0) {
                m_state = State::Text;
                m_run = 0;
                break;
            }
            if (!grow())
                return false;
            break;
        case State::Instruction:
            if (c == '>' && m_last == '?') {
                m_state = State::Text;
                m_run = 0;
            } else if (!grow()) {
                return false;
            }
            break;
        }
        m_last2 = m_last;
        m_last = c;
    }
    return true;
}

} // namespace marginalia::refiqda
