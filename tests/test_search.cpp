#include "ProjectFixtures.h"

#include "analysis/AutoCoder.h"
#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "search/SearchIndexer.h"
#include "search/TextSearch.h"
#include "search/TokenizerFolding.h"
#include "text/TextIndex.h"
#include "text/TextNormalizer.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

using namespace marginalia;

namespace {
struct Expected
{
    QString document;
    qint64 start;
    qint64 end;
};
} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

class TestSearch : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    // The same documents twice: m_project leaves them waiting for the search index (searches read
    // their text), m_indexed has them indexed (searches go through FTS5). Both must find the same.
    std::unique_ptr<Project> m_project;
    std::unique_ptr<Project> m_indexed;
    qint64 m_code = 0;

    void add(const QString &name, const QString &text)
    {
        addDocument(*m_project, name, text);
        addDocument(*m_indexed, name, text);
    }

    static qint64 pendingDocuments(Project &project)
    {
        auto pending = SearchIndexer(project).pending();
        return pending ? pending->documentsTotal : -1;
    }

    // FTS5's own checks: the index is sound, and, once no document waits for it, it holds exactly
    // the documents' texts (that comparison takes every document of the table to be indexed).
    static bool indexMatchesTexts(Project &project)
    {
        if (!project.database().exec("INSERT INTO document_fts(document_fts) VALUES('integrity-check')"))
            return false;
        return pendingDocuments(project) != 0
               || bool(project.database().exec("INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"));
    }

    std::unique_ptr<Project> freshProject(const QString &name)
    {
        auto project = Project::create(folder().filePath(name));
        if (!project)
            qFatal("%s", qPrintable(project.error()));
        return std::move(*project);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = freshProject(QStringLiteral("search.marginalia"));
        m_project->setCurrentCoder(QStringLiteral("Li Na"));
        m_indexed = freshProject(QStringLiteral("indexed.marginalia"));
        add(QStringLiteral("cn.txt"), QStringLiteral("😀 老师用电脑上课，学生很少用电脑。\n教师：𠀀电脑坏了！学生说：电脑"));
        add(QStringLiteral("en.txt"), QStringLiteral("Teachers use the smartboard. The smartboard is for teaching!\n"
                                                     "Students: we never touch the SMARTBOARD."));
        add(QStringLiteral("short.txt"), QStringLiteral("zq"));
        add(QStringLiteral("fr.txt"), QStringLiteral("Une École, une école."));
        m_code = *Codebook(*m_project).add({QStringLiteral("ICT"), 0, {}, {}, {}});
        QCOMPARE(pendingDocuments(*m_project), qint64(4));
        auto indexed = SearchIndexer(*m_indexed).indexPending();
        QVERIFY2(indexed, indexed ? "" : qPrintable(indexed.error()));
        QCOMPARE(indexed->documents, qint64(4));
        QCOMPARE(pendingDocuments(*m_indexed), qint64(0));
        QVERIFY(indexMatchesTexts(*m_indexed));
    }

    void findsEveryOccurrence_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<Expected>>("expected");
        // cn.txt: "😀 老师用电脑上课，学生很少用电脑。" is [0, 18) (用4 电5 脑6 ... 用14 电15 脑16), "\n" at 18, then
        // "教师：𠀀电脑坏了！学生说：电脑" from 19: 教19 师20 ：21 𠀀22 电23 脑24 坏25 了26 ！27 学28 生29 说30 ：31 电32 脑33.
        QTest::newRow("chinese two chars")
            << QStringLiteral("电脑")
            << QList<Expected>{{QStringLiteral("cn.txt"), 5, 7}, {QStringLiteral("cn.txt"), 15, 17},
                               {QStringLiteral("cn.txt"), 23, 25}, {QStringLiteral("cn.txt"), 32, 34}};
        QTest::newRow("chinese three chars")
            << QStringLiteral("用电脑")
            << QList<Expected>{{QStringLiteral("cn.txt"), 4, 7}, {QStringLiteral("cn.txt"), 14, 17}};
        QTest::newRow("after astral char") << QStringLiteral("𠀀电脑坏")
                                           << QList<Expected>{{QStringLiteral("cn.txt"), 22, 26}};
        QTest::newRow("single char") << QStringLiteral("课") << QList<Expected>{{QStringLiteral("cn.txt"), 8, 9}};
        QTest::newRow("case insensitive english")
            << QStringLiteral("smartboard")
            << QList<Expected>{{QStringLiteral("en.txt"), 17, 27}, {QStringLiteral("en.txt"), 33, 43},
                               {QStringLiteral("en.txt"), 90, 100}};
        QTest::newRow("whole short document") << QStringLiteral("zq") << QList<Expected>{{QStringLiteral("short.txt"), 0, 2}};
        QTest::newRow("last char of a document") << QStringLiteral("q")
                                                 << QList<Expected>{{QStringLiteral("short.txt"), 1, 2}};
        // Non-ASCII letters fold case too: "École" at [4, 9), "école" at [15, 20).
        QTest::newRow("unicode case") << QStringLiteral("ÉCOLE")
                                      << QList<Expected>{{QStringLiteral("fr.txt"), 4, 9}, {QStringLiteral("fr.txt"), 15, 20}};
        QTest::newRow("no hit") << QStringLiteral("黑板") << QList<Expected>{};
        QTest::newRow("quotes in query") << QStringLiteral("\"smart") << QList<Expected>{};
    }

    void findsEveryOccurrence()
    {
        QFETCH(QString, query);
        QFETCH(QList<Expected>, expected);
        for (Project *project : {m_project.get(), m_indexed.get()}) {
            auto hits = TextSearch(*project).find(query);
            QVERIFY2(hits, hits ? "" : qPrintable(hits.error()));
            QCOMPARE(hits->size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(hits->at(i).document, expected[i].document);
                QCOMPARE(hits->at(i).start, expected[i].start);
                QCOMPARE(hits->at(i).end, expected[i].end);
            }
        }
        // The same hits from the texts handed over unsearched and found with the HitFinder they come with (as
        // marginalia-cli search's writing thread finds them); where a hit was found in the stored bytes, those bytes
        // are the query's up to case.
        for (Project *project : {m_project.get(), m_indexed.get()}) {
            QList<SearchHit> found;
            QList<QByteArray> texts;
            qsizetype searchedHere = 0;
            auto done = TextSearch(*project).forEachDocumentHits(
                query, {},
                [&](const QList<SearchHit> &, const QByteArray &) {
                    ++searchedHere;
                    return Result<void>();
                },
                [] { return true; },
                [&](TextSearch::UnsearchedDocument &&document, const HitFinder &finder) {
                    const qsizetype before = found.size();
                    finder.find(document.id, document.name,
                                std::string_view(document.text.constData(), static_cast<size_t>(document.text.size())),
                                found);
                    for (qsizetype i = before; i < found.size(); ++i)
                        texts.append(document.text);
                    return Result<void>();
                });
            QVERIFY2(done, done ? "" : qPrintable(done.error()));
            QCOMPARE(searchedHere, qsizetype(0));
            QCOMPARE(found.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(found.at(i).document, expected[i].document);
                QCOMPARE(found.at(i).start, expected[i].start);
                QCOMPARE(found.at(i).end, expected[i].end);
                if (found.at(i).byteStart >= 0) {
                    const QByteArray bytes = texts.at(i).mid(found.at(i).byteStart, found.at(i).byteEnd - found.at(i).byteStart);
                    QCOMPARE(QString::fromUtf8(bytes).compare(query, Qt::CaseInsensitive), 0);
                }
            }
        }
    }

    // Hits at every alignment of the scans (thirty-two, sixteen and eight bytes at a time, then byte by byte), and
    // hits that may not overlap, found by HitFinder in bytes as they are stored. Worked out by hand: "a" × k, 教师 (six
    // bytes, two code points), "b" × 80, 教师, "cc": hits at code points k and k + 82; "aa" in "a" × n: n / 2 hits,
    // at 0, 2, 4, …
    // With the AVX2 loop where the processor has it, and without it (the SSE2 loop other processors take).
    void findsHitsAtEveryAlignment_data()
    {
        QTest::addColumn<bool>("avx2");
        QTest::newRow("AVX2 where there") << true;
        QTest::newRow("without AVX2") << false;
    }

    void findsHitsAtEveryAlignment()
    {
        QFETCH(bool, avx2);
        TextIndex::allowAvx2(avx2);
        const auto allowAgain = qScopeGuard([] { TextIndex::allowAvx2(true); });
        const auto hitsIn = [](const HitFinder &finder, const QByteArray &text) {
            QList<SearchHit> hits;
            finder.find(1, QStringLiteral("t"), std::string_view(text.constData(), static_cast<size_t>(text.size())), hits);
            return hits;
        };
        const HitFinder teacher(QStringLiteral("教师"), false);
        for (int k = 0; k < 80; ++k) {
            const QByteArray text = QByteArray(k, 'a') + "教师" + QByteArray(80, 'b') + "教师" + "cc";
            const QList<SearchHit> hits = hitsIn(teacher, text);
            QCOMPARE(hits.size(), qsizetype(2));
            QCOMPARE(hits[0].start, qint64(k));
            QCOMPARE(hits[0].end, qint64(k + 2));
            QCOMPARE(hits[0].byteStart, qint64(k));
            QCOMPARE(hits[1].start, qint64(k + 82));
            QCOMPARE(hits[1].byteStart, qint64(k + 6 + 80));
            QCOMPARE(hits[1].byteEnd, qint64(k + 6 + 80 + 6));
        }
        const HitFinder pair(QStringLiteral("aa"), true);
        for (int n = 60; n < 140; ++n) {
            const QByteArray text(n, 'a');
            const QList<SearchHit> hits = hitsIn(pair, text);
            QCOMPARE(hits.size(), qsizetype(n / 2));
            for (qsizetype i = 0; i < hits.size(); ++i)
                QCOMPARE(hits[i].start, qint64(2 * i));
        }
        // The code points the scans count on the way, on random texts of ASCII, Chinese, é, emoji and stray
        // continuation bytes (a damaged file), against a search one byte at a time that counts the bytes beginning a
        // character (any but 10xxxxxx) before each hit: case-sensitive bytes, and ASCII letters without case.
        const char *const pieces[] = {"a", "B", " ", "\xE6\x95\x99", "\xE5\xB8\x88", "\xC3\xA9", "\xF0\x9F\x98\x80", "\x80", "\n"};
        QRandomGenerator random(29);
        for (const auto &[query, caseSensitive] : {std::pair{QStringLiteral("教师"), true}, std::pair{QStringLiteral("ab"), false},
                                                  std::pair{QStringLiteral("师a"), true}}) {
            const HitFinder finder(query, caseSensitive);
            QByteArray needle = query.toUtf8();
            for (int round = 0; round < 3000; ++round) {
                QByteArray text;
                const int count = static_cast<int>(random.bounded(120));
                for (int i = 0; i < count; ++i)
                    text += pieces[random.bounded(static_cast<int>(std::size(pieces)))];
                const QByteArray compared = caseSensitive ? text : text.toLower();   // QByteArray::toLower: ASCII only
                QList<qint64> expectedBytes;
                QList<qint64> expectedStarts;
                for (qsizetype at = compared.indexOf(needle); at >= 0; at = compared.indexOf(needle, at + needle.size())) {
                    expectedBytes.append(at);
                    qint64 characters = 0;
                    for (qsizetype i = 0; i < at; ++i)
                        characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
                    expectedStarts.append(characters);
                }
                const QList<SearchHit> hits = hitsIn(finder, text);
                QCOMPARE(hits.size(), expectedBytes.size());
                for (qsizetype i = 0; i < hits.size(); ++i) {
                    QCOMPARE(hits[i].byteStart, expectedBytes[i]);
                    QVERIFY2(hits[i].start == expectedStarts[i], text.toHex().constData());
                }
            }
        }
    }

    // A text longer than a window (DocumentText::kWindowBytes) is not handed over: it is searched where it is read, a
    // window at a time.
    void longTextsAreSearchedWhereTheyAreRead()
    {
        auto project = freshProject(QStringLiteral("long.marginalia"));
        // 4,200,000 ASCII letters (bytes and code points), a space, then the word: [4,200,001, 4,200,007).
        addDocument(*project, QStringLiteral("long.txt"), QString(4'200'000, u'a') + QStringLiteral(" needle"));
        addDocument(*project, QStringLiteral("short.txt"), QStringLiteral("one needle"));   // [4, 10)
        QList<SearchHit> searched;
        QStringList unsearched;
        auto done = TextSearch(*project).forEachDocumentHits(
            QStringLiteral("needle"), {},
            [&](const QList<SearchHit> &hits, const QByteArray &) {
                searched.append(hits);
                return Result<void>();
            },
            [] { return true; },
            [&](TextSearch::UnsearchedDocument &&document, const HitFinder &) {
                unsearched.append(document.name);
                return Result<void>();
            });
        QVERIFY2(done, done ? "" : qPrintable(done.error()));
        QCOMPARE(unsearched, QStringList{QStringLiteral("short.txt")});
        QCOMPARE(searched.size(), qsizetype(1));
        QCOMPARE(searched.at(0).document, QStringLiteral("long.txt"));
        QCOMPARE(searched.at(0).start, qint64(4'200'001));
        QCOMPARE(searched.at(0).end, qint64(4'200'007));
    }

    void indexesInBatchesAndStopsWhenAsked()
    {
        auto project = freshProject(QStringLiteral("batches.marginalia"));
        for (int i = 0; i < 5; ++i)
            addDocument(*project, QStringLiteral("d%1.txt").arg(i), QStringLiteral("第%1份：投影仪坏了。").arg(i).repeated(10));
        const qint64 length = QStringLiteral("第0份：投影仪坏了。").size() * 10;
        auto waiting = SearchIndexer(*project).pending();
        QVERIFY(waiting);
        QCOMPARE(waiting->documentsTotal, qint64(5));
        QCOMPARE(waiting->charactersTotal, 5 * length);

        // Batches of two documents; stop after the first.
        QList<IndexingProgress> seen;
        auto stopped = SearchIndexer(*project).indexPending([&](const IndexingProgress &progress) {
            seen.append(progress);
            return false;
        }, 2 * length);
        QVERIFY(stopped);
        QVERIFY(stopped->cancelled);
        QCOMPARE(stopped->documents, qint64(2));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].documentsDone, qint64(2));
        QCOMPARE(seen[0].charactersDone, 2 * length);
        QCOMPARE(pendingDocuments(*project), qint64(3));
        QVERIFY(indexMatchesTexts(*project));
        // Half indexed, half waiting: every document is still found.
        QCOMPARE(TextSearch(*project).find(QStringLiteral("投影仪"))->size(), 50);
        QCOMPARE(TextSearch(*project).find(QStringLiteral("仪"))->size(), 50);

        seen.clear();
        auto rest = SearchIndexer(*project).indexPending([&](const IndexingProgress &progress) {
            seen.append(progress);
            return true;
        }, 2 * length);
        QVERIFY(rest);
        QVERIFY(!rest->cancelled);
        QCOMPARE(rest->documents, qint64(3));
        QCOMPARE(seen.last().documentsDone, qint64(3));
        QCOMPARE(seen.last().documentsTotal, qint64(3));
        QCOMPARE(pendingDocuments(*project), qint64(0));
        QVERIFY(indexMatchesTexts(*project));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("投影仪"))->size(), 50);
        // A short query in every document: past half of them, every text is read instead.
        QCOMPARE(TextSearch(*project).find(QStringLiteral("仪"))->size(), 50);
        QCOMPARE(TextSearch(*project).find(QStringLiteral("了。"))->size(), 50);
        QCOMPARE(TextSearch(*project).candidateDocuments(QStringLiteral("仪"))->size(), 5);
        QCOMPARE(TextSearch(*project).candidateDocuments(QStringLiteral("第3"))->size(), 1);
    }

    void foldsOnlyAsciiLettersAndOrdersByDocumentName()
    {
        auto project = freshProject(QStringLiteral("fold.marginalia"));
        // '@' and '[' lie just before 'A' and just after 'Z', '`' and '{' around 'a'..'z': only letters fold.
        addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("@[AZ]` @[az]` 老师@[Az]`"));
        addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("x @[aZ]`"));
        for (int pass = 0; pass < 2; ++pass) {   // waiting for the index, then indexed
            auto hits = TextSearch(*project).find(QStringLiteral("@[az]`"));
            QVERIFY(hits);
            QCOMPARE(hits->size(), 4);
            QCOMPARE(hits->at(0).document, QStringLiteral("a.txt"));
            QCOMPARE(hits->at(0).start, qint64(2));
            QCOMPARE(hits->at(1).document, QStringLiteral("b.txt"));
            QCOMPARE(hits->at(1).start, qint64(0));
            QCOMPARE(hits->at(2).start, qint64(7));
            QCOMPARE(hits->at(3).start, qint64(16));
            QCOMPARE(TextSearch(*project).find(QStringLiteral("@{"))->size(), 0);
            QCOMPARE(TextSearch(*project).find(QStringLiteral("{az}"))->size(), 0);
            QVERIFY(SearchIndexer(*project).indexPending());
        }
    }

    void hitsDoNotOverlapAcrossLongTexts()
    {
        auto project = freshProject(QStringLiteral("overlap.marginalia"));
        // 100 'a': "aaa" is found at 0, 3, ..., 96 (33 times), never inside an earlier hit; the same
        // for a Chinese needle whose hits run across the sixteen-byte steps of the scan.
        addDocument(*project, QStringLiteral("a.txt"), QString(100, u'a') + QStringLiteral(" 老师老师老师老师老师老师老师老师老师老师老师"));
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &query : {QStringLiteral("aaa"), QStringLiteral("AAA")}) {
                auto hits = TextSearch(*project).find(query);
                QVERIFY(hits);
                QCOMPARE(hits->size(), 33);
                for (qsizetype i = 0; i < hits->size(); ++i)
                    QCOMPARE(hits->at(i).start, qint64(3 * i));
            }
            auto chinese = TextSearch(*project).find(QStringLiteral("老师老"));
            QVERIFY(chinese);
            QCOMPARE(chinese->size(), 5);   // 11 × "老师": at 101, 105, 109, 113, 117
            for (qsizetype i = 0; i < chinese->size(); ++i)
                QCOMPARE(chinese->at(i).start, qint64(101 + 4 * i));
            QVERIFY(SearchIndexer(*project).indexPending());
        }
    }

    void shortQueriesFoldNonAsciiCapitalsAtTheEnd()
    {
        auto project = freshProject(QStringLiteral("tail.marginalia"));
        // "Ü" and "ÉÉ" stand in the documents' last two characters, where no trigram begins: only the
        // tail finds them, and SQLite's lower() left them upper case ("ü" missed them before).
        addDocument(*project, QStringLiteral("de.txt"), QStringLiteral("Grüße"));
        addDocument(*project, QStringLiteral("end.txt"), QStringLiteral("Ende: Ü"));
        addDocument(*project, QStringLiteral("fr.txt"), QStringLiteral("Voilà ÉÉ"));
        QVERIFY(SearchIndexer(*project).indexPending());
        auto umlaut = TextSearch(*project).find(QStringLiteral("ü"));
        QVERIFY(umlaut);
        // "Grüße": ü at 2; "Ende: Ü": Ü at 6 (E0 n1 d2 e3 :4 ' '5).
        QCOMPARE(umlaut->size(), 2);
        QCOMPARE(umlaut->at(0).document, QStringLiteral("de.txt"));
        QCOMPARE(umlaut->at(0).start, qint64(2));
        QCOMPARE(umlaut->at(1).document, QStringLiteral("end.txt"));
        QCOMPARE(umlaut->at(1).start, qint64(6));
        auto accents = TextSearch(*project).find(QStringLiteral("éé"));
        QVERIFY(accents);
        QCOMPARE(accents->size(), 1);   // "Voilà " is 6 characters: "ÉÉ" at [6, 8)
        QCOMPARE(accents->at(0).start, qint64(6));
        QCOMPARE(accents->at(0).end, qint64(8));
    }

    // A Russian word whose classes SQLite splits (в and т: Qt folds the old letters U+1C80 and U+1C84 into them)
    // takes the trigrams made only of characters whose classes hold together: "привет" asks for "при" alone. So the
    // document without "при" is not read, and "при\u1C80ет", which Qt matches, is still found (at [0, 6)).
    void splitClassesKeepTheTrigramsAroundThem()
    {
        auto project = freshProject(QStringLiteral("split.marginalia"));
        addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("при\u1C80ет"));
        addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("вет вет"));
        addDocument(*project, QStringLiteral("c.txt"), QStringLiteral("ПРИ"));
        QVERIFY(SearchIndexer(*project).indexPending());
        const auto together = TokenizerFolding::classesHeldTogether(QStringLiteral("привет"));
        QVERIFY(together);
        QCOMPARE(*together, (QList<bool>{true, true, true, false, true, false}));
        QCOMPARE(TextSearch::trigramMatchExpression(QStringLiteral("привет"), *together), QStringLiteral("\"при\""));
        auto candidates = TextSearch(*project).candidateDocuments(QStringLiteral("привет"));
        QVERIFY(candidates);
        QCOMPARE(candidates->size(), 2);   // a.txt and c.txt hold "при" (c.txt in upper case); b.txt does not
        auto hits = TextSearch(*project).find(QStringLiteral("ПРИВЕТ"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().document, QStringLiteral("a.txt"));
        QCOMPARE(hits->first().start, qint64(0));
        QCOMPARE(hits->first().end, qint64(6));
        // No trigram left ("вет": в and т both split): every document.
        auto every = TextSearch(*project).candidateDocuments(QStringLiteral("вет"));
        QVERIFY(every);
        QCOMPARE(every->size(), 3);
    }

    // SQLite's index and Qt's matching fold case each by its own table. Where they part (final sigma: SQLite folds ς
    // into σ, Qt's toLower() keeps it; lower-case Cherokee: Qt folds it onto upper case, SQLite's table does not) the
    // index's candidates missed documents, and the search said "no hits" where there were some. Each document below
    // has one match; all are indexed.
    void findsWhereTheIndexFoldsCaseOtherwiseThanQt()
    {
        auto project = freshProject(QStringLiteral("folding.marginalia"));
        addDocument(*project, QStringLiteral("greek.txt"), QStringLiteral("λόγος ςα"));   // "ςα" at [6, 8)
        addDocument(*project, QStringLiteral("cherokee.txt"), QStringLiteral("x \uAB70\uAB71. y"));   // "ꭰꭱ." at [2, 5)
        addDocument(*project, QStringLiteral("turkish.txt"), QStringLiteral("Iı İi"));   // "İi" at [3, 5)
        QVERIFY(SearchIndexer(*project).indexPending());
        QCOMPARE(pendingDocuments(*project), qint64(0));
        SearchOptions exact;
        exact.caseSensitive = true;
        const auto only = [&](const QString &query, const SearchOptions &options, const QString &document, qint64 start,
                              qint64 end) {
            auto hits = TextSearch(*project).find(query, options);
            QVERIFY2(hits, qPrintable(query));
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().document, document);
            QCOMPARE(hits->first().start, start);
            QCOMPARE(hits->first().end, end);
        };
        // Two characters: the prefix looked up in the index was Qt's lower case "ςα", the index holds "σα".
        only(QStringLiteral("ςα"), {}, QStringLiteral("greek.txt"), 6, 8);
        only(QStringLiteral("ςα"), exact, QStringLiteral("greek.txt"), 6, 8);
        only(QStringLiteral("ΣΑ"), {}, QStringLiteral("greek.txt"), 6, 8);   // Qt folds Σ and ς alike, to σ
        only(QStringLiteral("İi"), exact, QStringLiteral("turkish.txt"), 3, 5);
        // Three characters: the index has "ꭰꭱ." as it stands, and the query's trigram "ᎠᎡ." matched nothing.
        only(QStringLiteral("\u13A0\u13A1."), {}, QStringLiteral("cherokee.txt"), 2, 5);
        auto none = TextSearch(*project).find(QStringLiteral("\u13A0\u13A1."), exact);
        QVERIFY(none);
        QCOMPARE(none->size(), 0);   // case-sensitive: upper case is not there
        // ASCII and Chinese queries still take the index's candidates.
        QVERIFY(TextSearch::indexFindsEveryMatch(QStringLiteral("stop"), false));
        QVERIFY(TextSearch::indexFindsEveryMatch(QStringLiteral("老师"), false));
        QVERIFY(!TextSearch::indexFindsEveryMatch(QStringLiteral("ßa"), false));   // ẞ folds to ß
        QVERIFY(TextSearch::indexFindsEveryMatch(QStringLiteral("λόγος"), true));   // the index folds both alike
        QVERIFY(!TextSearch::indexFindsEveryMatch(QStringLiteral("ςα"), true));   // a prefix folded by Qt
    }

    // Beyond ASCII, SQLite is asked per query how its tokenizer folds the query's characters and every character Qt's
    // matching takes for them; where it folds them together, the index's candidates are taken. Four documents, indexed;
    // each query below is in one of them only.
    void takesTheIndexWhereSqliteFoldsLikeQt()
    {
        auto project = freshProject(QStringLiteral("probe.marginalia"));
        // "ο λόγος ςα.": ο0 ' '1 λ2 ό3 γ4 ο5 ς6 ' '7 ς8 α9 .10: "λόγος" at [2, 7), "ςα" at [8, 10).
        const qint64 greek = addDocument(*project, QStringLiteral("greek.txt"), QStringLiteral("ο λόγος ςα."));
        // "Der Schüler.": D0 e1 r2 ' '3 S4 ... r10: "Schüler" at [4, 11).
        const qint64 german = addDocument(*project, QStringLiteral("german.txt"), QStringLiteral("Der Schüler."));
        // "x ꭰꭱ. y": "ꭰꭱ." at [2, 5).
        const qint64 cherokee =
            addDocument(*project, QStringLiteral("cherokee.txt"), QStringLiteral("x \uAB70\uAB71. y"));
        addDocument(*project, QStringLiteral("english.txt"), QStringLiteral("nothing to see"));
        QVERIFY(SearchIndexer(*project).indexPending());
        QCOMPARE(pendingDocuments(*project), qint64(0));
        const auto candidates = [&](const QString &query, bool caseSensitive) {
            auto ids = TextSearch(*project).candidateDocuments(query, caseSensitive);
            return ids ? *ids : QList<qint64>{-1};
        };
        const QList<qint64> greekOnly{greek};
        const QList<qint64> germanOnly{german};
        // Every Qt case class here folds together in SQLite's table (σ, ς and Σ to σ; ſ, s and S to s; ...), so only
        // the document holding the query's trigrams (or, for two characters, a trigram beginning with it) is read.
        QCOMPARE(candidates(QStringLiteral("λόγος"), false), greekOnly);
        QCOMPARE(candidates(QStringLiteral("ΛΌΓΟΣ"), false), greekOnly);   // the index holds "γοσ": ς folded to σ
        QCOMPARE(candidates(QStringLiteral("Schüler"), false), germanOnly);
        QCOMPARE(candidates(QStringLiteral("SCHÜLER"), false), germanOnly);
        QCOMPARE(candidates(QStringLiteral("ΣΑ"), false), greekOnly);   // the prefix SQLite makes of it: "σα"
        QCOMPARE(candidates(QStringLiteral("ςα"), false), greekOnly);
        QCOMPARE(candidates(QStringLiteral("ςα"), true), greekOnly);    // the prefix "σα" again, not Qt's "ςα"
        // Qt matches Ꭰ with ꭰ; SQLite 3.40 folds neither into the other, so every document is read there (a library
        // whose table folds Cherokee like Qt's leaves the one document). Either way the Cherokee one is among them.
        QVERIFY(candidates(QStringLiteral("\u13A0\u13A1."), false).contains(cherokee));
        const auto only = [&](const QString &query, bool caseSensitive, const QString &document, qint64 start,
                              qint64 end) {
            SearchOptions options;
            options.caseSensitive = caseSensitive;
            auto hits = TextSearch(*project).find(query, options);
            QVERIFY2(hits, qPrintable(query));
            QCOMPARE(hits->size(), 1);
            QCOMPARE(hits->first().document, document);
            QCOMPARE(hits->first().start, start);
            QCOMPARE(hits->first().end, end);
        };
        only(QStringLiteral("λόγος"), false, QStringLiteral("greek.txt"), 2, 7);
        only(QStringLiteral("ΛΌΓΟΣ"), false, QStringLiteral("greek.txt"), 2, 7);
        only(QStringLiteral("schüler"), false, QStringLiteral("german.txt"), 4, 11);
        only(QStringLiteral("ΣΑ"), false, QStringLiteral("greek.txt"), 8, 10);
        only(QStringLiteral("ςα"), true, QStringLiteral("greek.txt"), 8, 10);
        only(QStringLiteral("\u13A0\u13A1."), false, QStringLiteral("cherokee.txt"), 2, 5);
        // Qt's case classes, from CaseFolding.txt: U+03A3 Σ and U+03C2 ς fold to σ; U+212A (Kelvin sign) folds to k.
        QList<char32_t> sigma = TokenizerFolding::qtCaseClass(U'σ');
        std::sort(sigma.begin(), sigma.end());
        QCOMPARE(sigma, (QList<char32_t>{U'Σ', U'ς', U'σ'}));
        QVERIFY(TokenizerFolding::qtCaseClass(U'K').contains(U'\u212A'));
    }

    // The same texts in two projects, one indexed and one waiting for the index (every document is then read): every
    // query must find the same hits in both. The texts gather where SQLite's and Qt's case folding might part: Greek
    // final sigma, Turkish dotted and dotless i, German ß and ẞ, the Kelvin and Ångström signs, fullwidth Latin, the
    // ligatures ﬁ and ǅ, Deseret, Cherokee and Armenian. The queries: every piece of one to four characters of each
    // text, as it stands, upper-cased, lower-cased and case-folded, in both case modes.
    void indexedAndUnindexedFindTheSameAcrossScripts()
    {
        const QStringList texts = {
            QStringLiteral("Ο λόγος ΛΌΓΟΣ ςα ΣΑ σα. όσος"),
            QStringLiteral("Iı İi ıI iİ KIZ kız İSTANBUL"),
            QStringLiteral("Straße STRASSE \u1E9E ß Schüler SCHÜLER"),
            QStringLiteral("5 \u212A 5 K k; 3 \u212B Å å"),
            QStringLiteral("\uFF21\uFF22\uFF23 \uFF41\uFF42\uFF43 abc"),
            QStringLiteral("\uFB01le FILE \u01C5 \u01C6 \u01C4 dž"),
            QStringLiteral("\U00010400\U00010428 \U00010428\U00010400."),
            QStringLiteral("\u13A0\u13A1\u13A2 \uAB70\uAB71\uAB72 \u13A0\uAB71."),
            QStringLiteral("Աբգ աԲԳ \u0587 ԵՒ"),
            // Old Cyrillic letters that Qt folds into в, о, т and SQLite does not: their classes are split.
            QStringLiteral("привет ПРИВЕТ при\u1C80ет т\u1C82к ток ТОК окно"),
        };
        auto indexed = freshProject(QStringLiteral("differential-indexed.marginalia"));
        auto waiting = freshProject(QStringLiteral("differential-waiting.marginalia"));
        for (qsizetype i = 0; i < texts.size(); ++i) {
            addDocument(*indexed, QStringLiteral("text%1.txt").arg(i), texts.at(i));
            addDocument(*waiting, QStringLiteral("text%1.txt").arg(i), texts.at(i));
        }
        QVERIFY(SearchIndexer(*indexed).indexPending());
        QCOMPARE(pendingDocuments(*indexed), qint64(0));
        QCOMPARE(pendingDocuments(*waiting), qint64(texts.size()));

        QStringList queries;
        for (const QString &text : texts) {
            const QList<uint> codePoints = normalizeForStorage(text).toUcs4();
            for (qsizetype start = 0; start < codePoints.size(); ++start) {
                for (qsizetype length = 1; length <= 4 && start + length <= codePoints.size(); ++length) {
                    const QString piece = QString::fromUcs4(
                        reinterpret_cast<const char32_t *>(codePoints.constData() + start), length);
                    for (const QString &query : {piece, piece.toUpper(), piece.toLower(), piece.toCaseFolded()}) {
                        if (!query.trimmed().isEmpty() && !queries.contains(query))
                            queries.append(query);
                    }
                }
            }
        }
        int withHits = 0;
        int narrowed = 0;   // searches where the index's candidates left documents out
        for (const QString &query : std::as_const(queries)) {
            for (const bool caseSensitive : {false, true}) {
                SearchOptions options;
                options.caseSensitive = caseSensitive;
                const QString mode = caseSensitive ? QStringLiteral("case-sensitive") : QStringLiteral("any case");
                const QString what = QStringLiteral("%1 (%2)").arg(query, mode);
                auto fromIndex = TextSearch(*indexed).find(query, options);
                auto fromTexts = TextSearch(*waiting).find(query, options);
                QVERIFY2(fromIndex && fromTexts, qPrintable(what));
                QVERIFY2(fromIndex->size() == fromTexts->size(),
                         qPrintable(QStringLiteral("%1: %2 hits indexed, %3 unindexed")
                                        .arg(what)
                                        .arg(fromIndex->size())
                                        .arg(fromTexts->size())));
                for (qsizetype i = 0; i < fromIndex->size(); ++i) {
                    QVERIFY2(fromIndex->at(i).document == fromTexts->at(i).document
                                 && fromIndex->at(i).start == fromTexts->at(i).start
                                 && fromIndex->at(i).end == fromTexts->at(i).end,
                             qPrintable(what));
                }
                withHits += fromIndex->isEmpty() ? 0 : 1;
                auto ids = TextSearch(*indexed).candidateDocuments(query.normalized(QString::NormalizationForm_C),
                                                                   caseSensitive);
                QVERIFY(ids);
                narrowed += ids->size() < texts.size() ? 1 : 0;
            }
        }
        // Not vacuous: most queries are pieces of the texts and find something, and the index did narrow most searches.
        QVERIFY2(queries.size() > 500, qPrintable(QString::number(queries.size())));
        QVERIFY2(withHits > queries.size(), qPrintable(QString::number(withHits)));
        QVERIFY2(narrowed > queries.size(), qPrintable(QString::number(narrowed)));
    }

    // A letter that only another one folds to (ß, what ẞ folds to: ß has no upper-case mapping of its own) and letters
    // beyond U+FFFF (Deseret, two UTF-16 units each, neither of which has case by itself) are cased: a case-insensitive
    // search for them compared bytes before and missed the other case.
    void ignoresCaseOfLettersWithoutMappingsAndBeyondUtf16Units()
    {
        auto project = freshProject(QStringLiteral("cased.marginalia"));
        // "Maß MAẞ": M0 a1 ß2 ' '3 M4 A5 ẞ6.
        addDocument(*project, QStringLiteral("de.txt"), QStringLiteral("Maß MA\u1E9E"));
        // "𐐀 𐐨": 𐐀0 ' '1 𐐨2 (code points).
        addDocument(*project, QStringLiteral("deseret.txt"), QStringLiteral("\U00010400 \U00010428"));
        SearchOptions exact;
        exact.caseSensitive = true;
        for (int pass = 0; pass < 2; ++pass) {   // waiting for the index, then indexed
            const auto starts = [&](const QString &query, const SearchOptions &options) {
                QList<qint64> found;
                auto hits = TextSearch(*project).find(query, options);
                for (const SearchHit &hit : hits ? *hits : QList<SearchHit>{})
                    found.append(hit.start);
                return hits ? found : QList<qint64>{-1};
            };
            QCOMPARE(starts(QStringLiteral("ß"), {}), (QList<qint64>{2, 6}));
            QCOMPARE(starts(QStringLiteral("maß"), {}), (QList<qint64>{0, 4}));
            QCOMPARE(starts(QStringLiteral("\U00010428"), {}), (QList<qint64>{0, 2}));
            QCOMPARE(starts(QStringLiteral("\U00010400"), {}), (QList<qint64>{0, 2}));
            QCOMPARE(starts(QStringLiteral("ß"), exact), (QList<qint64>{2}));
            QCOMPARE(starts(QStringLiteral("\U00010428"), exact), (QList<qint64>{2}));
            QVERIFY(SearchIndexer(*project).indexPending());
        }
    }

    // SQLite reads U+FFFE and U+FFFF as U+FFFD, Qt keeps them (without case): a one-character query of U+FFFE looked up
    // the prefix U+FFFE in the index, which holds U+FFFD, and found nothing. "a\uFFFEbcd efg": U+FFFE at [1, 2).
    // Half of a character is refused with a message.
    void findsNoncharactersAndRefusesHalfCharacters()
    {
        auto project = freshProject(QStringLiteral("nonchar.marginalia"));
        addDocument(*project, QStringLiteral("odd.txt"), QStringLiteral("a\uFFFEbcd efg"));
        addDocument(*project, QStringLiteral("plain.txt"), QStringLiteral("abcd efg"));
        QVERIFY(SearchIndexer(*project).indexPending());
        for (const bool caseSensitive : {false, true}) {
            SearchOptions options;
            options.caseSensitive = caseSensitive;
            for (const QString &query : {QStringLiteral("\uFFFE"), QStringLiteral("\uFFFEb")}) {
                auto hits = TextSearch(*project).find(query, options);
                QVERIFY(hits);
                QCOMPARE(hits->size(), 1);
                QCOMPARE(hits->first().document, QStringLiteral("odd.txt"));
                QCOMPARE(hits->first().start, qint64(1));
            }
        }
        const QString half(QChar(0xD801));
        auto refused = TextSearch(*project).find(QStringLiteral("a") + half);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("half of a character")), qPrintable(refused.error()));
    }

    void findsHitsAcrossReadingWindows()
    {
        // Texts are read a few megabytes at a time: 1,500,000 × "abé老" (7 bytes, 4 code points) is
        // 10.5 MB, so hits lie on both sides of and across several window ends. "é老a" is at
        // 4i + 2 for i = 0 .. 1,499,998 (the last "老" ends the text); "AB" at 4i.
        auto project = freshProject(QStringLiteral("windows.marginalia"));
        constexpr qsizetype kRepeats = 1500000;
        QString text;
        text.reserve(kRepeats * 4);
        for (qsizetype i = 0; i < kRepeats; ++i)
            text += QStringLiteral("abé老");
        addDocument(*project, QStringLiteral("long.txt"), text);
        text.clear();
        for (const QString &query : {QStringLiteral("é老a"), QStringLiteral("É老A")}) {   // bytes, then Unicode folding
            auto hits = TextSearch(*project).find(query);
            QVERIFY(hits);
            QCOMPARE(hits->size(), kRepeats - 1);
            for (qsizetype i = 0; i < hits->size(); ++i) {
                if (hits->at(i).start != 4 * i + 2)
                    QFAIL(qPrintable(QStringLiteral("%1: hit %2 at %3").arg(query).arg(i).arg(hits->at(i).start)));
            }
        }
        auto ascii = TextSearch(*project).find(QStringLiteral("AB"));
        QVERIFY(ascii);
        QCOMPARE(ascii->size(), kRepeats);
        QCOMPARE(ascii->constLast().start, 4 * (kRepeats - 1));
    }

    void theGateHoldsBackLongDocuments()
    {
        auto project = freshProject(QStringLiteral("gate.marginalia"));
        addDocument(*project, QStringLiteral("short.txt"), QStringLiteral("投影仪"));
        addDocument(*project, QStringLiteral("long.txt"), QStringLiteral("投影仪坏了。").repeated(100));
        addDocument(*project, QStringLiteral("short2.txt"), QStringLiteral("投影仪好了"));
        SearchIndexer indexer(*project);
        QList<qint64> asked;
        indexer.setGate([&](qint64 characters) {
            asked.append(characters);
            return characters < 100;
        });
        auto report = indexer.indexPending();
        QVERIFY(report);
        QCOMPARE(asked, (QList<qint64>{3, 600, 5}));
        QCOMPARE(report->documents, qint64(2));
        QCOMPARE(report->characters, qint64(8));
        QCOMPARE(report->postponed, qint64(1));
        QCOMPARE(pendingDocuments(*project), qint64(1));
        QVERIFY(indexMatchesTexts(*project));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("投影仪"))->size(), 102);
        indexer.setGate({});
        QCOMPARE(indexer.indexPending()->documents, qint64(1));
        QCOMPARE(pendingDocuments(*project), qint64(0));
        QVERIFY(indexMatchesTexts(*project));
    }

    void removingWaitingAndIndexedDocumentsKeepsTheIndexSound()
    {
        auto project = freshProject(QStringLiteral("remove.marginalia"));
        const qint64 indexed = addDocument(*project, QStringLiteral("a.txt"), QStringLiteral("学生用平板电脑"));
        QVERIFY(SearchIndexer(*project).indexPending());
        const qint64 waiting = addDocument(*project, QStringLiteral("b.txt"), QStringLiteral("老师用平板电脑"));
        QCOMPARE(pendingDocuments(*project), qint64(1));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("平板电脑"))->size(), 2);

        QVERIFY(DocumentStore(*project).remove(waiting));
        QCOMPARE(pendingDocuments(*project), qint64(0));
        QVERIFY(indexMatchesTexts(*project));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("平板电脑"))->size(), 1);
        QVERIFY(DocumentStore(*project).remove(indexed));
        QVERIFY(indexMatchesTexts(*project));
        QCOMPARE(TextSearch(*project).find(QStringLiteral("平板电脑"))->size(), 0);
        QCOMPARE(TextSearch(*project).find(QStringLiteral("平板"))->size(), 0);
    }

    void caseSensitiveSearch()
    {
        SearchOptions options;
        options.caseSensitive = true;
        auto hits = TextSearch(*m_project).find(QStringLiteral("SMARTBOARD"), options);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().start, qint64(90));
    }

    void emptyQueryIsAnError()
    {
        QVERIFY(!TextSearch(*m_project).find(QString()));
    }

    void autoCodesMatchesSentencesAndParagraphs()
    {
        AutoCoder coder(*m_project);
        CodingStore codings(*m_project);

        auto matches = coder.autoCode(m_code, QStringLiteral("电脑"), AutoCodeUnit::Match, QStringLiteral("auto-match"));
        QVERIFY2(matches, matches ? "" : qPrintable(matches.error()));
        QCOMPARE(matches->hits, qint64(4));
        QCOMPARE(matches->added, qint64(4));

        // Sentences: "老师用电脑上课，学生很少用电脑。" holds two hits (one coding); then "𠀀电脑坏了！"
        // and "学生说：电脑" on the second line (which starts with the speaker label "教师：").
        auto sentences = coder.autoCode(m_code, QStringLiteral("电脑"), AutoCodeUnit::Sentence, QStringLiteral("auto-sentence"));
        QVERIFY(sentences);
        QCOMPARE(sentences->hits, qint64(4));
        QCOMPARE(sentences->added, qint64(3));
        CodingFilter bySentence;
        bySentence.coders = {QStringLiteral("auto-sentence")};
        auto sentenceSegments = codings.segments(bySentence);
        QVERIFY(sentenceSegments);
        QCOMPARE(sentenceSegments->size(), 3);
        QVERIFY2(sentenceSegments->at(0).text.contains(QStringLiteral("老师用电脑上课，学生很少用电脑。")),
                 qPrintable(sentenceSegments->at(0).text));
        QVERIFY(sentenceSegments->at(1).text.contains(QStringLiteral("𠀀电脑坏了！")));
        QVERIFY(sentenceSegments->at(2).text.endsWith(QStringLiteral("电脑")));

        auto paragraphs = coder.autoCode(m_code, QStringLiteral("电脑"), AutoCodeUnit::Paragraph, QStringLiteral("auto-paragraph"));
        QVERIFY(paragraphs);
        QCOMPARE(paragraphs->added, qint64(2));
        CodingFilter byParagraph;
        byParagraph.coders = {QStringLiteral("auto-paragraph")};
        auto paragraphSegments = codings.segments(byParagraph);
        QCOMPARE(paragraphSegments->at(0).start, qint64(0));
        QCOMPARE(paragraphSegments->at(0).end, qint64(18));
        QCOMPARE(paragraphSegments->at(1).start, qint64(19));
        QCOMPARE(paragraphSegments->at(1).end, qint64(34));

        // Running it again adds nothing.
        auto again = coder.autoCode(m_code, QStringLiteral("电脑"), AutoCodeUnit::Paragraph, QStringLiteral("auto-paragraph"));
        QVERIFY(again);
        QCOMPARE(again->added, qint64(0));
        QCOMPARE(again->alreadyCoded, qint64(2));
    }

    // A U+FEFF inside a text (where two files were joined) is a character like any other: a window or a line that
    // begins with it is counted from it, though Qt's UTF-8 reading drops it there as a byte order mark
    // (stringFromUtf8).
    void countsFromAByteOrderMarkInsideTheText()
    {
        // "É" case-insensitive is matched in decoded text (a cased letter beyond ASCII). "\uFEFFxé": U+FEFF is code
        // point 0, x 1, é 2.
        const HitFinder finder(QStringLiteral("É"), false);
        const QByteArray whole = QStringLiteral("\uFEFFxé").toUtf8();
        QList<SearchHit> hits;
        const std::string_view wholeView(whole.constData(), static_cast<size_t>(whole.size()));
        finder.find(1, QStringLiteral("d"), wholeView, hits);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().start, qint64(2));
        QCOMPARE(hits.first().end, qint64(3));
        // A window from the U+FEFF of "ab\uFEFFcé" (byte 2, code point 2): é is code point 4.
        const QByteArray text = QStringLiteral("ab\uFEFFcé").toUtf8();
        HitFinder::Count count{2, 2};
        hits.clear();
        const std::string_view window(text.constData() + 2, static_cast<size_t>(text.size() - 2));
        finder.findInWindow(1, QStringLiteral("d"), window, 2, count, hits);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().start, qint64(4));

        // The sentence after a line that begins with U+FEFF: "Hello there." is 0–11, the line break 12, U+FEFF 13,
        // "Second sentence." 14–29, a space 30, "Third one." 31–40.
        auto project = freshProject(QStringLiteral("mark.marginalia"));
        project->setCurrentCoder(QStringLiteral("Li Na"));
        addDocument(*project, QStringLiteral("joined.txt"),
                    QStringLiteral("Hello there.\n\uFEFFSecond sentence. Third one.\n"));
        const qint64 code = *Codebook(*project).add({QStringLiteral("mark"), 0, {}, {}, {}});
        auto coded =
            AutoCoder(*project).autoCode(code, QStringLiteral("Third"), AutoCodeUnit::Sentence, QStringLiteral("auto"));
        QVERIFY2(coded, coded ? "" : qPrintable(coded.error()));
        QCOMPARE(coded->added, qint64(1));
        auto segments = CodingStore(*project).segments(CodingFilter());
        QVERIFY(segments);
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->first().start, qint64(31));
        QCOMPARE(segments->first().end, qint64(41));
        QCOMPARE(segments->first().text, QStringLiteral("Third one."));
    }

    void unknownUnitIsRefused()
    {
        QVERIFY(!AutoCoder::parseUnit(QStringLiteral("chapter")));
        QCOMPARE(*AutoCoder::parseUnit(QStringLiteral("sentence")), AutoCodeUnit::Sentence);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "test_search.moc"
