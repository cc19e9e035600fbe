#include "SearchOutput.h"

#include "CliOutput.h"

#include "project/Project.h"
#include "search/DocumentText.h"
#include "search/TextSearch.h"
#include "text/ForwardUtf8Cutter.h"
#include "text/Utf8Text.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <limits>

namespace marginalia::cli {

namespace {

constexpr size_t kWriteBytes = 256 * 1024;

void appendNumber(std::string &out, qint64 number)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    out.append(digits, written.ptr);
}

// The piece with each line break as a space; bytes that are not UTF-8 as Qt reads them.
void appendOneLine(std::string &out, std::string_view piece)
{
    const size_t at = out.size();
    out.resize(at + piece.size());
    if (copyWithLineBreaksAsSpaces(piece, out.data() + at))
        return;
    out.resize(at);
    const QByteArray read = QString::fromUtf8(piece.data(), static_cast<qsizetype>(piece.size())).toUtf8();
    out.append(read.constData(), static_cast<size_t>(read.size()));
    for (size_t i = at; i < out.size(); ++i) {
        if (out[i] == '\n')
            out[i] = ' ';
    }
}

} // namespace

void appendHitLine(std::string &out, const HitLine &line)
{
    static constexpr std::string_view kDot = " \u00B7 ";   // " · "
    static constexpr std::string_view kDash = "\u2013";     // "–"
    out.append(line.document);
    out.append(kDot);
    if (line.firstParagraph > 0) {
        if (line.firstParagraph == line.lastParagraph) {
            out.append("paragraph ");
            appendNumber(out, line.firstParagraph);
        } else {
            out.append("paragraphs ");
            appendNumber(out, line.firstParagraph);
            out.append(kDash);
            appendNumber(out, line.lastParagraph);
        }
        out.append(kDot);
    }
    if (!line.speakers.empty()) {
        out.append(line.speakers.size() == 1 ? "speaker " : "speakers ");
        for (size_t i = 0; i < line.speakers.size(); ++i) {
            if (i > 0)
                out.append(", ");
            out.append(line.speakers[i]);
        }
        out.append(kDot);
    }
    out.append("characters ");
    appendNumber(out, line.start + 1);
    out.append(kDash);
    appendNumber(out, line.end);
    out.append(": ");
    appendOneLine(out, line.before);
    out.push_back('[');
    appendOneLine(out, line.match);
    out.push_back(']');
    appendOneLine(out, line.after);
    out.push_back('\n');
}

SearchHitWriter::SearchHitWriter(Project &project, qint64 context, JsonStream *json)
    : m_project(project), m_paragraphs(project.database()), m_context(context), m_json(json)
{
}

SearchHitWriter::~SearchHitWriter()
{
    flush();
}

void SearchHitWriter::flush()
{
    if (!m_buffer.empty())
        std::fwrite(m_buffer.data(), 1, m_buffer.size(), stdout);
    m_buffer.clear();
}

Result<void> SearchHitWriter::write(const QList<SearchHit> &hits, const QByteArray &whole)
{
    if (hits.isEmpty())
        return {};
    const qint64 documentId = hits.constFirst().documentId;
    QByteArray read;
    if (whole.isEmpty()) {
        auto reader = DocumentText::open(m_project.database(), documentId);
        if (!reader)
            return failure(reader.error());
        auto bytes = (*reader)->read(0, (*reader)->size());
        if (!bytes)
            return failure(bytes.error());
        read = std::move(*bytes);
    }
    const QByteArray &bytes = whole.isEmpty() ? read : whole;
    const std::string_view text(bytes.constData(), static_cast<size_t>(bytes.size()));
    ForwardUtf8Cutter cutter(text);
    // Hits close together: all the document's paragraphs, read in one scan of the table; hits far apart: each
    // hit's own paragraphs, one search of the index each (reading a document's paragraphs for a hit in every
    // 4 KB or more cost more than those searches: 多媒体, 6,513 hits in 1,876 documents of 20 KB, 84 ms CPU instead
    // of 111; with one a kilobyte, 老师, 147 instead of 158).
    constexpr qint64 kBytesPerHitForOneScan = 4096;
    const bool fewHits = static_cast<qint64>(hits.size()) * kBytesPerHitForOneScan < static_cast<qint64>(bytes.size());
    if (!fewHits) {
        if (auto ok = m_paragraphs.load(documentId, -1, std::numeric_limits<qint64>::max()); !ok)
            return ok;
    }
    const QByteArray documentName = m_json ? QByteArray() : hits.constFirst().document.toUtf8();
    HitLine line;
    line.document = std::string_view(documentName.constData(), static_cast<size_t>(documentName.size()));
    for (const SearchHit &hit : hits) {
        if (fewHits) {
            if (auto ok = m_paragraphs.load(documentId, hit.start, hit.end); !ok)
                return ok;
        }
        // The hit's bytes where the search found it in these bytes (it always has: bytes are the document's
        // whole stored text), else found by counting.
        const bool byBytes = hit.byteStart >= 0 && hit.byteEnd >= hit.byteStart && hit.byteEnd <= bytes.size();
        const ForwardUtf8Cutter::Bytes cut =
            byBytes ? cutter.cutAtBytes(static_cast<size_t>(hit.byteStart), static_cast<size_t>(hit.byteEnd), m_context,
                                        m_context)
                    : cutter.cutBytes(hit.start, hit.end, m_context, m_context);
        if (m_json) {
            const auto piece = [&](size_t from, size_t to) {   // as ForwardUtf8Cutter::cut decodes them
                return to <= from ? QString() : QString::fromUtf8(bytes.constData() + from, static_cast<qsizetype>(to - from));
            };
            const QString before = piece(cut.from, cut.start);
            const QString match = piece(cut.start, cut.end);
            const QString after = piece(cut.end, cut.afterEnd);
            const DocumentParagraphs::Citation cited = m_paragraphs.cite(hit.start, hit.end);
            if (!m_json->isOpen())
                m_json->beginArray();
            m_json->elementObject([&](JsonObjectWriter &object) {   // fields in QJsonObject's (sorted) order
                object.field(QLatin1StringView("context_after"), after)
                    .field(QLatin1StringView("context_before"), before)
                    .field(QLatin1StringView("document"), hit.document)
                    .field(QLatin1StringView("document_id"), hit.documentId)
                    .field(QLatin1StringView("end"), hit.end)
                    .numberRange(QLatin1StringView("paragraphs"), cited.firstParagraph, cited.lastParagraph)
                    .field(QLatin1StringView("speakers"), cited.speakers)
                    .field(QLatin1StringView("start"), hit.start)
                    .field(QLatin1StringView("text"), match);
            });
            continue;
        }
        const DocumentParagraphs::Numbers cited = m_paragraphs.cite(hit.start, hit.end, m_speakers);
        line.start = hit.start;
        line.end = hit.end;
        line.firstParagraph = cited.firstParagraph;
        line.lastParagraph = cited.lastParagraph;
        line.speakers.clear();
        for (const int speaker : m_speakers)
            line.speakers.push_back(m_paragraphs.speakerUtf8(speaker));
        line.before = text.substr(cut.from, cut.start - cut.from);
        line.match = text.substr(cut.start, cut.end - cut.start);
        line.after = text.substr(cut.end, cut.afterEnd - cut.end);
        appendHitLine(m_buffer, line);
        if (m_buffer.size() >= kWriteBytes)
            flush();
    }
    return {};
}

} // namespace marginalia::cli
