// marginalia: the Qt Widgets application. Parses the command line, loads the translations and
// opens a project (the one given, else the last one, else the start page).

#include "coding/EditCommands.h"
#include "context/ProjectContext.h"
#include "interchange/InterchangeController.h"
#include "interchange/Prompts.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "project/DocumentStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <cstdio>
#include <memory>

namespace {

// QT_LOGGING_RULES="marginalia.translations.info=true" shows which translation file was loaded.
Q_LOGGING_CATEGORY(lcTranslations, "marginalia.translations", QtWarningMsg)

// Where Marginalia's translations are looked for, the first folder holding one for the language
// wins: the installed ones (share/marginalia/translations, found relative to the program so that
// an unpacked package works wherever it is), the build folder (lrelease writes the .qm files
// beside the program), and last the copies embedded in the program under :/i18n.
QStringList translationFolders()
{
    const QDir programFolder(QApplication::applicationDirPath());
    return {QDir::cleanPath(programFolder.filePath(QStringLiteral(MARGINALIA_TRANSLATIONS_FROM_BIN))),
            programFolder.path(), QStringLiteral(":/i18n")};
}

// Loads Marginalia's translation and Qt's own for the chosen language.
void installTranslations(QApplication &app)
{
    const QString chosen = marginalia::Settings().language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    for (const QString &folder : translationFolders()) {
        if (ours->load(locale, QStringLiteral("marginalia"), QStringLiteral("_"), folder)) {
            QApplication::installTranslator(ours);
            qCInfo(lcTranslations, "loaded %s", qUtf8Printable(ours->filePath()));
            break;
        }
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// The test driver (`--script FILE`, used by tests/test_gui_crash.cpp): runs FILE's lines one at a
// time on the open project, through the same path a user's edits take (EditCommands, recorded
// on the one undo stack), with the event loop running in between. Lines (arguments may be quoted;
// empty lines and lines starting with # are skipped):
//   code DOCUMENT CODE START END   codes [START, END) (code points) of DOCUMENT (name or id) with
//                                  the top-level code CODE, made if there is none
//   undo | redo                    the Edit menu's Undo / Redo
// After each line "ok N" (N: the line number, from 1) is printed once the edit is committed to
// the file, or "failed N: reason"; stdout is flushed after each. Then "done", and the program
// quits (exit code 0 if every line succeeded).
class ScriptDriver
{
public:
    ScriptDriver(marginalia::MainWindow &window, QStringList lines) : m_window(window), m_lines(std::move(lines)) {}

    void next()
    {
        if (m_line >= m_lines.size()) {
            print(QStringLiteral("done"));
            QApplication::exit(m_failed ? 1 : 0);
            return;
        }
        const int number = static_cast<int>(++m_line);
        const QString line = m_lines.at(number - 1).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            const QString error = run(QProcess::splitCommand(line));
            if (error.isEmpty()) {
                print(QStringLiteral("ok %1").arg(number));
            } else {
                m_failed = true;
                print(QStringLiteral("failed %1: %2").arg(number).arg(error));
            }
        }
        QTimer::singleShot(0, QApplication::instance(), [this] { next(); });
    }

private:
    static void print(const QString &text)
    {
        std::fputs(text.toUtf8().append('\n').constData(), stdout);
        std::fflush(stdout);
    }

    QString run(const QStringList &words)
    {
        marginalia::Workspace *workspace = m_window.workspace();
        if (!workspace)
            return QStringLiteral("no project is open");
        marginalia::ProjectContext *context = workspace->context();
        if (words.size() == 1 && words.first() == QLatin1String("undo")) {
            if (!context->undoStack()->canUndo())
                return QStringLiteral("nothing to undo");
            context->undoStack()->undo();
            return {};
        }
        if (words.size() == 1 && words.first() == QLatin1String("redo")) {
            if (!context->undoStack()->canRedo())
                return QStringLiteral("nothing to redo");
            context->undoStack()->redo();
            return {};
        }
        if (words.size() != 5 || words.first() != QLatin1String("code"))
            return QStringLiteral("unknown command");
        bool startOk = false;
        bool endOk = false;
        const marginalia::TextSpan span{words.at(3).toLongLong(&startOk), words.at(4).toLongLong(&endOk)};
        if (!startOk || !endOk)
            return QStringLiteral("START and END must be numbers");
        auto document = marginalia::DocumentStore(context->project()).find(words.at(1));
        if (!document)
            return document.error();
        QString reason;
        auto connection = QObject::connect(context, &marginalia::ProjectContext::failed, context,
                                           [&reason](const QString &message) { reason = message; });
        const bool coded = marginalia::EditCommands::codeWithNewCode(context, *document, span, words.at(2));
        QObject::disconnect(connection);
        if (!coded)
            return reason.isEmpty() ? QStringLiteral("nothing changed") : reason;
        return {};
    }

    marginalia::MainWindow &m_window;
    QStringList m_lines;
    qsizetype m_line = 0;
    bool m_failed = false;
};

// A REFI-QDA project (.qdpx) handed over by the file manager is imported into a new project
// beside it (the user confirms the name), as File > Import REFI-QDA Project does.
void importExchangeProject(marginalia::MainWindow &window, const QString &archive)
{
    auto *interchange = window.findChild<marginalia::InterchangeController *>();
    const QFileInfo info(archive);
    const QString project = marginalia::Prompts::saveFileName(
        &window, QApplication::translate("main", "New Project for the Import"),
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".marginalia")),
        QApplication::translate("main", "Marginalia projects (*.marginalia)"), QStringLiteral(".marginalia"));
    if (interchange && !project.isEmpty())
        interchange->importQdpx(archive, project);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Marginalia"));
    QApplication::setOrganizationName(QStringLiteral("Marginalia"));
    QApplication::setApplicationVersion(QStringLiteral(MARGINALIA_VERSION));
    // The installed desktop entry and icon are named by the application ID (packaging/).
    QApplication::setDesktopFileName(QStringLiteral(MARGINALIA_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(MARGINALIA_APP_ID)));
    marginalia::Settings::clearAbandonedLock();
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Qualitative research: code, compare and report."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo project (built on first use)."));
    parser.addOption(demo);
    const QCommandLineOption script(QStringLiteral("script"),
                                    QApplication::translate("main", "Test driver: run the edits in FILE on the project, "
                                                                    "printing \"ok N\" as each is saved."),
                                    QStringLiteral("FILE"));
    parser.addOption(script);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "The project file (*.marginalia) to open, "
                                                                        "or a REFI-QDA project (*.qdpx) to import."));
    parser.process(app);

    marginalia::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    std::unique_ptr<ScriptDriver> driver;
    if (parser.isSet(script)) {
        QFile file(parser.value(script));
        if (positional.isEmpty() || !file.open(QIODevice::ReadOnly) || !window.openProject(positional.first())) {
            std::fputs("failed 0: cannot read the script or open the project\n", stdout);
            return 2;
        }
        driver = std::make_unique<ScriptDriver>(window, QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')));
        QTimer::singleShot(0, &app, [&driver] { driver->next(); });
        return QApplication::exec();
    }
    window.askCoderOnFirstStart();   // before any coding: who is coding?
    if (parser.isSet(demo)) {
        window.openDemoProject();
    } else if (!positional.isEmpty() && positional.first().endsWith(QStringLiteral(".qdpx"), Qt::CaseInsensitive)) {
        const QString archive = positional.first();
        QTimer::singleShot(0, &window, [&window, archive] { importExchangeProject(window, archive); });
    } else if (!positional.isEmpty()) {
        window.openProject(positional.first());
    } else {
        const QString last = marginalia::Settings().lastProject();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openProject(last);
    }
    return QApplication::exec();
}
