#pragma once

#include <string_view>

namespace marginalia {

// True when the bytes are well-formed UTF-8 as Qt reads it: QString::fromUtf8 gives back exactly these bytes through
// toUtf8() (no overlong forms, no surrogates, nothing past U+10FFFF, no cut-off sequence), except that a leading U+FEFF,
// which Qt's reading drops, is taken as the character it is. Stored texts are; a
// damaged or hand-made project file may hold anything, which Qt reads with U+FFFD in place of each bad sequence.
bool isValidUtf8(std::string_view utf8);

// Copies well-formed UTF-8 (as isValidUtf8) to target (utf8.size() bytes) with each '\n' as a space; false, with
// target partly written, when the bytes are not well-formed.
bool copyWithLineBreaksAsSpaces(std::string_view utf8, char *target);

} // namespace marginalia
