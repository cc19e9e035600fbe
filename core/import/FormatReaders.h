#pragma once

#include "common/Result.h"

#include <QString>

namespace marginalia {

// The text content of an HTML page: scripts and styles dropped, block elements and <br> end a
// line, table cells separated by tabs, entities decoded. Tolerant of tag soup.
QString htmlToPlainText(const QString &html);

// Markdown as a reader sees it: headings, emphasis, links, images, code fences and list
// markers reduced to their text; one line per paragraph or list item.
QString markdownToPlainText(const QString &markdown);

// Office documents read from their zip with QuaZip and their XML with QXmlStreamReader:
// paragraphs and headings one per line, table rows one per line with tab-separated cells,
// footnotes and endnotes inserted at their reference as " [text]". maxUncompressed caps the
// inflated size of any entry (zip bombs). Errors give the reason without the file name.
Result<QString> readDocx(const QString &path, qint64 maxUncompressed);
Result<QString> readOdt(const QString &path, qint64 maxUncompressed);

// The text of each page via Poppler-Qt6, pages separated by a blank line. Encrypted
// (password-protected) PDFs are refused.
Result<QString> readPdf(const QString &path);

} // namespace marginalia
