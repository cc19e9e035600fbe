#include "import/ImportDialog.h"

#include "import/DocumentReader.h"
#include "import/ImportFilesModel.h"
#include "mainwindow/WindowPlacement.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
const QString kKind = QStringLiteral("kind");
const QString kSpeakers = QStringLiteral("speakers");
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

// Site and kind edited in the list with the values the project has already (any other may be typed).
class ValueDelegate final : public QStyledItemDelegate
{
public:
    ValueDelegate(const QStringList &values, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_values(values)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        QComboBox *combo = valueCombo(m_values, parent);
        // Enter in the typed text, or a value picked from the list, is the value (the combo box takes Enter
        // itself, so the view would not see it).
        auto *self = const_cast<ValueDelegate *>(this);
        const auto commit = [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        };
        connect(combo->lineEdit(), &QLineEdit::returnPressed, combo, commit);
        connect(combo, &QComboBox::activated, combo, commit);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    QStringList m_values;
};

} // namespace

ImportDialog::ImportDialog(const QStringList &paths, const QMap<QString, QStringList> &attributeValues, QWidget *parent)
    : QDialog(parent)
    , m_paths(paths)
    , m_files(new ImportFilesModel(paths, this))
    , m_view(new QTableView(this))
    , m_site(valueCombo(attributeValues.value(kSite), this))
    , m_kind(valueCombo(attributeValues.value(kKind), this))
    , m_applyToAll(new QPushButton(tr("Apply to &All"), this))
    , m_encoding(new QComboBox(this))
    , m_warningIcon(new QLabel(this))
    , m_encodingStatus(new QLabel(this))
    , m_useAlternative(new QPushButton(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import Documents"));
    placeWindow(this, QSize(820, 620), parent);   // smaller on a small screen (1024 × 600), centred on the main window
    m_site->setToolTip(tr("The site for every file (leave empty for none); change single files in the list"));
    m_kind->setToolTip(tr("The kind for every file, e.g. teacher interview (leave empty for none); change single "
                          "files in the list"));
    m_applyToAll->setToolTip(tr("Give every file in the list this site and kind, also those changed one by one"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const char *name : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Big5-HKSCS"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_encoding->setToolTip(tr("The encoding of the selected plain-text file, if detection picks the wrong one"));

    m_view->setModel(m_files);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(ImportFilesModel::SiteColumn, new ValueDelegate(attributeValues.value(kSite), m_view));
    m_view->setItemDelegateForColumn(ImportFilesModel::KindColumn, new ValueDelegate(attributeValues.value(kKind), m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ImportFilesModel::FileColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportFilesModel::EncodingColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportFilesModel::SiteColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportFilesModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    header->setSectionResizeMode(ImportFilesModel::SpeakersColumn, QHeaderView::Stretch);

    // Names for tests and accessibility tools.
    m_view->setObjectName(QStringLiteral("importFiles"));
    m_site->setObjectName(QStringLiteral("siteForAll"));
    m_kind->setObjectName(QStringLiteral("kindForAll"));
    m_applyToAll->setObjectName(QStringLiteral("applyToAll"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encodingStatus->setObjectName(QStringLiteral("encodingStatus"));
    m_useAlternative->setObjectName(QStringLiteral("useAlternative"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_warningIcon->setVisible(false);
    m_encodingStatus->setWordWrap(true);
    m_encodingStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useAlternative->setVisible(false);
    m_preview->setReadOnly(true);
    m_previewLabel->setTextFormat(Qt::PlainText);
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::chooseEncoding);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportDialog::updatePreview);
    connect(m_useAlternative, &QPushButton::clicked, this, &ImportDialog::useAlternative);
    connect(m_applyToAll, &QPushButton::clicked, this, [this] {
        m_files->applyToAll(ImportFilesModel::SiteColumn, m_site->currentText());
        m_files->applyToAll(ImportFilesModel::KindColumn, m_kind->currentText());
    });

    auto *forAll = new QHBoxLayout;
    forAll->addWidget(new QLabel(tr("Site:"), this));
    forAll->addWidget(m_site, 1);
    forAll->addWidget(new QLabel(tr("Kind:"), this));
    forAll->addWidget(m_kind, 1);
    forAll->addWidget(m_applyToAll);
    auto *status = new QHBoxLayout;
    status->addWidget(m_warningIcon);
    status->addWidget(m_encodingStatus, 1);
    status->addWidget(m_useAlternative);
    auto *form = new QFormLayout;
    form->addRow(tr("Text encoding:"), m_encoding);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n file(s) to import. Double-click a site or kind to change it for one file.",
                                    nullptr, static_cast<int>(paths.size())),
                                 this));
    layout->addWidget(m_view, 2);
    layout->addLayout(forAll);
    layout->addWidget(m_previewLabel);
    layout->addLayout(form);
    // Outside the form: a form row does not grow for a label that wraps.
    layout->addLayout(status);
    layout->addWidget(m_preview, 3);
    layout->addWidget(buttons);

    // The common site and kind follow into every file not given its own in the list (so a single-file import
    // needs no click on Apply to All); Apply to All gives them to every file.
    connect(m_site, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { m_files->applyToAll(ImportFilesModel::SiteColumn, text, true); });
    connect(m_kind, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { m_files->applyToAll(ImportFilesModel::KindColumn, text, true); });
    selectFile(0);
    startDetection();
}

ImportDialog::~ImportDialog()
{
    if (m_detector) {
        m_stopDetection->store(true);
        m_detector->wait();
        delete m_detector;
    }
}

void ImportDialog::startDetection()
{
    if (m_paths.isEmpty())
        return;
    m_stopDetection = std::make_shared<std::atomic_bool>(false);
    auto stop = m_stopDetection;
    const QStringList paths = m_paths;
    QPointer<ImportDialog> dialog = this;
    m_detector = QThread::create([paths, stop, dialog] {
        for (const QString &path : paths) {
            if (stop->load())
                return;
            const ImportFilesModel::Detection detection = ImportFilesModel::detect(readDocumentFile(path));
            QMetaObject::invokeMethod(
                dialog,
                [dialog, path, detection] {
                    if (!dialog)
                        return;
                    // A file whose encoding the user chose keeps what the preview read with that choice.
                    const int row = dialog->m_files->rowOf(path);
                    if (row >= 0 && dialog->m_files->file(row).encodingChoice.isEmpty())
                        dialog->m_files->setDetected(path, detection);
                    if (++dialog->m_detected == dialog->m_paths.size())
                        Q_EMIT dialog->detectionDone();
                },
                Qt::QueuedConnection);
        }
    });
    m_detector->start();
}

bool ImportDialog::detectionFinished() const
{
    return m_detected == m_paths.size();
}

ImportOptions ImportDialog::options() const
{
    return m_files->options(kSite, kKind, kSpeakers);
}

int ImportDialog::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void ImportDialog::selectFile(int row)
{
    if (row < 0 || row >= m_files->rowCount())
        return;
    m_view->setCurrentIndex(m_files->index(row, ImportFilesModel::FileColumn));
}

void ImportDialog::chooseEncoding()
{
    m_files->setEncodingChoice(currentRow(), m_encoding->currentData().toString());
    updatePreview();
}

void ImportDialog::updatePreview()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ImportFilesModel::File &file = m_files->file(row);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(file.encodingChoice)));
    m_previewLabel->setText(tr("Preview of “%1”:").arg(file.name));
    ReadOptions read;
    read.encoding = file.encodingChoice;
    auto document = readDocumentFile(file.path, read);
    // What this read found is the row's detection too (with a chosen encoding, what that encoding gives).
    m_files->setDetected(file.path, ImportFilesModel::detect(document));
    if (!document) {
        m_encodingStatus->setText(read.encoding.isEmpty() ? QString()
                                                          : tr("“%1” does not decode as %2.").arg(file.name, read.encoding));
        m_warningIcon->setVisible(!read.encoding.isEmpty());
        m_useAlternative->setVisible(false);
        m_preview->setPlainText(document.error());
        return;
    }
    showEncoding(*document);
    if (!document->encoding.isEmpty())
        m_previewLabel->setText(tr("Preview of “%1” (%2):").arg(file.name, document->encoding));
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
    if (index < 0)
        return;
    m_encoding->setCurrentIndex(index);
    chooseEncoding();
}

} // namespace marginalia
