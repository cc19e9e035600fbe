// Import cost grows with the file, not with its square (issue 12: a single 30 MB .txt was reported taking minutes
// where 2,000 files of 40 MB in all took seconds). Each big file is imported by marginalia-cli in a child process
// under a CPU-time limit (RLIMIT_CPU, set between fork and exec): a linear import of these files needs one to two
// seconds of CPU, a step quadratic in the characters, lines or paragraphs of a 20-million-character text needs hours,
// so a regression is stopped by SIGXCPU and fails here instead of hanging the suite. No timing is compared.
// What was stored is then checked against what the test put into the file: characters, paragraphs and speakers.
// The small cases pin the two shortcuts the import's speed depends on (cleaning written through a pointer,
// speaker labels looked for only up to a line's first colon).

#include "SanitizerBuild.h"
#include "text/Paragraphs.h"
#include "text/TextNormalizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <iconv.h>
#include <signal.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

// A linear import of the files below takes 1-2 s of CPU (about 4x that under AddressSanitizer).
constexpr int kCpuSeconds = 45;

struct ChildRun
{
    bool exited = false;
    int exitCode = -1;
    int signal = 0;   // SIGXCPU when the CPU limit stopped it
    double cpuSeconds = 0;
};

ChildRun runCli(const QStringList &arguments)
{
    std::vector<QByteArray> storage{QByteArray(MARGINALIA_CLI)};
    for (const QString &argument : arguments)
        storage.push_back(argument.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        // Only async-signal-safe calls between fork and exec.
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        const rlimit limit{kCpuSeconds, kCpuSeconds + 1};
        setrlimit(RLIMIT_CPU, &limit);
        execv(argv[0], argv.data());
        _exit(127);
    }
    ChildRun run;
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.exited = WIFEXITED(status);
    run.exitCode = run.exited ? WEXITSTATUS(status) : -1;
    run.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    run.cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                   + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return run;
}

// What the test wrote into a file, counted as it was built.
struct Expected
{
    qint64 characters = 0;   // code points of the stored text
    qint64 paragraphs = 0;   // non-empty lines
    qint64 speakers = 0;     // lines that start with a speaker label
};

// A transcript of about `bytes` bytes of UTF-8: turns of a Chinese and an English speaker, a blank line after every
// tenth turn, an emoji (two UTF-16 units, one code point) in every seventh. Only characters that NFC leaves alone.
QString transcript(qint64 bytes, Expected &expected)
{
    static const QString hanzi = u"我们在课堂上使用多媒体教学老师学生问题投影仪信息技术"_s;
    static const QStringList words = {u"the"_s, u"lesson"_s, u"uses"_s, u"a"_s, u"projector"_s, u"today"_s};
    QString text;
    text.reserve(bytes);
    qint64 written = 0;
    for (qint64 turn = 0; written < bytes; ++turn) {
        QString line;
        if (turn % 2 == 0) {
            line = u"教师："_s;
            for (qint64 i = 0; i < 30 + turn % 17; ++i)
                line += hanzi.at((turn + i * 7) % hanzi.size());
            line += u"。"_s;
        } else {
            line = u"Interviewer: "_s;
            for (qint64 i = 0; i < 12 + turn % 9; ++i)
                line += words.at((turn + i) % words.size()) + u' ';
            line += u"ok."_s;
        }
        qint64 characters = line.size();
        if (turn % 7 == 0) {
            line += u"😀"_s;
            characters += 1;
        }
        text += line + u'\n';
        expected.characters += characters + 1;
        expected.paragraphs += 1;
        expected.speakers += 1;
        if (turn % 10 == 9) {
            text += u'\n';
            expected.characters += 1;
        }
        written += line.toUtf8().size() + 1;
    }
    return text;
}

// Lines of a million characters each: one opens with a speaker label, the others have no colon at all.
QString longLines(int lines, Expected &expected)
{
    QString text;
    for (int l = 0; l < lines; ++l) {
        QString line = l == 0 ? u"教师："_s : QString();
        const QString piece = l % 2 == 0 ? u"很长的一段话没有换行"_s : u"a very long line "_s;
        while (line.size() < 1'000'000)
            line += piece;
        text += line + u'\n';
        expected.characters += line.size() + 1;
        expected.paragraphs += 1;
        expected.speakers += l == 0 ? 1 : 0;
    }
    return text;
}

QByteArray gb18030(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const iconv_t converter = iconv_open("GB18030", "UTF-8");
    if (converter == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray out(utf8.size() * 2, Qt::Uninitialized);
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = static_cast<size_t>(utf8.size());
    char *to = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    const size_t rc = iconv(converter, &in, &inLeft, &to, &outLeft);
    iconv_close(converter);
    if (rc == static_cast<size_t>(-1) || inLeft != 0)
        return {};
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}

QByteArray utf16WithBom(const QString &text)
{
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xFF));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

// documents, sum(length), paragraphs, labelled paragraphs, encodings: what the project holds.
QList<qint64> stored(const QString &project, QString *encoding)
{
    sqlite3 *db = nullptr;
    QList<qint64> values;
    if (sqlite3_open_v2(project.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return values;
    }
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT (SELECT count(*) FROM documents), (SELECT sum(length) FROM documents),"
                      " (SELECT count(*) FROM paragraphs), (SELECT count(speaker) FROM paragraphs),"
                      " (SELECT group_concat(source_encoding) FROM documents)";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        for (int i = 0; i < 4; ++i)
            values.append(sqlite3_column_int64(stmt, i));
        *encoding = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 4)));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return values;
}

} // namespace

class TestImportScaling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleaningKeepsItsRules();
    void speakerLabelsUpToTheFirstColon();
    void bigSingleFilesImportInLinearTime_data();
    void bigSingleFilesImportInLinearTime();
};

void TestImportScaling::cleaningKeepsItsRules()
{
    using marginalia::normalizeForStorage;
    // A BOM is dropped only at the start, also when only dropped controls stand before it; inside it is text.
    QCOMPARE(normalizeForStorage(u"a\uFEFFb"_s), u"a\uFEFFb"_s);
    QCOMPARE(normalizeForStorage(u"\u0001\uFEFFx"_s), u"x"_s);
    // NEL and the separators become line feeds; CR LF one line feed; C1 controls go; the tab stays.
    QCOMPARE(normalizeForStorage(u"a\u0085b\u2028c\r\nd\u0090e\tf"_s), u"a\nb\nc\nde\tf"_s);
    // Cleaning runs before NFC: e + U+0007 + combining acute composes once the control is gone.
    QCOMPARE(normalizeForStorage(u"e\u0007\u0301"_s), u"\u00E9"_s);
}

void TestImportScaling::speakerLabelsUpToTheFirstColon()
{
    using marginalia::speakerLabel;
    QCOMPARE(speakerLabel(u"Interviewer: hello: again"), u"Interviewer"_s);
    QCOMPARE(speakerLabel(u"张三：你好：再见"), u"张三"_s);
    QCOMPARE(speakerLabel(u"  Teacher Li ：ok"), u"Teacher Li"_s);
    // No colon: no label, however the line starts.
    QCOMPARE(speakerLabel(u"Interviewer hello"), QString());
    // The first colon ends the label or there is none: four words before it are too many, a time has no letter.
    QCOMPARE(speakerLabel(u"we met at the school: it was late"), QString());
    QCOMPARE(speakerLabel(u"10:30 Teacher: hello"), QString());
    // At least one letter, also one beyond the BMP (U+20000 is a CJK ideograph, a letter); digits alone are none.
    QCOMPARE(speakerLabel(u"𠀀2: x"), u"𠀀2"_s);
    QCOMPARE(speakerLabel(u"123 45: x"), QString());
    // A word of 21 characters is too long for a label.
    QCOMPARE(speakerLabel(u"abcdefghijklmnopqrstu: x"), QString());
    QCOMPARE(speakerLabel(u"abcdefghijklmnopqrst: x"), u"abcdefghijklmnopqrst"_s);
}

void TestImportScaling::bigSingleFilesImportInLinearTime_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("24 MB transcript, UTF-8") << u"transcript"_s << u"UTF-8"_s;
    QTest::newRow("16 lines of a million characters") << u"long lines"_s << u"UTF-8"_s;
    QTest::newRow("12 MB transcript, UTF-16 with BOM") << u"utf16"_s << u"UTF-16LE"_s;
    QTest::newRow("12 MB transcript, GB18030") << u"gb18030"_s << u"GB18030"_s;
}

void TestImportScaling::bigSingleFilesImportInLinearTime()
{
    QFETCH(QString, kind);
    QFETCH(QString, encoding);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Expected expected;
    QByteArray bytes;
    if (kind == u"transcript")
        bytes = transcript(24 * 1024 * 1024, expected).toUtf8();
    else if (kind == u"long lines")
        bytes = longLines(16, expected).toUtf8();
    else if (kind == u"utf16")
        bytes = utf16WithBom(transcript(12 * 1024 * 1024, expected));
    else
        bytes = gb18030(transcript(12 * 1024 * 1024, expected));
    QVERIFY(!bytes.isEmpty());
    const QString file = dir.filePath(u"interview.txt"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), bytes.size());
    }
    const QString project = dir.filePath(u"p.marginalia"_s);
    QCOMPARE(runCli({u"new"_s, project}).exitCode, 0);

    const ChildRun run = runCli({u"import"_s, project, file, u"--defer-index"_s, u"--coder"_s, u"test"_s});
    qInfo("%s: %.1f MB imported in %.2f s of CPU", qPrintable(kind), static_cast<double>(bytes.size()) / 1048576.0,
          run.cpuSeconds);
    QVERIFY2(run.signal != SIGXCPU, qPrintable(u"the import used more than %1 s of CPU: not linear"_s.arg(kCpuSeconds)));
    QVERIFY(run.exited);
    QCOMPARE(run.exitCode, 0);

    QString storedEncoding;
    const QList<qint64> values = stored(project, &storedEncoding);
    QCOMPARE(values, (QList<qint64>{1, expected.characters, expected.paragraphs, expected.speakers}));
    QCOMPARE(storedEncoding, encoding);
}

QTEST_GUILESS_MAIN(TestImportScaling)
#include "test_import_scaling.moc"
