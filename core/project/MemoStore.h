#pragma once

#include "common/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace marginalia {

class Project;

// What a memo is attached to. (The project itself has no memo in the schema; cases carry one, from REFI-QDA.)
enum class MemoOwner { Document, Code, Coding, Case };

struct MemoEntry
{
    MemoOwner owner = MemoOwner::Document;
    qint64 id = 0;           // the document, code, coding or case
    qint64 documentId = 0;   // documents and codings
    qint64 codeId = 0;       // codes and codings
    QString document;        // the document's name (documents and codings)
    QString code;            // the code's path (codes and codings)
    QString caseName;        // cases
    qint64 start = 0;        // codings: the coded span, code points, half-open
    qint64 end = 0;
    QString coder;           // codings: the coding's coder; documents: who imported it (when the project knows)
    QString date;            // codings: coded at; documents: imported at; codes: created (ISO 8601 as stored)
    QString memo;
    // Only with MemoReading::WithPassages, codings only: the coded text and where it is, as reports cite it (the
    // paragraphs as the document view numbers them, 0 when it touches none, and the speakers of those paragraphs).
    QString passage;
    qint64 firstParagraph = 0;
    qint64 lastParagraph = 0;
    QStringList speakers;
};

enum class MemoReading { WithoutPassages, WithPassages };

// Every memo of the project, read-only: documents by name, then codes in codebook order, then codings by document
// and position, then cases by name. Memos holding only whitespace are left out.
class MemoStore
{
public:
    explicit MemoStore(Project &project) : m_project(project) {}

    // Hands each memo to `row` as it is read (false from `row` stops early, with success). With passages the codings'
    // texts are cut from each document's stored UTF-8 in one pass per document (Utf8Cutter) and cited by range
    // (ParagraphLookup): memory follows one document and its memo'd codings, not the project.
    Result<void> forEach(MemoReading reading, const std::function<bool(const MemoEntry &)> &row);
    // The same gathered in a list, without passages.
    Result<QList<MemoEntry>> all();
    // One object as forEach gives it (without passages), its memo possibly empty (then forEach leaves it out);
    // nothing when the object no longer exists. Indexed lookups: for following an edit of a few objects.
    Result<std::optional<MemoEntry>> one(MemoOwner owner, qint64 id);
    // Those of these codings that exist and have a memo (not only whitespace): one prepared lookup per coding, so
    // that following an edit of many codings reads whole rows only for the few with memos.
    Result<QSet<qint64>> codingsWithMemo(const QSet<qint64> &codingIds);

private:
    Project &m_project;
};

} // namespace marginalia
