#include "compare/PassagesDialog.h"

#include "common/AtomicFile.h"
#include "compare/PassagesDelegate.h"
#include "compare/TableCsv.h"
#include "interchange/Prompts.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace marginalia {

namespace {

// A column sized to its contents may not take more than this share of the dialog: the passage needs the room.
constexpr int kMaxSideColumnWidth = 240;
// Up to this many passages every row is fitted at once; a longer list fits the rows in view as it scrolls (laying
// out tens of thousands of passages at every resize would stall the dialog).
constexpr int kFitAllRows = 2000;

} // namespace

PassagesDialog::PassagesDialog(const QString &title, const QList<Passage> &passages, QWidget *parent)
    : QDialog(parent)
    , m_model(new PassagesModel(this))
    , m_view(new QTableView(this))
    , m_delegate(new PassagesDelegate(PassagesModel::PassageTextRole, PassagesModel::HighlightRole, this))
    , m_summary(new QLabel(this))
    , m_rowHeights(new QTimer(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("passagesDialog"));
    m_model->setPassages(passages);
    m_view->setObjectName(QStringLiteral("passagesView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(PassagesModel::TextColumn, m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Word wrap on: only then does QTableView give the delegate the column's width when it sizes a row.
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PassagesModel::TextColumn, QHeaderView::Stretch);

    // One code for all passages (a matrix cell, a word in one code's passages): named above, not in every row.
    const QStringList codes = m_model->codes();
    m_view->setColumnHidden(PassagesModel::CodeColumn, codes.size() <= 1);
    for (int column : {PassagesModel::DocumentColumn, PassagesModel::CodeColumn, PassagesModel::ParagraphColumn,
                       PassagesModel::PositionColumn, PassagesModel::WhoColumn}) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), kMaxSideColumnWidth));
    }
    addCopyAsCsvShortcut(m_view);
    connect(m_view, &QTableView::activated, this, &PassagesDialog::jumpToCurrent);

    m_rowHeights->setSingleShot(true);
    m_rowHeights->setInterval(60);
    connect(m_rowHeights, &QTimer::timeout, this, &PassagesDialog::fitRows);
    if (m_model->rowCount() > kFitAllRows) {
        connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &PassagesDialog::fitRows);
        m_fitted.resize(m_model->rowCount());
    }
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == PassagesModel::TextColumn)
            m_rowHeights->start();
    });

    QString summary = tr("%n passage(s). Double-click one to read it in its document.", nullptr,
                         static_cast<int>(passages.size()));
    if (codes.size() == 1)
        summary = tr("Code “%1”.").arg(codes.first()) + u' ' + summary;
    m_summary->setText(summary);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *go = buttons->addButton(tr("&Go to Passage"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("Copy as &CSV"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportPassages"));
    exportButton->setToolTip(tr("Save the list as a CSV table or an HTML page"));
    go->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, go,
            [go](const QModelIndex &current) { go->setEnabled(current.isValid()); });
    connect(go, &QPushButton::clicked, this, &PassagesDialog::jumpToCurrent);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(m_view); });
    connect(exportButton, &QPushButton::clicked, this, &PassagesDialog::exportWithPrompt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    fitRows();
}

void PassagesDialog::fitRows()
{
    const int rows = m_model->rowCount();
    if (rows <= kFitAllRows) {
        m_view->resizeRowsToContents();
        return;
    }
    // After a change of width every row's height is stale; rows are fitted when they come into view.
    if (m_fittedWidth != m_view->columnWidth(PassagesModel::TextColumn)) {
        m_fittedWidth = m_view->columnWidth(PassagesModel::TextColumn);
        m_fitted.fill(false);
    }
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height());
    last = std::min(rows - 1, (last < 0 ? first + 50 : last) + 20);
    for (int row = first; row <= last; ++row) {
        if (!m_fitted.testBit(row)) {
            m_view->resizeRowToContents(row);
            m_fitted.setBit(row);
        }
    }
}

QList<int> PassagesDialog::shownColumns() const
{
    QList<int> columns;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (!m_view->isColumnHidden(column))
            columns.append(column);
    }
    return columns;
}

void PassagesDialog::jumpToCurrent()
{
    if (const Passage *p = m_model->passage(m_view->currentIndex()))
        Q_EMIT jumpRequested(p->documentId, {p->start, p->end});
}

void PassagesDialog::exportWithPrompt()
{
    const QString path = Prompts::saveFileName(this, tr("Export Passages"), windowTitle(),
                                               tr("CSV table (*.csv);;HTML page (*.html)"), QStringLiteral(".csv"));
    if (!path.isEmpty())
        exportTo(path);
}

bool PassagesDialog::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString content = suffix == u"html" || suffix == u"htm" ? m_model->toHtml(windowTitle(), shownColumns())
                                                                  : tableCsv(m_model, m_view);
    if (auto written = AtomicFile::write(path, content.toUtf8()); !written) {
        QMessageBox::warning(this, tr("Export Passages"), written.error());
        return false;
    }
    return true;
}

} // namespace marginalia
