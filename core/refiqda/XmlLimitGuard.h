#pragma once

// A device between an XML source and QXmlStreamReader that counts what the XML really holds as
// the bytes pass (internal to core/refiqda): the longest text run, attribute value, comment or
// CDATA section, the element depth and the number of elements. QXmlStreamReader keeps a whole
// text node in memory (twice, as UTF-16), so a 600 MB <Description> that deflates to a few
// hundred kilobytes must be stopped here, by what it inflates to, before it reaches the parser.
// One pass, constant memory, linear time.

#include <QIODevice>
#include <QString>

namespace marginalia::refiqda {

struct XmlLimits
{
    qint64 maxTextBytes = 0;   // one text node, attribute value, comment or CDATA section
    qint64 maxDepth = 0;       // element nesting
    qint64 maxElements = 0;    // elements in the whole document
};

class XmlLimitGuard : public QIODevice
{
public:
    // partName names the XML in the refusal ("project.qde"), fileName the file ("interviews.qdpx").
    XmlLimitGuard(QIODevice *source, const XmlLimits &limits, QString fileName, QString partName);

    bool isSequential() const override { return true; }
    // Why the XML was refused, or empty.
    const QString &limitError() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class State {
        Text,          // character data
        Open,          // just after '<'
        Bang,          // after "<!"
        Tag,           // inside a start or end tag, outside quotes
        Value,         // inside a quoted attribute value
        Comment,       // <!-- ... -->
        CData,         // <![CDATA[ ... ]]>
        Declaration,   // <!DOCTYPE ...> and other <! ...>, with [ ... ] inside
        Instruction,   // <? ... ?>
    };
    bool scan(const char *data, qint64 size);
    bool refuse(const QString &what, qint64 limit);
    bool grow();   // one more byte in the current run

    QIODevice *m_source;
    XmlLimits m_limits;
    QString m_fileName;
    QString m_partName;
    QString m_error;
    State m_state = State::Text;
    char m_quote = 0;
    bool m_endTag = false;
    char m_last = 0;      // the byte before, for "/>", "-->", "]]>", "?>"
    char m_last2 = 0;
    qint64 m_run = 0;     // bytes in the current text, value, comment or section
    qint64 m_depth = 0;
    qint64 m_elements = 0;
    int m_bracket = 0;    // [ ] nesting inside a declaration
};

} // namespace marginalia::refiqda
