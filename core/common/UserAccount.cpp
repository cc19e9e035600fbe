#include "common/UserAccount.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace marginalia {

QString accountFullName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid())) {
        // GECOS is "Full Name,Room,Work phone,Home phone,Other"; only the first field is a name.
        const QString fullName = QString::fromLocal8Bit(entry->pw_gecos ? entry->pw_gecos : "").section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString login = QString::fromLocal8Bit(entry->pw_name ? entry->pw_name : "").trimmed();
        if (!login.isEmpty())
            return login;
    }
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
}

} // namespace marginalia
