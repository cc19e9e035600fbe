#include "FullProgram.h"

#include "CliOutput.h"
#include "Program.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cerrno>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace marginalia::cli {

namespace {

const QString kFullProgramName = QStringLiteral("marginalia-cli-full");

// This program's folder: /proc/self/exe is the program file itself, also when it was started through a symbolic
// link or from PATH; argv[0] only when /proc is missing.
QString programFolder(const char *argv0)
{
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (!self.isEmpty())
        return QFileInfo(self).absolutePath();
    return QFileInfo(QFile::decodeName(argv0)).absolutePath();
}

} // namespace

int handOverToFullProgram(int argc, char **argv)
{
    const QDir folder(programFolder(argv[0]));
    const QStringList candidates{
        QDir::cleanPath(folder.filePath(QStringLiteral(MARGINALIA_FULL_PROGRAM_FROM_BIN) + u'/' + kFullProgramName)),
        folder.filePath(kFullProgramName)};
    for (const QString &candidate : candidates) {
        const QByteArray path = QFile::encodeName(candidate);
        if (::access(path.constData(), F_OK) != 0)
            continue;   // (one that is there but cannot be run fails in execv below, saying why)
        std::vector<char *> arguments(argv, argv + argc);
        arguments[0] = const_cast<char *>(path.constData());
        arguments.push_back(nullptr);
        ::execv(path.constData(), arguments.data());
        const int error = errno;
        prepareOutput(argc, argv);
        printError(QStringLiteral("cannot start %1, which runs '%2': %3")
                       .arg(candidate, QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(std::strerror(error))));
        return Failed;
    }
    prepareOutput(argc, argv);
    printError(QStringLiteral("'%1' is run by %2, which is missing: it is neither %3 nor %4. "
                              "Install Marginalia again (or build the target %2).")
                   .arg(QString::fromLocal8Bit(argv[1]), kFullProgramName, candidates[0], candidates[1]));
    return Failed;
}

} // namespace marginalia::cli
