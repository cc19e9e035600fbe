#include "memos/MemosPane.h"

#include "memos/MemoListModel.h"

#include "common/AtomicFile.h"
#include "compare/AnalysisTask.h"
#include "context/ProjectContext.h"
#include "interchange/Prompts.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QToolButton>

#include <memory>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

MemosPane::MemosPane(ProjectContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new MemoListModel(context, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_exportButton(new QToolButton(this))
    , m_exportTask(new AnalysisTask(this))
{
    setObjectName(QStringLiteral("memosPane"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterEdit->setObjectName(QStringLiteral("memosFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter memos"));
    m_filterEdit->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("memosView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(MemoListModel::OwnerColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MemoListModel::MemoColumn, QHeaderView::Stretch);
    // The object and the memo share what is left (elided, in full in their tooltips), so that neither is
    // squeezed out of a narrow dock.
    m_view->horizontalHeader()->setSectionResizeMode(MemoListModel::ObjectColumn, QHeaderView::Stretch);

    // Wrapped to the dock's width: on one line “No memos yet. …” made the dock 650 px wide in German.
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_exportButton->setObjectName(QStringLiteral("memosExport"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save every memo, with what it belongs to and the coded passages, as a file"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("CSV (spreadsheet)…"), this, [this] { exportMemos(MemoFormat::Csv); });
    exportMenu->addAction(tr("Markdown…"), this, [this] { exportMemos(MemoFormat::Markdown); });
    exportMenu->addAction(tr("HTML…"), this, [this] { exportMemos(MemoFormat::Html); });
    m_exportButton->setMenu(exportMenu);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_exportButton);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MemosPane::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MemosPane::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MemosPane::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MemosPane::updateSummary);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const MemoEntry *entry = m_model->entry(m_filter->mapToSource(index)))
            Q_EMIT memoActivated(*entry);
    });
    // A superseded or abandoned export calls no `done`: the button comes back all the same.
    connect(m_exportTask, &AnalysisTask::finished, m_exportButton, [this](bool) { m_exportButton->setEnabled(true); });
    updateSummary();
}

namespace {

QString suffixOf(MemoFormat format)
{
    switch (format) {
    case MemoFormat::Csv: return QStringLiteral(".csv");
    case MemoFormat::Markdown: return QStringLiteral(".md");
    case MemoFormat::Html: return QStringLiteral(".html");
    case MemoFormat::Json: return QStringLiteral(".json");
    case MemoFormat::Text: return QStringLiteral(".txt");
    }
    return {};
}

} // namespace

MemoLabels MemosPane::translatedLabels()
{
    MemoLabels labels;
    labels.title = tr("Memos");
    labels.documentKind = tr("document");
    labels.codeKind = tr("code");
    labels.codingKind = tr("coding");
    labels.caseKind = tr("case");
    labels.documentsHeading = tr("Document memos");
    labels.codesHeading = tr("Code memos");
    labels.codingsHeading = tr("Coding memos");
    labels.casesHeading = tr("Case memos");
    labels.columns = {tr("Kind"), tr("Document"), tr("Code"), tr("Case"), tr("Passage"),
                      tr("Citation"), tr("By"), tr("Date"), tr("Memo")};
    //: A coding in the memo export: %1 the code's path, %2 the document
    labels.codingOf = tr("%1 in %2");
    labels.importedBy = tr("imported by %1");
    labels.importedAt = tr("imported %1");
    labels.createdAt = tr("created %1");
    labels.codedBy = tr("coded by %1");
    labels.codedAt = tr("coded %1");
    labels.paragraph = tr("paragraph %1");
    labels.paragraphs = tr("paragraphs %1–%2");
    labels.speaker = tr("speaker %1");
    labels.speakers = tr("speakers %1");
    labels.characters = tr("characters %1–%2");
    labels.noMemos = tr("The project has no memos.");
    return labels;
}

QString MemosPane::suggestedExportPath(MemoFormat format) const
{
    const QFileInfo project(m_context->path());
    return project.dir().filePath(project.completeBaseName() + QStringLiteral("-memos") + suffixOf(format));
}

bool MemosPane::isExporting() const
{
    return m_exportTask->isRunning();
}

void MemosPane::exportMemos(MemoFormat format)
{
    QString filter;
    switch (format) {
    case MemoFormat::Csv: filter = tr("CSV (*.csv)"); break;
    case MemoFormat::Markdown: filter = tr("Markdown (*.md)"); break;
    case MemoFormat::Html: filter = tr("HTML (*.html)"); break;
    default: return;
    }
    const QString path = Prompts::saveFileName(this, tr("Export Memos"), suggestedExportPath(format), filter,
                                               suffixOf(format));
    if (!path.isEmpty())
        exportTo(format, path);
}

void MemosPane::exportTo(MemoFormat format, const QString &path)
{
    // Read on the task's own connection and written as read, so a project with many memos does not stop the window.
    auto written = std::make_shared<qint64>(0);
    const MemoLabels labels = translatedLabels();
    m_exportButton->setEnabled(false);
    m_summary->setText(tr("Exporting memos…"));
    m_exportTask->start(
        m_context,
        [format, path, labels, written](Project &project, const std::atomic_bool &cancelled) -> QString {
            AtomicFile::removeStaleTemporaries(path);
            AtomicFile file(path);
            if (auto begun = file.begin(); !begun)
                return begun.error();
            auto count = marginalia::exportMemos(
                project, format, labels, [&file](QByteArrayView bytes) { return file.append(bytes); },
                [&cancelled] { return cancelled.load(); });
            if (!count) {
                file.discard();
                return count.error();
            }
            if (auto committed = file.commit(); !committed)
                return committed.error();
            *written = *count;
            return {};
        },
        [this, path, written](const QString &error) {
            m_exportButton->setEnabled(true);
            updateSummary();
            if (!error.isEmpty())
                m_context->reportFailure(tr("The memos were not exported to %1: %2").arg(path, error));
            Q_EMIT exportFinished(path, *written, error);
        });
}

void MemosPane::updateSummary()
{
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("No memos yet. Write one in the Memo panel for a document, code or coding."));
    else
        m_summary->setText(tr("%n memo(s) shown", nullptr, m_filter->rowCount()) + QStringLiteral(" · ")
                           + tr("double-click one to go to it"));
}

} // namespace marginalia
