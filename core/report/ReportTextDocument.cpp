#include "report/Report.h"

#include "common/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QBuffer>
#include <QHash>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QTextTableFormat>

namespace marginalia {

namespace {

Result<void> requireGui(const QString &what)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
        return failure(QStringLiteral("writing %1 needs a QGuiApplication (fonts)").arg(what));
    return {};
}

// Latin text in a Latin font, Chinese in Noto CJK where installed: Qt's PDF writer maps glyphs back to text
// (ToUnicode) well for the Latin font; digits set in Noto CJK lose their mapping.
QFont reportFont()
{
    QFont font;
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &candidate : {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"),
                                     QStringLiteral("Noto Sans")}) {
        if (installed.contains(candidate)) {
            families.append(candidate);
            break;
        }
    }
    for (const QString &candidate : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                                     QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")}) {
        if (installed.contains(candidate)) {
            families.append(candidate);
            break;
        }
    }
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(10);
    // A letter spacing, however small, turns ligatures off: "fl" stays two glyphs, which a PDF reader copies
    // as two letters.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

// Qt's PDF writer (6.4) writes each glyph's ToUnicode entry as the lowest code point the font maps to that glyph.
// Fonts share glyphs between look-alikes, so 方 came out as the Kangxi radical ⽅ (U+2F45) and an en dash as a
// figure dash: a reader searching or copying got the wrong characters. The right one is the character of the
// report's text with the same glyph; this table maps each look-alike that is not in the text to it.
QHash<char16_t, char16_t> lookAlikes(const QString &text, const QFont &font)
{
    QSet<char16_t> used;
    for (QChar c : text)
        used.insert(c.unicode());
    QHash<char16_t, char16_t> aliases;
    QString everything;
    everything.reserve(0xD800);
    for (char16_t u = 1; u < 0xD800; ++u)
        everything += QChar(u);
    for (const QString &family : font.families()) {
        for (const QFont::Weight weight : {QFont::Normal, QFont::Bold}) {
            QFont face(family);
            face.setWeight(weight);
            const QRawFont raw = QRawFont::fromFont(face);
            if (!raw.isValid())
                continue;
            const QList<quint32> glyphs = raw.glyphIndexesForString(everything);
            if (glyphs.size() != everything.size())
                continue;
            QHash<quint32, char16_t> glyphOfText;
            for (char16_t u : std::as_const(used)) {
                if (u > 0 && u < 0xD800 && glyphs[u - 1] != 0)
                    glyphOfText.insert(glyphs[u - 1], u);
            }
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                const char16_t u = static_cast<char16_t>(i + 1);
                if (glyphs[i] == 0 || used.contains(u) || aliases.contains(u))
                    continue;
                const auto it = glyphOfText.constFind(glyphs[i]);
                if (it != glyphOfText.cend())
                    aliases.insert(u, it.value());
            }
        }
    }
    // Compatibility characters (Kangxi radicals and the like) whose NFKC form is a character of the text.
    for (char16_t u = 0x2E80; u < 0x2FE0; ++u) {
        const QString folded = QString(QChar(u)).normalized(QString::NormalizationForm_KC);
        if (!aliases.contains(u) && !used.contains(u) && folded.size() == 1 && used.contains(folded.front().unicode()))
            aliases.insert(u, folded.front().unicode());
    }
    return aliases;
}

// Rewrites the destinations of the ToUnicode CMaps in place (same length: four hex digits for four), so no
// offset in the file moves. Streams that are compressed are left as they are.
void fixToUnicode(QByteArray &pdf, const QHash<char16_t, char16_t> &aliases)
{
    if (aliases.isEmpty())
        return;
    static const QByteArray hex = QByteArrayLiteral("0123456789ABCDEF");
    qsizetype at = 0;
    while ((at = pdf.indexOf("begincmap", at)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", at);
        if (end < 0)
            return;
        enum class Section { None, Range, Char } section = Section::None;
        qsizetype lineStart = at;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArrayView line(pdf.constData() + lineStart, lineEnd - lineStart);
            if (line.endsWith("beginbfrange"))
                section = Section::Range;
            else if (line.endsWith("beginbfchar"))
                section = Section::Char;
            else if (line.startsWith("end"))
                section = Section::None;
            else if (section != Section::None) {
                int token = 0;
                const int sources = section == Section::Range ? 2 : 1;
                for (qsizetype i = lineStart; i + 5 < lineEnd; ++i) {
                    if (pdf[i] != '<' || pdf[i + 5] != '>')
                        continue;
                    if (token++ < sources)
                        continue;
                    bool ok = false;
                    const uint code = QByteArray(pdf.constData() + i + 1, 4).toUInt(&ok, 16);
                    const auto alias = ok ? aliases.constFind(static_cast<char16_t>(code)) : aliases.cend();
                    if (alias != aliases.cend()) {
                        for (int digit = 0; digit < 4; ++digit)
                            pdf[i + 1 + digit] = hex[(alias.value() >> (12 - 4 * digit)) & 0xF];
                    }
                    i += 5;
                }
            }
            lineStart = lineEnd + 1;
        }
        at = end;
    }
}

void heading(QTextCursor &cursor, const QString &text, int level, bool firstBlock)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(level == 1 ? 0 : 14);
    block.setBottomMargin(6);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setFontPointSize(level == 1 ? 18 : level == 2 ? 14 : 12);
    if (firstBlock) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
    cursor.insertText(text, chars);
}

void paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &chars, qreal indent = 0,
               qreal bottom = 0)
{
    QTextBlockFormat block;
    block.setLeftMargin(indent);
    block.setBottomMargin(bottom);
    cursor.insertBlock(block, chars);
    cursor.insertText(text, chars);
}

} // namespace

void ReportWriter::buildTextDocument(const ReportData &data, QTextDocument &document)
{
    document.clear();
    document.setDefaultFont(reportFont());
    document.setMetaInformation(QTextDocument::DocumentTitle, data.title);
    QTextCursor cursor(&document);
    QTextCharFormat normal;
    QTextCharFormat meta;
    meta.setForeground(QColor(0x55, 0x55, 0x55));
    meta.setFontPointSize(9);
    QTextCharFormat metaBold = meta;
    metaBold.setFontWeight(QFont::Bold);
    QTextCharFormat memo = meta;
    memo.setFontItalic(true);
    QTextCharFormat context;
    context.setForeground(QColor(0x88, 0x88, 0x88));
    QTextCharFormat excerptFormat;
    excerptFormat.setFontWeight(QFont::DemiBold);

    heading(cursor, data.title, 1, true);
    paragraph(cursor,
              QStringLiteral("Project %1 · %2 passages (%3 codings) · generated %4")
                  .arg(data.projectName)
                  .arg(data.excerptCount)
                  .arg(data.codingCount)
                  .arg(data.generated),
              meta, 0, 8);

    if (data.matrix) {
        const MatrixResult &matrix = *data.matrix;
        heading(cursor, QStringLiteral("Codes × ") + matrix.by, 2, false);
        paragraph(cursor, matrixLegend(), meta);
        QTextTableFormat tableFormat;
        tableFormat.setCellPadding(3);
        tableFormat.setCellSpacing(0);
        tableFormat.setBorder(0.5);
        tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        const int columns = static_cast<int>(matrix.columns.size()) + 2;
        QTextTable *table = cursor.insertTable(static_cast<int>(matrix.rows.size()) + 1, columns, tableFormat);
        auto cell = [&](int r, int c, const QString &text, const QTextCharFormat &format) {
            QTextCursor cellCursor = table->cellAt(r, c).firstCursorPosition();
            cellCursor.insertText(text, format);
        };
        QTextCharFormat headerFormat;
        headerFormat.setFontWeight(QFont::Bold);
        cell(0, 0, QStringLiteral("Code"), headerFormat);
        for (int c = 0; c < matrix.columns.size(); ++c)
            cell(0, c + 1, data.siteLabel(matrix.columns[c].value), headerFormat);
        cell(0, columns - 1, QStringLiteral("Total"), headerFormat);
        for (int r = 0; r < matrix.rows.size(); ++r) {
            const MatrixRow &row = matrix.rows[r];
            cell(r + 1, 0, row.path, normal);
            for (int c = 0; c < row.cells.size(); ++c)
                cell(r + 1, c + 1, matrixCellText(row.cells[c]), normal);
            cell(r + 1, columns - 1, matrixCellText(row.total), normal);
        }
        cursor.movePosition(QTextCursor::End);
    }

    QString currentSite;
    bool first = true;
    for (const ReportSection &section : data.sections) {
        int codeLevel = 2;
        if (data.grouping == ReportGrouping::BySite) {
            if (first || section.site != currentSite)
                heading(cursor, data.siteLabel(section.site), 2, false);
            currentSite = section.site;
            codeLevel = 3;
        }
        first = false;
        heading(cursor, QStringLiteral("%1 (%2)").arg(section.codePath).arg(section.excerpts.size()), codeLevel, false);
        for (const ReportExcerpt &excerpt : section.excerpts) {
            const CodedSegment &s = excerpt.segment;
            QTextBlockFormat block;
            block.setTopMargin(6);
            cursor.insertBlock(block, metaBold);
            cursor.insertText(s.document, metaBold);
            QString line;
            if (!excerpt.attributes.isEmpty())
                line += QStringLiteral(" · ") + attributesText(excerpt.attributes);
            line += QStringLiteral(" · ") + citationText(s) + QStringLiteral(" · ") + codersText(s);
            cursor.insertText(line, meta);
            if (!s.memo.isEmpty())
                paragraph(cursor, QStringLiteral("Memo: ") + s.memo, memo);
            QTextBlockFormat quote;
            quote.setLeftMargin(18);
            quote.setBottomMargin(4);
            cursor.insertBlock(quote, excerptFormat);
            // insertText turns "\n" into new blocks, which keep the quote's indentation.
            if (!s.contextBefore.isEmpty())
                cursor.insertText(u'…' + s.contextBefore, context);
            cursor.insertText(s.text, excerptFormat);
            if (!s.contextAfter.isEmpty())
                cursor.insertText(s.contextAfter + u'…', context);
        }
    }
}

Result<void> ReportWriter::writeOdt(const ReportData &data, const QString &path)
{
    if (auto ok = requireGui(QStringLiteral("ODT")); !ok)
        return ok;
    QTextDocument document;
    buildTextDocument(data, document);
    // Laid out in memory, then written whole: QTextDocumentWriter on the target itself left 0 bytes when killed.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return failure(QStringLiteral("cannot write the report %1: the ODF writer failed").arg(path));
    buffer.close();
    return AtomicFile::write(path, buffer.buffer());
}

Result<void> ReportWriter::writePdf(const ReportData &data, const QString &path, int *pageCount)
{
    if (auto ok = requireGui(QStringLiteral("PDF")); !ok)
        return ok;
    QTextDocument document;
    buildTextDocument(data, document);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Marginalia"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                         QPageLayout::Millimeter));
        // Lay the document out for the page; QPdfWriter embeds the fonts (as subsets).
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
        if (pageCount)
            *pageCount = document.pageCount();
    }
    buffer.close();
    QByteArray pdf = buffer.buffer();
    if (!pdf.startsWith("%PDF"))
        return failure(QStringLiteral("cannot write the report %1: the PDF writer produced nothing").arg(path));
    fixToUnicode(pdf, lookAlikes(document.toPlainText() + data.title, document.defaultFont()));
    return AtomicFile::write(path, pdf);
}

} // namespace marginalia
