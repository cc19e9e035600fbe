#include "compare/MatrixTab.h"

#include "common/AtomicFile.h"

#include "compare/AnalysisTask.h"
#include "compare/BarChart.h"
#include "compare/ColumnFit.h"
#include "compare/TableCsv.h"
#include "context/ProjectContext.h"
#include "project/DocumentStore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
const QString kKind = QStringLiteral("kind");
constexpr int kContextLength = 60;

void fillCombo(QComboBox *combo, const QString &allText, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

MatrixTab::MatrixTab(ProjectContext *context, QWidget *parent)
    : CompareTab(context, parent)
    , m_model(new MatrixModel(this))
    , m_view(new QTableView(this))
    , m_chart(new BarChart(this))
    , m_measure(new QComboBox(this))
    , m_attribute(new QComboBox(this))
    , m_rollUp(new QCheckBox(tr("&Roll up sub-codes"), this))
    , m_kind(new QComboBox(this))
    , m_coder(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_saveChart(new QPushButton(tr("Save Chart as &PNG…"), this))
{
    using Measure = MatrixModel::Measure;
    for (Measure measure : {Measure::Passages, Measure::Codings, Measure::Documents, Measure::PercentDocuments, Measure::Characters,
                            Measure::Per10k})
        m_measure->addItem(MatrixModel::measureName(measure), static_cast<int>(measure));
    m_measure->setToolTip(tr("Passages: spans coded with the code, each once however many coders coded it (same "
                             "document, start and end). Codings: each coder's coding once. Documents: documents with "
                             "the code. % of documents: of the column's documents. Coded characters: overlapping "
                             "codings count once. Per 10,000: coded characters per 10,000 characters of the "
                             "column's text."));
    m_rollUp->setToolTip(tr("A code's row counts the codings of its sub-codes too (each coding once)"));
    m_kind->setToolTip(tr("Only documents of this kind"));
    m_coder->setToolTip(tr("Only this coder's codings"));
    m_attribute->setToolTip(tr("The attribute whose values are the columns"));

    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setToolTip(tr("Double-click a number to read the passages behind it."));
    addCopyAsCsvShortcut(m_view);
    m_chart->setObjectName(QStringLiteral("matrixChart"));

    auto *copy = new QPushButton(tr("&Copy as CSV"), this);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(m_view); });
    connect(m_saveChart, &QPushButton::clicked, this, &MatrixTab::chooseChartFile);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMeasure(static_cast<MatrixModel::Measure>(m_measure->currentData().toInt()));
        fitColumns();
        chartRow(m_chartRow);
    });
    connect(m_attribute, &QComboBox::currentIndexChanged, this, &CompareTab::scheduleReload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CompareTab::scheduleReload);
    connect(m_coder, &QComboBox::currentIndexChanged, this, &CompareTab::scheduleReload);
    connect(m_rollUp, &QCheckBox::toggled, this, &CompareTab::scheduleReload);
    connect(m_view, &QTableView::activated, this, &MatrixTab::showPassagesAt);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { chartRow(current.isValid() ? current.row() : -1); });
    connect(m_chart, &BarChart::barActivated, this, [this](int bar) {
        if (m_chartRow >= 0)
            showPassagesAt(m_model->index(m_chartRow, bar + 1));
    });

    auto *choices = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("&Columns:"), m_attribute);
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Kind:"), m_kind);
    filters->addRow(tr("C&oder:"), m_coder);
    choices->addLayout(form);
    choices->addLayout(filters);
    choices->addWidget(m_rollUp, 0, Qt::AlignTop);
    choices->addStretch(1);

    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_saveChart, 0, Qt::AlignRight);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 360});

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    m_status->setWordWrap(true);

    reloadChoices();
}

void MatrixTab::reloadChoices()
{
    DocumentStore documents(context()->project());
    QStringList attributes;
    if (auto definitions = documents.attributeDefinitions()) {
        for (const AttributeDefinition &definition : *definitions)
            attributes.append(definition.name);
    }
    if (!attributes.contains(kSite))
        attributes.prepend(kSite);
    const bool first = m_attribute->count() == 0;
    fillCombo(m_attribute, {}, attributes);
    if (first)
        m_attribute->setCurrentIndex(m_attribute->findData(kSite));
    auto values = documents.attributeValues();
    fillCombo(m_kind, tr("All kinds"), values ? values->value(kKind) : QStringList());
    auto coders = context()->project().coderNames();
    fillCombo(m_coder, tr("All coders"), coders ? *coders : QStringList());
}

MatrixOptions MatrixTab::currentOptions() const
{
    MatrixOptions options;
    options.attribute = m_attribute->currentData().toString();
    if (options.attribute.isEmpty())
        options.attribute = kSite;
    options.rollUp = m_rollUp->isChecked();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        options.scope.attributes.insert(kKind, {kind});
    if (const QString coder = m_coder->currentData().toString(); !coder.isEmpty())
        options.scope.coders = {coder};
    return options;
}

void MatrixTab::reload()
{
    const MatrixOptions options = currentOptions();
    auto result = std::make_shared<MatrixResult>();
    m_status->setText(tr("Computing the matrix…"));
    task()->start(
        context(),
        [options, result](Project &project, const std::atomic_bool &) -> QString {
            auto computed = Matrix(project).compute(options);
            if (!computed)
                return computed.error();
            *result = std::move(*computed);
            return {};
        },
        [this, options, result](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(tr("The matrix could not be computed: %1").arg(error));
                Q_EMIT failed(m_status->text());
                return;
            }
            const qint64 current = m_model->codeId(m_view->currentIndex());
            const bool totalRow = m_model->isTotalRow(m_view->currentIndex());
            m_shownOptions = options;
            m_model->setResult(*result);
            fitColumns();
            qint64 documents = 0;
            for (const MatrixColumn &column : std::as_const(result->columns))
                documents += column.documents;
            m_status->setText(tr("%n code(s)", nullptr, static_cast<int>(result->rows.size())) + QStringLiteral(" × ")
                              + tr("%n value(s) of “%1”", nullptr, static_cast<int>(result->columns.size()))
                                    .arg(result->by)
                              + QStringLiteral(", ") + tr("%n document(s).", nullptr, static_cast<int>(documents)));
            int row = totalRow ? m_model->rowCount() - 1 : m_model->rowOfCode(current);
            if (row < 0)
                row = firstRowWithData();
            if (row >= 0)
                m_view->setCurrentIndex(m_model->index(row, 0));
            chartRow(row);
            Q_EMIT refreshed();
        });
}

int MatrixTab::firstRowWithData() const
{
    // A parent code whose codings are all on its sub-codes has an empty row: the first code with a number to
    // show is charted (the total row if no code has one).
    const MatrixResult &result = m_model->result();
    for (qsizetype row = 0; row < result.rows.size(); ++row) {
        if (MatrixModel::value(result.rows.at(row).total, m_model->measure()) > 0)
            return static_cast<int>(row);
    }
    return m_model->rowCount() - 1;
}

void MatrixTab::fitColumns()
{
    // Numbers in full; the code paths get what is left (elided, the tooltip has the path), so that the total
    // column is not pushed out of view.
    fitColumnsToView(m_view, 0);
}

void MatrixTab::chartRow(int row)
{
    m_chartRow = row >= 0 && row < m_model->rowCount() ? row : -1;
    if (m_chartRow < 0) {
        m_chart->clear();
        m_saveChart->setEnabled(false);
        return;
    }
    const MatrixModel::Measure measure = m_model->measure();
    const MatrixResult &result = m_model->result();
    const bool totalRow = m_chartRow == result.rows.size();
    const QList<MatrixCell> &cells = totalRow ? result.columnTotals : result.rows.at(m_chartRow).cells;
    QList<BarChart::Bar> bars;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const double v = MatrixModel::value(cells.at(i), measure);
        bars.append({MatrixModel::columnLabel(result.columns.at(i).value), v, MatrixModel::format(v, measure)});
    }
    const QString code = totalRow ? tr("Any code") : result.rows.at(m_chartRow).path;
    m_chart->setBars(tr("“%1”: %2 by %3").arg(code, MatrixModel::measureName(measure), result.by), bars);
    m_saveChart->setEnabled(true);
}

QList<Passage> MatrixTab::passagesAt(const QModelIndex &index)
{
    QList<Passage> passages;
    if (!index.isValid())
        return passages;
    Matrix matrix(context()->project());
    const qint64 codeId = m_model->codeId(index);
    CodingFilter filter;
    if (m_model->isCodeColumn(index) || m_model->isTotalColumn(index)) {
        // Every column: the matrix's own filters only.
        if (codeId != 0)
            filter.codeIds = {codeId};
        filter.includeSubcodes = m_shownOptions.rollUp;
        filter.coders = m_shownOptions.scope.coders;
        filter.attributes = m_shownOptions.scope.attributes;
    } else {
        auto cellFilter = matrix.cellFilter(m_shownOptions, codeId, m_model->columnValue(index));
        if (!cellFilter) {
            Q_EMIT failed(cellFilter.error());
            return passages;
        }
        filter = *cellFilter;
    }
    filter.contextLength = kContextLength;
    filter.withText = true;
    filter.passages = true;   // each passage once, with all its coders
    auto segments = CodingStore(context()->project()).segments(filter);
    if (!segments) {
        Q_EMIT failed(segments.error());
        return passages;
    }
    for (const CodedSegment &segment : std::as_const(*segments))
        passages.append(Passage::fromSegment(segment));
    return passages;
}

void MatrixTab::showPassagesAt(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QList<Passage> passages = passagesAt(index);
    const QString code = m_model->isTotalRow(index) ? tr("Any code") : m_model->result().rows.at(index.row()).path;
    const bool allColumns = m_model->isCodeColumn(index) || m_model->isTotalColumn(index);
    const QString title = allColumns ? tr("“%1”: %n passage(s)", nullptr, static_cast<int>(passages.size())).arg(code)
                                     : tr("“%1” in %2: %n passage(s)", nullptr, static_cast<int>(passages.size()))
                                           .arg(code, MatrixModel::columnLabel(m_model->columnValue(index)));
    Q_EMIT passagesRequested(title, passages);
}

bool MatrixTab::saveChart(const QString &path)
{
    // Encoded in memory, then written whole (AtomicFile): a failure leaves an older chart as it was.
    const QImage image = m_chart->toImage();
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&png, "PNG")) {
        Q_EMIT failed(tr("Could not save the chart as “%1”; choose a folder you can write to.").arg(path));
        return false;
    }
    AtomicFile::removeStaleTemporaries(path);
    if (auto written = AtomicFile::write(path, png.data()); !written) {
        Q_EMIT failed(written.error());
        return false;
    }
    return true;
}

void MatrixTab::chooseChartFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), {}, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    saveChart(path);
}

} // namespace marginalia
