#include "import/ImportDialog.h"

#include "import/DocumentReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
const QString kKind = QStringLiteral("kind");
constexpr int kPreviewLength = 1500;

QComboBox *valueCombo(const QStringList &values, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->addItem(QString());
    combo->addItems(values);
    combo->setCurrentIndex(0);
    return combo;
}

} // namespace

ImportDialog::ImportDialog(const QStringList &paths, const QMap<QString, QStringList> &attributeValues, QWidget *parent)
    : QDialog(parent)
    , m_paths(paths)
    , m_site(valueCombo(attributeValues.value(kSite), this))
    , m_kind(valueCombo(attributeValues.value(kKind), this))
    , m_encoding(new QComboBox(this))
    , m_previewFile(new QComboBox(this))
    , m_warningIcon(new QLabel(this))
    , m_encodingStatus(new QLabel(this))
    , m_useAlternative(new QPushButton(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import Documents"));
    resize(640, 520);
    m_site->setToolTip(tr("Every imported document gets this site (leave empty for none)"));
    m_kind->setToolTip(tr("Every imported document gets this kind, e.g. teacher interview (leave empty for none)"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Big5-HKSCS"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_encoding->setToolTip(tr("The encoding of plain-text files, if detection picks the wrong one"));
    for (const QString &path : paths)
        m_previewFile->addItem(QFileInfo(path).fileName(), path);
    m_previewFile->setToolTip(tr("The file shown in the preview, with the encoding detected for it"));
    // Names for tests and accessibility tools.
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_previewFile->setObjectName(QStringLiteral("previewFile"));
    m_encodingStatus->setObjectName(QStringLiteral("encodingStatus"));
    m_useAlternative->setObjectName(QStringLiteral("useAlternative"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_warningIcon->setVisible(false);
    m_encodingStatus->setWordWrap(true);
    m_encodingStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useAlternative->setVisible(false);
    m_preview->setReadOnly(true);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_previewFile, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_useAlternative, &QPushButton::clicked, this, &ImportDialog::useAlternative);

    auto *status = new QHBoxLayout;
    status->addWidget(m_warningIcon);
    status->addWidget(m_encodingStatus, 1);
    status->addWidget(m_useAlternative);
    auto *form = new QFormLayout;
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Text encoding:"), m_encoding);
    if (paths.size() > 1)
        form->addRow(tr("Preview of:"), m_previewFile);
    else
        m_previewFile->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n file(s) to import.", nullptr, static_cast<int>(paths.size())), this));
    layout->addLayout(form);
    // Outside the form: a form row does not grow for a label that wraps.
    layout->addLayout(status);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    updatePreview();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.read.encoding = m_encoding->currentData().toString();
    if (const QString site = m_site->currentText().trimmed(); !site.isEmpty())
        options.attributes.insert(kSite, site);
    if (const QString kind = m_kind->currentText().trimmed(); !kind.isEmpty())
        options.attributes.insert(kKind, kind);
    return options;
}

void ImportDialog::updatePreview()
{
    if (m_paths.isEmpty())
        return;
    const QString path = m_previewFile->currentData().toString();
    const QString name = QFileInfo(path).fileName();
    m_previewLabel->setText(tr("Preview of “%1”:").arg(name));
    ReadOptions read;
    read.encoding = m_encoding->currentData().toString();
    auto document = readDocumentFile(path, read);
    if (!document) {
        m_encodingStatus->setText(read.encoding.isEmpty() ? QString()
                                                          : tr("“%1” does not decode as %2.").arg(name, read.encoding));
        m_warningIcon->setVisible(!read.encoding.isEmpty());
        m_useAlternative->setVisible(false);
        m_preview->setPlainText(document.error());
        return;
    }
    showEncoding(*document);
    if (!document->encoding.isEmpty())
        m_previewLabel->setText(tr("Preview of “%1” (%2):").arg(name, document->encoding));
    m_preview->setPlainText(document->text.left(kPreviewLength));
}

void ImportDialog::showEncoding(const ReadDocument &document)
{
    m_alternative.clear();
    QString text;
    bool warn = false;
    if (document.encoding.isEmpty()) {
        text = tr("This file type has no text encoding to choose.");
    } else {
        switch (document.encodingConfidence) {
        case EncodingConfidence::Given:
            // Without a choice here, the encoding was named by the file itself (an HTML charset).
            text = m_encoding->currentData().toString().isEmpty() ? tr("Read as %1, as the file declares.").arg(document.encoding)
                                                                  : tr("Read as %1, as chosen.").arg(document.encoding);
            break;
        case EncodingConfidence::Certain:
            text = tr("Detected: %1 (certain).").arg(document.encoding);
            break;
        case EncodingConfidence::Likely:
            m_alternative = document.encodingAlternative;
            text = m_alternative.isEmpty()
                       ? tr("Detected: %1 (likely).").arg(document.encoding)
                       : tr("Detected: %1 (likely; %2 is also possible).").arg(document.encoding, m_alternative);
            break;
        case EncodingConfidence::Uncertain:
            m_alternative = document.encodingAlternative;
            warn = true;
            text = m_alternative.isEmpty()
                       ? tr("Detected: %1, but uncertain. If the preview looks garbled, choose the encoding above.")
                             .arg(document.encoding)
                       : tr("Uncertain: read as %1, but it may be %2. If the preview looks garbled, use %2.")
                             .arg(document.encoding, m_alternative);
            break;
        }
    }
    m_encodingStatus->setText(text);
    m_warningIcon->setVisible(warn);
    m_useAlternative->setText(tr("Use %1").arg(m_alternative));
    m_useAlternative->setVisible(!m_alternative.isEmpty() && m_encoding->findData(m_alternative) >= 0);
}

void ImportDialog::useAlternative()
{
    const int index = m_encoding->findData(m_alternative);
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
}

} // namespace marginalia
