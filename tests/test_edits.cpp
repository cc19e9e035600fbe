// Every edit whole or not at all: each multi-step edit the GUI offers is made to fail at its last
// step (a temporary trigger on the GUI's connection that aborts the last statement, or the
// recorder's failure-injection hook after the edit's own steps), and the project file must then be
// exactly as before, with no undo entry, a message for the user and the views told to reload. The
// same edit without the failure makes one undo entry that takes all of it back. Also the undo
// memory bounds: a changeset too large to keep, and a stack over its budget.

#include "coding/EditCommands.h"
#include "coding/RecordedEditCommand.h"
#include "context/ProjectContext.h"
#include "import/ImportController.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "common/UserAccount.h"
#include "project/Names.h"
#include "text/TextNormalizer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace marginalia;

namespace {

// "one two three four" — "two" is [4, 7), "three" is [8, 13).
const QString kText = QStringLiteral("one two three four\n");
constexpr TextSpan kTwo{4, 7};
constexpr TextSpan kThree{8, 13};

// Every row of every table of the file, read through a connection of its own: what is committed.
QStringList committedRows(const QString &path)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    Database &db = (*project)->database();
    QStringList tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'document_fts%' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (list->step())
        tables.append(list->text(0));
    QStringList rows;
    for (const QString &table : std::as_const(tables)) {
        auto columns = db.prepare("SELECT group_concat('quote(\"' || name || '\")', \" || '|' || \") "
                                  "FROM pragma_table_info(?1)");
        columns->bind(1, table);
        if (!columns->step())
            qFatal("no columns in %s", qPrintable(table));
        const QString sql = QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1").arg(columns->text(0), table);
        auto select = db.prepare(sql.toStdString());
        if (!select)
            qFatal("%s", qPrintable(select.error()));
        while (select->step())
            rows.append(table + QLatin1Char(':') + select->text(0));
    }
    return rows;
}

} // namespace

class TestEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<ProjectContext> m_context;
    qint64 m_documents[3] = {};
    qint64 m_codeA = 0;
    qint64 m_codeB = 0;

    // A project with three documents, codes A and B, and codings of A and B, opened as the GUI does.
    void openFreshProject()
    {
        m_context.reset();
        m_path = m_dir.filePath(QStringLiteral("e%1.marginalia").arg(++m_counter));
        auto project = Project::create(m_path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error()));
        DocumentStore documents(**project);
        for (int i = 0; i < 3; ++i) {
            NewDocument document;
            document.name = QStringLiteral("d%1.txt").arg(i + 1);
            document.text = normalizeForStorage(QStringLiteral("%1 %2").arg(i).arg(kText));
            auto id = documents.add(document);
            QVERIFY(id);
            m_documents[i] = *id;
        }
        Codebook codebook(**project);
        m_codeA = *codebook.add({QStringLiteral("A"), 0, {}, {}, {}});
        m_codeB = *codebook.add({QStringLiteral("B"), 0, {}, {}, {}});
        CodingStore codings(**project);
        QVERIFY(codings.add({m_documents[0], m_codeA, 0, 3, {}, {}, {}, {}}));
        QVERIFY(codings.add({m_documents[0], m_codeA, 4, 7, {}, {}, {}, {}}));
        QVERIFY(codings.add({m_documents[1], m_codeB, 0, 3, {}, {}, {}, {}}));
        m_context = std::make_unique<ProjectContext>(std::move(*project));
    }

    // Runs the edit by its name; true if the edit command says it succeeded.
    bool runEdit(const QString &edit)
    {
        ProjectContext *context = m_context.get();
        if (edit == u"attribute paste")
            return EditCommands::setAttributes(context, {{m_documents[0], QStringLiteral("site"), QStringLiteral("a")},
                                                         {m_documents[1], QStringLiteral("site"), QStringLiteral("b")},
                                                         {m_documents[2], QStringLiteral("site"), QStringLiteral("c")}});
        if (edit == u"in-vivo code")
            return EditCommands::codeInVivo(context, m_documents[2], kThree, QStringLiteral("three"));
        if (edit == u"merge codes")
            return EditCommands::mergeCodes(context, m_codeA, m_codeB);
        if (edit == u"delete code with codings")
            return EditCommands::deleteCode(context, m_codeA);
        if (edit == u"new code for a selection")
            return EditCommands::codeWithNewCode(context, m_documents[1], kTwo, QStringLiteral("fresh"));
        qFatal("unknown edit %s", qPrintable(edit));
    }

    // A statement that makes the last SQL step of each edit fail, on the GUI's own connection.
    static QString lastStepTrigger(const QString &edit)
    {
        // The paste's third value is its last row; the in-vivo code and the new code are stored
        // before their coding; a merge moves the codings and then deletes the source code; a
        // deletion removes the code (its codings by cascade) and then writes the journal.
        const QString abort = QStringLiteral("BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        if (edit == u"attribute paste")
            return QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON document_attributes WHEN NEW.value = 'c' ")
                + abort;
        if (edit == u"in-vivo code" || edit == u"new code for a selection")
            return QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON codings ") + abort;
        if (edit == u"merge codes")
            return QStringLiteral("CREATE TEMP TRIGGER fail BEFORE DELETE ON codes ") + abort;
        return QStringLiteral("CREATE TEMP TRIGGER fail BEFORE INSERT ON journal WHEN NEW.action = 'delete code' ")
            + abort;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        ChangeRecorder::setFailureInjection({});
        ChangeRecorder::setMaximumChangesetSize(qint64(64) * 1024 * 1024);
        m_context.reset();
    }

    void multiStepEditFailingAtItsLastStepLeavesNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("byTrigger");
        for (const char *edit : {"attribute paste", "in-vivo code", "new code for a selection", "merge codes",
                                 "delete code with codings"}) {
            QTest::addRow("%s, last statement fails", edit) << QString::fromLatin1(edit) << true;
            QTest::addRow("%s, failure before commit", edit) << QString::fromLatin1(edit) << false;
        }
    }

    void multiStepEditFailingAtItsLastStepLeavesNothing()
    {
        QFETCH(QString, edit);
        QFETCH(bool, byTrigger);
        openFreshProject();
        const QStringList before = committedRows(m_path);
        QVERIFY(before.size() > 10);   // 3 documents, 2 codes, 3 codings and their journal at least
        if (byTrigger)
            QVERIFY(m_context->project().database().exec(lastStepTrigger(edit).toStdString()));
        else
            ChangeRecorder::setFailureInjection([](const QString &) -> Result<void> {
                return failure(QStringLiteral("injected failure"));
            });
        QSignalSpy changed(m_context.get(), &ProjectContext::changed);
        QSignalSpy failed(m_context.get(), &ProjectContext::failed);

        QVERIFY(!runEdit(edit));
        QCOMPARE(m_context->undoStack()->count(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("injected failure")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(changed.size() >= 1);   // the views read the project again
        QCOMPARE(committedRows(m_path), before);

        // Without the failure the same edit is one undo entry, and its undo restores every row.
        if (byTrigger)
            QVERIFY(m_context->project().database().exec("DROP TRIGGER temp.fail"));
        ChangeRecorder::setFailureInjection({});
        QVERIFY(runEdit(edit));
        QCOMPARE(m_context->undoStack()->count(), 1);
        QVERIFY(committedRows(m_path) != before);
        m_context->undoStack()->undo();
        QStringList undone = committedRows(m_path);
        // The journal records the edit and its undo: everything else is as before.
        undone.erase(std::remove_if(undone.begin(), undone.end(),
                                    [](const QString &row) { return row.startsWith(u"journal:"); }),
                     undone.end());
        QStringList expected = before;
        expected.erase(std::remove_if(expected.begin(), expected.end(),
                                      [](const QString &row) { return row.startsWith(u"journal:"); }),
                       expected.end());
        QCOMPARE(undone, expected);
    }

    void importFailingAtItsEndImportsNothing()
    {
        openFreshProject();
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            paths.append(m_dir.filePath(QStringLiteral("import%1-%2.txt").arg(m_counter).arg(i)));
            QFile file(paths.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("Imported text number %1.\n").arg(i).toUtf8());
        }
        const QStringList before = committedRows(m_path);
        // Runs on the import's worker thread, after all three files are stored.
        ChangeRecorder::setFailureInjection([](const QString &description) -> Result<void> {
            if (description.startsWith(u"Import"))
                return failure(QStringLiteral("injected failure"));
            return {};
        });
        QWidget window;
        ImportController import(m_context.get(), &window);
        import.setShowSummary(false);
        QSignalSpy finished(&import, &ImportController::finished);
        QSignalSpy failed(m_context.get(), &ProjectContext::failed);
        QSignalSpy changed(m_context.get(), &ProjectContext::changed);
        QVERIFY(import.importFiles(paths));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 20000);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("injected failure")));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m_context->undoStack()->count(), 0);
        QCOMPARE(committedRows(m_path), before);
    }

    void changesetTooLargeToKeepIsCommittedAndSaysSo()
    {
        openFreshProject();
        // The coding's changeset holds its row (ids, offsets, GUID, coder, time): well over 16 bytes.
        ChangeRecorder::setMaximumChangesetSize(16);
        ChangeRecorder recorder(m_context->project());
        auto change = recorder.record(QStringLiteral("Code"), [&]() -> Result<void> {
            auto added = CodingStore(m_context->project()).add({m_documents[2], m_codeB, 4, 7, {}, {}, {}, {}});
            if (!added)
                return failure(added.error());
            return {};
        });
        QVERIFY(change);
        QVERIFY(!change->kept);
        QVERIFY(!change->isEmpty());
        QVERIFY(change->size > 16);
        QVERIFY(change->changeset.isEmpty());
        QCOMPARE(*CodingStore(m_context->project()).count(), qint64(4));   // 3 made by openFreshProject + this one
        auto undone = recorder.undo(*change);
        QVERIFY(!undone);
        QVERIFY(undone.error().contains(QStringLiteral("too large")));
    }

    void editTooLargeToKeepLeavesTheUndoStackWithANote()
    {
        openFreshProject();
        QVERIFY(EditCommands::addCoding(m_context.get(), m_documents[2], kTwo, m_codeA));
        QCOMPARE(m_context->undoStack()->count(), 1);
        ChangeRecorder::setMaximumChangesetSize(16);
        QVERIFY(EditCommands::addCoding(m_context.get(), m_documents[2], kThree, m_codeA));
        // Committed (4 + 1 + 1 codings) but not undoable, and nothing before it is undoable either.
        QCOMPARE(*CodingStore(m_context->project()).count(), qint64(5));
        QCOMPARE(m_context->undoStack()->count(), 0);
        QVERIFY2(m_context->undoLimitNote().contains(QStringLiteral("too large")),
                 qPrintable(m_context->undoLimitNote()));
    }

    void importTooLargeToKeepIsReportedDone()
    {
        openFreshProject();
        const QString path = m_dir.filePath(QStringLiteral("large%1.txt").arg(m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4000, 'x') + "\n");
        file.close();
        ChangeRecorder::setMaximumChangesetSize(1000);   // the document's text alone is 4001 bytes
        QWidget window;
        ImportController import(m_context.get(), &window);
        import.setShowSummary(false);
        QSignalSpy finished(&import, &ImportController::finished);
        QSignalSpy failed(m_context.get(), &ProjectContext::failed);
        QVERIFY(import.importFiles({path}));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 20000);
        QCOMPARE(finished.first().at(0).toInt(), 1);   // one document imported
        QCOMPARE(*DocumentStore(m_context->project()).count(), qint64(4));
        QCOMPARE(failed.size(), 1);   // the note, not a failure
        const QString note = failed.first().first().toString();
        QVERIFY2(note.contains(QStringLiteral("imported")) && note.contains(QStringLiteral("cannot be undone"))
                     && !note.contains(QStringLiteral("failed")),
                 qPrintable(note));
        QCOMPARE(m_context->undoStack()->count(), 0);
        QVERIFY(!m_context->undoLimitNote().isEmpty());
    }

    void undoStackStaysWithinItsMemoryBudget()
    {
        openFreshProject();
        QUndoStack *stack = m_context->undoStack();
        QVERIFY(EditCommands::addCoding(m_context.get(), m_documents[2], kTwo, m_codeA));
        const auto *first = dynamic_cast<const RecordedEditCommand *>(stack->command(0));
        QVERIFY(first);
        const qint64 cost = first->memoryCost();
        QVERIFY(cost > 0);
        // Room for two and a half codings' changesets (each coding's row is the same size give or
        // take a byte of its offsets): after four codings the oldest two have to go.
        m_context->setUndoMemoryBudget(cost * 5 / 2);
        QVERIFY(EditCommands::addCoding(m_context.get(), m_documents[2], kThree, m_codeA));
        QVERIFY(EditCommands::addCoding(m_context.get(), m_documents[1], kTwo, m_codeA));
        QVERIFY(EditCommands::addCoding(m_context.get(), m_documents[1], kThree, m_codeA));
        QCOMPARE(stack->count(), 2);
        // The second coding (of d3) is the newest one dropped.
        QCOMPARE(m_context->undoLimitNote(), QStringLiteral("“Code “A”” and earlier edits (undo memory limit)"));
        QCOMPARE(*CodingStore(m_context->project()).count(), qint64(7));   // 3 + 4
        stack->undo();
        stack->undo();
        QVERIFY(!stack->canUndo());
        QCOMPARE(*CodingStore(m_context->project()).count(), qint64(5));   // the two kept ones are undone
    }

    // ---- who is coding, in the command-line tool ----

private:
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    // Runs marginalia-cli with MARGINALIA_CODER as given (null: unset) and the GUI's settings in a
    // folder of the test's own (XDG_CONFIG_HOME), holding guiCoder if it is not empty.
    CliRun cli(const QStringList &arguments, const QString &coderVariable, const QString &guiCoder)
    {
        const QString config = m_dir.filePath(QStringLiteral("config%1").arg(++m_counter));
        if (!guiCoder.isEmpty()) {
            QDir().mkpath(config + QStringLiteral("/Marginalia"));
            QFile settings(config + QStringLiteral("/Marginalia/Marginalia.conf"));
            if (!settings.open(QIODevice::WriteOnly))
                qFatal("cannot write the settings file");
            settings.write("[coder]\nname=" + guiCoder.toUtf8() + "\n");
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        environment.remove(QStringLiteral("MARGINALIA_CODER"));
        if (!coderVariable.isNull())
            environment.insert(QStringLiteral("MARGINALIA_CODER"), coderVariable);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(MARGINALIA_CLI), arguments);
        if (!process.waitForFinished(60000))
            qFatal("marginalia-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QJsonObject coderField(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("coder")).toObject();
    }

private Q_SLOTS:
    void cliSaysWhichCoderItUsed()
    {
        m_context.reset();
        const QString path = m_dir.filePath(QStringLiteral("coders.marginalia"));
        const QString text = m_dir.filePath(QStringLiteral("coders.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello world\n");
        file.close();
        QCOMPARE(cli({QStringLiteral("new"), path}, {}, {}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), path, text}, QStringLiteral("Ana"), {}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("add-code"), path, QStringLiteral("greeting")}, QStringLiteral("Ana"), {}).exitCode, 0);

        // The environment variable comes before the GUI's setting; text output says so on stderr.
        CliRun run = cli({QStringLiteral("code"), path, QStringLiteral("coders.txt"), QStringLiteral("greeting"),
                          QStringLiteral("0"), QStringLiteral("5")},
                         QStringLiteral("Ana"), QStringLiteral("Gui Person"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("coder: Ana (from MARGINALIA_CODER)")), qPrintable(run.err));
        // --coder comes first; with --json the choice is a field of the result, and stderr stays quiet.
        run = cli({QStringLiteral("code"), path, QStringLiteral("coders.txt"), QStringLiteral("greeting"),
                   QStringLiteral("6"), QStringLiteral("11"), QStringLiteral("--coder"), QStringLiteral("Bo"),
                   QStringLiteral("--json")},
                  QStringLiteral("Ana"), QStringLiteral("Gui Person"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(coderField(run.out).value(QStringLiteral("name")).toString(), QStringLiteral("Bo"));
        QCOMPARE(coderField(run.out).value(QStringLiteral("source")).toString(), QStringLiteral("--coder"));
        QVERIFY2(!run.err.contains(QStringLiteral("coder:")), qPrintable(run.err));
        // Neither: the GUI's setting.
        run = cli({QStringLiteral("code"), path, QStringLiteral("coders.txt"), QStringLiteral("greeting"),
                   QStringLiteral("0"), QStringLiteral("11"), QStringLiteral("--json")},
                  QString(), QStringLiteral("Gui Person"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(coderField(run.out).value(QStringLiteral("name")).toString(), QStringLiteral("Gui Person"));
        QCOMPARE(coderField(run.out).value(QStringLiteral("source")).toString(), QStringLiteral("GUI setting"));
        // None of them: the account's name, said as such — never "default".
        run = cli({QStringLiteral("uncode"), path, QStringLiteral("3")}, QString(), QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!accountFullName().isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("coder: %1 (from account name)").arg(accountFullName())),
                 qPrintable(run.err));
        // A name that is not one line is refused, and nothing is coded.
        run = cli({QStringLiteral("code"), path, QStringLiteral("coders.txt"), QStringLiteral("greeting"),
                   QStringLiteral("0"), QStringLiteral("3")},
                  QStringLiteral("Eve\nmallory"), QString());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line break")), qPrintable(run.err));

        // The codings carry the names chosen: [0,5) by Ana, [6,11) by Bo; [0,11) by Gui Person was uncoded.
        auto project = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(project);
        auto codings = CodingStore(**project).segments({});
        QVERIFY(codings);
        QStringList coders;
        for (const CodedSegment &coding : *codings)
            coders.append(QStringLiteral("%1-%2:%3").arg(coding.start).arg(coding.end).arg(coding.coder));
        coders.sort();
        QCOMPARE(coders, (QStringList{QStringLiteral("0-5:Ana"), QStringLiteral("6-11:Bo")}));
    }

    void cliUnsetsAnAttributeValue()
    {
        m_context.reset();
        const QString path = m_dir.filePath(QStringLiteral("unset.marginalia"));
        const QString text = m_dir.filePath(QStringLiteral("unset.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("some words\n");
        file.close();
        QCOMPARE(cli({QStringLiteral("new"), path}, {}, {}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), path, text}, QStringLiteral("Ana"), {}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("set-attribute"), path, QStringLiteral("unset.txt"), QStringLiteral("age"),
                      QStringLiteral("42"), QStringLiteral("--type"), QStringLiteral("integer")},
                     QStringLiteral("Ana"), {})
                     .exitCode,
                 0);
        CliRun run = cli({QStringLiteral("unset-attribute"), path, QStringLiteral("unset.txt"), QStringLiteral("age"),
                          QStringLiteral("--json")},
                         QStringLiteral("Ana"), {});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject unset = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("attribute_unset")).toObject();
        QCOMPARE(unset.value(QStringLiteral("previous_value")).toString(), QStringLiteral("42"));
        {
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY(project);
            DocumentStore documents(**project);
            QVERIFY(documents.attributes(*documents.find(QStringLiteral("unset.txt")))->isEmpty());
            // The attribute itself stays, without values.
            QCOMPARE(documents.attributeDefinitions()->size(), 1);
        }
        // An attribute the project does not have is an error, not a silent success.
        run = cli({QStringLiteral("unset-attribute"), path, QStringLiteral("unset.txt"), QStringLiteral("agee")},
                  QStringLiteral("Ana"), {});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no attribute 'agee'")), qPrintable(run.err));
    }

    // ---- names are one line ----

    void namesWithControlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("said");
        QTest::newRow("line feed") << QStringLiteral("exam\npressure") << QStringLiteral("a line break");
        QTest::newRow("carriage return") << QStringLiteral("exam\rpressure") << QStringLiteral("a carriage return");
        QTest::newRow("tab") << QStringLiteral("exam\tpressure") << QStringLiteral("a tab");
        QTest::newRow("line separator") << QStringLiteral("exam\u2028pressure") << QStringLiteral("a line separator");
        QTest::newRow("escape") << QStringLiteral("exam\x1b[2Jpressure") << QStringLiteral("U+001B");
        QTest::newRow("C1 next line") << QStringLiteral("exam\u0085pressure") << QStringLiteral("U+0085");
    }

    void namesWithControlCharactersAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, said);
        openFreshProject();
        Project &project = m_context->project();
        const QStringList before = committedRows(m_path);
        auto code = Codebook(project).add({name, 0, {}, {}, {}});
        QVERIFY(!code);
        QVERIFY2(code.error().contains(said) && code.error().startsWith(u"a code name must be one line"),
                 qPrintable(marginalia::errorText(code)));
        auto renamed = Codebook(project).rename(m_codeA, name);
        QVERIFY(!renamed);
        QVERIFY(renamed.error().contains(said));
        DocumentStore documents(project);
        QVERIFY(!documents.defineAttribute(name));
        QVERIFY(!documents.setAttribute(m_documents[0], name, QStringLiteral("x")));
        QVERIFY(documents.defineAttribute(QStringLiteral("site")));
        QVERIFY(!documents.renameAttribute(QStringLiteral("site"), name));
        auto document = documents.rename(m_documents[0], name);
        QVERIFY(!document);
        QVERIFY(document.error().startsWith(u"a document name must be one line"));
        QCOMPARE(committedRows(m_path).size(), before.size() + 2);   // only "site" and its journal entry

        // A document name from a file is cleaned instead: each control character becomes a space.
        NewDocument fromFile;
        fromFile.name = name + QStringLiteral(".txt");
        fromFile.text = QStringLiteral("text\n");
        auto added = documents.add(fromFile);
        QVERIFY(added);
        const QString stored = documents.info(*added)->name;
        QCOMPARE(stored, singleLineName(name + QStringLiteral(".txt")));
        for (QChar c : stored)
            QVERIFY(c.category() != QChar::Other_Control && c != QChar::LineSeparator);
        QVERIFY(stored.startsWith(u"exam ") && stored.endsWith(u"pressure.txt"));
    }
};

QTEST_MAIN(TestEdits)
#include "test_edits.moc"
