#include "compare/CooccurrenceTab.h"

#include "compare/AnalysisTask.h"
#include "compare/TableCsv.h"
#include "context/ProjectContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>

#include <algorithm>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

CooccurrenceTab::CooccurrenceTab(ProjectContext *context, QWidget *parent)
    : CompareTab(context, parent)
    , m_model(new CooccurrenceModel(this))
    , m_view(new QTableView(this))
    , m_unit(new QComboBox(this))
    , m_definition(new QLabel(this))
{
    m_unit->addItem(tr("Overlapping codings"), static_cast<int>(CooccurrenceUnit::Overlap));
    m_unit->addItem(tr("Same paragraph"), static_cast<int>(CooccurrenceUnit::Paragraph));
    m_view->setObjectName(QStringLiteral("cooccurrenceView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a pair to read the passages behind it."));
    addCopyAsCsvShortcut(m_view);
    m_definition->setWordWrap(true);

    auto *copy = new QPushButton(tr("&Copy as CSV"), this);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(m_view); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &CompareTab::scheduleReload);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const CooccurrencePair *pair = m_model->pair(index);
        if (!pair)
            return;
        const QList<Passage> passages = passagesAt(index);
        Q_EMIT passagesRequested(tr("“%1” with “%2”: %n passage(s)", nullptr, static_cast<int>(passages.size()))
                                     .arg(pair->pathA, pair->pathB),
                                 passages);
    });

    auto *top = new QHBoxLayout;
    auto *unitLabel = new QLabel(tr("&Together means:"), this);
    unitLabel->setBuddy(m_unit);
    top->addWidget(unitLabel);
    top->addWidget(m_unit);
    top->addStretch(1);
    top->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_definition);
}

QString CooccurrenceTab::definition(CooccurrenceUnit unit)
{
    return unit == CooccurrenceUnit::Overlap
               ? tr("Two codings of different codes that share at least one character, by any coders: each such pair "
                    "of codings counts once.")
               : tr("A paragraph (line) touched by codings of both codes counts once.");
}

void CooccurrenceTab::reload()
{
    const auto unit = static_cast<CooccurrenceUnit>(m_unit->currentData().toInt());
    m_definition->setText(definition(unit));
    auto pairs = std::make_shared<QList<CooccurrencePair>>();
    task()->start(
        projectPath(),
        [unit, pairs](Project &project, const std::atomic_bool &) -> QString {
            auto found = Cooccurrence(project).pairs(unit);
            if (!found)
                return found.error();
            *pairs = std::move(*found);
            return {};
        },
        [this, unit, pairs](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT failed(tr("The co-occurrences could not be computed: %1").arg(error));
                return;
            }
            m_model->setPairs(unit, *pairs);
            m_view->resizeColumnsToContents();
            Q_EMIT refreshed();
        });
}

QList<Passage> CooccurrenceTab::passagesAt(const QModelIndex &index)
{
    QList<Passage> passages;
    const CooccurrencePair *pair = m_model->pair(index);
    if (!pair)
        return passages;
    auto ids = Cooccurrence(context()->project()).pairCodings(m_model->unit(), pair->codeA, pair->codeB);
    if (!ids) {
        Q_EMIT failed(ids.error());
        return passages;
    }
    // One query for both codes' codings, then those of the pair.
    const QSet<qint64> wanted(ids->cbegin(), ids->cend());
    CodingFilter filter;
    filter.codeIds = {pair->codeA, pair->codeB};
    filter.contextLength = 60;
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
