#include "ProjectFixtures.h"

#include "analysis/Agreement.h"
#include "analysis/Cooccurrence.h"
#include "analysis/Matrix.h"
#include "analysis/WordFrequencies.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

using namespace marginalia;

namespace {

// Compares doubles that were computed by hand to 1e-9 relative.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

#define QCOMPARE_NEAR(actual, expected)                                                                               \
    QVERIFY2(near((actual), (expected)),                                                                              \
             qPrintable(QStringLiteral("%1 is %2, expected %3").arg(QLatin1String(#actual)).arg((actual), 0, 'g', 15).arg((expected), 0, 'g', 15)))

class TestAnalysis : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    static qint64 addDocument(Project &project, const QString &name, const QString &text,
                              const QMap<QString, QString> &attributes)
    {
        const qint64 id = ProjectFixtures::addDocument(project, name, text);
        DocumentStore store(project);
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            if (auto ok = store.setAttribute(id, it.key(), it.value()); !ok)
                qFatal("%s", qPrintable(ok.error()));
        }
        return id;
    }

    // A coding's id (by Li Na unless another coder is named).
    static qint64 code(Project &project, qint64 document, qint64 codeId, qint64 start, qint64 end,
                       const QString &coder = QStringLiteral("Li Na"))
    {
        return ProjectFixtures::code(project, document, codeId, start, end, coder).id;
    }

    // The matrix corpus. Documents (length in code points, one line each ending in "\n"):
    //   D1 b1 site Beijing, kind interview,    100
    //   D2 b2 site Beijing, kind observation,   50 (two lines: [0,24) and [25,50))
    //   D3 k1 site Kunming, kind interview,    200
    //   D4 n1 no site, no kind,                 10
    // Codes: Teaching > Lecture; Assessment. Codings (Li Na unless Wang):
    //   D1 Teaching [0,10), Teaching [5,20), Lecture [15,30) Wang, Assessment [40,50)
    //   D2 Lecture [0,10)
    //   D3 Teaching [100,150), Assessment [120,130), Assessment [125,140) Wang
    struct Corpus
    {
        std::unique_ptr<Project> project;
        qint64 d1 = 0, d2 = 0, d3 = 0, d4 = 0;
        qint64 teaching = 0, lecture = 0, assessment = 0;
        QList<qint64> teachingD1;
    };

    Corpus corpus()
    {
        Corpus c;
        c.project = freshProject();
        Project &p = *c.project;
        const QString site = QStringLiteral("site");
        const QString kind = QStringLiteral("kind");
        c.d1 = addDocument(p, QStringLiteral("b1"), QString(99, u'a') + u'\n',
                           {{site, QStringLiteral("Beijing")}, {kind, QStringLiteral("interview")}});
        c.d2 = addDocument(p, QStringLiteral("b2"), QString(24, u'b') + u'\n' + QString(24, u'b') + u'\n',
                           {{site, QStringLiteral("Beijing")}, {kind, QStringLiteral("observation")}});
        c.d3 = addDocument(p, QStringLiteral("k1"), QString(199, u'k') + u'\n',
                           {{site, QStringLiteral("Kunming")}, {kind, QStringLiteral("interview")}});
        c.d4 = addDocument(p, QStringLiteral("n1"), QString(9, u'n') + u'\n', {});
        c.teaching = addCode(p, QStringLiteral("Teaching"));
        c.lecture = addCode(p, QStringLiteral("Lecture"), c.teaching);
        c.assessment = addCode(p, QStringLiteral("Assessment"));
        c.teachingD1 = {code(p, c.d1, c.teaching, 0, 10), code(p, c.d1, c.teaching, 5, 20)};
        code(p, c.d1, c.lecture, 15, 30, QStringLiteral("Wang"));
        code(p, c.d1, c.assessment, 40, 50);
        code(p, c.d2, c.lecture, 0, 10);
        code(p, c.d3, c.teaching, 100, 150);
        code(p, c.d3, c.assessment, 120, 130);
        code(p, c.d3, c.assessment, 125, 140, QStringLiteral("Wang"));
        return c;
    }

    static const MatrixRow &row(const MatrixResult &m, qint64 codeId)
    {
        for (const MatrixRow &r : m.rows) {
            if (r.codeId == codeId)
                return r;
        }
        qFatal("no row");
    }

    // passages < 0: as many as codings (the corpus above has no span coded identically by two coders).
    static void checkCell(const MatrixCell &cell, qint64 codings, qint64 documents, double percent, qint64 characters,
                          double per10k, qint64 passages = -1)
    {
        QCOMPARE(cell.codings, codings);
        QCOMPARE(cell.passages, passages < 0 ? codings : passages);
        QCOMPARE(cell.documents, documents);
        QCOMPARE_NEAR(cell.percentDocuments, percent);
        QCOMPARE(cell.characters, characters);
        QCOMPARE_NEAR(cell.per10k, per10k);
    }

private Q_SLOTS:
    void corpusHasTheLengthsTheTestsAssume()
    {
        Corpus c = corpus();
        DocumentStore documents(*c.project);
        QCOMPARE(documents.info(c.d1)->length, qint64(100));
        QCOMPARE(documents.info(c.d2)->length, qint64(50));
        QCOMPARE(documents.info(c.d3)->length, qint64(200));
        QCOMPARE(documents.info(c.d4)->length, qint64(10));
    }

    void matrixCells()
    {
        Corpus c = corpus();
        auto m = Matrix(*c.project).compute({});
        QVERIFY2(m, qPrintable(marginalia::errorText(m)));
        // Columns: Beijing (D1, D2: 150 characters), Kunming (D3: 200), no site (D4: 10); 360 in all.
        QCOMPARE(m->columns.size(), 3);
        QCOMPARE(m->columns[0].value, QStringLiteral("Beijing"));
        QCOMPARE(m->columns[0].documents, qint64(2));
        QCOMPARE(m->columns[0].textLength, qint64(150));
        QCOMPARE(m->columns[1].value, QStringLiteral("Kunming"));
        QCOMPARE(m->columns[1].textLength, qint64(200));
        QCOMPARE(m->columns[2].value, QString());
        QCOMPARE(m->columns[2].documents, qint64(1));
        QCOMPARE(m->rows.size(), 3);

        // Teaching, Beijing: [0,10) and [5,20) in D1: 2 segments, 1 of 2 documents, union 20 characters,
        // 20 × 10000 / 150 = 1333.33. Kunming: [100,150): 50 characters of 200 → 2500.
        const MatrixRow &teaching = row(*m, c.teaching);
        QCOMPARE(teaching.path, QStringLiteral("Teaching"));
        checkCell(teaching.cells[0], 2, 1, 50.0, 20, 20 * 10000.0 / 150);
        checkCell(teaching.cells[1], 1, 1, 100.0, 50, 2500.0);
        checkCell(teaching.cells[2], 0, 0, 0.0, 0, 0.0);
        // Row total: 3 segments, 2 of 4 documents, 70 characters of 360.
        checkCell(teaching.total, 3, 2, 50.0, 70, 70 * 10000.0 / 360);

        // Lecture (not rolled up): D1 [15,30) and D2 [0,10): 25 characters.
        const MatrixRow &lecture = row(*m, c.lecture);
        QCOMPARE(lecture.path, QStringLiteral("Teaching/Lecture"));
        checkCell(lecture.cells[0], 2, 2, 100.0, 25, 25 * 10000.0 / 150);
        checkCell(lecture.cells[1], 0, 0, 0.0, 0, 0.0);

        // Assessment, Kunming: [120,130) ∪ [125,140) = 20 characters (the overlap counts once), two coders.
        const MatrixRow &assessment = row(*m, c.assessment);
        checkCell(assessment.cells[0], 1, 1, 50.0, 10, 10 * 10000.0 / 150);
        checkCell(assessment.cells[1], 2, 1, 100.0, 20, 1000.0);
        checkCell(assessment.total, 3, 2, 50.0, 30, 30 * 10000.0 / 360);

        // Any code, Beijing: 5 codings; D1 covered [0,30) ∪ [40,50) = 40, D2 10: 50 characters.
        // Kunming: 3 codings, [100,150) = 50. Grand total: 8 codings, 3 of 4 documents, 100 of 360 characters.
        checkCell(m->columnTotals[0], 5, 2, 100.0, 50, 50 * 10000.0 / 150);
        checkCell(m->columnTotals[1], 3, 1, 100.0, 50, 2500.0);
        checkCell(m->columnTotals[2], 0, 0, 0.0, 0, 0.0);
        checkCell(m->grandTotal, 8, 3, 75.0, 100, 100 * 10000.0 / 360);
    }

    void matrixRollsUpTheCodeTree()
    {
        Corpus c = corpus();
        MatrixOptions options;
        options.rollUp = true;
        auto m = Matrix(*c.project).compute(options);
        QVERIFY2(m, qPrintable(marginalia::errorText(m)));
        // Teaching with Lecture, Beijing: D1 Teaching ×2 + Lecture, D2 Lecture = 4 segments in 2 documents;
        // D1 [0,10) ∪ [5,20) ∪ [15,30) = 30, D2 10: 40 characters → 40 × 10000 / 150.
        const MatrixRow &teaching = row(*m, c.teaching);
        checkCell(teaching.cells[0], 4, 2, 100.0, 40, 40 * 10000.0 / 150);
        checkCell(teaching.cells[1], 1, 1, 100.0, 50, 2500.0);
        checkCell(teaching.total, 5, 3, 75.0, 90, 90 * 10000.0 / 360);
        // A leaf is unchanged.
        checkCell(row(*m, c.lecture).cells[0], 2, 2, 100.0, 25, 25 * 10000.0 / 150);

        auto ids = Matrix(*c.project).cellCodings(options, c.teaching, QStringLiteral("Beijing"));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 4);
    }

    void matrixFilters()
    {
        Corpus c = corpus();
        // Only Li Na: Lecture in Beijing is D2 only; Assessment in Kunming is [120,130) only.
        MatrixOptions byCoder;
        byCoder.scope.coders = {QStringLiteral("Li Na")};
        auto m = Matrix(*c.project).compute(byCoder);
        QVERIFY2(m, qPrintable(marginalia::errorText(m)));
        checkCell(row(*m, c.lecture).cells[0], 1, 1, 50.0, 10, 10 * 10000.0 / 150);
        checkCell(row(*m, c.assessment).cells[1], 1, 1, 100.0, 10, 500.0);

        // Only interviews: Beijing is D1 alone (100 characters), Kunming D3; no document lacks a site.
        MatrixOptions byKind;
        byKind.scope.attributes.insert(QStringLiteral("kind"), {QStringLiteral("interview")});
        m = Matrix(*c.project).compute(byKind);
        QVERIFY2(m, qPrintable(marginalia::errorText(m)));
        QCOMPARE(m->columns.size(), 2);
        QCOMPARE(m->columns[0].textLength, qint64(100));
        checkCell(row(*m, c.teaching).cells[0], 2, 1, 100.0, 20, 2000.0);
        checkCell(row(*m, c.lecture).cells[0], 1, 1, 100.0, 15, 1500.0);
        // D1: 4 codings, [0,30) ∪ [40,50) = 40 characters; D3: 3 codings, 50 characters.
        checkCell(m->grandTotal, 7, 2, 100.0, 90, 90 * 10000.0 / 300);

        // Columns by another attribute.
        MatrixOptions byKindColumns;
        byKindColumns.attribute = QStringLiteral("kind");
        m = Matrix(*c.project).compute(byKindColumns);
        QVERIFY2(m, qPrintable(marginalia::errorText(m)));
        QCOMPARE(m->columns[0].value, QStringLiteral("interview"));
        QCOMPARE(m->columns[1].value, QStringLiteral("observation"));
        checkCell(row(*m, c.lecture).cells[1], 1, 1, 100.0, 10, 2000.0);

        MatrixOptions unknown;
        unknown.attribute = QStringLiteral("no such");
        QVERIFY(!Matrix(*c.project).compute(unknown));
    }

    void matrixCellsLeadToTheirCodings()
    {
        Corpus c = corpus();
        Matrix matrix(*c.project);
        auto ids = matrix.cellCodings({}, c.teaching, QStringLiteral("Beijing"));
        QVERIFY(ids);
        QCOMPARE(*ids, c.teachingD1);
        auto filter = matrix.cellFilter({}, c.assessment, QStringLiteral("Kunming"));
        QVERIFY(filter);
        auto segments = CodingStore(*c.project).segments(*filter);
        QVERIFY(segments);
        QCOMPARE(segments->size(), 2);
        QCOMPARE(segments->at(0).start, qint64(120));
        QCOMPARE(segments->at(1).start, qint64(125));
        // The column of documents without a site holds nothing.
        ids = matrix.cellCodings({}, 0, QString());
        QVERIFY(ids);
        QVERIFY(ids->isEmpty());
        // The column total: every coding of Kunming.
        ids = matrix.cellCodings({}, 0, QStringLiteral("Kunming"));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 3);
    }

    void cooccurrence()
    {
        Corpus c = corpus();
        Project &p = *c.project;
        // Touching is not overlapping: D2 Assessment [10,20) meets Lecture [0,10) (same line, though).
        code(p, c.d2, c.assessment, 10, 20);
        // The same start overlaps: D3 Lecture [100,110) and Teaching [100,150).
        code(p, c.d3, c.lecture, 100, 110);
        auto pairs = Cooccurrence(p).pairs(CooccurrenceUnit::Overlap, {}, true);
        QVERIFY2(pairs, qPrintable(marginalia::errorText(pairs)));
        // Teaching+Lecture: D1 [5,20)×[15,30), D3 [100,150)×[100,110): 2 pairs in 2 documents.
        // Teaching+Assessment: D3 [100,150)×[120,130) and ×[125,140): 2 pairs in 1 document.
        // Assessment×Assessment (same code) is not a pair; Lecture+Assessment never overlap.
        QCOMPARE(pairs->size(), 2);
        QHash<QPair<qint64, qint64>, QPair<qint64, qint64>> found;
        for (const CooccurrencePair &pair : *pairs)
            found.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
        QCOMPARE(found.value({c.teaching, c.lecture}), (QPair<qint64, qint64>(2, 2)));
        QCOMPARE(found.value({c.teaching, c.assessment}), (QPair<qint64, qint64>(2, 1)));

        // Paragraphs: D1 and D3 are one line each, D2 two lines ([0,24) and [25,50)).
        // Teaching+Lecture: D1, D3 → 2 paragraphs in 2 documents. Teaching+Assessment: D1, D3 → 2 in 2.
        // Lecture+Assessment: D1, D2 (line 1), D3 → 3 in 3.
        pairs = Cooccurrence(p).pairs(CooccurrenceUnit::Paragraph, {}, true);
        QVERIFY2(pairs, qPrintable(marginalia::errorText(pairs)));
        found.clear();
        for (const CooccurrencePair &pair : *pairs)
            found.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
        QCOMPARE(pairs->size(), 3);
        QCOMPARE(found.value({c.teaching, c.lecture}), (QPair<qint64, qint64>(2, 2)));
        QCOMPARE(found.value({c.teaching, c.assessment}), (QPair<qint64, qint64>(2, 2)));
        QCOMPARE(found.value({c.lecture, c.assessment}), (QPair<qint64, qint64>(3, 3)));
        QCOMPARE(pairs->first().codeA, c.lecture);   // most frequent first

        // A coding that takes in the final line break (D1 [95,100), past the end of D1's only paragraph [0,99)).
        const qint64 tail = addCode(p, QStringLiteral("Tail"));
        code(p, c.d1, tail, 95, 100);
        pairs = Cooccurrence(p).pairs(CooccurrenceUnit::Paragraph, {}, true);
        QVERIFY2(pairs, qPrintable(marginalia::errorText(pairs)));
        found.clear();
        for (const CooccurrencePair &pair : *pairs)
            found.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
        QCOMPARE(found.value({c.teaching, tail}), (QPair<qint64, qint64>(1, 1)));
        QCOMPARE(found.value({c.assessment, tail}), (QPair<qint64, qint64>(1, 1)));
        QCOMPARE(found.value({c.teaching, c.lecture}), (QPair<qint64, qint64>(2, 2)));

        // Only Li Na: the D1 Lecture (Wang's) drops out of Teaching+Lecture.
        pairs = Cooccurrence(p).pairs(CooccurrenceUnit::Overlap, {{}, {QStringLiteral("Li Na")}}, true);
        QVERIFY2(pairs, qPrintable(marginalia::errorText(pairs)));
        found.clear();
        for (const CooccurrencePair &pair : *pairs)
            found.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
        QCOMPARE(found.value({c.teaching, c.lecture}), (QPair<qint64, qint64>(1, 1)));
        QCOMPARE(found.value({c.teaching, c.assessment}), (QPair<qint64, qint64>(1, 1)));

        // The codings behind a pair: Teaching [5,20) (not [0,10)) and Lecture [15,30) in D1; Teaching [100,150),
        // Lecture [100,110) in D3.
        auto ids = Cooccurrence(p).pairCodings(CooccurrenceUnit::Overlap, c.teaching, c.lecture);
        QVERIFY2(ids, qPrintable(marginalia::errorText(ids)));
        QCOMPARE(ids->size(), 4);
        QVERIFY(!ids->contains(c.teachingD1[0]));
        QVERIFY(ids->contains(c.teachingD1[1]));
    }

    void paragraphCooccurrenceCountsParagraphsAndDocuments()
    {
        Corpus c = corpus();
        Project &p = *c.project;
        // D2's lines are [0,24) and [25,49). Teaching [0,30) touches both; Assessment [1,5) line 1, [26,40) line 2.
        code(p, c.d2, c.teaching, 0, 30);
        code(p, c.d2, c.assessment, 1, 5);
        code(p, c.d2, c.assessment, 26, 40);
        // Paragraphs with codes: D1 {Teaching, Lecture, Assessment}, D2 line 1 {Lecture, Teaching, Assessment},
        // D2 line 2 {Teaching, Assessment}, D3 {Teaching, Assessment}.
        // Teaching+Lecture: D1, D2 line 1 → 2 paragraphs in 2 documents. Teaching+Assessment: D1, both lines of
        // D2, D3 → 4 paragraphs in 3 documents. Lecture+Assessment: D1, D2 line 1 → 2 in 2.
        auto pairs = Cooccurrence(p).pairs(CooccurrenceUnit::Paragraph, {}, true);
        QVERIFY2(pairs, qPrintable(marginalia::errorText(pairs)));
        QHash<QPair<qint64, qint64>, QPair<qint64, qint64>> found;
        for (const CooccurrencePair &pair : *pairs)
            found.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
        QCOMPARE(pairs->size(), 3);
        QCOMPARE(found.value({c.teaching, c.lecture}), (QPair<qint64, qint64>(2, 2)));
        QCOMPARE(found.value({c.teaching, c.assessment}), (QPair<qint64, qint64>(4, 3)));
        QCOMPARE(found.value({c.lecture, c.assessment}), (QPair<qint64, qint64>(2, 2)));
        QCOMPARE(pairs->first().codeA, c.teaching);
        QCOMPARE(pairs->first().codeB, c.assessment);
        QCOMPARE(pairs->first().pathB, QStringLiteral("Assessment"));

        // Only Li Na: Wang's Lecture in D1 drops out; Li Na's Assessment [120,130) keeps D3.
        pairs = Cooccurrence(p).pairs(CooccurrenceUnit::Paragraph, {{}, {QStringLiteral("Li Na")}}, true);
        QVERIFY2(pairs, qPrintable(marginalia::errorText(pairs)));
        found.clear();
        for (const CooccurrencePair &pair : *pairs)
            found.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
        QCOMPARE(found.value({c.teaching, c.lecture}), (QPair<qint64, qint64>(1, 1)));
        QCOMPARE(found.value({c.teaching, c.assessment}), (QPair<qint64, qint64>(4, 3)));
        QCOMPARE(found.value({c.lecture, c.assessment}), (QPair<qint64, qint64>(1, 1)));

        // Only interviews (D1, D3).
        pairs = Cooccurrence(p).pairs(CooccurrenceUnit::Paragraph,
                                      {{{QStringLiteral("kind"), {QStringLiteral("interview")}}}, {}}, true);
        QVERIFY2(pairs, qPrintable(marginalia::errorText(pairs)));
        found.clear();
        for (const CooccurrencePair &pair : *pairs)
            found.insert({pair.codeA, pair.codeB}, {pair.count, pair.documents});
        QCOMPARE(pairs->size(), 3);
        QCOMPARE(found.value({c.teaching, c.lecture}), (QPair<qint64, qint64>(1, 1)));
        QCOMPARE(found.value({c.teaching, c.assessment}), (QPair<qint64, qint64>(2, 2)));
        QCOMPARE(found.value({c.lecture, c.assessment}), (QPair<qint64, qint64>(1, 1)));

        // The codings behind Teaching+Assessment: every coding of either code in those paragraphs (9).
        auto ids = Cooccurrence(p).pairCodings(CooccurrenceUnit::Paragraph, c.teaching, c.assessment);
        QVERIFY2(ids, qPrintable(marginalia::errorText(ids)));
        QCOMPARE(ids->size(), 9);
    }

    // marginalia_union_length, the matrix's SQL aggregate, over ranges in order, out of order, and out of order
    // after more merged runs than the aggregate holds in place.
    void unionLengthAggregate()
    {
        Corpus c = corpus();
        QVERIFY(Matrix(*c.project).compute({}));   // registers the function on the connection
        auto unionOf = [&](const char *values) {
            auto stmt = c.project->database().prepare(
                std::string("SELECT marginalia_union_length(column1, column2) FROM (VALUES ") + values + ")");
            if (!stmt || !stmt->step())
                qFatal("union length");
            return stmt->int64(0);
        };
        QCOMPARE(unionOf("(0, 10), (5, 20), (15, 30), (40, 50)"), qint64(40));
        QCOMPARE(unionOf("(40, 50), (0, 10), (15, 30), (5, 20)"), qint64(40));
        QCOMPARE(unionOf("(0, 10), (10, 20)"), qint64(20));
        QCOMPARE(unionOf("(0, 100), (10, 20), (30, 40), (100, 101)"), qint64(101));
        // Six runs in order, then two ranges that reach back: [0,15) [20,25) [30,35) [40,45) [50,60) = 40.
        QCOMPARE(unionOf("(0, 5), (10, 15), (20, 25), (30, 35), (40, 45), (50, 55), (2, 12), (52, 60)"), qint64(40));
        QCOMPARE(unionOf("(0, 5), (10, 15), (20, 25), (30, 35), (40, 45), (50, 55), (60, 70)"), qint64(40));
        auto none = c.project->database().prepare(
            "SELECT marginalia_union_length(column1, column2) FROM (VALUES (0, 10)) WHERE column1 > 0");
        QVERIFY(none && none->step());
        QCOMPARE(none->int64(0), qint64(0));
    }

    // A worked example, two coders, checked against the textbook formulas.
    //
    // Documents E1 (100 characters), E2 (100), E3 (50). Ann and Bo both coded in E1 and E2; only Ann in E3, so
    // E3 is not compared: N = 200 characters per code.
    //   X: Ann E1 [0,10) and [10,40), E2 [10,20); Bo E1 [20,60).   Y: Bo E2 [0,5).   Ann also X in E3 [0,10).
    // Code X, characters: both 20 ([20,40)), Ann only 30 ([0,20) and E2 [10,20)), Bo only 20 ([40,60)), neither 130.
    //   Po = (20 + 130) / 200 = 0.75; P(Ann yes) = 50/200 = 0.25, P(Bo yes) = 40/200 = 0.2;
    //   Pe = 0.25·0.2 + 0.75·0.8 = 0.65; kappa = (0.75 − 0.65) / (1 − 0.65) = 0.285714…
    //   Krippendorff: n = 400 values, n_yes = 90, n_no = 310; each of the 50 split characters gives
    //   o(yes,no) = o(no,yes) = 1/(2 − 1) = 1, so o(yes,no) = 50. Do = (50 + 50)/400 = 0.25;
    //   De = 2·90·310 / (400·399) = 0.349624…; alpha = 1 − Do/De = 1 − 19950/27900 = 0.284946…
    // Code Y: Bo only 5, neither 195. Po = 0.975, Pe = 0·0.025 + 1·0.975 = 0.975, kappa = 0;
    //   alpha = 1 − 399·5 / (5·395) = −0.0101265…
    // Overall (pooled, 400 units): both 20, split 55, neither 325; Ann 50 yes, Bo 45.
    //   Po = 0.8625, Pe = 0.125·0.1125 + 0.875·0.8875 = 0.790625, kappa = 0.071875 / 0.209375 = 0.343283…
    //   alpha = 1 − 799·55 / (95·705) = 0.343859…
    // Documents: X — E1 both, E2 Ann only: 50 %, Pe = 1·0.5 + 0·0.5 = 0.5, kappa 0; alpha = 1 − 3·1/(3·1) = 0.
    //            Y — E1 neither, E2 Bo only: 50 %, kappa 0, alpha = 1 − 3·1/(1·3) = 0.
    void agreementTwoCoders()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 e1 = addDocument(p, QStringLiteral("E1"), QString(99, u'e') + u'\n', {});
        const qint64 e2 = addDocument(p, QStringLiteral("E2"), QString(99, u'f') + u'\n', {});
        const qint64 e3 = addDocument(p, QStringLiteral("E3"), QString(49, u'g') + u'\n', {});
        const qint64 x = addCode(p, QStringLiteral("X"));
        const qint64 y = addCode(p, QStringLiteral("Y"));
        const QString ann = QStringLiteral("Ann");
        const QString bo = QStringLiteral("Bo");
        code(p, e1, x, 0, 10, ann);
        code(p, e1, x, 10, 40, ann);
        code(p, e2, x, 10, 20, ann);
        code(p, e3, x, 0, 10, ann);
        code(p, e1, x, 20, 60, bo);
        code(p, e2, y, 0, 5, bo);

        auto result = Agreement(p).compute({ann, bo});
        QVERIFY2(result, qPrintable(marginalia::errorText(result)));
        QCOMPARE(result->documents, (QStringList{QStringLiteral("E1"), QStringLiteral("E2")}));
        QCOMPARE(result->comparedCharacters, qint64(200));
        QCOMPARE(result->codes.size(), 2);
        const CodeAgreement &cx = result->codes[0];
        QCOMPARE(cx.path, QStringLiteral("X"));
        QCOMPARE(cx.characters.units, qint64(200));
        QCOMPARE(cx.characters.yes, (QList<qint64>{50, 40}));
        QCOMPARE_NEAR(cx.characters.percentAgreement, 75.0);
        QVERIFY(cx.characters.cohenKappa);
        QCOMPARE_NEAR(*cx.characters.cohenKappa, 0.1 / 0.35);
        QVERIFY(cx.characters.krippendorffAlpha);
        QCOMPARE_NEAR(*cx.characters.krippendorffAlpha, 1.0 - 19950.0 / 27900.0);

        const CodeAgreement &cy = result->codes[1];
        QCOMPARE_NEAR(cy.characters.percentAgreement, 97.5);
        QCOMPARE_NEAR(*cy.characters.cohenKappa, 0.0);
        QCOMPARE_NEAR(*cy.characters.krippendorffAlpha, 1.0 - 399.0 * 5 / (5.0 * 395));

        QCOMPARE(result->overallCharacters.units, qint64(400));
        QCOMPARE_NEAR(result->overallCharacters.percentAgreement, 86.25);
        QCOMPARE_NEAR(*result->overallCharacters.cohenKappa, 0.071875 / 0.209375);
        QCOMPARE_NEAR(*result->overallCharacters.krippendorffAlpha, 1.0 - 799.0 * 55 / (95.0 * 705));

        QCOMPARE(cx.documents.units, qint64(2));
        QCOMPARE_NEAR(cx.documents.percentAgreement, 50.0);
        QCOMPARE_NEAR(*cx.documents.cohenKappa, 0.0);
        QCOMPARE_NEAR(*cx.documents.krippendorffAlpha, 0.0);
        QCOMPARE_NEAR(cy.documents.percentAgreement, 50.0);
        QCOMPARE_NEAR(*cy.documents.cohenKappa, 0.0);
        QCOMPARE(result->overallDocuments.units, qint64(4));
        QCOMPARE_NEAR(result->overallDocuments.percentAgreement, 50.0);

        // Disagreements, adjacent characters merged (Ann's [0,10) and [10,40) make one run [0,20)).
        QCOMPARE(result->disagreements.size(), 4);
        auto check = [&](int i, const QString &document, const QString &code, qint64 start, qint64 end,
                         const QStringList &by, const QStringList &notBy) {
            const Disagreement &d = result->disagreements[i];
            QCOMPARE(d.document, document);
            QCOMPARE(d.codePath, code);
            QCOMPARE(d.start, start);
            QCOMPARE(d.end, end);
            QCOMPARE(d.codedBy, by);
            QCOMPARE(d.notCodedBy, notBy);
            QCOMPARE(d.text.size(), end - start);
        };
        check(0, QStringLiteral("E1"), QStringLiteral("X"), 0, 20, {ann}, {bo});
        check(1, QStringLiteral("E1"), QStringLiteral("X"), 40, 60, {bo}, {ann});
        check(2, QStringLiteral("E2"), QStringLiteral("Y"), 0, 5, {bo}, {ann});
        check(3, QStringLiteral("E2"), QStringLiteral("X"), 10, 20, {ann}, {bo});
        QCOMPARE(result->disagreements[0].text, QString(20, u'e'));

        // Only code Y.
        auto onlyY = Agreement(p).compute({ann, bo}, {y});
        QVERIFY(onlyY);
        QCOMPARE(onlyY->codes.size(), 1);
        QCOMPARE_NEAR(*onlyY->overallCharacters.cohenKappa, 0.0);

        QVERIFY(!Agreement(p).compute({ann}));
        QVERIFY(!Agreement(p).compute({ann, QStringLiteral("Nobody")}));
    }

    // Three coders, one document of 10 characters, code X: Ann [0,6), Bo [0,4), Cy [2,6).
    //   [0,2): Ann, Bo (2 of 3 yes); [2,4): all three; [4,6): Ann, Cy (2 of 3); [6,10): none.
    //   Percent agreement: [2,4) and [6,10) = 6 of 10 = 60 %.
    //   Coincidences: a unit with 2 yes of 3 gives o(yes,no) = 2·1/(3 − 1) = 1, so o(yes,no) = 4;
    //   n = 30 values, n_yes = 6 + 4 + 4 = 14, n_no = 16: alpha = 1 − 29·4 / (14·16) = 1 − 116/224 = 0.482142…
    //   No kappa for three coders.
    void agreementThreeCoders()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("T"), QString(9, u't') + u'\n', {});
        const qint64 x = addCode(p, QStringLiteral("X"));
        code(p, d, x, 0, 6, QStringLiteral("Ann"));
        code(p, d, x, 0, 4, QStringLiteral("Bo"));
        code(p, d, x, 2, 6, QStringLiteral("Cy"));
        auto result = Agreement(p).compute({QStringLiteral("Ann"), QStringLiteral("Bo"), QStringLiteral("Cy")});
        QVERIFY2(result, qPrintable(marginalia::errorText(result)));
        const AgreementMeasures &m = result->codes.first().characters;
        QCOMPARE(m.units, qint64(10));
        QCOMPARE_NEAR(m.percentAgreement, 60.0);
        QVERIFY(!m.cohenKappa);
        QCOMPARE_NEAR(*m.krippendorffAlpha, 1.0 - 116.0 / 224.0);
        // Disagreements: [0,2) Ann+Bo, [4,6) Ann+Cy.
        QCOMPARE(result->disagreements.size(), 2);
        QCOMPARE(result->disagreements[0].codedBy, (QStringList{QStringLiteral("Ann"), QStringLiteral("Bo")}));
        QCOMPARE(result->disagreements[1].start, qint64(4));
        QCOMPARE(result->disagreements[1].notCodedBy, QStringList{QStringLiteral("Bo")});
    }

    void agreementUndefinedWhenEverythingIsCoded()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("F"), QString(9, u'f') + u'\n', {});
        const qint64 z = addCode(p, QStringLiteral("Z"));
        code(p, d, z, 0, 10, QStringLiteral("Ann"));
        code(p, d, z, 0, 10, QStringLiteral("Bo"));
        auto result = Agreement(p).compute({QStringLiteral("Ann"), QStringLiteral("Bo")});
        QVERIFY(result);
        const AgreementMeasures &m = result->codes.first().characters;
        QCOMPARE_NEAR(m.percentAgreement, 100.0);
        QVERIFY(!m.cohenKappa);          // Pe = 1
        QVERIFY(!m.krippendorffAlpha);   // every value is yes: De = 0
        QVERIFY(result->disagreements.isEmpty());
    }

    void wordFrequencies()
    {
        auto project = freshProject();
        Project &p = *project;
        const QString site = QStringLiteral("site");
        addDocument(p, QStringLiteral("w1"), QStringLiteral("The teacher asked the students. The Teacher smiled.\n"),
                    {{site, QStringLiteral("Beijing")}});
        addDocument(p, QStringLiteral("w2"), QStringLiteral("教师们用于教学。教师的学生。\n"), {{site, QStringLiteral("Kunming")}});
        WordOptions options;
        options.top = 0;
        auto counted = WordFrequencies(p).count(options);
        QVERIFY2(counted, qPrintable(marginalia::errorText(counted)));
        QHash<QString, WordCount> words;
        for (const WordCount &w : counted->top)
            words.insert(w.word, w);
        // "the" is a stop word; "Teacher" folds into "teacher"; 们 and 的 are Chinese stop words.
        QVERIFY(!words.contains(QStringLiteral("the")));
        QVERIFY(!words.contains(QStringLiteral("们")));
        QVERIFY(!words.contains(QStringLiteral("的")));
        QCOMPARE(words.value(QStringLiteral("teacher")).count, qint64(2));
        QCOMPARE(words.value(QStringLiteral("教师")).count, qint64(2));
        QCOMPARE(words.value(QStringLiteral("教师")).documents, qint64(1));
        QCOMPARE(words.value(QStringLiteral("教学")).count, qint64(1));
        QCOMPARE(words.value(QStringLiteral("asked")).count, qint64(1));
        QCOMPARE(counted->documents, qint64(2));

        // One site only.
        options.scope.attributes.insert(site, {QStringLiteral("Kunming")});
        counted = WordFrequencies(p).count(options);
        QVERIFY(counted);
        QCOMPARE(counted->documents, qint64(1));
        QCOMPARE(counted->top.first().word, QStringLiteral("教师"));
        QVERIFY(std::none_of(counted->top.cbegin(), counted->top.cend(),
                             [](const WordCount &w) { return w.word == u"teacher"; }));

        // Per site.
        auto bySite = WordFrequencies(p).countBy(site, WordOptions{});
        QVERIFY(bySite);
        QCOMPARE(bySite->size(), 2);
        QCOMPARE(bySite->at(0).group, QStringLiteral("Beijing"));
        QCOMPARE(bySite->at(0).top.first().word, QStringLiteral("teacher"));

        // The user's edits: "the" counted again, "teacher" left out; kept in the project.
        StopWords stopWords(p);
        QVERIFY(stopWords.remove(QStringLiteral("en"), {QStringLiteral("The")}));
        QVERIFY(stopWords.add(QStringLiteral("en"), {QStringLiteral("teacher")}));
        QVERIFY(!stopWords.add(QStringLiteral("xx"), {QStringLiteral("a")}));
        auto list = stopWords.words(QStringLiteral("en"));
        QVERIFY(list);
        QVERIFY(list->contains(QStringLiteral("teacher")));
        QVERIFY(!list->contains(QStringLiteral("the")));
        QVERIFY(list->contains(QStringLiteral("and")));
        counted = WordFrequencies(p).count(WordOptions{});
        QVERIFY(counted);
        QCOMPARE(counted->top.first().word, QStringLiteral("the"));
        QCOMPARE(counted->top.first().count, qint64(3));
        QVERIFY(std::none_of(counted->top.cbegin(), counted->top.cend(),
                             [](const WordCount &w) { return w.word == u"teacher"; }));
        QVERIFY(stopWords.reset(QStringLiteral("en")));
        QVERIFY(stopWords.words(QStringLiteral("en"))->contains(QStringLiteral("the")));
    }

    // A transcript with blank lines, worked out by hand (code points, 0-based):
    //   "T: hello there" [0,14), "\n" 14; blank line "\n" 15; "S: answer one" [16,29), "\n" 29;
    //   "continued line" [30,44), "\n" 44; blank lines 45, 46; "T: end" [47,53), "\n" 53. 54 in all.
    // Paragraphs (non-empty lines, as the document view numbers them): 1 T, 2 S, 3 (no speaker), 4 T.
    static QString transcript()
    {
        return QStringLiteral("T: hello there\n\nS: answer one\ncontinued line\n\n\nT: end\n");
    }

    // Passages and codings on a small corpus with two coders, worked out by hand:
    //   p1 (Beijing, the transcript): K [3,8) Li Na and Wang (one passage, two codings); K [20,40) Li Na and
    //     K [20,41) Wang (two passages: the ends differ); L [3,8) Li Na (another code: its own passage).
    //   p2 (Kunming, 40 characters): K [0,10) Wang and Li Na (one passage); K [5,10) Li Na.
    void matrixCountsPassagesAndCodings()
    {
        auto project = freshProject();
        Project &p = *project;
        const QString site = QStringLiteral("site");
        const qint64 p1 = addDocument(p, QStringLiteral("p1"), transcript(), {{site, QStringLiteral("Beijing")}});
        const qint64 p2 = addDocument(p, QStringLiteral("p2"), QString(39, u'k') + u'\n', {{site, QStringLiteral("Kunming")}});
        const qint64 k = addCode(p, QStringLiteral("K"));
        const qint64 l = addCode(p, QStringLiteral("L"));
        const QString li = QStringLiteral("Li Na");
        const QString wang = QStringLiteral("Wang");
        const qint64 c1 = code(p, p1, k, 3, 8, li);
        const qint64 c2 = code(p, p1, k, 3, 8, wang);
        code(p, p1, k, 20, 40, li);
        code(p, p1, k, 20, 41, wang);
        code(p, p1, l, 3, 8, li);
        const qint64 c6 = code(p, p2, k, 0, 10, wang);
        const qint64 c7 = code(p, p2, k, 0, 10, li);
        code(p, p2, k, 5, 10, li);

        auto m = Matrix(p).compute({});
        QVERIFY2(m, qPrintable(marginalia::errorText(m)));
        // K, Beijing: passages [3,8), [20,40), [20,41) = 3; codings 4; [3,8) ∪ [20,41) = 5 + 21 = 26 characters of 54.
        // K, Kunming: passages [0,10), [5,10) = 2; codings 3; 10 characters of 40. Total 5 passages, 7 codings.
        const MatrixRow &kRow = row(*m, k);
        checkCell(kRow.cells[0], 4, 1, 100.0, 26, 26 * 10000.0 / 54, 3);
        checkCell(kRow.cells[1], 3, 1, 100.0, 10, 10 * 10000.0 / 40, 2);
        checkCell(kRow.total, 7, 2, 100.0, 36, 36 * 10000.0 / 94, 5);
        checkCell(row(*m, l).cells[0], 1, 1, 100.0, 5, 5 * 10000.0 / 54, 1);
        // Any code: Beijing 4 passages (three of K, one of L: the code is part of a passage), 5 codings, 26
        // characters; Kunming 2 and 3; in all 6 passages, 8 codings.
        checkCell(m->columnTotals[0], 5, 1, 100.0, 26, 26 * 10000.0 / 54, 4);
        checkCell(m->columnTotals[1], 3, 1, 100.0, 10, 10 * 10000.0 / 40, 2);
        checkCell(m->grandTotal, 8, 2, 100.0, 36, 36 * 10000.0 / 94, 6);
        // Li Na alone: K in Beijing is [3,8) and [20,40), 2 passages of 2 codings.
        MatrixOptions liOnly;
        liOnly.scope.coders = {li};
        m = Matrix(p).compute(liOnly);
        QVERIFY(m);
        checkCell(row(*m, k).cells[0], 2, 1, 100.0, 25, 25 * 10000.0 / 54, 2);
        // The definitions say which is which, and the rule.
        const QString definitions = MatrixResult::definitions().join(u'\n');
        QVERIFY(definitions.contains(QStringLiteral("passages: ")));
        QVERIFY(definitions.contains(QStringLiteral("codings: ")));
        QVERIFY(definitions.contains(QStringLiteral("same document with the same code, start and end")));

        // The passages behind K: each once, with its coders (in name order) and their codings.
        CodingFilter filter;
        filter.codeIds = {k};
        filter.passages = true;
        auto passages = CodingStore(p).segments(filter);
        QVERIFY2(passages, qPrintable(marginalia::errorText(passages)));
        QCOMPARE(passages->size(), 5);
        const CodedSegment &first = passages->at(0);
        QCOMPARE(first.document, QStringLiteral("p1"));
        QCOMPARE(first.start, qint64(3));
        QCOMPARE(first.text, QStringLiteral("hello"));
        QCOMPARE(first.coders, (QStringList{li, wang}));
        QCOMPARE(first.codingIds, (QList<qint64>{c1, c2}));
        QCOMPARE(first.coder, QStringLiteral("Li Na, Wang"));
        QCOMPARE(passages->at(1).end, qint64(40));
        QCOMPARE(passages->at(1).coders, QStringList{li});
        QCOMPARE(passages->at(2).end, qint64(41));
        QCOMPARE(passages->at(2).coders, QStringList{wang});
        QCOMPARE(passages->at(3).document, QStringLiteral("p2"));
        QCOMPARE(passages->at(3).coders, (QStringList{li, wang}));
        QCOMPARE(passages->at(3).codingIds, (QList<qint64>{c7, c6}));
        QCOMPARE(passages->at(4).start, qint64(5));
        // Without passages: one row per coding, as before.
        filter.passages = false;
        auto codings = CodingStore(p).segments(filter);
        QVERIFY(codings);
        QCOMPARE(codings->size(), 7);
        // The cell's codings are every coding of its passages.
        auto ids = Matrix(p).cellCodings({}, k, QStringLiteral("Beijing"));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 4);

        // A sub-code S of K codes [3,8) in p1 too (Li Na). Rolled up, K's Beijing row counts the passages of K and S:
        // 3 + 1 = 4 (the same span with another code is another passage), codings 4 + 1 = 5. The any-code row is
        // the same rolled up or not: Beijing K 3 + S 1 + L 1 = 5 passages, 6 codings.
        const qint64 sub = addCode(p, QStringLiteral("S"), k);
        code(p, p1, sub, 3, 8, li);
        MatrixOptions rolled;
        rolled.rollUp = true;
        for (bool rollUp : {false, true}) {
            rolled.rollUp = rollUp;
            m = Matrix(p).compute(rolled);
            QVERIFY(m);
            checkCell(m->columnTotals[0], 6, 1, 100.0, 26, 26 * 10000.0 / 54, 5);
            checkCell(m->grandTotal, 9, 2, 100.0, 36, 36 * 10000.0 / 94, 7);
            if (rollUp)
                checkCell(row(*m, k).cells[0], 5, 1, 100.0, 26, 26 * 10000.0 / 54, 4);
            else
                checkCell(row(*m, sub).cells[0], 1, 1, 100.0, 5, 5 * 10000.0 / 54, 1);
        }
    }

    // Every excerpt carries the paragraphs it touches, numbered as the document view numbers them, and the
    // speakers of those paragraphs (see transcript()).
    void segmentsCiteParagraphsAndSpeakers()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("t"), transcript(), {});
        const qint64 k = addCode(p, QStringLiteral("K"));
        code(p, d, k, 3, 8);     // "hello": paragraph 1, T
        code(p, d, k, 20, 40);   // "answer one\ncontinued": paragraphs 2–3, S (3 has no speaker)
        code(p, d, k, 14, 16);   // the line break after 1 and the blank line: no paragraph
        code(p, d, k, 40, 50);   // "line\n\n\nT: ": paragraphs 3–4, T
        code(p, d, k, 0, 54);    // everything: 1–4, T then S
        code(p, d, k, 29, 30);   // the line break after 2 only: none
        code(p, d, k, 47, 48);   // "T" of paragraph 4
        CodingFilter filter;
        filter.codeIds = {k};
        auto segments = CodingStore(p).segments(filter);
        QVERIFY2(segments, qPrintable(marginalia::errorText(segments)));
        QCOMPARE(segments->size(), 7);
        struct Expected
        {
            qint64 start, end, first, last;
            QStringList speakers;
        };
        const QList<Expected> expected = {
            {0, 54, 1, 4, {QStringLiteral("T"), QStringLiteral("S")}},
            {3, 8, 1, 1, {QStringLiteral("T")}},
            {14, 16, 0, 0, {}},
            {20, 40, 2, 3, {QStringLiteral("S")}},
            {29, 30, 0, 0, {}},
            {40, 50, 3, 4, {QStringLiteral("T")}},
            {47, 48, 4, 4, {QStringLiteral("T")}},
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CodedSegment &s = segments->at(i);
            QCOMPARE(s.start, expected[i].start);
            QCOMPARE(s.end, expected[i].end);
            QCOMPARE(s.firstParagraph, expected[i].first);
            QCOMPARE(s.lastParagraph, expected[i].last);
            QCOMPARE(s.speakers, expected[i].speakers);
        }

        // The CLI: JSON keeps 0-based half-open positions and adds the paragraph numbers; text is for people.
        const QString path = p.path();
        project.reset();
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("codings"), path, QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray list = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(list.size(), 7);
        const QJsonObject fifth = list.at(5).toObject();
        QCOMPARE(fifth.value(QStringLiteral("start")).toInt(), 40);
        QCOMPARE(fifth.value(QStringLiteral("end")).toInt(), 50);
        QCOMPARE(fifth.value(QStringLiteral("paragraphs")).toArray(), (QJsonArray{3, 4}));
        QCOMPARE(fifth.value(QStringLiteral("speakers")).toArray(), (QJsonArray{QStringLiteral("T")}));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("paragraphs")).toArray(), QJsonArray());
        process.start(QStringLiteral(MARGINALIA_CLI), {QStringLiteral("codings"), path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("t · paragraphs 3–4 · speaker T · characters 41–50 · K (Li Na): ")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("t · paragraph 1 · speaker T · characters 4–8 · K (Li Na): hello")));
        QVERIFY(text.contains(QStringLiteral("t · paragraphs 1–4 · speakers T, S · characters 1–54")));
    }

    // matrix --csv --output: written whole, names neutralised for spreadsheets, counts as numbers.
    void cliMatrixCsvFile()
    {
        auto project = freshProject();
        Project &p = *project;
        const qint64 d = addDocument(p, QStringLiteral("d"), transcript(), {{QStringLiteral("site"), QStringLiteral("-x")}});
        const qint64 k = addCode(p, QStringLiteral("=K"));
        code(p, d, k, 3, 8, QStringLiteral("Li Na"));
        code(p, d, k, 3, 8, QStringLiteral("Wang"));
        const QString path = p.path();
        project.reset();
        const QString out = folder().filePath(QStringLiteral("matrix.csv"));
        QProcess process;
        process.start(QStringLiteral(MARGINALIA_CLI),
                      {QStringLiteral("matrix"), path, QStringLiteral("--csv"), QStringLiteral("--output"), out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("code,path,column,passages,codings,documents,percent_documents,characters,per_10k"));
        // One passage, two codings, one document of one (100 %), 5 characters of 54: 925.9259259 per 10,000.
        QCOMPARE(lines.at(1), QStringLiteral("'=K,'=K,'-x,1,2,1,100,5,925.9259259"));
        // An unwritable target: exit 1 with the reason, nothing printed as success.
        process.start(QStringLiteral(MARGINALIA_CLI),
                      {QStringLiteral("matrix"), path, QStringLiteral("--csv"), QStringLiteral("--output"),
                       folder().filePath(QStringLiteral("no such folder/m.csv"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("the folder does not exist"));
    }

    void cliCommands()
    {
        Corpus c = corpus();
        const QString path = c.project->path();
        code(*c.project, c.d1, c.lecture, 0, 5, QStringLiteral("Li Na"));
        c.project.reset();
        auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(MARGINALIA_CLI), arguments);
            process.waitForFinished(60000);
            if (process.exitCode() != 0)
                qWarning("%s", process.readAllStandardError().constData());
            return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        };
        QJsonObject matrix = run({QStringLiteral("matrix"), path, QStringLiteral("--json")});
        QCOMPARE(matrix.value(QStringLiteral("by")).toString(), QStringLiteral("site"));
        QCOMPARE(matrix.value(QStringLiteral("columns")).toArray().at(0).toString(), QStringLiteral("Beijing"));
        const QJsonObject first = matrix.value(QStringLiteral("rows")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("Teaching"));
        const QJsonObject cell = first.value(QStringLiteral("cells")).toArray().at(1).toObject();
        QCOMPARE(cell.value(QStringLiteral("column")).toString(), QStringLiteral("Kunming"));
        QCOMPARE(cell.value(QStringLiteral("codings")).toInt(), 1);
        QCOMPARE(cell.value(QStringLiteral("passages")).toInt(), 1);
        QVERIFY(!cell.contains(QStringLiteral("segments")));
        QCOMPARE(cell.value(QStringLiteral("characters")).toInt(), 50);
        QCOMPARE(cell.value(QStringLiteral("per_10k")).toDouble(), 2500.0);
        QCOMPARE(cell.value(QStringLiteral("percent_documents")).toDouble(), 100.0);

        QJsonObject pairs = run({QStringLiteral("cooccurrence"), path, QStringLiteral("--unit"), QStringLiteral("overlap"),
                                 QStringLiteral("--json")});
        // Teaching+Assessment only: Teaching+Lecture is a code and its sub-code, left out by default.
        QCOMPARE(pairs.value(QStringLiteral("pairs")).toArray().size(), 1);
        pairs = run({QStringLiteral("cooccurrence"), path, QStringLiteral("--include-ancestors"), QStringLiteral("--json")});
        QCOMPARE(pairs.value(QStringLiteral("pairs")).toArray().size(), 2);

        QJsonObject agreement = run({QStringLiteral("agreement"), path, QStringLiteral("--coders"),
                                     QStringLiteral("Li Na,Wang"), QStringLiteral("--json")});
        QCOMPARE(agreement.value(QStringLiteral("coders")).toArray().size(), 2);
        QVERIFY(agreement.value(QStringLiteral("codes")).toArray().size() >= 1);
        QVERIFY(agreement.value(QStringLiteral("codes")).toArray().at(0).toObject().contains(QStringLiteral("cohen_kappa")));

        QJsonObject words = run({QStringLiteral("words"), path, QStringLiteral("--top"), QStringLiteral("3"),
                                 QStringLiteral("--json")});
        QVERIFY(words.value(QStringLiteral("words")).toArray().size() <= 3);
    }
};

QTEST_MAIN(TestAnalysis)
#include "test_analysis.moc"
