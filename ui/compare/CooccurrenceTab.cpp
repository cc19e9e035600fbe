#include "compare/CooccurrenceTab.h"

#include "compare/AnalysisTask.h"
#include "compare/ColumnFit.h"
#include "compare/CooccurrenceHeatDelegate.h"
#include "compare/TableCsv.h"
#include "context/ProjectContext.h"
#include "project/DocumentStore.h"

#include <QKeyEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
const QString kKind = QStringLiteral("kind");
constexpr int kContextLength = 60;

// Refills a filter combo with "all" first, keeping the value chosen when it is still there.
void fillFilter(QComboBox *combo, const QString &allText, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

CooccurrenceTab::CooccurrenceTab(ProjectContext *context, QWidget *parent)
    : CompareTab(context, parent)
    , m_model(new CooccurrenceModel(this))
    , m_matrixModel(new CooccurrenceMatrixModel(this))
    , m_views(new QTabWidget(this))
    , m_matrixView(new QTableView(this))
    , m_view(new QTableView(this))
    , m_unit(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_coder(new QComboBox(this))
    , m_ancestors(new QCheckBox(tr("&Pair codes with their sub-codes"), this))
    , m_definition(new QLabel(this))
{
    m_unit->addItem(tr("Overlapping codings"), static_cast<int>(CooccurrenceUnit::Overlap));
    m_unit->addItem(tr("Same paragraph"), static_cast<int>(CooccurrenceUnit::Paragraph));
    m_value->addItem(tr("Count"), false);
    m_value->addItem(tr("Jaccard coefficient"), true);
    m_value->setToolTip(tr("Jaccard: J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always "
                           "together)"));
    m_site->setToolTip(tr("Only documents of this site"));
    m_kind->setToolTip(tr("Only documents of this kind"));
    m_coder->setToolTip(tr("Only this coder's codings"));
    m_ancestors->setToolTip(tr("A code and its own sub-codes usually overlap by design; they are left out unless "
                               "this is ticked"));
    fillMeasures(CooccurrenceUnit::Overlap);

    m_matrixView->setObjectName(QStringLiteral("cooccurrenceMatrixView"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setItemDelegate(new CooccurrenceHeatDelegate(m_matrixView));
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Column widths from the first hundred rows: a large codebook's heat map sizes quickly.
    m_matrixView->horizontalHeader()->setResizeContentsPrecision(100);
    m_matrixView->setToolTip(tr("Click a cell to read the passages behind it."));
    addCopyAsCsvShortcut(m_matrixView);
    m_matrixView->installEventFilter(this);   // Enter opens the current cell, as a click does
    connect(m_matrixView, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showPassagesOf(m_matrixModel->pair(index)); });

    m_view->setObjectName(QStringLiteral("cooccurrenceView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a pair to read the passages behind it."));
    addCopyAsCsvShortcut(m_view);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { showPassagesOf(m_model->pair(index)); });

    m_views->addTab(m_matrixView, tr("&Heat Map"));
    m_views->addTab(m_view, tr("Pair &List"));

    auto *copy = new QPushButton(tr("&Copy as CSV"), this);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(table()); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        fillMeasures(static_cast<CooccurrenceUnit>(m_unit->currentData().toInt()));
        scheduleReload();
    });
    connect(m_measure, &QComboBox::currentIndexChanged, this, &CooccurrenceTab::applyMeasure);
    connect(m_value, &QComboBox::currentIndexChanged, this, &CooccurrenceTab::applyMeasure);
    for (QComboBox *filter : {m_site, m_kind, m_coder})
        connect(filter, &QComboBox::currentIndexChanged, this, &CompareTab::scheduleReload);
    connect(m_ancestors, &QCheckBox::toggled, this, &CompareTab::scheduleReload);

    auto *what = new QFormLayout;
    what->addRow(tr("&Together means:"), m_unit);
    what->addRow(tr("Co&unt in:"), m_measure);
    what->addRow(tr("&Show:"), m_value);
    auto *filters = new QFormLayout;
    filters->addRow(tr("S&ite:"), m_site);
    filters->addRow(tr("&Kind:"), m_kind);
    filters->addRow(tr("C&oder:"), m_coder);
    auto *top = new QHBoxLayout;
    top->addLayout(what);
    top->addLayout(filters);
    top->addWidget(m_ancestors, 0, Qt::AlignTop);
    top->addStretch(1);
    top->addWidget(copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_definition);
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);

    reloadChoices();
}

bool CooccurrenceTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_matrixView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            showPassagesOf(m_matrixModel->pair(m_matrixView->currentIndex()));
            return true;
        }
    }
    return CompareTab::eventFilter(watched, event);
}

QTableView *CooccurrenceTab::table() const
{
    return m_views->currentIndex() == ListView ? m_view : m_matrixView;
}

void CooccurrenceTab::reloadChoices()
{
    DocumentStore documents(context()->project());
    auto values = documents.attributeValues();
    fillFilter(m_site, tr("All sites"), values ? values->value(kSite) : QStringList());
    fillFilter(m_kind, tr("All kinds"), values ? values->value(kKind) : QStringList());
    auto coders = context()->project().coderNames();
    fillFilter(m_coder, tr("All coders"), coders ? *coders : QStringList());
}

void CooccurrenceTab::fillMeasures(CooccurrenceUnit unit)
{
    const QVariant current = m_measure->currentData();
    {
        const QSignalBlocker blocker(m_measure);
        m_measure->clear();
        for (CooccurrenceMeasure measure : Cooccurrence::measures(unit))
            m_measure->addItem(CooccurrenceModel::measureTitle(measure), static_cast<int>(measure));
        m_measure->setCurrentIndex(qMax(0, m_measure->findData(current)));
    }
    m_measure->setToolTip(unit == CooccurrenceUnit::Overlap
                              ? tr("Passages: the spans of either code that overlap one of the other, each once "
                                   "however many coders coded it. Codings: each coder's coding once. Documents: "
                                   "documents where they overlap.")
                              : tr("Paragraphs: paragraphs touched by both codes. Documents: documents with such a "
                                   "paragraph."));
}

void CooccurrenceTab::applyMeasure()
{
    const auto measure = static_cast<CooccurrenceMeasure>(m_measure->currentData().toInt());
    m_model->setMeasure(measure);
    m_matrixModel->setMeasure(measure, m_value->currentData().toBool());
    fitColumnsToView(m_matrixView, 0);
    m_definition->setText(definition());
}

CooccurrenceOptions CooccurrenceTab::currentOptions() const
{
    CooccurrenceOptions options;
    options.unit = static_cast<CooccurrenceUnit>(m_unit->currentData().toInt());
    options.includeAncestors = m_ancestors->isChecked();
    if (const QString site = m_site->currentData().toString(); !site.isEmpty())
        options.scope.attributes.insert(kSite, {site});
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        options.scope.attributes.insert(kKind, {kind});
    if (const QString coder = m_coder->currentData().toString(); !coder.isEmpty())
        options.scope.coders = {coder};
    return options;
}

QString CooccurrenceTab::definition() const
{
    const auto unit = static_cast<CooccurrenceUnit>(m_unit->currentData().toInt());
    const auto measure = static_cast<CooccurrenceMeasure>(m_measure->currentData().toInt());
    QString together = unit == CooccurrenceUnit::Overlap
                           ? tr("Together: codings of the two codes share at least one character (touching is not "
                                "enough).")
                           : tr("Together: codings of the two codes touch the same paragraph (line).");
    QString counted;
    switch (measure) {
    case CooccurrenceMeasure::Passages:
        counted = tr("n(A∩B): the passages of either code that overlap one of the other (each span once, however "
                     "many coders); n(A) + n(B) − n(A∩B) = the passages of A plus those of B.");
        break;
    case CooccurrenceMeasure::Codings:
        counted = tr("n(A∩B): the codings of either code that overlap one of the other; n(A) + n(B) − n(A∩B) = the "
                     "codings of A plus those of B.");
        break;
    case CooccurrenceMeasure::Paragraphs:
        counted = tr("n(A∩B): paragraphs touched by both codes; n(A): paragraphs touched by A.");
        break;
    case CooccurrenceMeasure::Documents:
        counted = tr("n(A∩B): documents where the two codes are together; n(A): documents with A.");
        break;
    }
    return together + u' ' + counted + u' '
           + tr("Jaccard J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always together). The "
                "heat map shades counts against the largest one, Jaccard from 0 to 1.");
}

void CooccurrenceTab::reload()
{
    const CooccurrenceOptions options = currentOptions();
    auto result = std::make_shared<CooccurrenceResult>();
    task()->start(
        context(),
        [options, result](Project &project, const std::atomic_bool &) -> QString {
            auto computed = Cooccurrence(project).compute(options);
            if (!computed)
                return computed.error();
            *result = std::move(*computed);
            return {};
        },
        [this, options, result](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT failed(tr("The co-occurrences could not be computed: %1").arg(error));
                return;
            }
            m_shownOptions = options;
            m_model->setPairs(options.unit, result->pairs);
            m_matrixModel->setResult(*result);
            applyMeasure();
            m_view->resizeColumnsToContents();
            Q_EMIT refreshed();
        });
}

void CooccurrenceTab::showPassagesOf(const CooccurrencePair *pair)
{
    if (!pair)
        return;
    const CooccurrencePair shown = *pair;   // the models may be reset while the passages are read
    const QList<Passage> passages = passagesOf(shown);
    Q_EMIT passagesRequested(tr("“%1” with “%2”: %n passage(s)", nullptr, static_cast<int>(passages.size()))
                                 .arg(shown.pathA, shown.pathB),
                             passages);
}

QList<Passage> CooccurrenceTab::passagesAt(const QModelIndex &index)
{
    const CooccurrencePair *pair = index.model() == m_matrixModel ? m_matrixModel->pair(index) : m_model->pair(index);
    return pair ? passagesOf(*pair) : QList<Passage>();
}

QList<Passage> CooccurrenceTab::passagesOf(const CooccurrencePair &pair)
{
    QList<Passage> passages;
    auto ids = Cooccurrence(context()->project()).pairCodings(m_shownOptions, pair.codeA, pair.codeB);
    if (!ids) {
        Q_EMIT failed(ids.error());
        return passages;
    }
    // One query for both codes' codings under the same filters, then those behind the pair.
    const QSet<qint64> wanted(ids->cbegin(), ids->cend());
    CodingFilter filter;
    filter.codeIds = {pair.codeA, pair.codeB};
    filter.coders = m_shownOptions.scope.coders;
    filter.attributes = m_shownOptions.scope.attributes;
    filter.contextLength = kContextLength;
    filter.passages = true;   // each passage once, with all its coders
    auto segments = CodingStore(context()->project()).segments(filter);
    if (!segments) {
        Q_EMIT failed(segments.error());
        return passages;
    }
    for (const CodedSegment &segment : std::as_const(*segments)) {
        if (std::any_of(segment.codingIds.cbegin(), segment.codingIds.cend(),
                        [&](qint64 id) { return wanted.contains(id); }))
            passages.append(Passage::fromSegment(segment));
    }
    return passages;
}

} // namespace marginalia
