// Co-occurrence on the hand-made corpus of CooccurrenceCorpus.h: counts in passages, codings, paragraphs and
// documents, Jaccard, the site / kind / coder filters, ancestor pairs, touching and nested spans, several coders,
// and the codings behind a pair. Every expected number is worked out in the comment above it.

#include "CooccurrenceCorpus.h"

#include "analysis/Cooccurrence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace marginalia;
using marginalia::test::CooccurrenceCorpus;

class TestCooccurrence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    CooccurrenceCorpus c;

    const CooccurrencePair *find(const CooccurrenceResult &result, qint64 a, qint64 b)
    {
        for (const CooccurrencePair &pair : result.pairs) {
            if (pair.codeA == std::min(a, b) && pair.codeB == std::max(a, b))
                return &pair;
        }
        return nullptr;
    }

    CooccurrenceResult compute(CooccurrenceOptions options)
    {
        auto result = Cooccurrence(*m_project).compute(options);
        if (!result)
            qFatal("%s", qPrintable(result.error()));
        return *result;
    }

    static void checkCounts(const CooccurrenceCounts &counts, qint64 passages, qint64 codings, qint64 paragraphs,
                            qint64 documents)
    {
        QCOMPARE(counts.passages, passages);
        QCOMPARE(counts.codings, codings);
        QCOMPARE(counts.paragraphs, paragraphs);
        QCOMPARE(counts.documents, documents);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("c.marginalia")));
        QVERIFY2(project, qPrintable(project ? QString() : project.error()));
        m_project = std::move(*project);
        QString error;
        QVERIFY2(c.build(*m_project, &error), qPrintable(error));
    }

    void overlapCountsAndJaccard()
    {
        const CooccurrenceResult result = compute({});
        // Each code's own counts. T: D1 [0,40) (one passage of two codings), D2 [0,20): 2 passages, 3 codings,
        // 2 documents. A: D1 [30,50), [40,60); D2 [10,30), [15,25); D3 [0,10): 5, 5, 3 documents.
        // E: D1 [55,70), D2 [20,30), D3 [50,60): 3, 3, 3. L and S: one coding each in D1.
        QCOMPARE(result.codes.size(), 5);
        checkCounts(result.code(c.teaching)->counts, 2, 3, 0, 2);
        checkCounts(result.code(c.assessment)->counts, 5, 5, 0, 3);
        checkCounts(result.code(c.emotion)->counts, 3, 3, 0, 3);
        checkCounts(result.code(c.slides)->counts, 1, 1, 0, 1);

        // Without ancestors only T–A and A–E: T–L, T–S, L–S are parent and child; T–E only touch (D2 at 20), L–A
        // and S–A never share a character (A's nearest is [30,50)).
        QCOMPARE(result.pairs.size(), 2);

        // T–A. Overlapping coding pairs: D1 T [0,40) (Li, Wang) × A [30,50) = 2; A [40,60) touches at 40 (none);
        // D2 T [0,20) × A [10,30) and × A [15,25) = 2. Count 4 in 2 documents.
        // Passages behind: T [0,40), T [0,20), A [30,50), A [10,30), A [15,25) = 5; codings: 2 + 1 + 3 = 6.
        // Jaccard on passages 5 / (2 + 5) = 5/7; on codings 6 / (3 + 5) = 3/4; on documents 2 / (2 + 3 − 2) = 2/3.
        const CooccurrencePair *ta = find(result, c.teaching, c.assessment);
        QVERIFY(ta);
        QCOMPARE(ta->count, 4);
        QCOMPARE(ta->documents, 2);
        checkCounts(ta->together, 5, 6, 0, 2);
        checkCounts(ta->either, 7, 8, 0, 3);
        QCOMPARE(ta->jaccard(CooccurrenceMeasure::Passages), 5.0 / 7.0);
        QCOMPARE(ta->jaccard(CooccurrenceMeasure::Codings), 0.75);
        QCOMPARE(ta->jaccard(CooccurrenceMeasure::Documents), 2.0 / 3.0);

        // A–E. D1 A [40,60) × E [55,70) (A [30,50) ends before 55); D2 A [10,30) and A [15,25) × E [20,30); D3 none.
        // Count 3 in 2 documents. Passages behind: A [40,60), A [10,30), A [15,25), E [55,70), E [20,30) = 5.
        // Jaccard on passages 5 / (5 + 3) = 5/8; documents 2 / (3 + 3 − 2) = 1/2.
        const CooccurrencePair *ae = find(result, c.assessment, c.emotion);
        QVERIFY(ae);
        QCOMPARE(ae->count, 3);
        checkCounts(ae->together, 5, 5, 0, 2);
        checkCounts(ae->either, 8, 8, 0, 4);
        QCOMPARE(ae->jaccard(CooccurrenceMeasure::Passages), 5.0 / 8.0);
        QCOMPARE(ae->jaccard(CooccurrenceMeasure::Documents), 0.5);
        // Most frequent (overlapping coding pairs) first.
        QCOMPARE(result.pairs.first().codeB, c.assessment);
    }

    void ancestorsOnlyWhenAsked()
    {
        CooccurrenceOptions options;
        options.includeAncestors = true;
        const CooccurrenceResult result = compute(options);
        // T–A and A–E as above, plus T–L, T–S, L–S (S [15,18) inside L [10,20) inside T [0,40)).
        QCOMPARE(result.pairs.size(), 5);
        // T–L: T [0,40) by two coders × L [10,20): 2 coding pairs; passages behind T [0,40) and L = 2 of 2 + 1,
        // codings 2 + 1 = 3 of 3 + 1.
        const CooccurrencePair *tl = find(result, c.teaching, c.lecture);
        QVERIFY(tl);
        QCOMPARE(tl->count, 2);
        checkCounts(tl->together, 2, 3, 0, 1);
        QCOMPARE(tl->jaccard(CooccurrenceMeasure::Passages), 2.0 / 3.0);
        QCOMPARE(tl->jaccard(CooccurrenceMeasure::Codings), 3.0 / 4.0);
        // L–S: one passage each, nested: always together, J = 2 / (1 + 1) = 1.
        const CooccurrencePair *ls = find(result, c.lecture, c.slides);
        QVERIFY(ls);
        QCOMPARE(ls->count, 1);
        QCOMPARE(ls->jaccard(CooccurrenceMeasure::Passages), 1.0);
        QVERIFY(find(result, c.teaching, c.slides));   // grandparent and grandchild
    }

    void filtersBySiteKindAndCoder()
    {
        // Kunming (D2, D3). T: D2 [0,20) (1 passage); A: D2 [10,30), [15,25), D3 [0,10) (3); E: D2, D3 (2).
        // T–A: T [0,20) × both D2 A's: count 2, passages 3 (T, A, A), J = 3 / (1 + 3).
        // A–E: E [20,30) × both D2 A's: count 2, passages 3, J = 3 / (3 + 2); documents 1 / (2 + 2 − 1).
        CooccurrenceOptions kunming;
        kunming.scope.attributes.insert(QStringLiteral("site"), {QStringLiteral("Kunming")});
        CooccurrenceResult result = compute(kunming);
        QCOMPARE(result.pairs.size(), 2);
        const CooccurrencePair *ta = find(result, c.teaching, c.assessment);
        QVERIFY(ta);
        QCOMPARE(ta->count, 2);
        checkCounts(ta->together, 3, 3, 0, 1);
        QCOMPARE(ta->jaccard(CooccurrenceMeasure::Passages), 0.75);
        const CooccurrencePair *ae = find(result, c.assessment, c.emotion);
        QVERIFY(ae);
        QCOMPARE(ae->jaccard(CooccurrenceMeasure::Passages), 0.6);
        QCOMPARE(ae->jaccard(CooccurrenceMeasure::Documents), 1.0 / 3.0);

        // Observations (D3 only): A [0,10) and E [50,60) never meet; both codes are there, no pair.
        CooccurrenceOptions observation;
        observation.scope.attributes.insert(QStringLiteral("kind"), {QStringLiteral("observation")});
        result = compute(observation);
        QCOMPARE(result.pairs.size(), 0);
        QCOMPARE(result.codes.size(), 2);

        // Li Na only: codings 1, 3, 5, 6, 8, 9, 12, 13. T: [0,40), [0,20) (2 passages, 2 codings); A: D1 [30,50),
        // D2 [10,30), D3 [0,10) (3). T–A: D1 T × A [30,50), D2 T × A [10,30): count 2, passages 4, J = 4 / (2 + 3).
        // A–E: D1 A [30,50) ends before E [55,70); D2 has no E of Li Na's; D3 apart: no pair.
        CooccurrenceOptions li;
        li.scope.coders = {CooccurrenceCorpus::li};
        result = compute(li);
        QCOMPARE(result.pairs.size(), 1);
        ta = find(result, c.teaching, c.assessment);
        QVERIFY(ta);
        QCOMPARE(ta->count, 2);
        checkCounts(ta->together, 4, 4, 0, 2);
        QCOMPARE(ta->jaccard(CooccurrenceMeasure::Passages), 0.8);

        // Both coders named: the same as no coder filter (T–A passages 5, codings 6).
        CooccurrenceOptions both;
        both.scope.coders = {CooccurrenceCorpus::li, CooccurrenceCorpus::wang};
        result = compute(both);
        QCOMPARE(result.pairs.size(), 2);
        checkCounts(find(result, c.teaching, c.assessment)->together, 5, 6, 0, 2);
    }

    void paragraphCountsAndJaccard()
    {
        CooccurrenceOptions options;
        options.unit = CooccurrenceUnit::Paragraph;
        const CooccurrenceResult result = compute(options);
        // Codes per paragraph. D1 line 1 [0,49): T, A [30,50) (50 is line 2's first character, not touched),
        // A [40,60), L, S. D1 line 2 [50,99): A [40,60), E [55,70). D2: T, A, E. D3: A, E.
        // T: 2 paragraphs (D1 line 1, D2) in 2 documents; A: 4 in 3; E: 3 in 3; L, S: 1 in 1.
        checkCounts(result.code(c.teaching)->counts, 0, 0, 2, 2);
        checkCounts(result.code(c.assessment)->counts, 0, 0, 4, 3);
        checkCounts(result.code(c.emotion)->counts, 0, 0, 3, 3);
        // Pairs without ancestors: T–A (D1 line 1, D2), A–E (D1 line 2, D2, D3), T–E (D2), L–A and S–A (D1 line 1).
        QCOMPARE(result.pairs.size(), 5);
        // T–A: 2 paragraphs, J = 2 / (2 + 4 − 2) = 1/2; documents 2 / (2 + 3 − 2) = 2/3.
        const CooccurrencePair *ta = find(result, c.teaching, c.assessment);
        QVERIFY(ta);
        checkCounts(ta->together, 0, 0, 2, 2);
        QCOMPARE(ta->jaccard(CooccurrenceMeasure::Paragraphs), 0.5);
        QCOMPARE(ta->jaccard(CooccurrenceMeasure::Documents), 2.0 / 3.0);
        // A–E: 3 paragraphs, J = 3 / (4 + 3 − 3) = 3/4; documents 3 / (3 + 3 − 3) = 1.
        const CooccurrencePair *ae = find(result, c.assessment, c.emotion);
        QVERIFY(ae);
        QCOMPARE(ae->count, 3);
        QCOMPARE(ae->jaccard(CooccurrenceMeasure::Paragraphs), 0.75);
        QCOMPARE(ae->jaccard(CooccurrenceMeasure::Documents), 1.0);
        // T–E: D2 only (they touch at 20 but share the paragraph): J = 1 / (2 + 3 − 1) = 1/4.
        QCOMPARE(find(result, c.teaching, c.emotion)->jaccard(CooccurrenceMeasure::Paragraphs), 0.25);
        // L–A: D1 line 1: J = 1 / (1 + 4 − 1) = 1/4.
        QCOMPARE(find(result, c.lecture, c.assessment)->jaccard(CooccurrenceMeasure::Paragraphs), 0.25);
        QVERIFY(!find(result, c.teaching, c.lecture));
    }

    void codingsBehindAPair()
    {
        Cooccurrence cooccurrence(*m_project);
        // T–A: codings 1, 2 (T [0,40)), 3 (A [30,50)), 8, 9, 10 (D2); not 4 (touching) nor 12 (D3).
        auto ids = cooccurrence.pairCodings(CooccurrenceOptions{}, c.assessment, c.teaching);
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error()));
        QList<qint64> expected = {c.coding[1], c.coding[2], c.coding[3], c.coding[8], c.coding[9], c.coding[10]};
        QList<qint64> sorted = *ids;
        std::sort(sorted.begin(), sorted.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sorted, expected);

        // Kunming only: 8, 9, 10.
        CooccurrenceOptions kunming;
        kunming.scope.attributes.insert(QStringLiteral("site"), {QStringLiteral("Kunming")});
        ids = cooccurrence.pairCodings(kunming, c.teaching, c.assessment);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 3);

        // Parent and child: nothing unless ancestors are included; then T [0,40) (two codings) and L [10,20).
        ids = cooccurrence.pairCodings(CooccurrenceOptions{}, c.teaching, c.lecture);
        QVERIFY(ids);
        QVERIFY(ids->isEmpty());
        CooccurrenceOptions ancestors;
        ancestors.includeAncestors = true;
        ids = cooccurrence.pairCodings(ancestors, c.teaching, c.lecture);
        QVERIFY(ids);
        QCOMPARE(ids->size(), 3);
        QVERIFY(ids->contains(c.coding[5]));
    }

    // The command line: the same numbers, the filters, the ancestor switch, JSON and CSV.
    void commandLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.marginalia"));
        struct Run { int exitCode; QByteArray out; QByteArray err; };
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(MARGINALIA_CLI), QStringList{QStringLiteral("cooccurrence"), path} + arguments);
            process.waitForFinished(60000);
            return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        };
        const auto json = [&](const QStringList &arguments) {
            const Run r = run(arguments + QStringList{QStringLiteral("--json")});
            if (r.exitCode != 0)
                qWarning("%s", r.err.constData());
            return QJsonDocument::fromJson(r.out).object();
        };
        const auto pairOf = [](const QJsonObject &result, const QString &a, const QString &b) {
            for (const QJsonValue &value : result.value(QStringLiteral("pairs")).toArray()) {
                const QJsonObject pair = value.toObject();
                const QString x = pair.value(QStringLiteral("code_a")).toString();
                const QString y = pair.value(QStringLiteral("code_b")).toString();
                if ((x == a && y == b) || (x == b && y == a))
                    return pair;
            }
            return QJsonObject();
        };

        // As in overlapCountsAndJaccard: T–A 5 passages, 6 codings, 2 documents, 4 coding pairs; J 5/7, 3/4, 2/3.
        QJsonObject all = json({});
        QCOMPARE(all.value(QStringLiteral("pairs")).toArray().size(), 2);
        QCOMPARE(all.value(QStringLiteral("include_ancestors")).toBool(), false);
        QVERIFY(all.value(QStringLiteral("jaccard_formula")).toString().contains(QStringLiteral("n(A) + n(B)")));
        QJsonObject ta = pairOf(all, QStringLiteral("Teaching"), QStringLiteral("Assessment"));
        QCOMPARE(ta.value(QStringLiteral("passages")).toInt(), 5);
        QCOMPARE(ta.value(QStringLiteral("codings")).toInt(), 6);
        QCOMPARE(ta.value(QStringLiteral("documents")).toInt(), 2);
        QCOMPARE(ta.value(QStringLiteral("count")).toInt(), 4);
        QCOMPARE(ta.value(QStringLiteral("union")).toObject().value(QStringLiteral("passages")).toInt(), 7);
        QCOMPARE(ta.value(QStringLiteral("jaccard")).toObject().value(QStringLiteral("passages")).toDouble(), 5.0 / 7.0);
        QCOMPARE(ta.value(QStringLiteral("jaccard")).toObject().value(QStringLiteral("codings")).toDouble(), 0.75);

        // With ancestors: T–L, T–S, L–S too (5 pairs); L–S J = 1.
        QJsonObject ancestors = json({QStringLiteral("--include-ancestors")});
        QCOMPARE(ancestors.value(QStringLiteral("pairs")).toArray().size(), 5);
        QCOMPARE(pairOf(ancestors, QStringLiteral("Teaching/Lecture"), QStringLiteral("Teaching/Lecture/Slides"))
                     .value(QStringLiteral("jaccard")).toObject().value(QStringLiteral("passages")).toDouble(),
                 1.0);

        // --site Kunming: T–A 3 passages, J 3/4. --attribute kind=observation: no pair. --coder "Li Na": T–A only.
        ta = pairOf(json({QStringLiteral("--site"), QStringLiteral("Kunming")}), QStringLiteral("Teaching"),
                    QStringLiteral("Assessment"));
        QCOMPARE(ta.value(QStringLiteral("passages")).toInt(), 3);
        QCOMPARE(ta.value(QStringLiteral("jaccard")).toObject().value(QStringLiteral("passages")).toDouble(), 0.75);
        QCOMPARE(json({QStringLiteral("--attribute"), QStringLiteral("kind=observation")})
                     .value(QStringLiteral("pairs")).toArray().size(), 0);
        QCOMPARE(json({QStringLiteral("--coder"), CooccurrenceCorpus::li}).value(QStringLiteral("pairs")).toArray().size(),
                 1);

        // Paragraph unit: A–E 3 paragraphs, J 3/4 (paragraphCountsAndJaccard).
        QJsonObject paragraphs = json({QStringLiteral("--unit"), QStringLiteral("paragraph")});
        const QJsonObject ae = pairOf(paragraphs, QStringLiteral("Assessment"), QStringLiteral("Emotion"));
        QCOMPARE(ae.value(QStringLiteral("paragraphs")).toInt(), 3);
        QCOMPARE(ae.value(QStringLiteral("jaccard")).toObject().value(QStringLiteral("paragraphs")).toDouble(), 0.75);

        // CSV: a header and one line per pair, most coding pairs first (T–A 4, then A–E 3).
        const Run csv = run({QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = QString::fromUtf8(csv.out).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("code_a,code_b,passages,codings,documents,jaccard_passages,jaccard_codings,"
                                             "jaccard_documents,count"));
        // 5/7 and 2/3 to ten decimals, as the matrix's CSV writes fractions.
        QCOMPARE(lines.at(1), QStringLiteral("Teaching,Assessment,5,6,2,0.7142857143,0.75,0.6666666667,4"));
        QCOMPARE(lines.at(2), QStringLiteral("Assessment,Emotion,5,5,2,0.625,0.625,0.5,3"));

        // Unknown filters fail with a message naming them.
        const Run unknown = run({QStringLiteral("--site"), QStringLiteral("Shanghai"), QStringLiteral("--json")});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains("Shanghai"), unknown.err.constData());
        QVERIFY(run({QStringLiteral("--attribute"), QStringLiteral("kind")}).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestCooccurrence)
#include "test_cooccurrence.moc"
