#include "reports/ReportDialog.h"

#include "compare/AnalysisTask.h"
#include "agreement/BlindRound.h"
#include "context/ProjectContext.h"
#include "mainwindow/WindowPlacement.h"
#include "project/Codebook.h"
#include "project/DocumentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
// The preview shows at most this many excerpts; the saved report has them all.
constexpr qint64 kPreviewExcerpts = 300;

QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QVariant &data)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QList<QVariant> checkedData(const QListWidget *list)
{
    QList<QVariant> values;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values.append(list->item(row)->data(Qt::UserRole));
    }
    return values;
}

// The report language matching the interface's (QLocale's default, set from it at start), else English.
QString interfaceReportLanguage()
{
    const QString name = QLocale().name();
    if (name.startsWith(u"zh"))
        return QStringLiteral("zh_CN");
    const QString language = name.section(u'_', 0, 0);
    return ReportLabels::languages().contains(language) ? language : QStringLiteral("en");
}

// Where the report's translations are: the .qm files beside the program (build folder), then the copies
// embedded in the application under :/i18n.
QStringList reportTranslationFolders()
{
    return {QCoreApplication::applicationDirPath(), QStringLiteral(":/i18n")};
}

} // namespace

ReportDialog::ReportDialog(ProjectContext *context, QWidget *parent)
    : QDialog(parent)
    , m_projectContext(context)
    , m_codes(checkList(this, QStringLiteral("reportCodes")))
    , m_sites(checkList(this, QStringLiteral("reportSites")))
    , m_grouping(new QComboBox(this))
    , m_context(new QSpinBox(this))
    , m_matrix(new QCheckBox(tr("Put the code × site &matrix at the top"), this))
    , m_author(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_reliabilityCoders(checkList(this, QStringLiteral("reportReliabilityCoders")))
    , m_reliabilityUnit(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_previewTimer(new QTimer(this))
    , m_previewTask(new AnalysisTask(this))
    , m_saveTask(new AnalysisTask(this))
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportDialog"));
    m_grouping->addItem(tr("By code"), static_cast<int>(ReportGrouping::ByCode));
    m_grouping->addItem(tr("By site, then code"), static_cast<int>(ReportGrouping::BySite));
    m_context->setRange(0, 2000);
    m_context->setSingleStep(20);
    m_context->setSuffix(tr(" characters"));
    m_context->setToolTip(tr("Text shown on each side of an excerpt"));
    // The author under the report's title: the current coder unless another name is typed.
    m_author->setText(m_projectContext->project().currentCoder());
    m_author->setObjectName(QStringLiteral("reportAuthor"));
    const QList<std::pair<ReportFormat, QString>> formats = {
        {ReportFormat::Html, tr("HTML (one self-contained file)")},
        {ReportFormat::Odt, tr("OpenDocument text (ODT)")},
        {ReportFormat::Docx, tr("Word document (DOCX)")},
        {ReportFormat::Pdf, tr("PDF")},
        {ReportFormat::Markdown, tr("Markdown")},
        {ReportFormat::Csv, tr("CSV (one row per excerpt)")},
    };
    for (const auto &[format, name] : formats)
        m_format->addItem(name, static_cast<int>(format));
    // Each language in its own name, as language choosers show them.
    const QList<std::pair<QString, QString>> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
    };
    for (const auto &[code, name] : languages)
        m_language->addItem(name, code);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->setToolTip(tr("The language of the report's headings and labels"));
    m_language->setCurrentIndex(m_language->findData(interfaceReportLanguage()));
    loadLabels();
    m_reliabilityCoders->setToolTip(tr("Check two or more coders: the report ends with a methods paragraph on their "
                                       "agreement over the report's codes (each statistic with its 95 % interval)."));
    m_reliabilityCoders->setMaximumHeight(100);
    m_reliabilityUnit->setObjectName(QStringLiteral("reportReliabilityUnit"));
    m_reliabilityUnit->addItem(tr("Character"), static_cast<int>(AgreementUnit::Character));
    m_reliabilityUnit->addItem(tr("Sentence"), static_cast<int>(AgreementUnit::Sentence));
    m_reliabilityUnit->addItem(tr("Paragraph"), static_cast<int>(AgreementUnit::Paragraph));
    m_reliabilityUnit->addItem(tr("Document"), static_cast<int>(AgreementUnit::Document));
    m_reliabilityUnit->addItem(tr("Segment (overlap)"), static_cast<int>(AgreementUnit::Segment));
    m_reliabilityUnit->setCurrentIndex(m_reliabilityUnit->findData(static_cast<int>(ReportOptions().reliabilityUnit)));
    m_reliabilityUnit->setToolTip(tr("The unit on which the coders' agreement is computed"));
    m_reliabilityUnit->setEnabled(false);
    m_codes->setToolTip(tr("Nothing checked: every code. A code brings its sub-codes."));
    m_sites->setToolTip(tr("Nothing checked: every site."));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    fillLists();

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportDialog::updatePreview);
    connect(m_codes, &QListWidget::itemChanged, this, &ReportDialog::schedulePreview);
    connect(m_sites, &QListWidget::itemChanged, this, &ReportDialog::schedulePreview);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_context, &QSpinBox::valueChanged, this, &ReportDialog::schedulePreview);
    connect(m_matrix, &QCheckBox::toggled, this, &ReportDialog::schedulePreview);
    connect(m_author, &QLineEdit::textChanged, this, &ReportDialog::schedulePreview);
    connect(m_reliabilityCoders, &QListWidget::itemChanged, this, [this] {
        m_reliabilityUnit->setEnabled(checkedData(m_reliabilityCoders).size() >= 2);
        schedulePreview();
    });
    connect(m_reliabilityUnit, &QComboBox::currentIndexChanged, this, &ReportDialog::schedulePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        loadLabels();
        schedulePreview();
    });
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::chooseFileAndSave);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_saveTask->cancel();
        m_status->setText(tr("Saving was cancelled; no file was written."));
    });
    connect(m_saveTask, &AnalysisTask::finished, this, [this] { setSaving(false); });

    auto *choices = new QFormLayout;
    choices->addRow(tr("&Codes:"), m_codes);
    choices->addRow(tr("S&ites:"), m_sites);
    choices->addRow(tr("&Grouping:"), m_grouping);
    choices->addRow(tr("Con&text:"), m_context);
    choices->addRow(QString(), m_matrix);
    choices->addRow(tr("&Author:"), m_author);
    choices->addRow(tr("&Language:"), m_language);
    choices->addRow(tr("&Reliability:"), m_reliabilityCoders);
    choices->addRow(tr("Reliability &unit:"), m_reliabilityUnit);
    choices->addRow(tr("&Format:"), m_format);
    auto *left = new QWidget(this);
    left->setLayout(choices);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    placeWindow(this, QSize(1000, 650), parent);   // smaller on a small screen, centred on the main window
    updatePreview();
}

void ReportDialog::fillLists()
{
    Project &project = m_projectContext->project();
    if (auto codes = Codebook(project).codes()) {
        for (const Code &code : std::as_const(*codes))
            addCheckItem(m_codes, QString(code.depth * 4, u' ') + code.name, code.id);
    } else {
        m_status->setText(codes.error());
    }
    if (auto values = DocumentStore(project).attributeValues()) {
        for (const QString &site : values->value(kSite))
            addCheckItem(m_sites, site, site);
    }
    if (auto coders = project.coderNames()) {
        for (const QString &coder : std::as_const(*coders))
            addCheckItem(m_reliabilityCoders, coder, coder);
    }
    // While a blind round is open the coders' codings on its documents are not all shown (project/VisibleCodings), so
    // a reliability paragraph would silently leave those documents out: it is offered once the round is closed.
    if (const auto round = BlindRound::of(m_projectContext)->round()) {
        m_reliabilityCoders->setEnabled(false);
        m_reliabilityCoders->setToolTip(tr("The blind round on “%1” is open: the reliability paragraph can be added "
                                           "once it is closed (until then its documents would be left out).")
                                            .arg(round->set));
    }
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    for (const QVariant &id : checkedData(m_codes))
        options.codeIds.append(id.toLongLong());
    for (const QVariant &site : checkedData(m_sites))
        options.sites.append(site.toString());
    options.siteAttribute = kSite;
    options.grouping = static_cast<ReportGrouping>(m_grouping->currentData().toInt());
    options.contextLength = m_context->value();
    options.includeMatrix = m_matrix->isChecked();
    options.author = m_author->text().trimmed();
    options.labels = m_labels;
    // One coder alone has no agreement: the paragraph needs two or more.
    const QList<QVariant> reliability = checkedData(m_reliabilityCoders);
    if (reliability.size() >= 2) {
        for (const QVariant &coder : reliability)
            options.reliabilityCoders.append(coder.toString());
        options.reliabilityUnit = static_cast<AgreementUnit>(m_reliabilityUnit->currentData().toInt());
    }
    return options;
}

void ReportDialog::loadLabels()
{
    auto labels = ReportLabels::load(m_language->currentData().toString(), reportTranslationFolders());
    if (labels) {
        m_labels = *labels;
    } else {
        m_labels = ReportLabels();
        m_status->setText(tr("The report will be in English: %1").arg(labels.error()));
    }
}

ReportFormat ReportDialog::format() const
{
    return static_cast<ReportFormat>(m_format->currentData().toInt());
}

void ReportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

QString ReportDialog::extension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Odt: return QStringLiteral("odt");
    case ReportFormat::Docx: return QStringLiteral("docx");
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Markdown: return QStringLiteral("md");
    case ReportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

bool ReportDialog::isSaving() const
{
    return m_saveTask->isRunning();
}

bool ReportDialog::isPreviewing() const
{
    return m_previewTimer->isActive() || m_previewTask->isRunning();
}

void ReportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ReportDialog::updatePreview()
{
    m_previewTimer->stop();
    const ReportOptions reportOptions = options();
    auto html = std::make_shared<QString>();
    auto counts = std::make_shared<std::pair<qint64, qint64>>(0, 0);
    m_previewTask->start(
        m_projectContext,
        [reportOptions, html, counts](Project &project, const std::atomic_bool &cancelled) -> QString {
            auto collected = ReportWriter::collect(project, reportOptions);
            if (!collected)
                return collected.error();
            if (cancelled.load())
                return {};
            *counts = {collected->excerptCount, qMin(collected->excerptCount, kPreviewExcerpts)};
            // The preview: the first excerpts only (the headings keep the report's counts).
            collected->excerptLimit = kPreviewExcerpts;
            auto written = ReportWriter::html(project, *collected);
            if (!written)
                return written.error();
            *html = *written;
            return {};
        },
        [this, html, counts](const QString &error) {
            if (!error.isEmpty()) {
                m_preview->setPlainText(tr("The report could not be prepared: %1").arg(error));
            } else {
                m_preview->setHtml(*html);
                if (counts->first > counts->second)
                    m_status->setText(tr("The preview shows the first %1 of %n excerpt(s); the saved report has them all.",
                                         nullptr, static_cast<int>(counts->first))
                                          .arg(counts->second));
                else
                    m_status->setText(tr("%n excerpt(s).", nullptr, static_cast<int>(counts->first)));
            }
            Q_EMIT previewUpdated();
        });
}

// Reports are saved beside the project by default (a thesis folder holds both), else in the home folder.
QDir ReportDialog::reportFolder() const
{
    const QFileInfo project(m_projectContext->path());
    return project.absoluteDir().exists() && !m_projectContext->path().isEmpty() ? project.absoluteDir() : QDir::home();
}

void ReportDialog::chooseFileAndSave()
{
    const ReportFormat chosen = format();
    const QString suffix = extension(chosen);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), reportFolder().filePath(tr("report") + u'.' + suffix),
                                                tr("%1 (*.%2)").arg(m_format->currentText(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    save(path);
}

void ReportDialog::setSaving(bool saving)
{
    m_progress->setVisible(saving);
    m_cancel->setVisible(saving);
    m_save->setEnabled(!saving);
}

void ReportDialog::save(const QString &path)
{
    const ReportOptions reportOptions = options();
    const ReportFormat chosen = format();
    // ReportWriter::write writes beside the target and renames over it only when the report is whole (AtomicFile):
    // a cancelled or failed save leaves the older report as it was. Cancelling after the report is whole changes
    // nothing any more.
    auto excerpts = std::make_shared<qint64>(0);
    setSaving(true);
    m_status->setText(tr("Saving “%1”…").arg(QFileInfo(path).fileName()));
    m_saveTask->start(
        m_projectContext,
        [reportOptions, chosen, path, excerpts](Project &project, const std::atomic_bool &cancelled) -> QString {
            auto collected = ReportWriter::collect(project, reportOptions);
            if (!collected)
                return collected.error();
            *excerpts = collected->excerptCount;
            if (cancelled.load())
                return {};
            auto written = ReportWriter::write(project, *collected, chosen, path, &cancelled);
            return written ? QString() : written.error();
        },
        [this, path, excerpts](const QString &error) {
            if (!error.isEmpty()) {
                const QString message = tr("Could not save the report as “%1”: %2").arg(path, error);
                m_status->setText(message);
                Q_EMIT saveFailed(message);
                return;
            }
            m_status->setText(tr("Saved %n passage(s) to “%1”.", nullptr, static_cast<int>(*excerpts)).arg(path));
            Q_EMIT saved(path);
        });
}

} // namespace marginalia
