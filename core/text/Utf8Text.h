#pragma once

#include <QString>

#include <string_view>

namespace marginalia {

// Stored UTF-8 as a QString: QString::fromUtf8, but a U+FEFF at the start is kept as the character it is. Qt drops it
// as a byte order mark, which is right for a file's first bytes and wrong for anything read out of a project: a
// passage, a context or a window of a text that begins at a U+FEFF inside it (where two files were joined) lost a
// character, and every position counted in what was left came out one short (an autocoded sentence after it began
// one character early). Every piece of stored text, and every stored string, is read through this.
QString stringFromUtf8(std::string_view utf8);

// True when the bytes are well-formed UTF-8 as Qt reads it: QString::fromUtf8 gives back exactly these bytes through
// toUtf8() (no overlong forms, no surrogates, nothing past U+10FFFF, no cut-off sequence), except that a leading U+FEFF,
// which Qt's reading drops, is taken as the character it is (stringFromUtf8 keeps it). Stored texts are; a
// damaged or hand-made project file may hold anything, which Qt reads with U+FFFD in place of each bad sequence.
bool isValidUtf8(std::string_view utf8);

// Copies well-formed UTF-8 (as isValidUtf8) to target (utf8.size() bytes) with each '\n' as a space; false, with
// target partly written, when the bytes are not well-formed.
bool copyWithLineBreaksAsSpaces(std::string_view utf8, char *target);

} // namespace marginalia
