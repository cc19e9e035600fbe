#pragma once

// A small project for the co-occurrence tests (core and GUI), every number of which is worked out by hand in
// tests/test_cooccurrence.cpp. Positions are code points, ranges half-open.
//
// Documents (site, kind; text):
//   D1 Beijing, interview    49 'x', '\n', 49 'x', '\n'  paragraphs [0,49) and [50,99)
//   D2 Kunming, interview    99 'y', '\n'                one paragraph [0,99)
//   D3 Kunming, observation  99 'z', '\n'                one paragraph [0,99)
// Codes: Teaching (T), Teaching/Lecture (L), Teaching/Lecture/Slides (S), Assessment (A), Emotion (E).
// Codings (coder):
//   1 D1 T [0,40)  Li Na      2 D1 T [0,40)  Wang Wei   (one passage, two codings)
//   3 D1 A [30,50) Li Na      overlaps T [0,40) by [30,40)
//   4 D1 A [40,60) Wang Wei   touches T [0,40) at 40: no character in common
//   5 D1 L [10,20) Li Na      inside T (its parent)
//   6 D1 E [55,70) Li Na      overlaps A [40,60) by [55,60)
//   7 D1 S [15,18) Wang Wei   inside L and T (its ancestors)
//   8 D2 T [0,20)  Li Na
//   9 D2 A [10,30) Li Na      overlaps T [0,20)
//  10 D2 A [15,25) Wang Wei   overlaps T [0,20)
//  11 D2 E [20,30) Wang Wei   touches T [0,20) at 20; overlaps A [10,30) and A [15,25)
//  12 D3 A [0,10)  Li Na
//  13 D3 E [50,60) Li Na      no overlap with A [0,10)

#include "project/Codebook.h"
#include "project/CodingStore.h"
#include "project/DocumentStore.h"
#include "project/Project.h"
#include "text/TextNormalizer.h"

#include <QList>
#include <QMap>

#include <memory>

namespace marginalia::test {

struct CooccurrenceCorpus
{
    qint64 d1 = 0, d2 = 0, d3 = 0;
    qint64 teaching = 0, lecture = 0, slides = 0, assessment = 0, emotion = 0;
    QList<qint64> coding;   // coding[1] .. coding[13] as numbered above; coding[0] unused

    static inline const QString li = QStringLiteral("Li Na");
    static inline const QString wang = QStringLiteral("Wang Wei");

    // Fills an empty project; false (with the reason in *error) when the project refuses a step.
    bool build(Project &project, QString *error)
    {
        const auto fail = [error](const QString &why) {
            *error = why;
            return false;
        };
        DocumentStore documents(project);
        const auto document = [&](const QString &name, const QString &text, const QString &site,
                                  const QString &kind) -> qint64 {
            NewDocument doc;
            doc.name = name;
            doc.text = normalizeForStorage(text);
            auto id = documents.add(doc);
            if (!id)
                return 0;
            if (!documents.setAttribute(*id, QStringLiteral("site"), site)
                || !documents.setAttribute(*id, QStringLiteral("kind"), kind))
                return 0;
            return *id;
        };
        d1 = document(QStringLiteral("d1.txt"), QString(49, u'x') + u'\n' + QString(49, u'x') + u'\n',
                      QStringLiteral("Beijing"), QStringLiteral("interview"));
        d2 = document(QStringLiteral("d2.txt"), QString(99, u'y') + u'\n', QStringLiteral("Kunming"),
                      QStringLiteral("interview"));
        d3 = document(QStringLiteral("d3.txt"), QString(99, u'z') + u'\n', QStringLiteral("Kunming"),
                      QStringLiteral("observation"));
        if (!d1 || !d2 || !d3)
            return fail(QStringLiteral("a document could not be added"));
        Codebook codebook(project);
        const auto code = [&](const QString &name, qint64 parent) -> qint64 {
            NewCode c;
            c.name = name;
            c.parentId = parent;
            auto id = codebook.add(c);
            return id ? *id : 0;
        };
        teaching = code(QStringLiteral("Teaching"), 0);
        lecture = code(QStringLiteral("Lecture"), teaching);
        slides = code(QStringLiteral("Slides"), lecture);
        assessment = code(QStringLiteral("Assessment"), 0);
        emotion = code(QStringLiteral("Emotion"), 0);
        if (!teaching || !lecture || !slides || !assessment || !emotion)
            return fail(QStringLiteral("a code could not be added"));
        struct Row { qint64 document, code, start, end; QString coder; };
        const QList<Row> rows = {
            {d1, teaching, 0, 40, li},     {d1, teaching, 0, 40, wang},  {d1, assessment, 30, 50, li},
            {d1, assessment, 40, 60, wang}, {d1, lecture, 10, 20, li},   {d1, emotion, 55, 70, li},
            {d1, slides, 15, 18, wang},    {d2, teaching, 0, 20, li},    {d2, assessment, 10, 30, li},
            {d2, assessment, 15, 25, wang}, {d2, emotion, 20, 30, wang}, {d3, assessment, 0, 10, li},
            {d3, emotion, 50, 60, li},
        };
        coding = {0};
        CodingStore codings(project);
        for (const Row &row : rows) {
            NewCoding c;
            c.documentId = row.document;
            c.codeId = row.code;
            c.start = row.start;
            c.end = row.end;
            c.coder = row.coder;
            auto added = codings.add(c);
            if (!added)
                return fail(added.error());
            coding.append(added->id);
        }
        return true;
    }
};

} // namespace marginalia::test
