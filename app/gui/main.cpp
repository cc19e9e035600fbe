// marginalia: the Qt Widgets application. Parses the command line, loads the translations and
// opens a project (the one given, else the last one, else the start page).

#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Loads Marginalia's translation (embedded under :/i18n) and Qt's own for the chosen language.
void installTranslations(QApplication &app)
{
    const QString chosen = marginalia::Settings().language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("marginalia"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Marginalia"));
    QApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("marginalia"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Qualitative research: code, compare and report."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo project (built on first use)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "The project file (*.marginalia) to open."));
    parser.process(app);

    marginalia::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(demo)) {
        window.openDemoProject();
    } else if (!positional.isEmpty()) {
        window.openProject(positional.first());
    } else {
        const QString last = marginalia::Settings().lastProject();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openProject(last);
    }
    return QApplication::exec();
}
