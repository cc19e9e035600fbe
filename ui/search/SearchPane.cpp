#include "search/SearchPane.h"

#include "coding/EditCommands.h"
#include "compare/AnalysisTask.h"
#include "compare/PassagesDelegate.h"
#include "context/ProjectContext.h"
#include "project/Codebook.h"
#include "search/SearchResultsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace marginalia {

SearchPane::SearchPane(ProjectContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new AnalysisTask(this))
    , m_model(new SearchResultsModel(this))
    , m_query(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_code(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_autoCode(new QPushButton(tr("&Auto-code…"), this))
{
    setObjectName(QStringLiteral("searchPane"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search all documents"));
    m_query->setClearButtonEnabled(true);
    m_wholeWords->setToolTip(tr("Only hits that begin and end at word boundaries (Chinese words included)"));
    m_summary->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SearchResultsModel::ContextColumn, new PassagesDelegate(Qt::DisplayRole, SearchResultsModel::HitRangeRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultsModel::ContextColumn, QHeaderView::Stretch);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == SearchResultsModel::ContextColumn)
            fitRows();
    });

    m_code->setObjectName(QStringLiteral("autoCodeCode"));
    m_code->setToolTip(tr("The code the results are coded with"));
    m_unit->setObjectName(QStringLiteral("autoCodeUnit"));
    m_unit->addItem(tr("Match"), static_cast<int>(AutoCodeUnit::Match));
    m_unit->addItem(tr("Sentence"), static_cast<int>(AutoCodeUnit::Sentence));
    m_unit->addItem(tr("Paragraph"), static_cast<int>(AutoCodeUnit::Paragraph));
    m_unit->setToolTip(tr("What each hit codes: the hit itself, its sentence or its paragraph"));
    m_autoCode->setObjectName(QStringLiteral("autoCodeButton"));

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_searchButton);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_caseSensitive);
    optionsRow->addWidget(m_wholeWords);
    optionsRow->addStretch(1);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(new QLabel(tr("Code:"), this));
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(new QLabel(tr("Unit:"), this));
    codeRow->addWidget(m_unit);
    codeRow->addWidget(m_autoCode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(codeRow);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPane::search);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchPane::search);
    connect(m_view, &QTableView::clicked, this, &SearchPane::jumpToIndex);
    connect(m_view, &QTableView::activated, this, &SearchPane::jumpToIndex);
    connect(m_autoCode, &QPushButton::clicked, this, &SearchPane::confirmAndAutoCode);
    connect(m_code, &QComboBox::currentIndexChanged, this, &SearchPane::updateActions);
    connect(m_task, &AnalysisTask::finished, this, &SearchPane::updateActions);
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (changes & ProjectContext::Codes)
            reloadCodes();
        // Results of removed (or restored) documents would point nowhere.
        if ((changes & ProjectContext::Documents) && !m_shownQuery.isEmpty()) {
            m_model->setResults({});
            m_summary->setText(tr("The documents changed: search again."));
            m_shownQuery.clear();
            updateActions();
        }
    });
    reloadCodes();
    updateActions();
}

void SearchPane::activate()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

bool SearchPane::isSearching() const
{
    return m_task->isRunning();
}

void SearchPane::search()
{
    SearchRequest request;
    request.query = m_query->text();
    request.caseSensitive = m_caseSensitive->isChecked();
    request.wholeWords = m_wholeWords->isChecked();
    if (request.query.trimmed().isEmpty()) {
        m_summary->setText(tr("Type the words to look for."));
        return;
    }
    m_summary->setText(tr("Searching…"));
    auto results = std::make_shared<QList<SearchResult>>();
    m_task->start(
        m_context->path(),
        [request, results](Project &project, const std::atomic_bool &cancelled) -> QString {
            auto found = SearchRunner::run(project, request, cancelled);
            if (!found)
                return found.error();
            *results = std::move(*found);
            return {};
        },
        [this, request, results](const QString &error) {
            if (!error.isEmpty()) {
                m_model->setResults({});
                m_shownQuery.clear();
                m_summary->setText(tr("The search failed: %1").arg(error));
            } else {
                showResults(*results, request);
            }
            updateActions();
            Q_EMIT searchFinished();
        });
    updateActions();
}

void SearchPane::showResults(const QList<SearchResult> &results, const SearchRequest &request)
{
    m_model->setResults(results);
    m_shownQuery = request.query;
    m_view->resizeColumnToContents(SearchResultsModel::DocumentColumn);
    m_view->resizeColumnToContents(SearchResultsModel::ParagraphColumn);
    fitRows();
    if (results.isEmpty())
        m_summary->setText(tr("No hits for “%1”.").arg(request.query));
    else
        m_summary->setText(tr("%n hit(s)", nullptr, static_cast<int>(results.size()))
                           + QStringLiteral(" ")
                           + tr("in %n document(s). Click one to read it.", nullptr, m_model->documentCount()));
}

void SearchPane::fitRows()
{
    // Wrapped contexts get their height; for very many hits measuring every row would stall the
    // GUI, so those keep two lines each (the full context is in the tooltip).
    constexpr int maxMeasuredRows = 2000;
    if (m_model->rowCount() <= maxMeasuredRows) {
        m_view->resizeRowsToContents();
    } else {
        m_view->verticalHeader()->setDefaultSectionSize(2 * m_view->fontMetrics().lineSpacing() + 4);
    }
}

void SearchPane::reloadCodes()
{
    const qint64 current = m_code->currentData().toLongLong();
    m_code->clear();
    auto codes = Codebook(m_context->project()).codes();
    if (!codes) {
        m_context->reportFailure(codes.error());
        return;
    }
    for (const Code &code : *codes)
        m_code->addItem(code.path, code.id);
    const int index = m_code->findData(current);
    if (index >= 0)
        m_code->setCurrentIndex(index);
}

void SearchPane::jumpToIndex(const QModelIndex &index)
{
    if (const SearchResult *r = m_model->result(index))
        Q_EMIT jumpRequested(r->hit.documentId, {r->hit.start, r->hit.end});
}

void SearchPane::updateActions()
{
    m_autoCode->setEnabled(!m_task->isRunning() && m_model->rowCount() > 0 && m_code->currentIndex() >= 0);
}

AutoCodeUnit SearchPane::chosenUnit() const
{
    return static_cast<AutoCodeUnit>(m_unit->currentData().toInt());
}

qint64 SearchPane::pendingUnitCount()
{
    if (m_model->results().isEmpty())
        return 0;
    auto units = AutoCoder(m_context->project()).unitsFor(SearchRunner::hits(m_model->results()), chosenUnit());
    if (!units) {
        m_context->reportFailure(units.error());
        return 0;
    }
    return units->size();
}

void SearchPane::confirmAndAutoCode()
{
    if (m_code->currentIndex() < 0 || m_model->results().isEmpty())
        return;
    const qint64 count = pendingUnitCount();
    if (count == 0)
        return;
    const QString question = tr("Code %n passage(s) with “%1”?", nullptr, static_cast<int>(count))
                                 .arg(m_code->currentText())
        + QLatin1Char(' ') + tr("You can undo this.");
    if (QMessageBox::question(this, tr("Auto-code"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Yes)
        == QMessageBox::Yes)
        autoCode();
}

bool SearchPane::autoCode()
{
    const qint64 codeId = m_code->currentData().toLongLong();
    if (codeId == 0 || m_model->results().isEmpty())
        return false;
    AutoCodeReport report;
    const bool done = EditCommands::autoCodeHits(m_context, codeId, SearchRunner::hits(m_model->results()),
                                                 chosenUnit(), m_shownQuery, &report);
    if (done)
        m_summary->setText(tr("%n new coding(s)", nullptr, static_cast<int>(report.added)) + QStringLiteral(", ")
                           + tr("%n passage(s) were coded already.", nullptr, static_cast<int>(report.alreadyCoded)));
    return done;
}

} // namespace marginalia
