#include "project/ParagraphSpans.h"
#include "text/SpeakerNumbering.h"

#include <QString>
#include <QTest>

#include <string>
#include <string_view>

using namespace marginalia;

class TestSpeakerNumbering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersInTheOrderFirstMet()
    {
        SpeakerNumbering<QString> speakers;
        // B is new (0), A is new (1), B again, C new (2), A again, A again (the last one's fast path).
        QCOMPARE(speakers.number(QStringLiteral("B")), 0);
        QCOMPARE(speakers.number(QStringLiteral("A")), 1);
        QCOMPARE(speakers.number(QStringLiteral("B")), 0);
        QCOMPARE(speakers.number(QStringLiteral("C")), 2);
        QCOMPARE(speakers.number(QStringLiteral("A")), 1);
        QCOMPARE(speakers.number(QStringLiteral("A")), 1);
        QCOMPARE(speakers.size(), size_t(3));
        QCOMPARE(speakers.name(0), QStringLiteral("B"));
        QCOMPARE(speakers.name(1), QStringLiteral("A"));
        QCOMPARE(speakers.name(2), QStringLiteral("C"));
    }

    void ifLastAnswersOnlyForTheNameMetLast()
    {
        SpeakerNumbering<std::string> speakers;
        QCOMPARE(speakers.ifLast(std::string_view("T")), -1);   // nothing met yet
        speakers.number(std::string_view("T"));
        speakers.number(std::string_view("S"));
        QCOMPARE(speakers.ifLast(std::string_view("S")), 1);    // S was numbered last, as 1
        QCOMPARE(speakers.ifLast(std::string_view("T")), -1);   // T is known (0) but not the last one
        QCOMPARE(speakers.number(std::string_view("T")), 0);
        QCOMPARE(speakers.ifLast(std::string_view("T")), 0);
    }

    void keepsItsOwnCopyOfEachName()
    {
        SpeakerNumbering<std::string> speakers;
        std::string buffer = "教师";
        QCOMPARE(speakers.number(std::string_view(buffer)), 0);
        buffer = "学生";   // the bytes the first name was read from are gone
        QCOMPARE(speakers.number(std::string_view(buffer)), 1);
        QCOMPARE(speakers.name(0), std::string("教师"));
        QCOMPARE(speakers.number(std::string_view("教师")), 0);
    }

    void manyNamesPastTheFewComparedOneByOne()
    {
        // 20 names n0..n19: the first nine (kFewNames + 1) are found one by one, the tenth builds the hash from them.
        QCOMPARE(SpeakerNumbering<std::string>::kFewNames, size_t(8));
        SpeakerNumbering<std::string> speakers;
        for (int i = 0; i < 20; ++i)
            QCOMPARE(speakers.number("n" + std::to_string(i)), i);
        // Each again, from the last to the first and then every third, finds its first number, none added.
        for (int i = 19; i >= 0; --i)
            QCOMPARE(speakers.number("n" + std::to_string(i)), i);
        for (int i = 0; i < 20; i += 3)
            QCOMPARE(speakers.number("n" + std::to_string(i)), i);
        QCOMPARE(speakers.size(), size_t(20));
        // A new name after the hash is made is numbered 20 and found by it afterwards.
        QCOMPARE(speakers.number(std::string("late")), 20);
        QCOMPARE(speakers.number(std::string("n7")), 7);
        QCOMPARE(speakers.number(std::string("late")), 20);
        QCOMPARE(speakers.size(), size_t(21));
    }

    void emptyNameIsANameAndClearStartsAgain()
    {
        SpeakerNumbering<std::string_view> speakers;
        // "" is a speaker like any other (a row with no speaker is never numbered: its callers keep -1).
        QCOMPARE(speakers.number(std::string_view("A")), 0);
        QCOMPARE(speakers.number(std::string_view("")), 1);
        QCOMPARE(speakers.number(std::string_view("A")), 0);
        QCOMPARE(speakers.number(std::string_view("")), 1);
        speakers.clear();
        QVERIFY(speakers.empty());
        QCOMPARE(speakers.ifLast(std::string_view("")), -1);
        QCOMPARE(speakers.number(std::string_view("")), 0);
    }

    void paragraphCopyListsSpeakersInFirstSeenOrder()
    {
        // Rows: B, none, "" , B, A, none: speakers B (1st), "" (2nd), A (3rd); row speakers 0, -1, 1, 0, 2, -1.
        const std::vector<ParagraphSpans::Row> rows = {
            {1, 0, 3, std::string("B")}, {2, 4, 6, std::nullopt}, {3, 7, 9, std::string()},
            {4, 10, 12, std::string("B")}, {5, 13, 15, std::string("A")}, {6, 16, 18, std::nullopt},
        };
        const QByteArray blob = ParagraphSpans::encode(rows);
        const auto decoded = ParagraphSpans::decode(std::string_view(blob.constData(), size_t(blob.size())));
        QVERIFY(decoded);
        QCOMPARE(decoded->speakers.size(), size_t(3));
        QCOMPARE(decoded->speakers[0], std::string_view("B"));
        QCOMPARE(decoded->speakers[1], std::string_view(""));
        QCOMPARE(decoded->speakers[2], std::string_view("A"));
        const int expected[] = {0, -1, 1, 0, 2, -1};
        QCOMPARE(decoded->rows.size(), size_t(6));
        for (size_t i = 0; i < 6; ++i)
            QCOMPARE(decoded->rows[i].speaker, expected[i]);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerNumbering)
#include "test_speaker_numbering.moc"
