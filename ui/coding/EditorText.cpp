#include "coding/EditorText.h"

#include <QPlainTextEdit>
#include <QTextDocument>

namespace marginalia {

QString editorText(const QPlainTextEdit *editor)
{
    // The document's characters as they are, with U+2029 where one block ends and the next begins.
    QString text = editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

} // namespace marginalia
