// A read cancelled midway (ReadOptions::cancel, issue 16): each reader stops within a bounded stretch of work and
// fails with "Import of FILE cancelled.", and an Importer cancelled that way leaves the project as it was.
// Times are never compared with a constant: the cancelled read is compared with the full read of the same file,
// measured in the same test on the same machine.

#include "import/DocumentReader.h"
#include "import/Importer.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace marginalia;

namespace {

// One paragraph per line, written in pieces: `line` repeated `count` times (a multiple of 1,000) between head and tail.
bool writeRepeated(const QString &path, const QByteArray &head, const QByteArray &line, qint64 count,
                   const QByteArray &tail)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(head);
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += line;
    for (qint64 i = 0; i < count / 1000; ++i)
        file.write(block);
    file.write(tail);
    return file.error() == QFileDevice::NoError;
}

// A .docx of only word/document.xml (the reader takes that name by convention when there are no relationships):
// `paragraphs` paragraphs of one run each, deflated to a small file that inflates to 80 bytes a paragraph.
bool writeDocx(const QString &path, qint64 paragraphs)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("word/document.xml"))))
        return false;
    entry.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                "2006/main\"><w:body>");
    QByteArray block;
    for (int i = 0; i < 1000; ++i)
        block += "<w:p><w:r><w:t>The teacher in Kunming said the school changed.</w:t></w:r></w:p>";
    for (qint64 i = 0; i < paragraphs / 1000; ++i)
        entry.write(block);
    entry.write("</w:body></w:document>");
    entry.close();
    zip.close();
    return entry.getZipError() == UNZ_OK && zip.getZipError() == UNZ_OK;
}

struct TimedRead
{
    Result<ReadDocument> result;
    qint64 milliseconds = 0;
};

// Reads the file; with cancelAfterMs >= 0 another thread sets the cancel flag that long after the read starts.
TimedRead timedRead(const QString &path, int cancelAfterMs)
{
    std::atomic_bool cancel{false};
    ReadOptions options;
    options.cancel = &cancel;
    options.maxBytes = 200 * 1024 * 1024;
    options.maxTextCharacters = 200'000'000;
    std::thread canceller;
    if (cancelAfterMs >= 0)
        canceller = std::thread([&cancel, cancelAfterMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(cancelAfterMs));
            cancel.store(true);
        });
    QElapsedTimer timer;
    timer.start();
    Result<ReadDocument> result = readDocumentFile(path, options);
    const qint64 elapsed = timer.elapsed();
    if (canceller.joinable())
        canceller.join();
    return {std::move(result), elapsed};
}

} // namespace

class TestImportCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cancelledReadStopsMidway_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("html") << QStringLiteral("big.html");
        QTest::newRow("markdown") << QStringLiteral("big.md");
        QTest::newRow("docx") << QStringLiteral("big.docx");
        QTest::newRow("txt") << QStringLiteral("big.txt");
    }

    void cancelledReadStopsMidway()
    {
        QFETCH(QString, fileName);
        const QString path = m_dir.filePath(fileName);
        // 600,000 lines of 52 bytes: 31 MB (HTML) and of 47 bytes: 28 MB (Markdown); 400,000 paragraphs of 80 bytes:
        // 32 MB of XML (docx);
        // 1,200,000 lines of 46 bytes: 55 MB (text, whose full read is the fastest).
        if (fileName.endsWith(u".html"))
            QVERIFY(writeRepeated(path, "<html><body>", "<p>The teacher in <b>Kunming</b> said &amp; so.</p>\n",
                                  600'000, "</body></html>"));
        else if (fileName.endsWith(u".md"))
            QVERIFY(writeRepeated(path, "# Interview\n\n", "- The *teacher* in [Kunming](x) said so, twice\n",
                                  600'000, ""));
        else if (fileName.endsWith(u".txt"))
            QVERIFY(writeRepeated(path, "", "The teacher in Kunming said so, \xe8\x80\x81\xe5\xb8\x88 twice.\n", 1'200'000, ""));
        else
            QVERIFY(writeDocx(path, 400'000));

        const TimedRead full = timedRead(path, -1);
        QVERIFY2(full.result.has_value(), qPrintable(full.result ? QString() : full.result.error()));
        QVERIFY(full.result->text.size() > 10'000'000);

        const TimedRead cancelled = timedRead(path, 50);
        QVERIFY(!cancelled.result.has_value());
        QCOMPARE(cancelled.result.error(), QStringLiteral("Import of %1 cancelled.").arg(fileName));
        qInfo("%s: full read %lld ms, cancelled after 50 ms: returned at %lld ms", qPrintable(fileName),
              full.milliseconds, cancelled.milliseconds);
        // A full read that itself took little more than the 50 ms proves nothing either way.
        if (full.milliseconds < 200)
            QSKIP("the full read was too fast on this machine to tell a cancel from its end");
        QVERIFY2(cancelled.milliseconds * 2 < full.milliseconds,
                 qPrintable(QStringLiteral("cancelled read took %1 ms of the full %2 ms")
                                .arg(cancelled.milliseconds)
                                .arg(full.milliseconds)));
    }

    void cancelledImportLeavesProjectUnchanged()
    {
        const QString projectPath = m_dir.filePath(QStringLiteral("p.mqda"));
        auto project = Project::create(projectPath);
        QVERIFY2(project.has_value(), qPrintable(project ? QString() : project.error()));
        const QString first = m_dir.filePath(QStringLiteral("first.txt"));
        const QString second = m_dir.filePath(QStringLiteral("second.txt"));
        const QString big = m_dir.filePath(QStringLiteral("cancelled.html"));
        QVERIFY(writeRepeated(first, "", "First interview.\n", 1000, ""));
        QVERIFY(writeRepeated(second, "", "Second interview.\n", 1000, ""));
        QVERIFY(writeRepeated(big, "<html><body>", "<p>The teacher in <b>Kunming</b> said &amp; so.</p>\n", 600'000,
                              "</body></html>"));

        Importer importer(**project);
        auto before = importer.importFiles({first}, {});
        QVERIFY(before.has_value());
        QCOMPARE(before->imported.size(), 1);

        // second.txt is read and written inside the transaction, then the cancel arrives while big.html is read.
        std::atomic_bool cancel{false};
        ImportOptions options;
        options.read.cancel = &cancel;
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            cancel.store(true);
        });
        auto report = importer.importFiles({second, big}, options);
        canceller.join();
        QVERIFY(report.has_value());
        QVERIFY(report->cancelled);
        QVERIFY(report->imported.isEmpty());

        DocumentStore documents(**project);
        auto count = documents.count();
        QVERIFY(count.has_value());
        QCOMPARE(*count, 1);   // first.txt only: second.txt was rolled back with the rest
        auto list = documents.list();
        QVERIFY(list.has_value());
        QCOMPARE(list->first().name, QStringLiteral("first.txt"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImportCancel)
#include "test_import_cancel.moc"
