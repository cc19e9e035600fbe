#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace marginalia {

class Project;

// What a memo is attached to. (The project itself has no memo in the schema.)
enum class MemoOwner { Document, Code, Coding };

struct MemoEntry
{
    MemoOwner owner = MemoOwner::Document;
    qint64 id = 0;           // the document, code or coding
    qint64 documentId = 0;   // documents and codings
    qint64 codeId = 0;       // codes and codings
    QString document;        // the document's name (documents and codings)
    QString code;            // the code's path (codes and codings)
    qint64 start = 0;        // codings: the coded span, code points, half-open
    qint64 end = 0;
    QString coder;           // codings
    QString memo;
};

// Every memo of the project in one list, read-only: documents by name, then codes in codebook
// order, then codings by document and position. Memos holding only whitespace are left out.
class MemoStore
{
public:
    explicit MemoStore(Project &project) : m_project(project) {}

    Result<QList<MemoEntry>> all();

private:
    Project &m_project;
};

} // namespace marginalia
