// The copy of each document's paragraph rows in one blob (format 5, core/project/ParagraphSpans), read instead of the
// rows to cite excerpts and search hits: it must say exactly what the rows say, or not be used. Written by the import
// with the rows, dropped when anything else changes a document's rows, made by the upgrade of a format 4 file, and
// compared with the rows when a file's pages are checked (rebuilt when the file may be written, else not used).
// Positions below are code points counted by hand in the comment beside each text.

#include "ProjectFixtures.h"

#include "project/CodingStore.h"
#include "project/Codebook.h"
#include "project/DocumentParagraphs.h"
#include "project/DocumentStore.h"
#include "project/ParagraphSpans.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "text/TextNormalizer.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace marginalia;

namespace {

using Row = ParagraphSpans::Row;

Row row(qint64 number, qint64 start, qint64 end, std::optional<std::string> speaker = std::nullopt)
{
    return Row{number, start, end, std::move(speaker)};
}

// "T: 教师 a\n\nS: 好\nT: ok\n末" — lines: "T: 教师 a" [0, 7), "" at 8, "S: 好" [9, 13), "T: ok" [14, 19), "末" [20, 21).
// T and S each start a line (T twice): a transcript of speakers T and S (detectSpeakers: 3 of 4 non-empty lines).
const char *kTranscript = "T: 教师 a\n\nS: 好\nT: ok\n末";

} // namespace

class TestParagraphSpans : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    static std::optional<ParagraphSpans::Decoded> keptCopy(Project &project, qint64 documentId, QByteArray &blob)
    {
        auto read = project.database().prepare("SELECT spans FROM paragraph_spans WHERE document_id = ?1");
        if (!read)
            return std::nullopt;
        read->bind(1, documentId);
        if (!read->step())
            return std::nullopt;
        const std::string_view bytes = read->blob(0);
        blob = QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
        return ParagraphSpans::decode(std::string_view(blob.constData(), static_cast<size_t>(blob.size())));
    }

    // The paragraphs, first paragraph and speakers of one coding of [start, end) in the document, as exported.
    static CodedSegment citedCoding(Project &project, qint64 documentId, qint64 start, qint64 end)
    {
        NewCode code;
        code.name = QStringLiteral("c%1-%2").arg(start).arg(end);
        auto codeId = Codebook(project).add(code);
        if (!codeId)
            qFatal("%s", qPrintable(codeId.error()));
        NewCoding coding;
        coding.documentId = documentId;
        coding.codeId = *codeId;
        coding.start = start;
        coding.end = end;
        auto added = CodingStore(project).add(coding);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        CodingFilter filter;
        filter.codeIds = {*codeId};
        auto segments = CodingStore(project).segments(filter);
        if (!segments || segments->size() != 1)
            qFatal("no segment");
        return segments->constFirst();
    }

private Q_SLOTS:
    void valuesComeBackExactly()
    {
        // Numbers far apart and out of order, ends before starts, the extremes of qint64, NULL and empty speakers,
        // bytes that are not UTF-8: what a hand-made file may hold.
        const std::vector<Row> rows = {
            row(7, 0, 5, "T"),
            row(3, 5, 2, std::string()),
            row(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()),
            row(-1, 10, 11, std::string("\xff\xfe", 2)),
            row(8, 12, 20, "T"),
        };
        const QByteArray blob = ParagraphSpans::encode(rows);
        const auto decoded = ParagraphSpans::decode(std::string_view(blob.constData(), static_cast<size_t>(blob.size())));
        QVERIFY(decoded);
        QVERIFY(decoded->sameAs(rows));
        QCOMPARE(decoded->speakers.size(), size_t(3));   // "T", "" and the two bytes, each once
        QCOMPARE(decoded->rows[2].speaker, -1);          // NULL is not the empty name
        QCOMPARE(decoded->rows[1].speaker, 1);
        // and a different speaker, number or end is seen
        std::vector<Row> other = rows;
        other[1].speaker = std::nullopt;
        QVERIFY(!decoded->sameAs(other));
        other = rows;
        other[4].end = 21;
        QVERIFY(!decoded->sameAs(other));
        other = rows;
        other.pop_back();
        QVERIFY(!decoded->sameAs(other));
    }

    void damagedBlobsAreRefused()
    {
        const QByteArray blob = ParagraphSpans::encode({row(1, 0, 7, "T"), row(2, 9, 13, "S"), row(3, 14, 19, "T")});
        // Every shorter piece of it is refused (never read past its end), and so is anything appended.
        for (qsizetype length = 0; length < blob.size(); ++length)
            QVERIFY(!ParagraphSpans::decode(std::string_view(blob.constData(), static_cast<size_t>(length))));
        const QByteArray longer = blob + '\0';
        QVERIFY(!ParagraphSpans::decode(std::string_view(longer.constData(), static_cast<size_t>(longer.size()))));
        // Random bytes, and random changes of a good blob: refused or read, never a crash or a read past the end.
        QRandomGenerator random(20261130);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = blob;
            if (i % 2 == 0) {
                bytes = QByteArray(random.bounded(64), Qt::Uninitialized);
                for (char &c : bytes)
                    c = static_cast<char>(random.bounded(256));
                if (i % 4 == 0 && bytes.size() >= 2) {
                    bytes[0] = 'P';
                    bytes[1] = 1;
                }
            } else {
                bytes[random.bounded(bytes.size())] = static_cast<char>(random.bounded(256));
            }
            (void)ParagraphSpans::decode(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())));
        }
        // A speaker index past the list: refused.
        QByteArray bad = ParagraphSpans::encode({row(1, 0, 1, "T")});
        bad[bad.size() - 1] = 2;
        QVERIFY(!ParagraphSpans::decode(std::string_view(bad.constData(), static_cast<size_t>(bad.size()))));
    }

    void manySpeakersKeepTheirPlaces()
    {
        // Twenty names, each on two rows far apart (row k and row k + 20 say name k): past eight names the encoder
        // looks them up instead of comparing, and must give the same answer.
        std::vector<Row> rows;
        for (int k = 0; k < 40; ++k)
            rows.push_back(row(k + 1, 10 * k, 10 * k + 5, "speaker " + std::to_string(k % 20)));
        const QByteArray blob = ParagraphSpans::encode(rows);
        const auto decoded = ParagraphSpans::decode(std::string_view(blob.constData(), static_cast<size_t>(blob.size())));
        QVERIFY(decoded);
        QVERIFY(decoded->sameAs(rows));
        QCOMPARE(decoded->speakers.size(), size_t(20));
        QCOMPARE(decoded->rows[35].speaker, 15);
    }

    void rowsOfNoDocumentAreNotCopied()
    {
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            addDocument(**project, QStringLiteral("u.txt"), QStringLiteral("one\ntwo"));   // [0, 3) and [4, 7)
        }
        // A hand-made row whose document is 1.5 (INTEGER affinity keeps a REAL that is not whole): no document's.
        QVERIFY(rawExec(path, "INSERT INTO paragraphs(document_id, number, start, end, speaker) VALUES (1.5, 3, 8, 9, 'X')"));
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QVERIFY(!(*project)->notes().join(u'\n').contains(QStringLiteral("paragraphs table")));
        QByteArray blob;
        const auto kept = keptCopy(**project, 1, blob);
        QVERIFY(kept);
        QVERIFY(kept->sameAs({row(1, 0, 3), row(2, 4, 7)}));
        QVERIFY(ParagraphSpans::rebuild((*project)->database()));
        QVERIFY(keptCopy(**project, 1, blob)->sameAs({row(1, 0, 3), row(2, 4, 7)}));
    }

    void searchHitsFarApartAreCitedFromTheCopyAsFromTheRows()
    {
        // 400 lines "A: line k" / "B: line k" taking turns, and 教师 on lines 100 and 300 only: two hits in ~5 KB, far
        // apart (one per 4 KB or less), so search cites each from the rows around it. Line k (from 0) is paragraph
        // k + 1; lines 100 and 300 are spoken by A (even lines).
        QString text;
        for (int k = 0; k < 400; ++k)
            text += QStringLiteral("%1: line %2%3\n").arg(k % 2 == 0 ? QStringLiteral("A") : QStringLiteral("B")).arg(k).arg(k % 200 == 100 ? QString::fromUtf8(" 教师") : QString());
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            addDocument(**project, QStringLiteral("far.txt"), text);
        }
        const auto search = [&]() {
            QProcess cli;
            cli.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("search"), path, QString::fromUtf8("教师"),
                                                       QStringLiteral("--context"), QStringLiteral("0")});
            cli.waitForFinished(60000);
            return cli.readAllStandardOutput();
        };
        const QByteArray fromCopy = search();
        QVERIFY(fromCopy.contains(QString::fromUtf8("far.txt · paragraph 101 · speaker A").toUtf8()));
        QVERIFY(fromCopy.contains(QString::fromUtf8("far.txt · paragraph 301 · speaker A").toUtf8()));
        QCOMPARE(fromCopy.count('\n'), 2);
        // The same lines from the rows, once the copy is gone.
        QVERIFY(rawExec(path, "DELETE FROM paragraph_spans"));
        QCOMPARE(search(), fromCopy);
    }

    void anImportKeepsACopyOfItsRows()
    {
        auto project = Project::create(freshPath());
        QVERIFY(project);
        const qint64 id = addDocument(**project, QStringLiteral("t.txt"), QString::fromUtf8(kTranscript));
        QByteArray blob;
        const auto kept = keptCopy(**project, id, blob);
        QVERIFY(kept);
        // Four non-empty lines, numbered 1 to 4 (see kTranscript).
        QVERIFY(kept->sameAs({row(1, 0, 7, "T"), row(2, 9, 13, "S"), row(3, 14, 19, "T"), row(4, 20, 21)}));
        // "教师" is [3, 5) of paragraph 1 (speaker T); [3, 12) reaches into paragraph 2 (speaker S).
        const CodedSegment one = citedCoding(**project, id, 3, 5);
        QCOMPARE(one.firstParagraph, qint64(1));
        QCOMPARE(one.lastParagraph, qint64(1));
        QCOMPARE(one.speakers, QStringList{QStringLiteral("T")});
        const CodedSegment two = citedCoding(**project, id, 3, 12);
        QCOMPARE(two.firstParagraph, qint64(1));
        QCOMPARE(two.lastParagraph, qint64(2));
        QCOMPARE(two.speakers, (QStringList{QStringLiteral("T"), QStringLiteral("S")}));
        // Deleting the document takes its copy along.
        QVERIFY(DocumentStore(**project).remove(id));
        auto left = (*project)->database().prepare("SELECT count(*) FROM paragraph_spans");
        QVERIFY(left && left->step());
        QCOMPARE(left->int64(0), qint64(0));
    }

    void rowsChangedByAnotherWriterDropTheCopy()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto project = Project::create(path);
            QVERIFY(project);
            id = addDocument(**project, QStringLiteral("t.txt"), QString::fromUtf8(kTranscript));
        }
        // Another program renumbers paragraph 2 and renames its speaker: the copy is dropped by the trigger.
        QVERIFY(rawExec(path, "UPDATE paragraphs SET number = 20, speaker = 'Q' WHERE number = 2"));
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QByteArray blob;
        QVERIFY(!keptCopy(**project, id, blob));
        // Cited from the rows: [9, 12) lies in the row now numbered 20, speaker Q.
        const CodedSegment cited = citedCoding(**project, id, 9, 12);
        QCOMPARE(cited.firstParagraph, qint64(20));
        QCOMPARE(cited.lastParagraph, qint64(20));
        QCOMPARE(cited.speakers, QStringList{QStringLiteral("Q")});
        // A row deleted by another program drops the copy too.
        const qint64 other = addDocument(**project, QStringLiteral("u.txt"), QStringLiteral("one\ntwo"));
        QVERIFY(keptCopy(**project, other, blob));
        auto remove = (*project)->database().prepare("DELETE FROM paragraphs WHERE document_id = ?1 AND number = 2");
        QVERIFY(remove);
        remove->bind(1, other);
        QVERIFY(remove->run());
        QVERIFY(!keptCopy(**project, other, blob));
    }

    void aRowInsertedByAnotherProgramIsFoundOnOpening()
    {
        const QString path = freshPath();
        {
            auto project = Project::create(path);
            QVERIFY(project);
            addDocument(**project, QStringLiteral("u.txt"), QStringLiteral("one\ntwo"));   // [0, 3) and [4, 7)
        }
        // A third paragraph [7, 7) added by another program: the copy (two rows) no longer says what the rows say.
        QVERIFY(rawExec(path, "INSERT INTO paragraphs(document_id, number, start, end, speaker) VALUES (1, 3, 7, 7, NULL)"));
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QVERIFY((*project)->notes().join(u'\n').contains(QStringLiteral("paragraphs table in 1 document")));
        QByteArray blob;
        const auto kept = keptCopy(**project, 1, blob);
        QVERIFY(kept);
        QVERIFY(kept->sameAs({row(1, 0, 3), row(2, 4, 7), row(3, 7, 7)}));
    }

    void aCopyEditedByAnotherProgramIsRebuiltOrNotUsed()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto project = Project::create(path);
            QVERIFY(project);
            id = addDocument(**project, QStringLiteral("t.txt"), QString::fromUtf8(kTranscript));
        }
        // Another program writes a wrong copy (paragraph 1 said to be number 9, speaker X).
        const QByteArray wrong = ParagraphSpans::encode({row(9, 0, 7, "X"), row(2, 9, 13, "S"), row(3, 14, 19, "T"), row(4, 20, 21)});
        QVERIFY(rawExec(path, "UPDATE paragraph_spans SET spans = ?1",
                        std::string_view(wrong.constData(), static_cast<size_t>(wrong.size()))));
        {
            // Read-only: found on opening (the file changed, so its pages and what it keeps are checked) and not used.
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QVERIFY(!(*project)->paragraphSpansKept());
            QVERIFY((*project)->notes().join(u'\n').contains(QStringLiteral("paragraphs table in 1 document")));
            // [0, 2) is cited from the rows: paragraph 1, speaker T. Read from the wrong copy it would be 9 and X.
            DocumentParagraphs paragraphs((*project)->database(), (*project)->paragraphSpansKept());
            QVERIFY(paragraphs.load(id, -1, std::numeric_limits<qint64>::max()));
            const DocumentParagraphs::Citation fromRows = paragraphs.cite(0, 2);
            QCOMPARE(fromRows.firstParagraph, qint64(1));
            QCOMPARE(fromRows.speakers, QStringList{QStringLiteral("T")});
            DocumentParagraphs trusting((*project)->database(), true);
            QVERIFY(trusting.load(id, -1, std::numeric_limits<qint64>::max()));
            QCOMPARE(trusting.cite(0, 2).firstParagraph, qint64(9));
        }
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QVERIFY((*project)->paragraphSpansKept());
        QVERIFY((*project)->notes().join(u'\n').contains(QStringLiteral("they were corrected")));
        QByteArray blob;
        const auto kept = keptCopy(**project, id, blob);
        QVERIFY(kept);
        QVERIFY(kept->sameAs({row(1, 0, 7, "T"), row(2, 9, 13, "S"), row(3, 14, 19, "T"), row(4, 20, 21)}));
        const CodedSegment cited = citedCoding(**project, id, 0, 2);
        QCOMPARE(cited.firstParagraph, qint64(1));
        QCOMPARE(cited.speakers, QStringList{QStringLiteral("T")});
    }

    void theUpgradeFromFormatFourCopiesEveryDocument()
    {
        const QString path = freshPath();
        {
            // Two documents as format 4 stored them: a.txt with two paragraphs (the second with speaker 教师), and
            // b.txt with none (an empty text).
            const char *rows =
                "INSERT INTO project_info VALUES ('guid', 'g'), ('name', 'old'), ('created', '2026-01-01T00:00:00Z');"
                "INSERT INTO coders(id, guid, name) VALUES (1, 'c1', 'Li Na');"
                "INSERT INTO documents(id, guid, name, length, tail, content_hash, imported_at, imported_by, text) VALUES "
                "(1, 'd1', 'a.txt', 9, '好的', 'h1', '2026-01-01T00:00:00Z', 1, 'abc\n教师：好的'),"
                "(2, 'd2', 'b.txt', 0, '', 'h2', '2026-01-01T00:00:00Z', 1, '');"
                "INSERT INTO paragraphs VALUES (1, 1, 0, 3, NULL), (1, 2, 4, 9, '教师');"
                "INSERT INTO document_fts_pending VALUES (1), (2);"
                "PRAGMA application_id = 1297237838; PRAGMA journal_mode = WAL; PRAGMA user_version = 4";
            makePastFormatFile(path, 4, rows);
        }
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE((*project)->formatVersion(), Project::kSchemaVersion);
        QByteArray blob;
        const auto a = keptCopy(**project, 1, blob);
        QVERIFY(a);
        QVERIFY(a->sameAs({row(1, 0, 3), row(2, 4, 9, "教师")}));
        const auto b = keptCopy(**project, 2, blob);
        QVERIFY(b);
        QVERIFY(b->rows.empty());
    }
};

QTEST_GUILESS_MAIN(TestParagraphSpans)
#include "test_paragraph_spans.moc"
