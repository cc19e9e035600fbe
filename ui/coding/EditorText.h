#pragma once

#include <QString>

class QPlainTextEdit;

namespace marginalia {

// What a plain-text editor holds, every character as typed: QPlainTextEdit::toPlainText() gives a no-break space
// (French « », "10 %", a name that must not break) as a space, and a line separator (U+2028) as a line break, so that
// saving a memo after changing one character rewrote every such character in it. Blocks are joined by '\n'.
QString editorText(const QPlainTextEdit *editor);

} // namespace marginalia
