#pragma once

#include "analysis/Matrix.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace marginalia {

class Project;

enum class CooccurrenceUnit {
    Overlap,     // two codings of different codes share at least one character of a document
    Paragraph,   // two codes each have a coding touching the same paragraph (line)
};

// One pair of codes; codeA has the smaller id.
//   Overlap:   count = overlapping coding pairs; documents = documents with at least one such pair
//   Paragraph: count = paragraphs touched by codings of both codes; documents = documents with such a paragraph
struct CooccurrencePair
{
    qint64 codeA = 0;
    QString pathA;
    qint64 codeB = 0;
    QString pathB;
    qint64 count = 0;
    qint64 documents = 0;
};

class Cooccurrence
{
public:
    explicit Cooccurrence(Project &project) : m_project(project) {}

    // Every pair of codes that co-occur at least once, most frequent first. Overlap: one sweep over the codings
    // in the codings_by_position index's (document, start) order, keeping the codings still open: each
    // overlapping pair is found once, from the coding that starts first (no self-join, no sort). Paragraph: SQL lists each
    // paragraph's codes in order and the pairs are tallied paragraph by paragraph.
    Result<QList<CooccurrencePair>> pairs(CooccurrenceUnit unit, const AnalysisScope &scope = {});

    // The codings behind one pair (both sides), for CodingStore / the excerpts view.
    Result<QList<qint64>> pairCodings(CooccurrenceUnit unit, qint64 codeA, qint64 codeB, const AnalysisScope &scope = {});

    static Result<CooccurrenceUnit> parseUnit(const QString &name);
    static QString definition(CooccurrenceUnit unit);

private:
    Project &m_project;
};

} // namespace marginalia
