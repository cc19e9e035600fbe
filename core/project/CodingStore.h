#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace marginalia {

class Project;

struct NewCoding
{
    qint64 documentId = 0;
    qint64 codeId = 0;
    qint64 start = 0;   // code points, half-open
    qint64 end = 0;
    QString coder;      // empty: the project's current coder
    QString memo;
    QString guid;       // empty: a new one is made
    QString created;    // empty: now
};

struct CodedSegment
{
    qint64 id = 0;
    QString guid;
    qint64 documentId = 0;
    QString document;
    qint64 codeId = 0;
    QString code;
    QString codePath;
    QString color;
    qint64 start = 0;
    qint64 end = 0;
    QString coder;
    QString memo;
    QString created;
    QString text;
    QString contextBefore;
    QString contextAfter;

    // Where the excerpt is, for a citation: the paragraphs it touches, numbered as the document view numbers them
    // (non-empty lines from 1; the paragraphs table), 0 when it touches none (only blank lines); and the speakers of
    // those paragraphs where they are transcript turns ("T: …"), in order, each once.
    qint64 firstParagraph = 0;
    qint64 lastParagraph = 0;
    QStringList speakers;

    // Every coder of the span and their codings, in coder order: one coder for a coding; for a passage
    // (CodingFilter::passages) all who coded the same span with the same code, `coder` naming them all ("A, B")
    // and `memo` holding each one's memo ("A: …; B: …" when more than one coder wrote one).
    QStringList coders;
    QList<qint64> codingIds;
    QStringList memos;   // parallel to coders, "" where there is none
};

// Which codings to retrieve. Empty lists mean "no restriction".
struct CodingFilter
{
    QList<qint64> codeIds;
    bool includeSubcodes = false;
    QList<qint64> documentIds;
    QStringList coders;
    // Attribute name -> accepted values, e.g. {"site": {"Beijing", "Kunming"}}.
    QMap<QString, QStringList> attributes;
    // Code points of context on each side of the excerpt (0: none).
    int contextLength = 0;
    bool withText = true;
    // One row per passage instead of per coding: the codings of several coders with the same document, code, start
    // and end are one passage (grouped in SQL), listed once with all its coders.
    bool passages = false;
};

struct CodeFrequency
{
    qint64 codeId = 0;
    QString code;
    QString path;
    qint64 segments = 0;
    qint64 documents = 0;
    qint64 characters = 0;
};

struct AddedCoding
{
    qint64 id = 0;
    bool created = true;   // false: an identical coding existed already
};

class CodingStore
{
public:
    explicit CodingStore(Project &project) : m_project(project) {}

    // Adds a coding after checking the range lies within the document. Adding one that exists
    // (same document, code, coder and range) changes nothing and says so.
    Result<AddedCoding> add(const NewCoding &coding);
    // add() for many codings in one transaction, with the same checks, results (in order) and journal entries:
    // the statements are prepared once and each document, code and coder is looked up once (auto-coding adds
    // thousands). One failure adds none of them.
    Result<QList<AddedCoding>> addAll(const QList<NewCoding> &codings);
    Result<void> remove(qint64 codingId);
    Result<void> move(qint64 codingId, qint64 start, qint64 end);
    Result<void> setMemo(qint64 codingId, const QString &memo);
    Result<CodedSegment> segment(qint64 codingId);

    // Coded segments in document order, with their text (and context) cut from the stored text in one pass over each
    // document (cost: the documents' length plus the excerpts', not their product), and the
    // paragraph numbers and speakers to cite them by (looked up through paragraphs_by_end). One per coding, or one
    // per passage with filter.passages.
    Result<QList<CodedSegment>> segments(const CodingFilter &filter);
    // The same segments in the same order, handed over one at a time as they are read, never gathered: for output
    // of any size (marginalia-cli codings). Held at a time: one document's text and its paragraph boundaries.
    using SegmentVisitor = std::function<void(const CodedSegment &)>;
    Result<void> forEachSegment(const CodingFilter &filter, const SegmentVisitor &visit);
    // The codings of one document, for showing it: id, code (name, path, colour), range, coder
    // and memo, by start. Leaner than segments(): no joins per row, no text.
    Result<QList<CodedSegment>> documentCodings(qint64 documentId);
    // The number of codings shown: the number the project keeps (RowCounts, constant time), or, while a blind round
    // hides codings from this connection's viewer (roundHidesCodings), those it shows, counted.
    Result<qint64> count();
    // Per code: coded segments, documents, coded characters. Codes without codings are listed with zeros.
    Result<QList<CodeFrequency>> frequencies(const CodingFilter &filter = {});

    // The number of shown codings (visible_codings) of each of these codes, and in each of these documents, one
    // index count each: the work follows those codes' or documents' codings, not the project's. The GUI's models
    // move their counts by a change's gains instead; these are for when a blind round hides codings, whose gains a
    // change does not tell apart (see roundHidesCodings). Codes and documents without codings count 0.
    Result<QHash<qint64, qint64>> countsOfCodes(const QSet<qint64> &codeIds);
    Result<QHash<qint64, qint64>> countsInDocuments(const QSet<qint64> &documentIds);

    // Those of these codings that are in the document, as documentCodings() gives them (in no order): for patching
    // a shown document after an edit.
    Result<QList<CodedSegment>> documentCodings(qint64 documentId, const QSet<qint64> &codingIds);

private:
    // forEachSegment() restricted to one coding when onlyCoding is not 0.
    Result<void> querySegments(const CodingFilter &filter, qint64 onlyCoding, const SegmentVisitor &visit);
    // One coding as segment() gives it; without its text for those that only need where it is and whose it is.
    Result<CodedSegment> codingById(qint64 codingId, bool withText);

    Project &m_project;
};

} // namespace marginalia
