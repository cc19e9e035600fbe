// The codings per code, document and coder a project keeps (format 5, core/project/CodingCounts): coding_counts and
// its summaries per code and per document, moved by triggers on codings in the same transaction as every change
// (edits, moves, merges of codes, undo and redo, cascades, a REPLACE, a project merge, a REFI-QDA import), filled by
// the upgrade of a format 4 file, compared with the codings by the page check (a wrong count corrected, or counted
// instead when the file cannot be written), read by the codebook's frequencies and the document list, and not used
// while a blind round hides codings. Every expected row is worked out by hand in the comment beside it; rows are
// named by code, document and coder names (what the ids stand for).

#include "ProjectFixtures.h"

#include "project/AgreementRound.h"
#include "project/ChangeRecorder.h"
#include "project/Codebook.h"
#include "project/CodingCounts.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "project/RowCounts.h"
#include "project/Schema.h"
#include "refiqda/ProjectMerger.h"
#include "refiqda/RefiQda.h"
#include "text/TextNormalizer.h"

#include <QStandardPaths>
#include <QTest>

#include <tuple>

using namespace marginalia;

namespace {

// Every row of the three kept tables, by name (an id no longer in its table shown as #id), sorted:
//   "k code|document|coder|codings|characters", "c code|codings|documents|characters", "d document|codings".
QStringList keptRows(Project &project)
{
    const char *queries[] = {
        "SELECT 'k ' || ifnull(k.name, '#' || c.code_id) || '|' || ifnull(d.name, '#' || c.document_id) || '|' "
        "|| ifnull(r.name, '#' || c.coder_id) || '|' || c.codings || '|' || c.characters FROM coding_counts c "
        "LEFT JOIN codes k ON k.id = c.code_id LEFT JOIN documents d ON d.id = c.document_id "
        "LEFT JOIN coders r ON r.id = c.coder_id",
        "SELECT 'c ' || ifnull(k.name, '#' || c.code_id) || '|' || c.codings || '|' || c.documents || '|' || c.characters "
        "FROM coding_counts_by_code c LEFT JOIN codes k ON k.id = c.code_id",
        "SELECT 'd ' || ifnull(d.name, '#' || c.document_id) || '|' || c.codings "
        "FROM coding_counts_by_document c LEFT JOIN documents d ON d.id = c.document_id",
    };
    QStringList rows;
    for (const char *sql : queries) {
        auto stmt = project.database().prepare(sql);
        if (!stmt)
            qFatal("%s", qPrintable(stmt.error()));
        while (stmt->step())
            rows.append(stmt->text(0));
    }
    rows.sort();
    return rows;
}

QStringList sorted(QStringList rows)
{
    rows.sort();
    return rows;
}

} // namespace

class TestCodingCounts : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    // The kept rows are these, and the page check's comparison finds them equal to the codings (so they are not only
    // what the test expects but what the table holds).
    static void expectKept(Project &project, const QStringList &rows)
    {
        QCOMPARE(keptRows(project), sorted(rows));
        auto disagreement = RowCounts::disagreement(project.database());
        QVERIFY2(disagreement, disagreement ? "" : qPrintable(disagreement.error()));
        QVERIFY2(!*disagreement, qPrintable(disagreement->value_or(QString())));
    }

    static QString frequencyOf(const QList<CodeFrequency> &frequencies, const QString &code)
    {
        for (const CodeFrequency &frequency : frequencies) {
            if (frequency.code == code)
                return QStringLiteral("%1|%2|%3").arg(frequency.segments).arg(frequency.documents).arg(frequency.characters);
        }
        return QStringLiteral("missing");
    }

    static QString listedCodings(Project &project)
    {
        auto documents = DocumentStore(project).list();
        if (!documents)
            return documents.error();
        QStringList parts;
        for (const DocumentInfo &document : *documents)
            parts.append(QStringLiteral("%1=%2").arg(document.name).arg(document.codings));
        return parts.join(u' ');
    }

    // Two documents, codes x and y, two coders; a.txt "one two three four" (18 code points), b.txt "five six seven".
    struct Sample
    {
        std::unique_ptr<Project> project;
        qint64 a = 0, b = 0, x = 0, y = 0;
        qint64 wangOnA = 0, wangOnB = 0;
    };
    Sample sample()
    {
        Sample s;
        s.project = freshProject();
        Project &p = *s.project;
        s.a = addDocument(p, QStringLiteral("a.txt"), QStringLiteral("one two three four"));
        s.b = addDocument(p, QStringLiteral("b.txt"), QStringLiteral("five six seven"));
        s.x = addCode(p, QStringLiteral("x"));
        s.y = addCode(p, QStringLiteral("y"));
        code(p, s.a, s.x, 0, 3);                                          // 3 characters
        code(p, s.a, s.x, 4, 7);                                          // 3
        s.wangOnA = code(p, s.a, s.x, 8, 13, QStringLiteral("Wang Wei")).id;  // 5
        code(p, s.a, s.y, 0, 7);                                          // 7
        s.wangOnB = code(p, s.b, s.x, 0, 4, QStringLiteral("Wang Wei")).id;   // 4
        return s;
    }

    // sample() as kept: x in a by Li Na twice (3 + 3), by Wang Wei once (5), in b by Wang Wei (4); y in a by Li Na (7).
    // x: 4 codings in 2 documents, 3 + 3 + 5 + 4 = 15 characters; a holds 4 codings, b 1.
    const QStringList kSample{
        QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("k x|a.txt|Wang Wei|1|5"),
        QStringLiteral("k x|b.txt|Wang Wei|1|4"), QStringLiteral("k y|a.txt|Li Na|1|7"),
        QStringLiteral("c x|4|2|15"), QStringLiteral("c y|1|1|7"),
        QStringLiteral("d a.txt|4"), QStringLiteral("d b.txt|1")};


    // Three documents, codes x, y and z, three coders, for filters and blind rounds. Texts: a.txt "one two three four"
    // (18 code points), b.txt "five six seven" (14), c.txt "eight nine ten" (14). Site: a and c north, b south. The
    // set "double coded" (yes/no): a and c yes, b no.
    struct Wide
    {
        std::unique_ptr<Project> project;
        qint64 a = 0, b = 0, c = 0, x = 0, y = 0, z = 0;
    };
    Wide wide()
    {
        Wide w;
        w.project = freshProject();
        Project &p = *w.project;
        w.a = addDocument(p, QStringLiteral("a.txt"), QStringLiteral("one two three four"));
        w.b = addDocument(p, QStringLiteral("b.txt"), QStringLiteral("five six seven"));
        w.c = addDocument(p, QStringLiteral("c.txt"), QStringLiteral("eight nine ten"));
        w.x = addCode(p, QStringLiteral("x"));
        w.y = addCode(p, QStringLiteral("y"));
        w.z = addCode(p, QStringLiteral("z"));
        const QString li = QStringLiteral("Li Na"), wang = QStringLiteral("Wang Wei"), zhang = QStringLiteral("Zhang Min");
        code(p, w.a, w.x, 0, 3, li);      // 1: 3 characters
        code(p, w.a, w.x, 4, 7, wang);    // 2: 3
        code(p, w.a, w.x, 8, 13, wang);   // 3: 5
        code(p, w.a, w.y, 0, 7, wang);    // 4: 7
        code(p, w.b, w.x, 0, 4, wang);    // 5: 4
        code(p, w.b, w.z, 5, 8, zhang);   // 6: 3
        code(p, w.c, w.x, 0, 5, wang);    // 7: 5
        code(p, w.c, w.z, 6, 10, li);     // 8: 4
        code(p, w.c, w.x, 11, 14, zhang); // 9: 3
        DocumentStore documents(p);
        for (const auto &[document, site, doubled] : {std::tuple{w.a, "north", "true"}, std::tuple{w.b, "south", "false"},
                                                      std::tuple{w.c, "north", "true"}}) {
            if (!documents.setAttribute(document, QStringLiteral("site"), QString::fromLatin1(site))
                || !documents.setAttribute(document, QStringLiteral("double coded"), QString::fromLatin1(doubled)))
                qFatal("attributes");
        }
        if (!documents.setAttributeType(QStringLiteral("double coded"), QStringLiteral("boolean")))
            qFatal("set");
        return w;
    }

    // Every code's frequency as "x a|b|c y ...", in codebook order.
    static QString frequenciesOf(Project &project, const CodingFilter &filter = {})
    {
        auto frequencies = CodingStore(project).frequencies(filter);
        if (!frequencies)
            return frequencies.error();
        QStringList parts;
        for (const CodeFrequency &frequency : *frequencies)
            parts.append(QStringLiteral("%1 %2|%3|%4").arg(frequency.code).arg(frequency.segments).arg(frequency.documents)
                             .arg(frequency.characters));
        return parts.join(u' ');
    }

    // The same, counted from the codings the connection shows (visible_codings), as a project without kept counts
    // is counted: the numbers the kept ones must give.
    static QString frequenciesShown(Project &project)
    {
        return rowsJoined(project,
                          "SELECT k.name || ' ' || count(c.id) || '|' || count(DISTINCT c.document_id) || '|' || "
                          "ifnull(sum(c.end - c.start), 0) FROM codes k LEFT JOIN visible_codings c ON c.code_id = k.id "
                          "GROUP BY k.id ORDER BY k.name");
    }

    static QString listedShown(Project &project)
    {
        return rowsJoined(project, "SELECT d.name || '=' || (SELECT count(*) FROM visible_codings c WHERE "
                                   "c.document_id = d.id) FROM documents d ORDER BY d.name");
    }

    // The one column of a query's rows, joined by spaces (its error instead when it fails).
    static QString rowsJoined(Project &project, const char *sql)
    {
        auto stmt = project.database().prepare(sql);
        if (!stmt)
            return stmt.error();
        QStringList parts;
        while (stmt->step())
            parts.append(stmt->text(0));
        return parts.join(u' ');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(folder().isValid());
    }

    void newProjectKeepsNothing()
    {
        auto project = freshProject();
        QVERIFY(project->codingCountsKept());
        expectKept(*project, {});
    }

    void addingAndRemovingCodingsMovesTheirRows()
    {
        Sample s = sample();
        Project &p = *s.project;
        expectKept(p, kSample);

        // The same coding again is the same row: nothing moves.
        code(p, s.a, s.x, 0, 3);
        expectKept(p, kSample);

        ChangeRecorder recorder(p);
        // Wang Wei's only coding in b goes: its row, and b's, go (no zero rows); x is in one document, 15 - 4 = 11.
        auto removed = recorder.record(QStringLiteral("uncode"), [&] { return CodingStore(p).remove(s.wangOnB); });
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error()));
        expectKept(p, {QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("k x|a.txt|Wang Wei|1|5"),
                       QStringLiteral("k y|a.txt|Li Na|1|7"), QStringLiteral("c x|3|1|11"), QStringLiteral("c y|1|1|7"),
                       QStringLiteral("d a.txt|4")});
        QVERIFY(recorder.undo(*removed));
        expectKept(p, kSample);
        QVERIFY(recorder.redo(*removed));
        QCOMPARE(keptRows(p).size(), 6);
        QVERIFY(recorder.undo(*removed));
        expectKept(p, kSample);
    }

    void movingACodingMovesItsCharacters()
    {
        Sample s = sample();
        Project &p = *s.project;
        ChangeRecorder recorder(p);
        // Wang Wei's [8, 13) in a becomes [8, 18): 10 characters instead of 5; x 15 - 5 + 10 = 20.
        auto moved = recorder.record(QStringLiteral("move"), [&] { return CodingStore(p).move(s.wangOnA, 8, 18); });
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error()));
        expectKept(p, {QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("k x|a.txt|Wang Wei|1|10"),
                       QStringLiteral("k x|b.txt|Wang Wei|1|4"), QStringLiteral("k y|a.txt|Li Na|1|7"),
                       QStringLiteral("c x|4|2|20"), QStringLiteral("c y|1|1|7"), QStringLiteral("d a.txt|4"),
                       QStringLiteral("d b.txt|1")});
        QVERIFY(recorder.undo(*moved));
        expectKept(p, kSample);
        // A memo changes no count (the update trigger does not fire for it).
        QVERIFY(CodingStore(p).setMemo(s.wangOnA, QStringLiteral("a memo")));
        expectKept(p, kSample);
    }

    void mergingCodesMovesTheirCodings()
    {
        Sample s = sample();
        Project &p = *s.project;
        ChangeRecorder recorder(p);
        // y's one coding (a, Li Na, 7 characters) becomes x's: x|a|Li Na 3 codings, 6 + 7 = 13; x 5 codings in 2
        // documents, 22 characters; y's row goes with the code. The documents' totals do not change.
        auto merged = recorder.record(QStringLiteral("merge"), [&] { return Codebook(p).merge(s.y, s.x); });
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error()));
        expectKept(p, {QStringLiteral("k x|a.txt|Li Na|3|13"), QStringLiteral("k x|a.txt|Wang Wei|1|5"),
                       QStringLiteral("k x|b.txt|Wang Wei|1|4"), QStringLiteral("c x|5|2|22"),
                       QStringLiteral("d a.txt|4"), QStringLiteral("d b.txt|1")});
        QVERIFY(recorder.undo(*merged));
        expectKept(p, kSample);

        // A coding of y identical to one of x (a, [0, 3), Li Na) collapses into it in a merge: UPDATE OR IGNORE leaves
        // it, then it is deleted. Before: y in a by Li Na twice (7 + 3 = 10), a 5 codings.
        code(p, s.a, s.y, 0, 3);
        expectKept(p, {QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("k x|a.txt|Wang Wei|1|5"),
                       QStringLiteral("k x|b.txt|Wang Wei|1|4"), QStringLiteral("k y|a.txt|Li Na|2|10"),
                       QStringLiteral("c x|4|2|15"), QStringLiteral("c y|2|1|10"), QStringLiteral("d a.txt|5"),
                       QStringLiteral("d b.txt|1")});
        auto collapsed = recorder.record(QStringLiteral("merge"), [&] { return Codebook(p).merge(s.y, s.x); });
        QVERIFY2(collapsed, collapsed ? "" : qPrintable(collapsed.error()));
        // [0, 7) moved (x|a|Li Na 3 codings, 13 characters), [0, 3) dropped: a back to 4 codings.
        expectKept(p, {QStringLiteral("k x|a.txt|Li Na|3|13"), QStringLiteral("k x|a.txt|Wang Wei|1|5"),
                       QStringLiteral("k x|b.txt|Wang Wei|1|4"), QStringLiteral("c x|5|2|22"),
                       QStringLiteral("d a.txt|4"), QStringLiteral("d b.txt|1")});
    }

    void cascadesTakeTheirRows()
    {
        Sample s = sample();
        Project &p = *s.project;
        ChangeRecorder recorder(p);
        // Removing a takes its four codings by the cascade: only Wang Wei's x in b is left.
        auto removed = recorder.record(QStringLiteral("remove a"), [&] { return DocumentStore(p).remove(s.a); });
        QVERIFY2(removed, removed ? "" : qPrintable(removed.error()));
        expectKept(p, {QStringLiteral("k x|b.txt|Wang Wei|1|4"), QStringLiteral("c x|1|1|4"), QStringLiteral("d b.txt|1")});
        QVERIFY(recorder.undo(*removed));
        expectKept(p, kSample);
        // Removing the code x with its codings: y's one coding in a is left.
        auto codeRemoved = recorder.record(QStringLiteral("remove x"), [&] { return Codebook(p).remove(s.x, true); });
        QVERIFY2(codeRemoved, codeRemoved ? "" : qPrintable(codeRemoved.error()));
        expectKept(p, {QStringLiteral("k y|a.txt|Li Na|1|7"), QStringLiteral("c y|1|1|7"), QStringLiteral("d a.txt|1")});
        QVERIFY(recorder.undo(*codeRemoved));
        expectKept(p, kSample);
        // A DELETE without WHERE (no truncate shortcut on a table with triggers): nothing kept.
        QVERIFY(p.database().exec("DELETE FROM codings"));
        expectKept(p, {});
    }

    void aReplaceCountsTheRowItReplaces()
    {
        Sample s = sample();
        Project &p = *s.project;
        // Wang Wei's coding in b replaced (same guid, so the old row is deleted to make room) by one of y: x loses
        // it (x 3 codings in a alone, 11 characters), y gains it (2 codings in 2 documents, 7 + 4 = 11).
        auto replace = p.database().prepare(
            "INSERT OR REPLACE INTO codings(guid, document_id, code_id, start, end, coder_id, created) "
            "SELECT guid, document_id, ?1, start, end, coder_id, created FROM codings WHERE id = ?2");
        QVERIFY(replace);
        replace->bind(1, s.y).bind(2, s.wangOnB);
        QVERIFY(replace->run());
        replace = Statement();
        expectKept(p, {QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("k x|a.txt|Wang Wei|1|5"),
                       QStringLiteral("k y|b.txt|Wang Wei|1|4"), QStringLiteral("k y|a.txt|Li Na|1|7"),
                       QStringLiteral("c x|3|1|11"), QStringLiteral("c y|2|2|11"), QStringLiteral("d a.txt|4"),
                       QStringLiteral("d b.txt|1")});
    }

    void theCodebookAndDocumentListReadThem()
    {
        Sample s = sample();
        Project &p = *s.project;
        QVERIFY(p.codingCountsKept() && !roundHidesCodings(p));   // the kept counts answer as they are
        auto frequencies = CodingStore(p).frequencies();
        QVERIFY(frequencies);
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("x")), QStringLiteral("4|2|15"));
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("y")), QStringLiteral("1|1|7"));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=4 b.txt=1"));
        // Filters read coding_counts: Wang Wei coded x in a (5) and b (4); in a alone x has 3 codings, 3 + 3 + 5.
        CodingFilter byCoder;
        byCoder.coders = {QStringLiteral("Wang Wei")};
        frequencies = CodingStore(p).frequencies(byCoder);
        QVERIFY(frequencies);
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("x")), QStringLiteral("2|2|9"));
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("y")), QStringLiteral("0|0|0"));
        CodingFilter inA;
        inA.documentIds = {s.a};
        frequencies = CodingStore(p).frequencies(inA);
        QVERIFY(frequencies);
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("x")), QStringLiteral("3|1|11"));
        // They are what is read (no pass over the codings): a kept number changed on this connection shows.
        QVERIFY(p.database().exec("UPDATE coding_counts_by_code SET codings = 42 WHERE code_id = (SELECT id FROM codes WHERE name = 'x');"
                                  "UPDATE coding_counts_by_document SET codings = 41 WHERE document_id = (SELECT id FROM documents WHERE name = 'b.txt')"));
        frequencies = CodingStore(p).frequencies();
        QVERIFY(frequencies);
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("x")), QStringLiteral("42|2|15"));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=4 b.txt=41"));
    }

    void aBlindRoundCountsWhatTheCoderSees()
    {
        Sample s = sample();
        Project &p = *s.project;
        DocumentStore documents(p);
        QVERIFY(documents.setAttribute(s.a, QStringLiteral("double coded"), QStringLiteral("true")));
        QVERIFY(documents.setAttribute(s.b, QStringLiteral("double coded"), QStringLiteral("false")));
        QVERIFY(documents.setAttributeType(QStringLiteral("double coded"), QStringLiteral("boolean")));
        QVERIFY(AgreementRounds(p).open(QStringLiteral("double coded")));
        QVERIFY(p.setBlindRoundsApplied(true));
        // Li Na is shown her own codings on a (x twice, 3 + 3; y once, 7) and Wang Wei's on b (x, 4): x 3 codings
        // in 2 documents, 10 characters; a 3 codings, b 1.
        QVERIFY(p.codingCountsKept() && roundHidesCodings(p));   // the round hides some of them
        auto frequencies = CodingStore(p).frequencies();
        QVERIFY(frequencies);
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("x")), QStringLiteral("3|2|10"));
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("y")), QStringLiteral("1|1|7"));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=3 b.txt=1"));
        // Wang Wei: his x in a (5) and in b (4); y not at all; a 1, b 1.
        p.setCurrentCoder(QStringLiteral("Wang Wei"));
        frequencies = CodingStore(p).frequencies();
        QVERIFY(frequencies);
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("x")), QStringLiteral("2|2|9"));
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("y")), QStringLiteral("0|0|0"));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=1 b.txt=1"));
        // Closed: the kept counts answer again, every coding.
        QVERIFY(AgreementRounds(p).close());
        QVERIFY(p.codingCountsKept() && !roundHidesCodings(p));   // the kept counts answer as they are
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=4 b.txt=1"));
        expectKept(p, kSample);
    }

    void filteredFrequenciesByCoderAndAttributeReadTheKeptRows()
    {
        Wide w = wide();
        Project &p = *w.project;
        // Unfiltered: x codings 1 2 3 5 7 9 in a, b, c (3 + 3 + 5 + 4 + 5 + 3 = 23); y 4 in a (7); z 6 in b, 8 in c
        // (3 + 4 = 7).
        QCOMPARE(frequenciesOf(p), QStringLiteral("x 6|3|23 y 1|1|7 z 2|2|7"));
        // Wang Wei: x 2 3 (a) 5 (b) 7 (c), 3 + 5 + 4 + 5 = 17; y 4; z none.
        CodingFilter wang;
        wang.coders = {QStringLiteral("Wang Wei")};
        QCOMPARE(frequenciesOf(p, wang), QStringLiteral("x 4|3|17 y 1|1|7 z 0|0|0"));
        // Wang Wei and Zhang Min: x also 9 in c, which c already counts for x (3 documents), 17 + 3 = 20; z 6 in b.
        CodingFilter two;
        two.coders = {QStringLiteral("Wang Wei"), QStringLiteral("Zhang Min")};
        QCOMPARE(frequenciesOf(p, two), QStringLiteral("x 5|3|20 y 1|1|7 z 1|1|3"));
        // Site north (a and c): x 1 2 3 7 9, 3 + 3 + 5 + 5 + 3 = 19 in 2 documents; y 4; z 8 (4).
        CodingFilter north;
        north.attributes = {{QStringLiteral("site"), {QStringLiteral("north")}}};
        QCOMPARE(frequenciesOf(p, north), QStringLiteral("x 5|2|19 y 1|1|7 z 1|1|4"));
        // Site south (b): x 5 (4), z 6 (3).
        CodingFilter south;
        south.attributes = {{QStringLiteral("site"), {QStringLiteral("south")}}};
        QCOMPARE(frequenciesOf(p, south), QStringLiteral("x 1|1|4 y 0|0|0 z 1|1|3"));
        // Site north by Zhang Min: x 9 in c (3) alone (his z is in b, south).
        CodingFilter northByZhang = north;
        northByZhang.coders = {QStringLiteral("Zhang Min")};
        QCOMPARE(frequenciesOf(p, northByZhang), QStringLiteral("x 1|1|3 y 0|0|0 z 0|0|0"));
        // Both sites and a coder with no codings: nothing.
        CodingFilter nobody;
        nobody.coders = {QStringLiteral("Nobody")};
        nobody.attributes = {{QStringLiteral("site"), {QStringLiteral("north"), QStringLiteral("south")}}};
        QCOMPARE(frequenciesOf(p, nobody), QStringLiteral("x 0|0|0 y 0|0|0 z 0|0|0"));
        // Read from coding_counts (no pass over the codings): Wang Wei's kept row of x in b changed on this
        // connection to 40 codings of 90 characters shows in his filter, x 3 + 40 = 43 codings, 17 - 4 + 90 = 103.
        QVERIFY(p.database().exec("UPDATE coding_counts SET codings = 40, characters = 90 WHERE code_id = (SELECT id FROM codes"
                                  " WHERE name = 'x') AND document_id = (SELECT id FROM documents WHERE name = 'b.txt')"));
        QCOMPARE(frequenciesOf(p, wang), QStringLiteral("x 43|3|103 y 1|1|7 z 0|0|0"));
    }

    void aBlindRoundIsCountedFromTheKeptRowsItShows()
    {
        Wide w = wide();
        Project &p = *w.project;
        QVERIFY(AgreementRounds(p).open(QStringLiteral("double coded")));
        QVERIFY(p.setBlindRoundsApplied(true));
        QVERIFY(p.codingCountsKept());
        // Li Na on the set's a and c sees her own codings only, 1 (a, x) and 8 (c, z); on b everyone's, 5 and 6.
        // x: 1 and 5, in a and b (c leaves x: no coding of hers there), 3 + 4 = 7; y: none (4 is Wang Wei's);
        // z: 6 and 8 in b and c, 3 + 4 = 7. Documents a 1, b 2, c 1; 4 codings.
        QCOMPARE(frequenciesOf(p), QStringLiteral("x 2|2|7 y 0|0|0 z 2|2|7"));
        QCOMPARE(frequenciesShown(p), frequenciesOf(p));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=1 b.txt=2 c.txt=1"));
        QCOMPARE(listedShown(p), listedCodings(p));
        QCOMPARE(*CodingStore(p).count(), 4);
        // Filters inside what she sees: Wang Wei's shown codings are 5 alone (x in b, 4); site north, 1 and 8.
        CodingFilter wang;
        wang.coders = {QStringLiteral("Wang Wei")};
        QCOMPARE(frequenciesOf(p, wang), QStringLiteral("x 1|1|4 y 0|0|0 z 0|0|0"));
        CodingFilter north;
        north.attributes = {{QStringLiteral("site"), {QStringLiteral("north")}}};
        QCOMPARE(frequenciesOf(p, north), QStringLiteral("x 1|1|3 y 0|0|0 z 1|1|4"));

        // Wang Wei sees 2 3 4 (a) and 7 (c), and 5 6 (b): x 2 3 5 7 in a, b, c, 3 + 5 + 4 + 5 = 17; y 4 (7); z 6 (3).
        // a 3, b 2, c 1; 6 codings.
        QVERIFY(p.setCurrentCoder(QStringLiteral("Wang Wei")));
        QCOMPARE(frequenciesOf(p), QStringLiteral("x 4|3|17 y 1|1|7 z 1|1|3"));
        QCOMPARE(frequenciesShown(p), frequenciesOf(p));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=3 b.txt=2 c.txt=1"));
        QCOMPARE(listedShown(p), listedCodings(p));
        QCOMPARE(*CodingStore(p).count(), 6);

        // A coder who has coded nothing sees b alone: x 5 (4), z 6 (3); 2 codings.
        QVERIFY(p.setCurrentCoder(QStringLiteral("Guest")));
        QCOMPARE(frequenciesOf(p), QStringLiteral("x 1|1|4 y 0|0|0 z 1|1|3"));
        QCOMPARE(frequenciesShown(p), frequenciesOf(p));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=0 b.txt=2 c.txt=0"));
        QCOMPARE(*CodingStore(p).count(), 2);

        // Blind rounds not applied (the CLI): every coding, 9.
        QVERIFY(p.setBlindRoundsApplied(false));
        QCOMPARE(frequenciesOf(p), QStringLiteral("x 6|3|23 y 1|1|7 z 2|2|7"));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=4 b.txt=2 c.txt=3"));
        QCOMPARE(*CodingStore(p).count(), 9);

        // They are read from the kept counts, less the hidden rows of the set's documents: with Li Na again, x's
        // summary changed on this connection to 40 codings shows as 40 - 4 hidden (2 3 7 9) = 36; b's document count
        // to 12 shows as 12 (b is not in the set); the number of codings kept changed to 100 shows as 100 - 5 hidden
        // (2 3 4 7 9) = 95.
        QVERIFY(p.setBlindRoundsApplied(true));
        QVERIFY(p.setCurrentCoder(QStringLiteral("Li Na")));
        QVERIFY(p.database().exec("UPDATE coding_counts_by_code SET codings = 40 WHERE code_id = (SELECT id FROM codes WHERE name = 'x');"
                                  "UPDATE coding_counts_by_document SET codings = 12 WHERE document_id = (SELECT id FROM documents WHERE name = 'b.txt');"
                                  "UPDATE row_counts SET row_count = 100 WHERE table_name = 'codings'"));
        QCOMPARE(frequenciesOf(p), QStringLiteral("x 36|2|7 y 0|0|0 z 2|2|7"));
        QCOMPARE(listedCodings(p), QStringLiteral("a.txt=1 b.txt=12 c.txt=1"));
        QCOMPARE(*CodingStore(p).count(), 95);
    }

    void aMergeAndARefiQdaImportCountTheirCodings()
    {
        const QString theirsPath = freshPath();
        {
            auto theirs = freshProject(theirsPath);
            const qint64 b = addDocument(*theirs, QStringLiteral("b.txt"), QStringLiteral("Teachers use the projector daily."));
            const qint64 c = addDocument(*theirs, QStringLiteral("c.txt"), QStringLiteral("学生用平板电脑学习。"));
            const qint64 devices = addCode(*theirs, QStringLiteral("devices"));
            code(*theirs, b, devices, 0, 8, QStringLiteral("Wang Wei"));    // 8 characters
            code(*theirs, b, devices, 17, 26, QStringLiteral("Wang Wei"));  // 9
            code(*theirs, c, devices, 3, 7, QStringLiteral("Wang Wei"));    // 4
        }
        auto ours = freshProject();
        const qint64 a = addDocument(*ours, QStringLiteral("a.txt"), QStringLiteral("The smartboard is new."));
        code(*ours, a, addCode(*ours, QStringLiteral("teaching")), 4, 14);   // 10
        auto merged = mergeProject(*ours, theirsPath, MergeOptions{false, {}});
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error()));
        // devices: 2 codings in b (8 + 9 = 17) and 1 in c (4): 3 codings in 2 documents, 21 characters.
        const QStringList expected{
            QStringLiteral("k teaching|a.txt|Li Na|1|10"), QStringLiteral("k devices|b.txt|Wang Wei|2|17"),
            QStringLiteral("k devices|c.txt|Wang Wei|1|4"), QStringLiteral("c teaching|1|1|10"),
            QStringLiteral("c devices|3|2|21"), QStringLiteral("d a.txt|1"), QStringLiteral("d b.txt|2"),
            QStringLiteral("d c.txt|1")};
        expectKept(*ours, expected);

        // Exported and imported into a new project: the same rows, made by that project's triggers.
        const QString qdpx = freshPath(QStringLiteral(".qdpx"));
        auto exported = exportQdpx(*ours, qdpx);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error()));
        const QString importedPath = freshPath();
        auto imported = importQdpx(qdpx, importedPath);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error()));
        auto reopened = Project::open(importedPath);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error()));
        expectKept(**reopened, expected);
    }

    void formatFourIsUpgradedWithItsCounts()
    {
        // A format 4 file as that release made it (its statements, kept in Schema.cpp): a.txt (8 code points) with
        // two codings of teaching, [3, 6) and [0, 2), and b.txt with one, [1, 4), all by Li Na.
        const QString path = freshPath();
        {
            const char *rows =
                "PRAGMA recursive_triggers = ON;"
                "INSERT INTO project_info VALUES ('guid', 'g'), ('name', 'old'), ('created', '2026-01-01T00:00:00Z');"
                "INSERT INTO coders(id, guid, name) VALUES (1, 'c1', 'Li Na');"
                "INSERT INTO documents(id, guid, name, length, tail, content_hash, imported_at, imported_by, text) VALUES "
                "(1, 'd1', 'a.txt', 8, '上课', 'h1', '2026-01-01T00:00:00Z', 1, '老师用投影仪上课'),"
                "(2, 'd2', 'b.txt', 6, 'ef', 'h2', '2026-01-01T00:00:00Z', 1, 'abcdef');"
                "INSERT INTO document_fts_pending VALUES (1), (2);"
                "INSERT INTO codes(id, guid, name, created) VALUES (1, 'k1', 'teaching', '2026-01-01T00:00:00Z');"
                "INSERT INTO codings(guid, document_id, code_id, start, end, coder_id, created, memo) VALUES "
                "('x1', 1, 1, 3, 6, 1, '2026-01-01T00:00:00Z', 'why'), ('x2', 1, 1, 0, 2, 1, '2026-01-01T00:00:00Z', NULL),"
                "('x3', 2, 1, 1, 4, 1, '2026-01-01T00:00:00Z', '  ');"
                "PRAGMA application_id = 1297237838; PRAGMA journal_mode = WAL; PRAGMA user_version = 4";
            makePastFormatFile(path, 4, rows);
        }
        // teaching: a 2 codings (3 + 2 characters), b 1 (3): 3 codings in 2 documents, 8 characters.
        {
            // Read-only, it is taken as it is: counted, not upgraded.
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QCOMPARE((*project)->formatVersion(), 4);
            QVERIFY((*project)->rowCountsKept());
            QVERIFY(!(*project)->codingCountsKept());
            auto frequencies = CodingStore(**project).frequencies();
            QVERIFY2(frequencies, frequencies ? "" : qPrintable(frequencies.error()));
            QCOMPARE(frequencyOf(*frequencies, QStringLiteral("teaching")), QStringLiteral("3|2|8"));
            QCOMPARE(listedCodings(**project), QStringLiteral("a.txt=2 b.txt=1"));
        }
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE((*project)->formatVersion(), 5);
        QVERIFY((*project)->codingCountsKept());
        expectKept(**project, {QStringLiteral("k teaching|a.txt|Li Na|2|5"), QStringLiteral("k teaching|b.txt|Li Na|1|3"),
                               QStringLiteral("c teaching|3|2|8"), QStringLiteral("d a.txt|2"), QStringLiteral("d b.txt|1")});
        auto frequencies = CodingStore(**project).frequencies();
        QVERIFY(frequencies);
        QCOMPARE(frequencyOf(*frequencies, QStringLiteral("teaching")), QStringLiteral("3|2|8"));
        // The index of codings with a memo holds the one with a memo ('why'), not the blank one.
        auto indexed = (*project)->database().prepare(
            "SELECT count(*) FROM codings INDEXED BY codings_with_memo WHERE memo IS NOT NULL AND trim(memo) <> ''");
        QVERIFY(indexed && indexed->step());
        QCOMPARE(indexed->int64(0), qint64(1));
        indexed = Statement();
        // And kept from there on: a fourth coding, in b, [0, 1).
        code(**project, 2, 1, 0, 1, QStringLiteral("Li Na"));
        expectKept(**project, {QStringLiteral("k teaching|a.txt|Li Na|2|5"), QStringLiteral("k teaching|b.txt|Li Na|2|4"),
                               QStringLiteral("c teaching|4|2|9"), QStringLiteral("d a.txt|2"), QStringLiteral("d b.txt|2")});
    }

    void countsEditedByAnotherProgramAreFoundAndCorrected()
    {
        const QString path = freshPath();
        sample().project.reset();   // (another file)
        {
            auto project = freshProject(path);
            const qint64 a = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("one two three"));
            const qint64 x = addCode(*project, QStringLiteral("x"));
            code(*project, a, x, 0, 3);
            code(*project, a, x, 4, 7);
        }
        // By hand with sqlite3: x said to have 99 codings (it has 2, 6 characters, in a).
        QVERIFY(rawExec(path, "UPDATE coding_counts_by_code SET codings = 99"));
        {
            // Read-only: the page check finds it, says so, and the codings are counted.
            auto project = Project::open(path, Project::Access::ReadOnly);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QCOMPARE((*project)->pageCheck(), Project::PageCheck::Checked);
            QVERIFY(!(*project)->codingCountsKept());
            QCOMPARE((*project)->notes().size(), 1);
            QVERIFY2((*project)->notes().first().contains(QStringLiteral("the coding counts per code disagree with the codings (0 missing, 1 with other numbers, 0 extra)")),
                     qPrintable((*project)->notes().first()));
            auto frequencies = CodingStore(**project).frequencies();
            QVERIFY(frequencies);
            QCOMPARE(frequencyOf(*frequencies, QStringLiteral("x")), QStringLiteral("2|1|6"));
        }
        {
            // For writing: corrected, with a note.
            auto project = Project::open(path);
            QVERIFY2(project, project ? "" : qPrintable(project.error()));
            QCOMPARE((*project)->notes().size(), 1);
            QVERIFY((*project)->notes().first().contains(QStringLiteral("they were corrected")));
            QVERIFY((*project)->codingCountsKept());
            expectKept(**project, {QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("c x|2|1|6"), QStringLiteral("d a.txt|2")});
        }
        // A row taken away and one added by hand: both found (one row missing per code, document and coder, one extra
        // per document), and corrected.
        QVERIFY(rawExec(path, "DELETE FROM coding_counts; INSERT INTO coding_counts_by_document VALUES (77, 1)"));
        auto project = Project::open(path);
        QVERIFY2(project, project ? "" : qPrintable(project.error()));
        QCOMPARE((*project)->notes().size(), 1);
        QVERIFY2((*project)->notes().first().contains(QStringLiteral("the coding counts per code, document and coder disagree with the codings (1 missing, 0 with other numbers, 0 extra)"))
                     && (*project)->notes().first().contains(QStringLiteral("the coding counts per document disagree with the codings (0 missing, 0 with other numbers, 1 extra)")),
                 qPrintable((*project)->notes().first()));
        expectKept(**project, {QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("c x|2|1|6"), QStringLiteral("d a.txt|2")});
        project->reset();
        // A kept row with another number of characters, and one for a code, document and coder that have no codings:
        // one with other numbers, one extra.
        QVERIFY(rawExec(path, "UPDATE coding_counts SET characters = 5; INSERT INTO coding_counts VALUES (9, 9, 9, 1, 1)"));
        auto again = Project::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error()));
        QCOMPARE((*again)->notes().size(), 1);
        QVERIFY2((*again)->notes().first().contains(QStringLiteral(
                     "the coding counts per code, document and coder disagree with the codings (0 missing, 1 with other numbers, 1 extra)")),
                 qPrintable((*again)->notes().first()));
        expectKept(**again, {QStringLiteral("k x|a.txt|Li Na|2|6"), QStringLiteral("c x|2|1|6"), QStringLiteral("d a.txt|2")});
    }
};

QTEST_GUILESS_MAIN(TestCodingCounts)
#include "test_coding_counts.moc"
