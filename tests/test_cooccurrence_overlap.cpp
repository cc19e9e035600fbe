// Overlap co-occurrence (one sweep over the codings in (document, start) order) against its definition, applied
// naively: every two codings of different codes in the same document that share at least one character, each
// unordered pair once, checked pair by pair in C++ over all pairs of codings. Random projects with many ties
// (same starts, same ends, touching codings that share no character) and a coder scope.

#include "analysis/Cooccurrence.h"
#include "project/Codebook.h"
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
        for (int seed = 1; seed <= 6; ++seed) {
            QTest::addRow("seed %d", seed) << seed << false;
            QTest::addRow("seed %d, coder scope", seed) << seed << true;
        }
    }

    void sweepMatchesTheDefinition()
    {
        QFETCH(int, seed);
        QFETCH(bool, oneCoder);
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("o.marginalia")));
        QVERIFY(project);
        QRandomGenerator random(static_cast<quint32>(seed));
        std::vector<qint64> documents;
        for (int d = 0; d < 3; ++d) {
            NewDocument document;
            document.name = QStringLiteral("d%1.txt").arg(d);
            document.text = QString(60, u'x');
            documents.push_back(*DocumentStore(**project).add(document));
        }
        std::vector<qint64> codes;
        for (int c = 0; c < 5; ++c)
            codes.push_back(*Codebook(**project).add({QStringLiteral("c%1").arg(c), 0, {}, {}, {}}));
        struct Row { qint64 document, code, start, end; QString coder; };
        std::vector<Row> rows;
        CodingStore store(**project);
        for (int i = 0; i < 120; ++i) {
            // Starts and lengths from small sets, so that equal starts, equal ends and touching ranges are common.
            const qint64 start = 5 * random.bounded(10);
            const qint64 end = start + 5 * (1 + random.bounded(3));
            Row row{documents[random.bounded(3)], codes[random.bounded(5)], start, end,
                    random.bounded(2) ? QStringLiteral("Li Na") : QStringLiteral("Wang Wei")};
            auto added = store.add({row.document, row.code, row.start, row.end, row.coder, {}, {}, {}});
            QVERIFY2(added, qPrintable(added ? QString() : added.error()));
            if (added->created)
                rows.push_back(row);
        }
        // The definition, over every pair of codings.
        std::map<std::pair<qint64, qint64>, std::pair<qint64, std::set<qint64>>> expected;
        for (size_t i = 0; i < rows.size(); ++i) {
            for (size_t j = i + 1; j < rows.size(); ++j) {
                const Row &a = rows[i];
                const Row &b = rows[j];
                if (oneCoder && (a.coder != u"Li Na" || b.coder != u"Li Na"))
                    continue;
                if (a.document != b.document || a.code == b.code || !(a.start < b.end && b.start < a.end))
                    continue;
                auto &entry = expected[{std::min(a.code, b.code), std::max(a.code, b.code)}];
                ++entry.first;
                entry.second.insert(a.document);
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
        }
        // Most frequent first.
        for (qsizetype i = 1; i < pairs->size(); ++i)
            QVERIFY(pairs->at(i - 1).count >= pairs->at(i).count);
    }
};

QTEST_GUILESS_MAIN(TestCooccurrenceOverlap)
#include "test_cooccurrence_overlap.moc"
