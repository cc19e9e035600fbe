// Excerpts and their context, cut from the stored text by code points: characters outside the BMP (two UTF-16
// units, four UTF-8 bytes), combining marks at the document's start and end, context clipped at both ends, through
// the bulk path (CodingStore::segments, per coding and per passage) and the single-coding path (segment(id), and
// move/remove, which look one coding up).

#include "ProjectFixtures.h"

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextNormalizer.h"
#include "text/Utf8Cutter.h"

#include <QTest>

using namespace marginalia;

namespace {

// U+20000 (CJK Extension B, 4 UTF-8 bytes, a surrogate pair in UTF-16), U+1F600, and two combining marks that
// have no precomposed partner, so NFC leaves them: U+0301 alone at the start, U+0307 after q at the end.
const QString kIdeograph = QString::fromUcs4(U"\U00020000");
const QString kSmiley = QString::fromUcs4(U"\U0001F600");
const QString kAcute = QString(QChar(0x0301));
const QString kDot = QString(QChar(0x0307));

// Code points:  0 U+0301 | 1 U+20000 | 2 A | 3 B | 4 U+1F600 | 5 C | 6 D | 7 U+1F600 | 8 q | 9 U+0307   (10 in all)
QString mainText()
{
    return kAcute + kIdeograph + QStringLiteral("AB") + kSmiley + QStringLiteral("CD") + kSmiley + QStringLiteral("q")
           + kDot;
}

} // namespace

class TestExcerpts : public QObject, private ProjectFixtures
{
    Q_OBJECT

private:
    std::unique_ptr<Project> m_project;
    qint64 m_main = 0;
    qint64 m_other = 0;
    qint64 m_code = 0;
    qint64 m_atStart = 0;   // [0, 2)
    qint64 m_smiley = 0;    // [4, 5), coded by Li Na and by Wang Wei
    qint64 m_atEnd = 0;     // [8, 10)
    qint64 m_wide = 0;      // [1, 9)
    qint64 m_otherSmiley = 0;

    qint64 addDocument(const QString &name, const QString &text)
    {
        return ProjectFixtures::addDocument(*m_project, name, text);
    }

    // A coding of the one code, by Li Na unless another coder is named: its id.
    qint64 code(qint64 document, qint64 start, qint64 end, const QString &coder = QStringLiteral("Li Na"))
    {
        return ProjectFixtures::code(*m_project, document, m_code, start, end, coder).id;
    }

    static const CodedSegment *byId(const QList<CodedSegment> &segments, qint64 id)
    {
        for (const CodedSegment &segment : segments) {
            if (segment.id == id)
                return &segment;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(folder().isValid());
        auto project = Project::create(folder().filePath(QStringLiteral("excerpts.marginalia")));
        QVERIFY2(project.has_value(), project.has_value() ? "" : qPrintable(project.error()));
        m_project = std::move(*project);
        m_project->setCurrentCoder(QStringLiteral("Li Na"));
        NewCode newCode;
        newCode.name = QStringLiteral("Excerpt");
        auto codeId = Codebook(*m_project).add(newCode);
        QVERIFY(codeId.has_value());
        m_code = *codeId;
        // "a" sorts before "b": the other document's segments come first, so the main one is not the first read.
        m_other = addDocument(QStringLiteral("a-other.txt"), QStringLiteral("xyz") + kSmiley);
        m_main = addDocument(QStringLiteral("b-main.txt"), mainText());
        // NFC kept all ten code points (the expectations below count on them).
        auto stored = DocumentStore(*m_project).nameAndLength(m_main);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->second, qint64(10));
        m_atStart = code(m_main, 0, 2);
        m_smiley = code(m_main, 4, 5);
        code(m_main, 4, 5, QStringLiteral("Wang Wei"));
        m_atEnd = code(m_main, 8, 10);
        m_wide = code(m_main, 1, 9);
        m_otherSmiley = code(m_other, 3, 4);
    }

    void bulkWithContextClippedAtBothEnds()
    {
        CodingFilter filter;
        filter.contextLength = 3;
        auto segments = CodingStore(*m_project).segments(filter);
        QVERIFY(segments.has_value());
        QCOMPARE(segments->size(), 6);   // five codings of the main document (two on [4, 5)), one of the other

        // [0, 2): the lone acute and the ideograph; nothing before the start; after, code points 2..4.
        const CodedSegment *atStart = byId(*segments, m_atStart);
        QVERIFY(atStart);
        QCOMPARE(atStart->text, kAcute + kIdeograph);
        QCOMPARE(atStart->contextBefore, QString());
        QCOMPARE(atStart->contextAfter, QStringLiteral("AB") + kSmiley);

        // [4, 5): the smiley; before 1..3, after 5..7.
        const CodedSegment *smiley = byId(*segments, m_smiley);
        QVERIFY(smiley);
        QCOMPARE(smiley->text, kSmiley);
        QCOMPARE(smiley->contextBefore, kIdeograph + QStringLiteral("AB"));
        QCOMPARE(smiley->contextAfter, QStringLiteral("CD") + kSmiley);

        // [8, 10): q and its combining dot, the document's end; before 5..7, nothing after.
        const CodedSegment *atEnd = byId(*segments, m_atEnd);
        QVERIFY(atEnd);
        QCOMPARE(atEnd->text, QStringLiteral("q") + kDot);
        QCOMPARE(atEnd->contextBefore, QStringLiteral("CD") + kSmiley);
        QCOMPARE(atEnd->contextAfter, QString());

        // [1, 9): context of 3 asked, 1 available on each side: the acute before, the dot after (clipped, and the
        // mark is cut from its base q as the code points say).
        const CodedSegment *wide = byId(*segments, m_wide);
        QVERIFY(wide);
        QCOMPARE(wide->text, kIdeograph + QStringLiteral("AB") + kSmiley + QStringLiteral("CD") + kSmiley
                                 + QStringLiteral("q"));
        QCOMPARE(wide->contextBefore, kAcute);
        QCOMPARE(wide->contextAfter, kDot);

        // The other document's [3, 4) comes from its own text: "xyz" before, nothing after.
        const CodedSegment *other = byId(*segments, m_otherSmiley);
        QVERIFY(other);
        QCOMPARE(other->text, kSmiley);
        QCOMPARE(other->contextBefore, QStringLiteral("xyz"));
        QCOMPARE(other->contextAfter, QString());
    }

    void bulkWithoutContextOrText()
    {
        CodingFilter filter;   // context 0: none cut
        auto segments = CodingStore(*m_project).segments(filter);
        QVERIFY(segments.has_value());
        const CodedSegment *wide = byId(*segments, m_wide);
        QVERIFY(wide);
        QCOMPARE(wide->text.size(), 11);   // 8 code points; 𠀀 and two 😀 take two UTF-16 units each: 5 + 3 × 2
        QCOMPARE(wide->contextBefore, QString());
        QCOMPARE(wide->contextAfter, QString());

        filter.withText = false;
        auto bare = CodingStore(*m_project).segments(filter);
        QVERIFY(bare.has_value());
        QCOMPARE(bare->size(), 6);
        for (const CodedSegment &segment : *bare)
            QVERIFY(segment.text.isEmpty());
    }

    void passagesAndOneDocument()
    {
        // Only the main document, one row per passage: [4, 5) by two coders is one passage with one excerpt.
        CodingFilter filter;
        filter.documentIds = {m_main};
        filter.passages = true;
        filter.contextLength = 2;
        auto passages = CodingStore(*m_project).segments(filter);
        QVERIFY(passages.has_value());
        QCOMPARE(passages->size(), 4);
        // In start order: [0, 2), [1, 9), [4, 5), [8, 10).
        QCOMPARE(passages->at(0).text, kAcute + kIdeograph);
        QCOMPARE(passages->at(0).contextAfter, QStringLiteral("AB"));   // code points 2..3
        QCOMPARE(passages->at(1).contextBefore, kAcute);                // 2 asked, 1 there
        QCOMPARE(passages->at(2).coders, QStringList({QStringLiteral("Li Na"), QStringLiteral("Wang Wei")}));
        QCOMPARE(passages->at(2).text, kSmiley);
        QCOMPARE(passages->at(2).contextBefore, QStringLiteral("AB"));            // 2..3
        QCOMPARE(passages->at(2).contextAfter, QStringLiteral("CD"));             // 5..6
        QCOMPARE(passages->at(3).contextBefore, QStringLiteral("D") + kSmiley);   // 6..7
        QCOMPARE(passages->at(3).contextAfter, QString());
    }

    void singleLookup()
    {
        CodingStore store(*m_project);
        auto atStart = store.segment(m_atStart);
        QVERIFY(atStart.has_value());
        QCOMPARE(atStart->text, kAcute + kIdeograph);
        QCOMPARE(atStart->start, qint64(0));
        QCOMPARE(atStart->end, qint64(2));
        QCOMPARE(atStart->coder, QStringLiteral("Li Na"));
        QCOMPARE(atStart->document, QStringLiteral("b-main.txt"));
        auto atEnd = store.segment(m_atEnd);
        QVERIFY(atEnd.has_value());
        QCOMPARE(atEnd->text, QStringLiteral("q") + kDot);
        auto other = store.segment(m_otherSmiley);
        QVERIFY(other.has_value());
        QCOMPARE(other->text, kSmiley);
        QCOMPARE(other->document, QStringLiteral("a-other.txt"));
        auto missing = store.segment(987654);
        QVERIFY(!missing.has_value());
        QVERIFY2(missing.error().contains(QStringLiteral("987654")), qPrintable(marginalia::errorText(missing)));
    }

    void moveAndRemoveLookUpOneCoding()
    {
        CodingStore store(*m_project);
        // [8, 10) moved to [7, 9): the second smiley and q, without the dot.
        QVERIFY(store.move(m_atEnd, 7, 9).has_value());
        auto moved = store.segment(m_atEnd);
        QVERIFY(moved.has_value());
        QCOMPARE(moved->text, kSmiley + QStringLiteral("q"));
        // Past the document's 10 code points: refused, naming the length.
        auto tooFar = store.move(m_atEnd, 9, 11);
        QVERIFY(!tooFar.has_value());
        QVERIFY2(tooFar.error().contains(QStringLiteral("10 characters")), qPrintable(marginalia::errorText(tooFar)));
        QVERIFY(store.remove(m_atEnd).has_value());
        QVERIFY(!store.segment(m_atEnd).has_value());
        QVERIFY(!store.remove(m_atEnd).has_value());
        auto left = store.segments({});
        QVERIFY(left.has_value());
        QCOMPARE(left->size(), 5);
    }

    void cutterClampsAndRefusesPositionsNotAsked()
    {
        // "a😀b" in UTF-8: a (1 byte), U+1F600 (4 bytes), b (1 byte).
        const std::string utf8 = "a\xF0\x9F\x98\x80" "b";
        const Utf8Cutter cutter(utf8, {2, 1, -5, 1, 99});
        QCOMPARE(cutter.cut(1, 2), kSmiley);
        QCOMPARE(cutter.cut(-5, 1), QStringLiteral("a"));                    // clamped to the start
        QCOMPARE(cutter.cut(2, 99), QStringLiteral("b"));                    // clamped to the end (3)
        QCOMPARE(cutter.cut(-5, 99), QStringLiteral("a") + kSmiley + QStringLiteral("b"));
        QCOMPARE(cutter.cut(0, 1), QString());   // 0 was not asked for: nothing rather than a guess
    }
};

QTEST_GUILESS_MAIN(TestExcerpts)
#include "test_excerpts.moc"
