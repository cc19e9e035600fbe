#include "import/ImportDialog.h"

#include "import/DocumentReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
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
    , m_previewLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import Documents"));
    resize(640, 520);
    m_site->setToolTip(tr("Every imported document gets this site (leave empty for none)"));
    m_kind->setToolTip(tr("Every imported document gets this kind, e.g. teacher interview (leave empty for none)"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_encoding->setToolTip(tr("The encoding of plain-text files, if detection picks the wrong one"));
    m_preview->setReadOnly(true);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);

    auto *form = new QFormLayout;
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Text encoding:"), m_encoding);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n file(s) to import.", nullptr, static_cast<int>(paths.size())), this));
    layout->addLayout(form);
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
    const QString first = m_paths.first();
    m_previewLabel->setText(tr("Preview of “%1”:").arg(QFileInfo(first).fileName()));
    ReadOptions read;
    read.encoding = m_encoding->currentData().toString();
    auto document = readDocumentFile(first, read);
    if (!document) {
        m_preview->setPlainText(document.error());
        return;
    }
    QString text = document->text.left(kPreviewLength);
    if (!document->encoding.isEmpty())
        m_previewLabel->setText(tr("Preview of “%1” (%2):").arg(QFileInfo(first).fileName(), document->encoding));
    m_preview->setPlainText(text);
}

} // namespace marginalia
