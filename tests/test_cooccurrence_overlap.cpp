// Overlap co-occurrence (one sweep over the codings in (document, start) order) against its definition, applied
// naively: every two codings of different codes in the same document that share at least one character, each
// unordered pair once, checked pair by pair in C++ over all pairs of codings. Random projects with many ties
// (same starts, same ends, touching codings that share no character, one span coded by both coders) and a coder
// scope. The passages and codings behind each pair are checked against the same naive definition.

#include "analysis/Cooccurrence.h"
#include "project/Codebook.h"
#include "project/Database.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>
#include <tuple>
#include <vector>

using namespace marginalia;

class TestCooccurrenceOverlap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sweepMatchesTheDefinition_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("oneCoder");
        QTest::addColumn<int>("codebook");   // codes in the codebook
        QTest::addColumn<int>("used");       // of which the codings use the first
        for (int seed = 1; seed <= 6; ++seed) {
            QTest::addRow("seed %d", seed) << seed << false << 5 << 5;
            QTest::addRow("seed %d, coder scope", seed) << seed << true << 5 << 5;
        }
        // Over 1,024 codes the sweep keeps its tallies in a hash and each passage's codes met in a short list, which
        // overflows past six codes: twelve codes make passages that meet more than six common.
        for (int seed = 7; seed <= 8; ++seed)
            QTest::addRow("seed %d, 1,100 codes", seed) << seed << false << 1100 << 12;
    }

    void sweepMatchesTheDefinition()
    {
        QFETCH(int, seed);
        QFETCH(bool, oneCoder);
        QFETCH(int, codebook);
        QFETCH(int, used);
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("o.marginalia")));
        QVERIFY(project);
        auto transaction = Transaction::begin((*project)->database());   // one commit for the whole set-up
        QVERIFY(transaction);
        QRandomGenerator random(static_cast<quint32>(seed));
        std::vector<qint64> documents;
        for (int d = 0; d < 3; ++d) {
            NewDocument document;
            document.name = QStringLiteral("d%1.txt").arg(d);
            document.text = QString(60, u'x');
            documents.push_back(*DocumentStore(**project).add(document));
        }
        std::vector<qint64> codes;
        for (int c = 0; c < codebook; ++c)
            codes.push_back(*Codebook(**project).add({QStringLiteral("c%1").arg(c), 0, {}, {}, {}}));
        struct Row { qint64 document, code, start, end; QString coder; };
        std::vector<Row> rows;
        CodingStore store(**project);
        for (int i = 0; i < 40 * used; i += 1 + (used > 5)) {
            // Starts and lengths from small sets, so that equal starts, equal ends and touching ranges are common.
            const qint64 start = 5 * random.bounded(10);
            const qint64 end = start + 5 * (1 + random.bounded(3));
            Row row{documents[random.bounded(3)], codes[random.bounded(used)], start, end,
                    random.bounded(2) ? QStringLiteral("Li Na") : QStringLiteral("Wang Wei")};
            auto added = store.add({row.document, row.code, row.start, row.end, row.coder, {}, {}, {}});
            QVERIFY2(added, qPrintable(added ? QString() : added.error()));
            if (added->created)
                rows.push_back(row);
        }
        QVERIFY(transaction->commit());
        // The definition, over every pair of codings.
        std::map<std::pair<qint64, qint64>, std::pair<qint64, std::set<qint64>>> expected;
        std::map<std::pair<qint64, qint64>, std::set<size_t>> codingsBehind;
        std::map<std::pair<qint64, qint64>, std::set<std::tuple<qint64, qint64, qint64, qint64>>> passagesBehind;
        // Each code's own passages and codings, for Jaccard's denominator.
        std::map<qint64, std::set<std::tuple<qint64, qint64, qint64>>> passagesOf;
        std::map<qint64, qint64> codingsOf;
        for (const Row &row : rows) {
            if (oneCoder && row.coder != u"Li Na")
                continue;
            passagesOf[row.code].insert({row.document, row.start, row.end});
            ++codingsOf[row.code];
        }
        for (size_t i = 0; i < rows.size(); ++i) {
            for (size_t j = i + 1; j < rows.size(); ++j) {
                const Row &a = rows[i];
                const Row &b = rows[j];
                if (oneCoder && (a.coder != u"Li Na" || b.coder != u"Li Na"))
                    continue;
                if (a.document != b.document || a.code == b.code || !(a.start < b.end && b.start < a.end))
                    continue;
                const std::pair<qint64, qint64> key{std::min(a.code, b.code), std::max(a.code, b.code)};
                auto &entry = expected[key];
                ++entry.first;
                entry.second.insert(a.document);
                // Behind the pair: both codings, and both passages (document, code, start, end: coders merged).
                codingsBehind[key].insert(i);
                codingsBehind[key].insert(j);
                passagesBehind[key].insert({a.document, a.code, a.start, a.end});
                passagesBehind[key].insert({b.document, b.code, b.start, b.end});
            }
        }
        AnalysisScope scope;
        if (oneCoder)
            scope.coders = {QStringLiteral("Li Na")};
        auto pairs = Cooccurrence(**project).pairs(CooccurrenceUnit::Overlap, scope);
        QVERIFY(pairs);
        QCOMPARE(static_cast<size_t>(pairs->size()), expected.size());
        for (const CooccurrencePair &pair : *pairs) {
            QVERIFY(pair.codeA < pair.codeB);
            const auto it = expected.find({pair.codeA, pair.codeB});
            QVERIFY(it != expected.end());
            QCOMPARE(pair.count, it->second.first);
            QCOMPARE(pair.documents, static_cast<qint64>(it->second.second.size()));
            const std::pair<qint64, qint64> key{pair.codeA, pair.codeB};
            QCOMPARE(pair.together.codings, static_cast<qint64>(codingsBehind[key].size()));
            QCOMPARE(pair.together.passages, static_cast<qint64>(passagesBehind[key].size()));
            QCOMPARE(pair.either.codings, codingsOf[pair.codeA] + codingsOf[pair.codeB]);
            QCOMPARE(pair.either.passages,
                     static_cast<qint64>(passagesOf[pair.codeA].size() + passagesOf[pair.codeB].size()));
            QVERIFY(pair.jaccard(CooccurrenceMeasure::Passages) > 0 && pair.jaccard(CooccurrenceMeasure::Passages) <= 1);
        }
        // Most frequent first.
        for (qsizetype i = 1; i < pairs->size(); ++i)
            QVERIFY(pairs->at(i - 1).count >= pairs->at(i).count);
    }
};

QTEST_GUILESS_MAIN(TestCooccurrenceOverlap)
#include "test_cooccurrence_overlap.moc"
