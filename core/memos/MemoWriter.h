#pragma once

#include "common/Result.h"
#include "project/MemoStore.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>

namespace marginalia {

class Project;

enum class MemoFormat {
    Text,       // one line a memo, for a terminal
    Csv,        // UTF-8 with BOM, RFC 4180, CRLF; text cells a spreadsheet could run are neutralised (CsvField)
    Markdown,
    Html,       // one self-contained file
    Json,       // an array of objects, one a line, with fixed English keys
};

// The words a memo export writes around the memos. English by default (the CLI); the GUI passes them translated.
struct MemoLabels
{
    QString title = QStringLiteral("Memos");
    QString documentKind = QStringLiteral("document");
    QString codeKind = QStringLiteral("code");
    QString codingKind = QStringLiteral("coding");
    QString caseKind = QStringLiteral("case");
    QString documentsHeading = QStringLiteral("Document memos");
    QString codesHeading = QStringLiteral("Code memos");
    QString codingsHeading = QStringLiteral("Coding memos");
    QString casesHeading = QStringLiteral("Case memos");
    // The CSV header: kind, document, code, case, passage, citation, by, date, memo.
    QStringList columns = {QStringLiteral("kind"),    QStringLiteral("document"), QStringLiteral("code"),
                           QStringLiteral("case"),    QStringLiteral("passage"),  QStringLiteral("citation"),
                           QStringLiteral("by"),      QStringLiteral("date"),     QStringLiteral("memo")};
    QString codingOf = QStringLiteral("%1 in %2");   // a coding: its code path, its document
    QString importedBy = QStringLiteral("imported by %1");
    QString importedAt = QStringLiteral("imported %1");
    QString createdAt = QStringLiteral("created %1");
    QString codedBy = QStringLiteral("coded by %1");
    QString codedAt = QStringLiteral("coded %1");
    QString paragraph = QStringLiteral("paragraph %1");
    QString paragraphs = QStringLiteral("paragraphs %1–%2");
    QString speaker = QStringLiteral("speaker %1");
    QString speakers = QStringLiteral("speakers %1");
    QString characters = QStringLiteral("characters %1–%2");
    QString noMemos = QStringLiteral("The project has no memos.");
};

// Writes memos in one format as they come: begin(), add() for each, end(). Each call hands its bytes to the sink at
// once, so nothing but the memo at hand is held. The first failing sink call ends the writing with its error.
class MemoWriter
{
public:
    using Sink = std::function<Result<void>(QByteArrayView bytes)>;

    MemoWriter(MemoFormat format, MemoLabels labels, Sink sink);

    Result<void> begin(const QString &projectName);
    Result<void> add(const MemoEntry &entry);
    Result<void> end();
    qint64 count() const { return m_count; }

    // "paragraph 3 · speaker T · characters 13–40": 1-based, inclusive (as reports cite); codings only.
    static QString citation(const MemoEntry &entry, const MemoLabels &labels);
    // What the memo belongs to, for a heading or a line: the document, the code path, "CODE in DOCUMENT", the case.
    static QString objectText(const MemoEntry &entry, const MemoLabels &labels);

private:
    Result<void> put(const QString &text);
    QString kindText(MemoOwner owner) const;
    QString headingOf(MemoOwner owner) const;
    QStringList metaOf(const MemoEntry &entry) const;

    MemoFormat m_format;
    MemoLabels m_labels;
    Sink m_sink;
    qint64 m_count = 0;
    bool m_haveSection = false;
    MemoOwner m_section = MemoOwner::Document;
};

// Every memo of the project (MemoStore::forEach with passages) written in one format; returns how many.
// `cancelled` (may be empty) is asked before each memo; when it answers true the writing stops with an error.
Result<qint64> exportMemos(Project &project, MemoFormat format, const MemoLabels &labels, const MemoWriter::Sink &sink,
                           const std::function<bool()> &cancelled = {});

} // namespace marginalia
