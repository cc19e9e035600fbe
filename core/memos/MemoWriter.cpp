#include "memos/MemoWriter.h"

#include "project/Project.h"
#include "report/CsvField.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace marginalia {

namespace {

// Markdown that shows the text as written: characters with a meaning anywhere get a backslash, and so do those
// that start a heading, list or quote at the beginning of a line; line breaks stay line breaks (hard breaks).
QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            // An empty line ends a paragraph; any other break is a hard break ("\" at the end of a line).
            if (!out.isEmpty() && !out.endsWith(u'\n') && i + 1 < text.size() && text.at(i + 1) != u'\n')
                out += u'\\';
            out += u'\n';
            lineStart = true;
            continue;
        }
        if (QStringView(u"\\`*_[]<>#|~!&").contains(c) || (lineStart && QStringView(u"-+=").contains(c)))
            out += u'\\';
        else if (lineStart && c.isDigit()) {
            // "1." or "1)" at the start of a line would begin a numbered list.
            qsizetype j = i;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
            if (j < text.size() && (text.at(j) == u'.' || text.at(j) == u')')) {
                out += text.mid(i, j - i) + u'\\' + text.at(j);
                i = j;
                lineStart = false;
                continue;
            }
        }
        out += c;
        lineStart = lineStart && c.isSpace();
    }
    return out;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>\n"));
}

QString ownerKey(MemoOwner owner)
{
    switch (owner) {
    case MemoOwner::Document: return QStringLiteral("document");
    case MemoOwner::Code: return QStringLiteral("code");
    case MemoOwner::Coding: return QStringLiteral("coding");
    case MemoOwner::Case: return QStringLiteral("case");
    }
    return {};
}

} // namespace

MemoWriter::MemoWriter(MemoFormat format, MemoLabels labels, Sink sink)
    : m_format(format)
    , m_labels(std::move(labels))
    , m_sink(std::move(sink))
{
}

QString MemoWriter::citation(const MemoEntry &entry, const MemoLabels &labels)
{
    if (entry.owner != MemoOwner::Coding)
        return {};
    QStringList parts;
    if (entry.firstParagraph > 0)
        parts.append(entry.firstParagraph == entry.lastParagraph
                         ? labels.paragraph.arg(entry.firstParagraph)
                         : labels.paragraphs.arg(entry.firstParagraph).arg(entry.lastParagraph));
    if (!entry.speakers.isEmpty())
        parts.append((entry.speakers.size() == 1 ? labels.speaker : labels.speakers)
                         .arg(entry.speakers.join(QStringLiteral(", "))));
    parts.append(labels.characters.arg(entry.start + 1).arg(entry.end));
    return parts.join(QStringLiteral(" · "));
}

QString MemoWriter::objectText(const MemoEntry &entry, const MemoLabels &labels)
{
    switch (entry.owner) {
    case MemoOwner::Document: return entry.document;
    case MemoOwner::Code: return entry.code;
    case MemoOwner::Coding: return labels.codingOf.arg(entry.code, entry.document);
    case MemoOwner::Case: return entry.caseName;
    }
    return {};
}

QString MemoWriter::kindText(MemoOwner owner) const
{
    switch (owner) {
    case MemoOwner::Document: return m_labels.documentKind;
    case MemoOwner::Code: return m_labels.codeKind;
    case MemoOwner::Coding: return m_labels.codingKind;
    case MemoOwner::Case: return m_labels.caseKind;
    }
    return {};
}

QString MemoWriter::headingOf(MemoOwner owner) const
{
    switch (owner) {
    case MemoOwner::Document: return m_labels.documentsHeading;
    case MemoOwner::Code: return m_labels.codesHeading;
    case MemoOwner::Coding: return m_labels.codingsHeading;
    case MemoOwner::Case: return m_labels.casesHeading;
    }
    return {};
}

// Who and when, as far as the project knows: "imported by Ana · imported 2026-…", "created …", "coded by Li · coded …".
QStringList MemoWriter::metaOf(const MemoEntry &entry) const
{
    QStringList meta;
    switch (entry.owner) {
    case MemoOwner::Document:
        if (!entry.coder.isEmpty())
            meta.append(m_labels.importedBy.arg(entry.coder));
        if (!entry.date.isEmpty())
            meta.append(m_labels.importedAt.arg(entry.date));
        break;
    case MemoOwner::Code:
        if (!entry.date.isEmpty())
            meta.append(m_labels.createdAt.arg(entry.date));
        break;
    case MemoOwner::Coding:
        meta.append(citation(entry, m_labels));
        if (!entry.coder.isEmpty())
            meta.append(m_labels.codedBy.arg(entry.coder));
        if (!entry.date.isEmpty())
            meta.append(m_labels.codedAt.arg(entry.date));
        break;
    case MemoOwner::Case:
        break;
    }
    return meta;
}

Result<void> MemoWriter::put(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return m_sink(QByteArrayView(bytes));
}

Result<void> MemoWriter::begin(const QString &projectName)
{
    const QString title = projectName.isEmpty() ? m_labels.title
                                                : QStringLiteral("%1 — %2").arg(m_labels.title, projectName);
    switch (m_format) {
    case MemoFormat::Text:
        return {};
    case MemoFormat::Json:
        return put(QStringLiteral("["));
    case MemoFormat::Csv: {
        QStringList header;
        for (const QString &column : std::as_const(m_labels.columns))
            header.append(csvTextField(column));
        return put(QChar(0xFEFF) + header.join(u',') + QStringLiteral("\r\n"));
    }
    case MemoFormat::Markdown:
        return put(QStringLiteral("# %1\n").arg(escapeMarkdown(title)));
    case MemoFormat::Html:
        return put(QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                                  "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
                                  " .meta{color:#555;font-size:90%}"
                                  " blockquote{border-left:3px solid #ccc;margin:0.5em 0;padding-left:0.8em;color:#333}"
                                  "</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                       .arg(title.toHtmlEscaped()));
    }
    return {};
}

Result<void> MemoWriter::add(const MemoEntry &entry)
{
    const bool newSection = !m_haveSection || m_section != entry.owner;
    m_haveSection = true;
    m_section = entry.owner;
    const QStringList meta = metaOf(entry);
    const QString object = objectText(entry, m_labels);
    QString out;
    switch (m_format) {
    case MemoFormat::Text: {
        QStringList parts{kindText(entry.owner), object};
        parts += meta;
        out = parts.join(QStringLiteral(" · ")) + QStringLiteral(": ") + QString(entry.memo).replace(u'\n', u' ')
              + u'\n';
        break;
    }
    case MemoFormat::Json: {
        QJsonObject json{{QStringLiteral("kind"), ownerKey(entry.owner)}, {QStringLiteral("id"), entry.id}};
        switch (entry.owner) {
        case MemoOwner::Document:
            json.insert(QStringLiteral("document"), entry.document);
            json.insert(QStringLiteral("imported_by"), entry.coder.isEmpty() ? QJsonValue() : QJsonValue(entry.coder));
            json.insert(QStringLiteral("imported_at"), entry.date);
            break;
        case MemoOwner::Code:
            json.insert(QStringLiteral("code"), entry.code);
            json.insert(QStringLiteral("created"), entry.date);
            break;
        case MemoOwner::Coding: {
            // start/end: 0-based, half-open code points (as every --json); paragraphs: the numbers the view shows.
            QJsonArray paragraphs;
            for (qint64 number = entry.firstParagraph; number > 0 && number <= entry.lastParagraph; ++number)
                paragraphs.append(number);
            json.insert(QStringLiteral("document"), entry.document);
            json.insert(QStringLiteral("document_id"), entry.documentId);
            json.insert(QStringLiteral("code"), entry.code);
            json.insert(QStringLiteral("code_id"), entry.codeId);
            json.insert(QStringLiteral("start"), entry.start);
            json.insert(QStringLiteral("end"), entry.end);
            json.insert(QStringLiteral("passage"), entry.passage);
            json.insert(QStringLiteral("paragraphs"), paragraphs);
            json.insert(QStringLiteral("speakers"), QJsonArray::fromStringList(entry.speakers));
            json.insert(QStringLiteral("citation"), citation(entry, m_labels));
            json.insert(QStringLiteral("coder"), entry.coder);
            json.insert(QStringLiteral("coded_at"), entry.date);
            break;
        }
        case MemoOwner::Case:
            json.insert(QStringLiteral("case"), entry.caseName);
            break;
        }
        json.insert(QStringLiteral("memo"), entry.memo);
        out = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        out.prepend(m_count == 0 ? QStringLiteral("\n") : QStringLiteral(",\n"));
        break;
    }
    case MemoFormat::Csv: {
        const bool coding = entry.owner == MemoOwner::Coding;
        const QStringList cells{csvTextField(kindText(entry.owner)),
                                csvTextField(entry.document),
                                csvTextField(entry.code),
                                csvTextField(entry.caseName),
                                csvTextField(coding ? entry.passage : QString()),
                                csvTextField(citation(entry, m_labels)),
                                csvTextField(entry.coder),
                                csvTextField(entry.date),
                                csvTextField(entry.memo)};
        out = cells.join(u',') + QStringLiteral("\r\n");
        break;
    }
    case MemoFormat::Markdown: {
        if (newSection)
            out += QStringLiteral("\n## %1\n").arg(escapeMarkdown(headingOf(entry.owner)));
        out += QStringLiteral("\n### %1\n\n").arg(escapeMarkdown(QString(object).replace(u'\n', u' ')));
        if (!meta.isEmpty())
            out += u'*' + escapeMarkdown(meta.join(QStringLiteral(" · "))) + QStringLiteral("*\n\n");
        if (entry.owner == MemoOwner::Coding && !entry.passage.isEmpty()) {
            // The passage quoted: every line of it behind "> " (an empty line stays inside the quote).
            const QStringList lines = escapeMarkdown(entry.passage).split(u'\n');
            for (const QString &line : lines)
                out += line.isEmpty() ? QStringLiteral(">\n") : QStringLiteral("> ") + line + u'\n';
            out += u'\n';
        }
        out += escapeMarkdown(entry.memo) + u'\n';
        break;
    }
    case MemoFormat::Html: {
        if (newSection)
            out += QStringLiteral("<h2>%1</h2>\n").arg(headingOf(entry.owner).toHtmlEscaped());
        out += QStringLiteral("<h3>%1</h3>\n").arg(object.toHtmlEscaped());
        if (!meta.isEmpty())
            out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" · ")).toHtmlEscaped());
        if (entry.owner == MemoOwner::Coding && !entry.passage.isEmpty())
            out += QStringLiteral("<blockquote>%1</blockquote>\n").arg(html(entry.passage));
        out += QStringLiteral("<p class=\"memo\">%1</p>\n").arg(html(entry.memo));
        break;
    }
    }
    ++m_count;
    return put(out);
}

Result<void> MemoWriter::end()
{
    switch (m_format) {
    case MemoFormat::Text:
    case MemoFormat::Csv:
        return {};
    case MemoFormat::Json:
        return put(m_count == 0 ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
    case MemoFormat::Markdown:
        return m_count == 0 ? put(QStringLiteral("\n%1\n").arg(escapeMarkdown(m_labels.noMemos))) : Result<void>{};
    case MemoFormat::Html:
        return put((m_count == 0 ? QStringLiteral("<p>%1</p>\n").arg(m_labels.noMemos.toHtmlEscaped()) : QString())
                   + QStringLiteral("</body>\n</html>\n"));
    }
    return {};
}

Result<qint64> exportMemos(Project &project, MemoFormat format, const MemoLabels &labels, const MemoWriter::Sink &sink,
                           const std::function<bool()> &cancelled)
{
    // The writer's pieces are small (one memo each): they reach the sink 256 KB at a time, so a file or a pipe gets
    // a few large writes instead of one system call per memo; memory stays at that buffer.
    constexpr qsizetype kChunk = 256 * 1024;
    QByteArray buffer;
    buffer.reserve(kChunk + 4096);
    auto buffered = [&buffer, &sink](QByteArrayView bytes) -> Result<void> {
        buffer.append(bytes);
        if (buffer.size() < kChunk)
            return {};
        auto written = sink(QByteArrayView(buffer));
        buffer.clear();
        return written;
    };
    MemoWriter writer(format, labels, buffered);
    if (auto begun = writer.begin(project.name()); !begun)
        return failure(begun.error());
    std::optional<QString> error;
    bool stopped = false;
    auto read = MemoStore(project).forEach(MemoReading::WithPassages, [&](const MemoEntry &entry) {
        if (cancelled && cancelled()) {
            stopped = true;
            return false;
        }
        if (auto added = writer.add(entry); !added) {
            error = added.error();
            return false;
        }
        return true;
    });
    if (!read)
        return failure(read.error());
    if (error)
        return failure(*error);
    if (stopped)
        return failure(QStringLiteral("the export of the memos was cancelled"));
    if (auto ended = writer.end(); !ended)
        return failure(ended.error());
    if (!buffer.isEmpty()) {
        if (auto written = sink(QByteArrayView(buffer)); !written)
            return failure(written.error());
    }
    return writer.count();
}

} // namespace marginalia
