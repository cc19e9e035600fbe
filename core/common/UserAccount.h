#pragma once

#include <QString>

namespace marginalia {

// The name of the person at this account, to suggest as the coder's name: the full name of the
// account (the first field of the password entry's GECOS), else the login name, else $USER; empty
// if none is known.
QString accountFullName();

} // namespace marginalia
