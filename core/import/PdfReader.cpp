// Text extraction from PDF files with Poppler-Qt6.

#include "import/FormatReaders.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QRectF>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <mutex>

namespace marginalia {

namespace {

// Poppler reports every oddity of a damaged PDF on stderr; the import reports what matters.
void ignorePopplerMessage(const QString & /*message*/, const QVariant & /*closure*/) {}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(&ignorePopplerMessage, QVariant()); });
}

QString withoutTrailingWhitespace(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

} // namespace

Result<QString> readPdf(const QString &path, qint64 maxTextCharacters, const std::atomic_bool *cancel)
{
    silencePoppler();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"cannot be opened: " + file.errorString());
    file.close();

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return failure(QStringLiteral("is not a valid PDF file"));
    if (document->isLocked())
        return failure(QStringLiteral("is password-protected"));

    QStringList pages;
    bool hasText = false;
    qint64 characters = 0;
    const int pageCount = document->numPages();
    for (int i = 0; i < pageCount; ++i) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return failure(QStringLiteral("cancelled"));
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        QString text = page ? withoutTrailingWhitespace(page->text(QRectF())) : QString();
        if (!text.trimmed().isEmpty())
            hasText = true;
        // Pages can repeat one content stream many times: the text is counted as it grows.
        characters += text.size() + 2;
        if (maxTextCharacters > 0 && characters > maxTextCharacters)
            return failure(QStringLiteral("is too large to import: its text exceeds the limit of %1 characters")
                               .arg(maxTextCharacters));
        pages << std::move(text);
    }

    if (!hasText) {
        if (document->isEncrypted())
            return failure(QStringLiteral("is encrypted and its text cannot be extracted"));
        return failure(QStringLiteral("has no text layer (scanned pages need OCR first)"));
    }
    return pages.join(u"\n\n");
}

} // namespace marginalia
