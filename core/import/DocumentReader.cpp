#include "import/DocumentReader.h"

#include "import/FormatReaders.h"
#include "import/TextDecoder.h"
#include "text/TextNormalizer.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace marginalia {

namespace {

// A zipped document inflates to several times its file size; its XML is several times its text.
// Entries may inflate to this multiple of maxBytes before the file is taken for a zip bomb.
constexpr qint64 kUncompressedFactor = 4;

// How far into an HTML file a <meta charset> or XML declaration is looked for.
constexpr qsizetype kCharsetSniffBytes = 8 * 1024;

enum class Format { Text, Markdown, Html, Docx, Odt, Pdf };

struct FormatInfo
{
    Format format;
    QString name;
};

std::optional<FormatInfo> formatForExtension(const QString &extension)
{
    if (extension == u"txt" || extension == u"text")
        return FormatInfo{Format::Text, u"txt"_s};
    if (extension == u"md" || extension == u"markdown")
        return FormatInfo{Format::Markdown, u"md"_s};
    if (extension == u"html" || extension == u"htm" || extension == u"xhtml")
        return FormatInfo{Format::Html, u"html"_s};
    if (extension == u"docx")
        return FormatInfo{Format::Docx, u"docx"_s};
    if (extension == u"odt")
        return FormatInfo{Format::Odt, u"odt"_s};
    if (extension == u"pdf")
        return FormatInfo{Format::Pdf, u"pdf"_s};
    return std::nullopt;
}

QString supportedList()
{
    return u".txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, .odt, .pdf"_s;
}

// "812 bytes", "3.5 KB", "73.2 MB" (binary units, one decimal, none when it is zero).
QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return bytes == 1 ? u"1 byte"_s : u"%1 bytes"_s.arg(bytes);
    const bool megabytes = bytes >= 1024 * 1024;
    const double value = static_cast<double>(bytes) / (megabytes ? 1024.0 * 1024.0 : 1024.0);
    QString number = QString::number(value, 'f', 1);
    if (number.endsWith(u".0"))
        number.chop(2);
    return number + (megabytes ? u" MB"_s : u" KB"_s);
}

QString tooLargeMessage(qint64 size, qint64 limit)
{
    QString sizeString = sizeText(size);
    QString limitString = sizeText(limit);
    if (sizeString == limitString) {
        // Rounding made them look equal ("50 MB, larger than the 50 MB limit"): say it exactly.
        sizeString = u"%1 bytes"_s.arg(size);
        limitString = u"%1 bytes"_s.arg(limit);
    }
    return u"the file is %1, larger than the %2 import limit"_s.arg(sizeString, limitString);
}

QString tooMuchTextMessage(qint64 limit)
{
    return u"is too large to import: its text exceeds the limit of %1 characters"_s.arg(limit);
}

bool hasUnicodeBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

// The charset an HTML page declares in a <meta> element (either form) or an XML declaration.
QString declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(QStringLiteral(R"(<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(QStringLiteral(R"(^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:\-]+))"),
                                        QRegularExpression::CaseInsensitiveOption);
    // Declarations are ASCII, so Latin-1 is a safe way to look at bytes of any ASCII-compatible encoding.
    const QString head = QString::fromLatin1(bytes.first(std::min(bytes.size(), kCharsetSniffBytes)));
    QRegularExpressionMatch match = meta.match(head);
    if (!match.hasMatch())
        match = xml.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<DecodedText> decodeHtml(const QByteArray &bytes, const QString &explicitEncoding,
                               const std::atomic_bool *cancel)
{
    if (!explicitEncoding.isEmpty() || hasUnicodeBom(bytes))
        return decodeText(bytes, explicitEncoding, cancel);
    const QString declared = declaredCharset(bytes);
    // A page whose declaration could be read byte by byte is not UTF-16, whatever it says.
    if (declared.isEmpty() || declared.startsWith(u"utf-16", Qt::CaseInsensitive)
        || declared.startsWith(u"utf16", Qt::CaseInsensitive))
        return decodeText(bytes, {}, cancel);
    Result<DecodedText> asDeclared = decodeText(bytes, declared);
    if (asDeclared && asDeclared->encoding != u"Windows-1252")
        return asDeclared;
    // Pages are often saved in another encoding than their declaration says; then, and for a
    // Latin-1 declaration on what is really UTF-8, detection decides.
    Result<DecodedText> detected = decodeText(bytes, {}, cancel);
    if (detected && (!asDeclared || detected->encoding == u"UTF-8"))
        return detected;
    return asDeclared;
}

// Read in pieces of this size, with a look at the cancel flag between two.
constexpr qint64 kReadChunkBytes = 4 * 1024 * 1024;

} // namespace

QString readCancelledMessage(const QString &fileName)
{
    return u"Import of %1 cancelled."_s.arg(fileName);
}

Result<ReadDocument> readDocumentFile(const QString &path, const ReadOptions &options)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    // A reader stopped by the cancel flag fails with some reason of its own: the cancel is what is said.
    const auto fail = [&name, &options](const QString &reason) {
        if (readCancelled(options))
            return failure(readCancelledMessage(name));
        return failure(QString(name + u": "_s + reason));
    };
    const auto cancelled = [&name] { return failure(readCancelledMessage(name)); };
    if (readCancelled(options))
        return cancelled();

    if (!info.exists())
        return fail(u"the file does not exist"_s);
    if (info.isDir())
        return fail(u"is a folder, not a file"_s);
    if (!info.isReadable())
        return fail(u"the file cannot be read (no permission)"_s);

    const QString extension = info.suffix().toLower();
    const std::optional<FormatInfo> format = formatForExtension(extension);
    if (!format) {
        if (extension.isEmpty())
            return fail(u"unsupported file type: the name has no extension (supported: %1)"_s.arg(supportedList()));
        return fail(u"unsupported file type '.%1' (supported: %2)"_s.arg(extension, supportedList()));
    }

    const qint64 limit = options.maxBytes > 0 ? options.maxBytes : std::numeric_limits<qint64>::max();
    if (info.size() > limit)
        return fail(tooLargeMessage(info.size(), limit));

    const qint64 textLimit =
        options.maxTextCharacters > 0 ? options.maxTextCharacters : std::numeric_limits<qint64>::max();
    ReadDocument document;
    document.format = format->name;
    QString raw;
    if (format->format == Format::Text || format->format == Format::Markdown || format->format == Format::Html) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"the file cannot be opened: %1"_s.arg(file.errorString()));
        // One byte more than the limit, in case the file grew since it was measured.
        const qint64 wanted = limit < std::numeric_limits<qint64>::max() ? limit + 1 : limit;
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(std::min<qint64>(info.size() + 1, wanted)));
        while (bytes.size() < wanted) {
            if (readCancelled(options))
                return cancelled();
            const QByteArray chunk = file.read(std::min<qint64>(kReadChunkBytes, wanted - bytes.size()));
            if (file.error() != QFileDevice::NoError)
                return fail(u"the file cannot be read: %1"_s.arg(file.errorString()));
            if (chunk.isEmpty())
                break;
            bytes.append(chunk);
        }
        if (bytes.size() > limit)
            return fail(tooLargeMessage(bytes.size(), limit));

        Result<DecodedText> decoded = format->format == Format::Html ? decodeHtml(bytes, options.encoding.trimmed(), options.cancel)
                                                                     : decodeText(bytes, options.encoding.trimmed(), options.cancel);
        if (!decoded)
            return fail(decoded.error());
        if (readCancelled(options))
            return cancelled();
        if (decoded->text.size() > textLimit)
            return fail(tooMuchTextMessage(textLimit));
        document.encoding = decoded->encoding;
        document.encodingConfidence = decoded->confidence;
        document.encodingAlternative = decoded->alternative;
        if (format->format == Format::Markdown) {
            std::optional<QString> markdown = markdownToPlainText(decoded->text, options.cancel);
            if (!markdown)
                return cancelled();
            raw = std::move(*markdown);
        } else if (format->format == Format::Html) {
            HtmlLimits limits;
            limits.maxElements = options.maxXmlElements > 0 ? options.maxXmlElements : -1;
            limits.maxDepth = options.maxXmlDepth > 0 ? options.maxXmlDepth : -1;
            limits.cancel = options.cancel;
            auto html = htmlToPlainText(decoded->text, limits);
            if (!html)
                return fail(html.error());
            raw = std::move(*html);
        } else
            raw = std::move(decoded->text);
    } else {
        const qint64 uncompressedLimit = limit > std::numeric_limits<qint64>::max() / kUncompressedFactor
                                             ? std::numeric_limits<qint64>::max()
                                             : limit * kUncompressedFactor;
        OfficeLimits limits;
        limits.maxUncompressed = uncompressedLimit;
        limits.maxTextCharacters = textLimit;
        limits.maxXmlNodeBytes = options.maxXmlNodeBytes > 0 ? options.maxXmlNodeBytes : std::numeric_limits<qint64>::max();
        limits.maxXmlDepth = options.maxXmlDepth > 0 ? options.maxXmlDepth : kXmlDepthCeiling;
        limits.maxXmlElements = options.maxXmlElements > 0 ? options.maxXmlElements : std::numeric_limits<qint64>::max();
        limits.cancel = options.cancel;
        Result<QString> read = format->format == Format::Docx ? readDocx(path, limits)
                             : format->format == Format::Odt  ? readOdt(path, limits)
                                                              : readPdf(path, textLimit, options.cancel);
        if (!read)
            return fail(read.error());
        raw = std::move(*read);
    }

    // Markdown and HTML may decode entities into more characters, NFC may compose or expand:
    // the limit holds for what is stored.
    if (raw.size() > textLimit)
        return fail(tooMuchTextMessage(textLimit));
    // Normalisation is one call over the whole text: the flag is looked at before and after it.
    if (readCancelled(options))
        return cancelled();
    document.text = normalizeForStorage(raw);
    raw = QString();
    if (readCancelled(options))
        return cancelled();
    if (document.text.size() > textLimit)
        return fail(tooMuchTextMessage(textLimit));
    if (document.text.trimmed().isEmpty()) {
        if (format->format == Format::Pdf)
            return fail(u"contains no text (a scanned PDF without a text layer?)"_s);
        return fail(u"contains no text"_s);
    }
    return document;
}

} // namespace marginalia
