// Reports are written as their excerpts are read (issue 16): marginalia-cli report runs in a child process under an
// address-space limit (RLIMIT_AS, set between fork and exec), so a writer that gathers every excerpt first fails the
// test instead of the machine.

#include "project/Codebook.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextNormalizer.h"

#include <quazip.h>
#include <quazipfileinfo.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace marginalia;

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;
// The address space a report may use here: a QGuiApplication with its fonts needs less than half of it.
constexpr qint64 kLimitMb = 200;

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    double seconds = 0;
    qint64 peakMegabytes = 0;
    QString err;
};

// marginalia-cli with `arguments` under RLIMIT_AS = limitMb, killed after timeoutSeconds; wait4 gives its peak.
CliRun runCli(const QStringList &arguments, qint64 limitMb, int timeoutSeconds, const QString &scratch)
{
    std::vector<QByteArray> storage{QByteArray(MARGINALIA_CLI)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    const QByteArray errFile = QFile::encodeName(scratch + QStringLiteral("/cli.err"));
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        const int err = open(errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(err, STDERR_FILENO);
        const rlimit limit{static_cast<rlim_t>(limitMb * kMegabyte), static_cast<rlim_t>(limitMb * kMegabyte)};
        setrlimit(RLIMIT_AS, &limit);
        execv(argv[0], argv.data());
        _exit(127);
    }
    CliRun run;
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    for (;;) {
        if (wait4(pid, &status, WNOHANG, &usage) == pid) {
            run.finished = true;
            break;
        }
        if (timer.elapsed() > timeoutSeconds * 1000LL) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        QThread::msleep(20);
    }
    run.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    run.peakMegabytes = usage.ru_maxrss / 1024;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile err(scratch + QStringLiteral("/cli.err"));
    if (err.open(QIODevice::ReadOnly))
        run.err = QString::fromUtf8(err.readAll()).left(600);
    return run;
}

} // namespace

class TestReportMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_excerptCharacters = 0;

private Q_SLOTS:
    // A 2 MB document (Chinese and Latin, a line break every 60 characters) with 20,000 codings of 1,500 to 2,500
    // characters each: 40 million characters of excerpts, 80 MB as UTF-16 before any output is made. Gathered
    // first, as reports were written before, the excerpts and their output passed the 200 MB limit (measured:
    // every format failed); streamed, a report needs one excerpt and the document at a time (about 35 MB resident).
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("m.marginalia"));
        auto created = Project::create(m_project);
        QVERIFY(created);
        Project &project = **created;
        project.setCurrentCoder(QStringLiteral("Li Na"));
        const QString line = QStringLiteral("老师说：We learn by doing, then we reflect on what we did. 学生们很喜欢\n");
        QString text;
        while (text.size() < 700 * 1024)
            text += line;
        NewDocument document;
        document.name = QStringLiteral("long.txt");
        document.text = normalizeForStorage(text);
        DocumentStore store(project);
        auto id = store.add(document);
        QVERIFY2(id, id ? "" : qPrintable(id.error()));
        QVERIFY(store.setAttribute(*id, QStringLiteral("site"), QStringLiteral("Kunming")));
        NewCode code;
        code.name = QStringLiteral("Long passages");
        auto codeId = Codebook(project).add(code);
        QVERIFY(codeId);
        auto coder = project.coderId(QStringLiteral("Li Na"));
        QVERIFY(coder);
        // Inserted in one statement rather than through CodingStore::add (40,000 journal entries): the rows are what
        // add() writes, and the report reads only these columns.
        const qint64 length = text.size();   // all BMP: code points = UTF-16 units
        auto transaction = Transaction::begin(project.database());
        QVERIFY(transaction);
        auto insert = project.database().prepare(
            "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
            " '2026-01-01T00:00:00Z')");
        QVERIFY(insert);
        quint32 state = 12345;
        auto next = [&] {
            state = state * 1103515245u + 12345u;
            return static_cast<qint64>(state >> 8);
        };
        for (int i = 0; i < 20000; ++i) {
            const qint64 span = 1500 + next() % 1001;
            const qint64 start = next() % (length - span);
            insert->reset();
            insert->bind(1, newGuid()).bind(2, *id).bind(3, *codeId).bind(4, start).bind(5, start + span).bind(6, *coder);
            QVERIFY(insert->run());
            m_excerptCharacters += span;
        }
        QVERIFY(transaction->commit());
        QVERIFY(m_excerptCharacters > 30'000'000);
    }

    void reportsStayWithinTheLimit_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"m.csv", "m.html", "m.md", "m.docx", "m.odt"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void reportsStayWithinTheLimit()
    {
        QFETCH(QString, name);
        const QString out = m_dir.filePath(name);
        const CliRun run = runCli({QStringLiteral("report"), m_project, QStringLiteral("--out"), out,
                                   QStringLiteral("--context"), QStringLiteral("20")},
                                  kLimitMb, 120, m_dir.path());
        qInfo("%s: exit %d after %.2f s, peak %lld MB resident", qPrintable(name), run.exitCode, run.seconds,
              static_cast<long long>(run.peakMegabytes));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        // The whole report was written: it holds at least every excerpt's characters (in UTF-8 more bytes; names and
        // markup besides). A zipped format's text part is measured as it inflates.
        qint64 size = QFileInfo(out).size();
        const QString part = name.endsWith(QStringLiteral(".docx")) ? QStringLiteral("word/document.xml")
                             : name.endsWith(QStringLiteral(".odt")) ? QStringLiteral("content.xml")
                                                                      : QString();
        if (!part.isEmpty()) {
            QuaZip zip(out);
            QVERIFY(zip.open(QuaZip::mdUnzip));
            QVERIFY(zip.setCurrentFile(part));
            QuaZipFileInfo64 info;
            QVERIFY(zip.getCurrentFileInfo(&info));
            size = static_cast<qint64>(info.uncompressedSize);
        }
        QVERIFY2(size > m_excerptCharacters, qPrintable(QString::number(size)));
        QFile::remove(out);
    }

    // PDF lays out every character, so fewer of them: 2,000 codings of 1,500 to 2,500 characters (4 million), where
    // one QTextDocument of the whole report used to hold them all with their layout (measured: it crashed under the
    // 200 MB limit).
    void pdfStaysWithinTheLimit()
    {
        {
            auto project = Project::open(m_project, Project::Access::ReadWrite);
            QVERIFY(project);
            auto remove = (*project)->database().prepare("DELETE FROM codings WHERE id > 2000");
            QVERIFY(remove);
            QVERIFY(remove->run());
        }
        const QString out = m_dir.filePath(QStringLiteral("m.pdf"));
        const CliRun run = runCli({QStringLiteral("report"), m_project, QStringLiteral("--out"), out}, kLimitMb, 300,
                                  m_dir.path());
        qInfo("m.pdf: exit %d after %.2f s, peak %lld MB resident", run.exitCode, run.seconds,
              static_cast<long long>(run.peakMegabytes));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(out).size() > 1000000);
    }
};

QTEST_GUILESS_MAIN(TestReportMemory)
#include "test_report_memory.moc"
