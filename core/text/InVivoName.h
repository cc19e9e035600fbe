#pragma once

#include <QString>
#include <QStringView>

namespace marginalia {

// The name a code made "in vivo" gets from the selected words: white space folded to single spaces,
// '/' (the path separator) replaced by '-', at most 80 characters, and trimmed of the white space
// and punctuation around the words — Latin and Chinese alike (“”「」，。！？、：；… . , ! ? " ' — –),
// while brackets and quotes that pair with one inside the name stay ("(rural) teachers", "老师说：‘好’").
// Signs that carry meaning stay too (% ‰ # & @ *). Empty if nothing but punctuation was selected.
QString inVivoCodeName(QStringView selection);

} // namespace marginalia
