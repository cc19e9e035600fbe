#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

#include <atomic>

namespace marginalia {

// The text content of an HTML page: scripts and styles dropped, block elements and <br> end a
// line, table cells separated by tabs, entities decoded. Tolerant of tag soup.
QString htmlToPlainText(const QString &html);
// The same, refused with a sentence once the HTML has more than maxElements start tags, or more than maxDepth
// shown elements open at once (counted among those whose end tag HTML requires, as void elements and elements with
// optional end tags such as <p> and <li> are rarely closed; hidden ones, <head>, <noscript> and the like, are
// counted by name only). The reader does not recurse; the caps keep a file within what the office readers accept.
struct HtmlLimits
{
    qint64 maxElements = 10'000'000;
    int maxDepth = 400;
    const std::atomic_bool *cancel = nullptr;   // polled in the parse loop; when set, the read fails
};
Result<QString> htmlToPlainText(const QString &html, const HtmlLimits &limits);

// Markdown as a reader sees it: headings, emphasis, links, images, code fences and list
// markers reduced to their text; one line per paragraph or list item.
QString markdownToPlainText(const QString &markdown);
// The same, polling cancel between lines: std::nullopt once it is set.
std::optional<QString> markdownToPlainText(const QString &markdown, const std::atomic_bool *cancel);

// What an office package may inflate to (see ReadOptions for the meaning of each).
struct OfficeLimits
{
    qint64 maxUncompressed = 0;        // inflated bytes of any one zip entry (zip bombs)
    qint64 maxTextCharacters = 0;      // text of all parts together
    qint64 maxXmlNodeBytes = 16LL * 1024 * 1024;
    int maxXmlDepth = 400;
    qint64 maxXmlElements = 10'000'000;
    const std::atomic_bool *cancel = nullptr;   // polled per inflated buffer; when set, the read fails
};

// Office documents read from their zip with QuaZip and their XML with QXmlStreamReader:
// paragraphs and headings one per line, table rows one per line with tab-separated cells,
// footnotes and endnotes inserted at their reference as " [text]". Each XML part is parsed as
// it inflates (never held whole), and every limit is checked on the bytes actually inflated.
// Errors give the reason without the file name.
Result<QString> readDocx(const QString &path, const OfficeLimits &limits);
Result<QString> readOdt(const QString &path, const OfficeLimits &limits);
// As above with maxUncompressed for both the entry size and the text (and default XML limits).
Result<QString> readDocx(const QString &path, qint64 maxUncompressed);
Result<QString> readOdt(const QString &path, qint64 maxUncompressed);

// The text of each page via Poppler-Qt6, pages separated by a blank line. Encrypted
// (password-protected) PDFs are refused, and so is one whose text passes maxTextCharacters.
// cancel is polled before each page.
Result<QString> readPdf(const QString &path, qint64 maxTextCharacters = 50'000'000,
                        const std::atomic_bool *cancel = nullptr);

} // namespace marginalia
