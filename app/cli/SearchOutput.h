#pragma once

#include "common/Result.h"
#include "project/DocumentParagraphs.h"

#include <QByteArray>
#include <QList>

#include <string>
#include <string_view>
#include <vector>

namespace marginalia {
class Project;
struct SearchHit;
} // namespace marginalia

namespace marginalia::cli {

class JsonStream;

// The text output's line of one search hit, as UTF-8: "DOCUMENT · paragraph 3 · speaker T · characters 13–14:
// before[hit]after", cited for people (1-based, inclusive: as reports cite; "paragraphs 3–4", "speakers A, B"; no
// paragraph part when the hit lies on no paragraph), with each line break of the context and the hit shown as a
// space. The pieces are the stored UTF-8 as it is; bytes that are not UTF-8 (a damaged file) are written as Qt reads
// them, U+FFFD for each bad sequence, as when the line was a QString.
struct HitLine
{
    std::string_view document;
    qint64 start = 0;   // code points, half-open
    qint64 end = 0;
    qint64 firstParagraph = 0;   // 0: the hit lies on no paragraph
    qint64 lastParagraph = 0;
    std::vector<std::string_view> speakers;
    std::string_view before;
    std::string_view match;
    std::string_view after;
};
void appendHitLine(std::string &out, const HitLine &line);

// Writes the hits of `marginalia-cli search` one document at a time as they come from
// TextSearch::forEachDocumentHits: each hit's text and context are cut from the document's stored UTF-8, read once
// and walked forward (ForwardUtf8Cutter; hits come by position), and its paragraphs and speakers come from the
// document's paragraph boundaries (DocumentParagraphs, the rule of CodingStore). No document is held as a QString;
// only one document's hits are held. Text lines are built as bytes straight into one buffer, written 256 KB at a
// time; JSON goes through the JsonStream.
class SearchHitWriter
{
public:
    // json: the stream to write objects into, or null for text lines.
    SearchHitWriter(Project &project, qint64 context, JsonStream *json);
    ~SearchHitWriter();   // writes what is buffered
    SearchHitWriter(const SearchHitWriter &) = delete;
    SearchHitWriter &operator=(const SearchHitWriter &) = delete;

    // One document's hits, in order. `whole`: the document's stored UTF-8 when the search read it whole (then it
    // is not read again), else empty.
    Result<void> write(const QList<SearchHit> &hits, const QByteArray &whole);
    void flush();

private:
    Project &m_project;
    DocumentParagraphs m_paragraphs;   // of the document being cut
    qint64 m_context;
    JsonStream *m_json;
    std::string m_buffer;
    std::vector<int> m_speakers;
};

} // namespace marginalia::cli
