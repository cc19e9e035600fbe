#include "compare/WordsTab.h"

#include "compare/AnalysisTask.h"
#include "compare/DictionaryDialog.h"
#include "compare/TableCsv.h"
#include "context/ProjectContext.h"
#include "project/DocumentStore.h"
#include "search/TextSearch.h"
#include "text/TextIndex.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QSet>
#include <QVBoxLayout>

namespace marginalia {

namespace {

const QString kSite = QStringLiteral("site");
constexpr qint64 kContext = 40;

} // namespace

WordsTab::WordsTab(ProjectContext *context, QWidget *parent)
    : CompareTab(context, parent)
    , m_model(new WordFrequencyModel(this))
    , m_view(new QTableView(this))
    , m_site(new QComboBox(this))
    , m_top(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    m_top->setRange(1, 1000);
    m_top->setValue(50);
    m_view->setObjectName(QStringLiteral("wordsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click a word to read where it occurs."));
    addCopyAsCsvShortcut(m_view);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = contextMenu(m_view->indexAt(at));
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    auto *dictionary = new QPushButton(tr("&Dictionary…"), this);
    dictionary->setToolTip(tr("The project's own Chinese words: words added and words that are not words."));
    connect(dictionary, &QPushButton::clicked, this, &WordsTab::showDictionary);

    auto *copy = new QPushButton(tr("&Copy as CSV"), this);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(m_view); });
    connect(m_site, &QComboBox::currentIndexChanged, this, &CompareTab::scheduleReload);
    connect(m_top, &QSpinBox::valueChanged, this, &CompareTab::scheduleReload);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const WordCount *word = m_model->word(index);
        if (!word)
            return;
        const QList<Passage> passages = passagesAt(index);
        Q_EMIT passagesRequested(tr("“%1”: %n occurrence(s)", nullptr, static_cast<int>(passages.size())).arg(word->word),
                                 passages);
    });

    auto *top = new QHBoxLayout;
    auto *siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    auto *topLabel = new QLabel(tr("&Top:"), this);
    topLabel->setBuddy(m_top);
    top->addWidget(siteLabel);
    top->addWidget(m_site, 1);
    top->addWidget(topLabel);
    top->addWidget(m_top);
    top->addStretch(1);
    top->addWidget(dictionary);
    top->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    m_summary->setWordWrap(true);
    reloadChoices();
}

void WordsTab::reloadChoices()
{
    auto values = DocumentStore(context()->project()).attributeValues();
    const QString current = m_site->currentData().toString();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("All documents"), QString());
    for (const QString &site : values ? values->value(kSite) : QStringList())
        m_site->addItem(site, site);
    m_site->setCurrentIndex(qMax(0, m_site->findData(current)));
}

void WordsTab::reload()
{
    WordOptions options;
    const QString site = m_site->currentData().toString();
    if (!site.isEmpty())
        options.scope.attributes.insert(kSite, {site});
    options.top = m_top->value();
    auto result = std::make_shared<WordFrequencyResult>();
    task()->start(
        context(),
        [options, result](Project &project, const std::atomic_bool &cancelled, AnalysisTask::Progress &progress) -> QString {
            WordOptions stoppable = options;
            stoppable.cancelled = &cancelled;   // a superseded or abandoned count stops at its next window
            stoppable.progress = [&progress](qint64 done, qint64 total) {   // shown by the Compare window's bar
                progress.step.store(done);
                progress.steps.store(total);
            };
            stoppable.threads = 0;              // one thread per core (at most two): the tab waits for it
            auto counted = WordFrequencies(project).count(stoppable);
            if (!counted)
                return counted.error();
            *result = std::move(*counted);
            return {};
        },
        [this, site, result](const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT failed(tr("The word frequencies could not be counted: %1").arg(error));
                return;
            }
            m_shownSite = site;
            result->group = site;
            m_model->setResult(*result);
            m_view->resizeColumnsToContents();
            m_summary->setText(tr("%n document(s)", nullptr, static_cast<int>(result->documents)) + QStringLiteral(", ")
                               + tr("%n word(s) counted (stop words left out).", nullptr, static_cast<int>(result->words))
                               + leftOutText(*result));
            Q_EMIT refreshed();
        });
}

QString WordsTab::leftOutText(const WordFrequencyResult &result)
{
    QString text;
    if (!result.speakerLabels.isEmpty()) {
        qint64 turns = 0;
        QStringList labels;
        for (const LeftOutLabel &label : result.speakerLabels) {
            turns += label.turns;
            labels.append(label.label);
        }
        text += QLatin1Char(' ')
            + tr("Not counted: the speaker labels of %n turn(s) (%1).", nullptr, static_cast<int>(turns))
                  .arg(labels.join(QStringLiteral(", ")));
    }
    if (result.headerLines > 0)
        text += QLatin1Char(' ')
            + tr("Not counted: %n header line(s) (%1).", nullptr, static_cast<int>(result.headerLines))
                  .arg(result.headerLabels.join(QStringLiteral(", ")));
    return text;
}

QMenu *WordsTab::contextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const WordCount *word = m_model->word(index);
    const QString text = word ? word->word : QString();
    QAction *add = menu->addAction(tr("Add to Dictionary…"));
    add->setObjectName(QStringLiteral("addToDictionary"));
    connect(add, &QAction::triggered, this, [this, text] { DictionaryDialog::askAndAddWord(context(), text, this); });
    QAction *notWord = menu->addAction(text.isEmpty() ? tr("Not a Word") : tr("“%1” Is Not a Word").arg(text));
    notWord->setObjectName(QStringLiteral("notAWord"));
    // Only a word of several Chinese characters can be taken apart.
    notWord->setEnabled(!text.isEmpty() && ProjectDictionary::whyNotAWord(text).isEmpty());
    connect(notWord, &QAction::triggered, this, [this, text] { DictionaryDialog::markNotAWord(context(), text, this); });
    menu->addSeparator();
    connect(menu->addAction(tr("Dictionary…")), &QAction::triggered, this, &WordsTab::showDictionary);
    return menu;
}

void WordsTab::showDictionary()
{
    if (!m_dictionary)
        m_dictionary = new DictionaryDialog(context(), this);
    m_dictionary->reload();
    m_dictionary->show();
    m_dictionary->raise();
    m_dictionary->activateWindow();
}

QList<Passage> WordsTab::passagesAt(const QModelIndex &index)
{
    QList<Passage> passages;
    const WordCount *word = m_model->word(index);
    if (!word)
        return passages;
    DocumentStore documents(context()->project());
    SearchOptions options;
    if (!m_shownSite.isEmpty()) {
        auto list = documents.list(DocumentStore::CodingCount::Skipped);
        if (!list) {
            Q_EMIT failed(list.error());
            return passages;
        }
        for (const DocumentInfo &info : std::as_const(*list)) {
            if (info.attributes.value(kSite) == m_shownSite)
                options.documentIds.append(info.id);
        }
        if (options.documentIds.isEmpty())
            return passages;
    }
    auto hits = TextSearch(context()->project()).find(word->word, options);
    if (!hits) {
        Q_EMIT failed(hits.error());
        return passages;
    }
    // Only where the word was counted: not inside a longer word, not in a speaker label or header line.
    QList<WordOccurrence> found;
    for (const SearchHit &hit : std::as_const(*hits))
        found.append({hit.documentId, hit.start, hit.end});
    auto counted = WordFrequencies(context()->project()).counted(word->word, found, WordOptions{});
    if (!counted) {
        Q_EMIT failed(counted.error());
        return passages;
    }
    const QSet<WordOccurrence> kept(counted->cbegin(), counted->cend());
    qint64 documentId = 0;
    QString text;
    TextIndex textIndex;
    for (const SearchHit &hit : std::as_const(*hits)) {
        if (!kept.contains({hit.documentId, hit.start, hit.end}))
            continue;
        if (hit.documentId != documentId) {
            auto loaded = documents.text(hit.documentId);
            if (!loaded)
                continue;
            documentId = hit.documentId;
            text = *loaded;
            textIndex = TextIndex(text);
        }
        const qsizetype before = textIndex.toUtf16(qMax<qint64>(0, hit.start - kContext));
        const qsizetype start = textIndex.toUtf16(hit.start);
        const qsizetype end = textIndex.toUtf16(hit.end);
        const qsizetype after = textIndex.toUtf16(hit.end + kContext);
        Passage passage;
        passage.documentId = hit.documentId;
        passage.document = hit.document;
        passage.start = hit.start;
        passage.end = hit.end;
        passage.contextBefore = text.mid(before, start - before);
        passage.text = text.mid(start, end - start);
        passage.contextAfter = text.mid(end, after - end);
        passages.append(passage);
    }
    if (auto cited = citePassages(context()->project(), passages); !cited)
        Q_EMIT failed(cited.error());
    return passages;
}

} // namespace marginalia
