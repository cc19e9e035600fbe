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
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace marginalia {

SearchPane::SearchPane(ProjectContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new AnalysisTask(this))
    , m_countTask(new AnalysisTask(this))
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
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3 + 2 * m_view->frameWidth() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(SearchResultsModel::ContextColumn, QHeaderView::Stretch);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == SearchResultsModel::ContextColumn)
            fitRows();
    });

    m_code->setObjectName(QStringLiteral("autoCodeCode"));
    // Long code paths are elided in the closed box (the list shows them whole), so the pane stays narrow enough for
    // a 1024-pixel-wide screen.
    m_code->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_code->setMinimumContentsLength(16);
    m_code->setToolTip(tr("The code the results are coded with"));
    m_unit->setObjectName(QStringLiteral("autoCodeUnit"));
    m_unit->addItem(tr("Match"), static_cast<int>(AutoCodeUnit::Match));
    m_unit->addItem(tr("Sentence"), static_cast<int>(AutoCodeUnit::Sentence));
    m_unit->addItem(tr("Paragraph"), static_cast<int>(AutoCodeUnit::Paragraph));
    m_unit->setToolTip(tr("What each hit codes: the hit itself, its sentence or its paragraph"));
    m_autoCode->setObjectName(QStringLiteral("autoCodeButton"));

    // The options beside the query: one row less, for screens 600 pixels high.
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_caseSensitive);
    queryRow->addWidget(m_wholeWords);
    queryRow->addWidget(m_searchButton);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(new QLabel(tr("Code:"), this));
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(new QLabel(tr("Unit:"), this));
    codeRow->addWidget(m_unit);
    codeRow->addWidget(m_autoCode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
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
    connect(m_countTask, &AnalysisTask::finished, this, [this](bool completed) {
        if (m_countProgress) {
            m_countProgress->deleteLater();
            m_countProgress = nullptr;
        }
        if (!completed) {
            m_summary->setText(tr("Auto-coding cancelled: nothing was coded."));
            Q_EMIT unitsCounted(-1);   // cancelled: `done` did not run
        }
        updateActions();
    });
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (changes & ProjectContext::Codes)
            reloadCodes();
        // Results of removed (or restored) documents would point nowhere.
        if ((changes & ProjectContext::Documents) && !m_shownQuery.isEmpty()) {
            ++m_resultsGeneration;
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
        m_context,
        [request, results](Project &project, const std::atomic_bool &cancelled) -> QString {
            auto found = SearchRunner::run(project, request, cancelled);
            if (!found)
                return found.error();
            *results = std::move(*found);
            return {};
        },
        [this, request, results](const QString &error) {
            ++m_resultsGeneration;
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
    m_autoCode->setEnabled(!m_task->isRunning() && !m_countTask->isRunning() && m_model->rowCount() > 0
                           && m_code->currentIndex() >= 0);
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

bool SearchPane::isCounting() const
{
    return m_countTask->isRunning();
}

void SearchPane::cancelCount()
{
    m_countTask->cancel();
}

void SearchPane::countUnits(const std::function<void(qint64 count)> &counted)
{
    const QList<SearchHit> hits = SearchRunner::hits(m_model->results());
    if (hits.isEmpty())
        return;
    const AutoCodeUnit unit = chosenUnit();
    const quint64 generation = m_resultsGeneration;
    // The hits come grouped by document, and units of different documents are distinct: counted document by
    // document, the sum is what unitsFor() gives for all of them, and Cancel and progress can act between documents.
    auto documentsDone = std::make_shared<std::atomic<qint64>>(0);
    qint64 documentCount = 0;
    for (qsizetype i = 0; i < hits.size(); ++i)
        documentCount += (i == 0 || hits[i].documentId != hits[i - 1].documentId) ? 1 : 0;
    auto total = std::make_shared<qint64>(0);

    if (m_countProgress)
        m_countProgress->deleteLater();
    m_countProgress = new QProgressDialog(tr("Counting the passages to code…"), tr("Cancel"), 0,
                                          static_cast<int>(documentCount), this);
    m_countProgress->setObjectName(QStringLiteral("autoCodeCountProgress"));
    m_countProgress->setWindowTitle(tr("Auto-code"));
    m_countProgress->setWindowModality(Qt::WindowModal);
    m_countProgress->setMinimumDuration(400);   // only a count that takes a moment shows it
    m_countProgress->setAutoReset(false);
    m_countProgress->setAutoClose(false);
    connect(m_countProgress, &QProgressDialog::canceled, this, &SearchPane::cancelCount);
    auto *poll = new QTimer(m_countProgress);
    connect(poll, &QTimer::timeout, m_countProgress,
            [progress = m_countProgress, documentsDone] { progress->setValue(static_cast<int>(documentsDone->load())); });
    poll->start(100);
    const QString shownSummary = m_summary->text();
    m_summary->setText(tr("Counting the passages to code…"));

    m_countTask->start(
        m_context,
        [hits, unit, documentsDone, total](Project &project, const std::atomic_bool &cancelled) -> QString {
            AutoCoder coder(project);
            for (qsizetype first = 0; first < hits.size() && !cancelled.load();) {
                qsizetype last = first;
                while (last < hits.size() && hits[last].documentId == hits[first].documentId)
                    ++last;
                auto units = coder.unitsFor(hits.mid(first, last - first), unit);
                if (!units)
                    return units.error();
                *total += units->size();
                documentsDone->fetch_add(1);
                first = last;
            }
            return {};
        },
        [this, generation, total, counted, shownSummary](const QString &error) {
            if (m_countProgress) {   // gone before any question is asked
                m_countProgress->deleteLater();
                m_countProgress = nullptr;
            }
            m_summary->setText(shownSummary);
            if (!error.isEmpty()) {
                m_context->reportFailure(tr("The passages to code could not be counted: %1").arg(error));
                Q_EMIT unitsCounted(-1);
                return;
            }
            if (generation != m_resultsGeneration) {   // other results are shown now: this count is not theirs
                Q_EMIT unitsCounted(-1);
                return;
            }
            Q_EMIT unitsCounted(*total);
            if (counted)
                counted(*total);
        });
    updateActions();
}

void SearchPane::confirmAndAutoCode()
{
    if (m_code->currentIndex() < 0 || m_model->results().isEmpty() || isCounting())
        return;
    const qint64 codeId = m_code->currentData().toLongLong();
    const AutoCodeUnit unit = chosenUnit();
    const quint64 generation = m_resultsGeneration;
    countUnits([this, codeId, unit, generation](qint64 count) {
        // The choices may have changed while counting: the question must name what will be done.
        if (count == 0 || generation != m_resultsGeneration || codeId != m_code->currentData().toLongLong()
            || unit != chosenUnit())
            return;
        const QString question = tr("Code %n passage(s) with “%1”?", nullptr, static_cast<int>(count))
                                     .arg(m_code->currentText())
            + QLatin1Char(' ') + tr("You can undo this.");
        if (QMessageBox::question(this, tr("Auto-code"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Yes)
            == QMessageBox::Yes)
            autoCode();
    });
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
