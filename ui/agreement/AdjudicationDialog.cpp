#include "agreement/AdjudicationDialog.h"

#include "agreement/BlindRound.h"
#include "analysis/AgreementSample.h"
#include "coding/RecordedEditCommand.h"
#include "compare/AnalysisTask.h"
#include "context/ProjectContext.h"
#include "project/DocumentStore.h"
#include "text/TextIndex.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSizePolicy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace marginalia {

namespace {

constexpr qint64 kContext = 120;   // code points of context on each side

QString statusText(AdjudicationStatus status)
{
    switch (status) {
    case AdjudicationStatus::Open: return AdjudicationDialog::tr("undecided");
    case AdjudicationStatus::Neither: return AdjudicationDialog::tr("decided: neither");
    case AdjudicationStatus::CoderA: return AdjudicationDialog::tr("decided: coder A");
    case AdjudicationStatus::CoderB: return AdjudicationDialog::tr("decided: coder B");
    case AdjudicationStatus::Both: return AdjudicationDialog::tr("decided: both");
    case AdjudicationStatus::Edited: return AdjudicationDialog::tr("decided: edited span");
    }
    return {};
}

QString blindRoundMessage(const QString &set)
{
    return AdjudicationDialog::tr("The blind round on “%1” is open: adjudicate once it is closed (Compare › Close "
                                  "Blind Round).")
        .arg(set);
}

QString formatOptional(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : AdjudicationDialog::tr("n/a");
}

} // namespace

AdjudicationDialog::AdjudicationDialog(ProjectContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_coderA(new QComboBox(this))
    , m_coderB(new QComboBox(this))
    // The same default name as the CLI's adjudicate, whatever the language: it names a coder in the data.
    , m_consensus(new QLineEdit(QStringLiteral("consensus"), this))
    , m_documentSet(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_position(new QLabel(this))
    , m_labelA(new QLabel(this))
    , m_labelB(new QLabel(this))
    , m_textA(new QTextBrowser(this))
    , m_textB(new QTextBrowser(this))
    , m_editedFrom(new QSpinBox(this))
    , m_editedTo(new QSpinBox(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("Ne&xt"), this))
    , m_jump(new QPushButton(tr("Show in &Text"), this))
    , m_before(new QLabel(this))
    , m_after(new QLabel(this))
    , m_loadProgress(new QProgressBar(this))
    , m_cancelLoad(new QPushButton(tr("Cancel"), this))
    , m_progressTimer(new QTimer(this))
    , m_task(new AnalysisTask(this))
    , m_loadTask(new AnalysisTask(this))
    , m_codingsRead(std::make_shared<std::atomic<qint64>>(0))
{
    setWindowTitle(tr("Adjudicate Disagreements"));
    setWindowFlag(Qt::Window);
    m_coderA->setObjectName(QStringLiteral("adjudicationCoderA"));
    m_coderB->setObjectName(QStringLiteral("adjudicationCoderB"));
    m_consensus->setObjectName(QStringLiteral("adjudicationConsensus"));
    m_consensus->setToolTip(tr("The coder whose codings hold the decisions"));
    m_documentSet->setObjectName(QStringLiteral("adjudicationDocumentSet"));
    m_start->setToolTip(tr("Copy what both coders coded alike to the consensus coder and save the agreement before "
                           "adjudication"));
    // Wrapped labels under a stretching text area: keep the height their text needs.
    for (QLabel *label : {m_position, m_before, m_after}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_before->setObjectName(QStringLiteral("adjudicationBefore"));
    m_after->setObjectName(QStringLiteral("adjudicationAfter"));
    m_editedFrom->setToolTip(tr("The edited span's first character (from 1)"));
    m_editedTo->setToolTip(tr("The edited span's last character"));
    m_loadProgress->setObjectName(QStringLiteral("adjudicationLoadProgress"));
    m_loadProgress->setRange(0, 0);   // how many codings there are is not known before they are read
    m_loadProgress->hide();
    m_cancelLoad->setObjectName(QStringLiteral("adjudicationCancelLoad"));
    m_cancelLoad->hide();
    m_progressTimer->setInterval(200);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        m_position->setText(tr("Reading the disagreements… %n coding(s) read.", nullptr,
                               static_cast<int>(std::min<qint64>(m_codingsRead->load(), std::numeric_limits<int>::max()))));
    });
    connect(m_cancelLoad, &QPushButton::clicked, this, &AdjudicationDialog::cancelLoading);

    const QList<std::pair<AdjudicationChoice, QString>> choices = {
        {AdjudicationChoice::CoderA, tr("Coder &A")},   {AdjudicationChoice::CoderB, tr("Coder &B")},
        {AdjudicationChoice::Both, tr("B&oth")},        {AdjudicationChoice::Neither, tr("&Neither")},
        {AdjudicationChoice::Edited, tr("&Edited Span")},
    };
    auto *decisions = new QHBoxLayout;
    for (const auto &[choice, text] : choices) {
        auto *button = new QPushButton(text, this);
        m_choices.append(button);
        connect(button, &QPushButton::clicked, this, [this, choice = choice] { decide(choice); });
        decisions->addWidget(button);
        if (choice == AdjudicationChoice::Edited) {
            decisions->addWidget(new QLabel(tr("from"), this));
            decisions->addWidget(m_editedFrom);
            decisions->addWidget(new QLabel(tr("to"), this));
            decisions->addWidget(m_editedTo);
        }
    }
    decisions->addStretch(1);

    auto *choose = new QFormLayout;
    choose->addRow(tr("&First coder (A):"), m_coderA);
    choose->addRow(tr("Secon&d coder (B):"), m_coderB);
    choose->addRow(tr("&Consensus coder:"), m_consensus);
    choose->addRow(tr("Doc&uments:"), m_documentSet);
    auto *top = new QHBoxLayout;
    top->addLayout(choose, 1);
    top->addWidget(m_start, 0, Qt::AlignBottom);
    auto *sides = new QGridLayout;
    sides->addWidget(m_labelA, 0, 0);
    sides->addWidget(m_labelB, 0, 1);
    sides->addWidget(m_textA, 1, 0);
    sides->addWidget(m_textB, 1, 1);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addStretch(1);
    navigation->addWidget(m_loadProgress);
    navigation->addWidget(m_cancelLoad);
    navigation->addWidget(m_jump);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_position);
    layout->addLayout(sides, 1);
    layout->addLayout(decisions);
    layout->addLayout(navigation);
    layout->addWidget(m_before);
    layout->addWidget(m_after);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &AdjudicationDialog::start);
    connect(m_previous, &QPushButton::clicked, this, [this] { setCurrentIndex(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentIndex(m_current + 1); });
    connect(m_jump, &QPushButton::clicked, this, [this] {
        if (m_current >= 0 && m_current < m_items.size())
            Q_EMIT jumpRequested(m_items[m_current].documentId, m_items[m_current].extent);
    });
    for (QComboBox *combo : {m_coderA, m_coderB, m_documentSet})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            reloadItems();
            showBaseline();
            computeAfter();
        });
    connect(m_consensus, &QLineEdit::editingFinished, this, [this] {
        reloadItems();
        computeAfter();
    });
    // Undo, redo and edits elsewhere change what the consensus holds; our own start and decisions update the list
    // themselves.
    connect(m_context, &ProjectContext::changed, this, [this](ProjectContext::Changes changes) {
        if (m_editing)
            return;
        if (changes & (ProjectContext::Codings | ProjectContext::Documents | ProjectContext::Codes)) {
            reloadItems();
            showBaseline();
            computeAfter();
        }
    });

    reloadCoders();
    reloadItems();
    showBaseline();
    computeAfter();
    resize(900, 640);
}

QPushButton *AdjudicationDialog::choiceButton(AdjudicationChoice choice) const
{
    return m_choices.value(static_cast<int>(choice));
}

Adjudication AdjudicationDialog::adjudication()
{
    return Adjudication(m_context->project(), m_coderA->currentText(), m_coderB->currentText(), m_consensus->text());
}

QList<qint64> AdjudicationDialog::chosenDocuments()
{
    const QString set = m_documentSet->currentData().toString();
    if (set.isEmpty())
        return {};
    auto members = AgreementSampler(m_context->project()).members(set);
    if (!members) {
        m_context->reportFailure(members.error());
        return {};
    }
    // An empty set compares nothing, not everything: a document id no document has.
    return members->isEmpty() ? QList<qint64>{-1} : *members;
}

void AdjudicationDialog::reloadCoders()
{
    auto coders = m_context->project().coderNames();
    QStringList names = coders ? *coders : QStringList();
    names.removeAll(m_consensus->text().trimmed());
    const QSignalBlocker blockA(m_coderA);
    const QSignalBlocker blockB(m_coderB);
    m_coderA->clear();
    m_coderB->clear();
    m_coderA->addItems(names);
    m_coderB->addItems(names);
    m_coderA->setCurrentIndex(names.isEmpty() ? -1 : 0);
    m_coderB->setCurrentIndex(names.size() > 1 ? 1 : -1);
    auto sets = AgreementSampler(m_context->project()).sets();
    const QSignalBlocker blockSet(m_documentSet);
    m_documentSet->clear();
    m_documentSet->addItem(tr("All documents both coded"), QString());
    for (const QString &set : sets ? *sets : QStringList())
        m_documentSet->addItem(set, set);
}

bool AdjudicationDialog::isLoading() const
{
    return m_loadTask->isRunning();
}

void AdjudicationDialog::reloadItems()
{
    const qint64 documentId = m_current >= 0 && m_current < m_items.size() ? m_items[m_current].documentId : 0;
    const TextSpan extent = m_current >= 0 && m_current < m_items.size() ? m_items[m_current].extent : TextSpan{};
    const int previous = m_current;
    m_items.clear();
    m_current = -1;
    m_loadError.clear();
    // While a blind round is open the coders' codings on its documents are hidden from each other (the lists read
    // project/VisibleCodings), so what the two coders did cannot be compared: adjudication waits for the round.
    if (const auto round = BlindRound::of(m_context)->round()) {
        m_loadTask->cancel();
        m_loadError = blindRoundMessage(round->set);
        showCurrent();
        Q_EMIT itemsLoaded();
        return;
    }
    if (m_coderA->currentIndex() < 0 || m_coderB->currentIndex() < 0
        || m_coderA->currentText() == m_coderB->currentText()) {
        m_loadTask->cancel();
        showCurrent();
        Q_EMIT itemsLoaded();
        return;
    }
    // Read on a connection of its own: a large project's codings take a while. Only the open disagreements are
    // listed (those with a decision left the list when they were decided).
    const QStringList coders{m_coderA->currentText(), m_coderB->currentText(), m_consensus->text()};
    const QList<qint64> documents = chosenDocuments();
    auto loaded = std::make_shared<QList<AdjudicationItem>>();
    auto read = m_codingsRead;
    read->store(0);
    m_position->setText(tr("Reading the disagreements…"));
    m_loadProgress->show();
    m_cancelLoad->show();
    m_progressTimer->start();
    m_loadTask->start(
        m_context,
        [coders, documents, loaded, read](Project &project, const std::atomic_bool &cancelled) -> QString {
            auto items = Adjudication(project, coders[0], coders[1], coders[2])
                             .items(documents, [&](qint64 codings) {
                                 read->store(codings);
                                 return !cancelled.load();
                             });
            if (!items)
                return items.error();
            for (const AdjudicationItem &item : std::as_const(*items)) {
                if (item.status == AdjudicationStatus::Open)
                    loaded->append(item);
            }
            return {};
        },
        [this, loaded, documentId, extent, previous](const QString &error) {
            m_items = std::move(*loaded);
            m_loadError = error;   // shown instead of "no disagreements"
            // Stay on the item shown (its position may have changed), else at the same index.
            int index = std::min(static_cast<int>(m_items.size()) - 1, std::max(previous, 0));
            for (int i = 0; i < m_items.size(); ++i) {
                if (m_items[i].documentId == documentId && m_items[i].extent == extent)
                    index = i;
            }
            m_current = m_items.isEmpty() ? -1 : index;
            showCurrent();
            Q_EMIT itemsLoaded();
        });
    showCurrent();
}

void AdjudicationDialog::cancelLoading()
{
    if (!m_loadTask->isRunning())
        return;
    m_loadTask->cancel();
    m_loadError = tr("Reading the disagreements was cancelled; change a choice to read them again.");
    showCurrent();
}

void AdjudicationDialog::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    m_current = index;
    showCurrent();
}

QString AdjudicationDialog::spansInContext(const QString &text, const AdjudicationItem &item,
                                           const QList<TextSpan> &spans) const
{
    const TextIndex index(text);
    const qint64 from = std::max<qint64>(0, item.extent.start - kContext);
    const qint64 to = std::min(index.codePointLength(), item.extent.end + kContext);
    const auto cut = [&](qint64 start, qint64 end) {
        return text.mid(index.toUtf16(start), index.toUtf16(end) - index.toUtf16(start)).toHtmlEscaped();
    };
    QString html = from > 0 ? QStringLiteral("…") : QString();
    qint64 at = from;
    for (const TextSpan &span : Adjudication::merged(spans)) {
        const qint64 start = std::clamp(span.start, at, to);
        const qint64 end = std::clamp(span.end, start, to);
        html += cut(at, start);
        html += QStringLiteral("<b style=\"background-color:#fde68a\">") + cut(start, end) + QStringLiteral("</b>");
        at = end;
    }
    html += cut(at, to);
    if (to < index.codePointLength())
        html += QStringLiteral("…");
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

void AdjudicationDialog::showCurrent()
{
    const bool loading = m_loadTask->isRunning();
    m_loadProgress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
    if (!loading)
        m_progressTimer->stop();
    m_start->setEnabled(!loading);
    const bool any = !loading && m_current >= 0 && m_current < m_items.size();
    for (QPushButton *button : m_choices)
        button->setEnabled(any);
    m_previous->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current + 1 < m_items.size());
    m_jump->setEnabled(any);
    m_labelA->setText(tr("Coder A: %1").arg(m_coderA->currentText()));
    m_labelB->setText(tr("Coder B: %1").arg(m_coderB->currentText()));
    if (!any) {
        m_textA->clear();
        m_textB->clear();
        if (loading)
            return;   // the progress text stays
        if (m_coderA->currentText() == m_coderB->currentText() || m_coderA->currentIndex() < 0
            || m_coderB->currentIndex() < 0)
            m_position->setText(tr("Choose two different coders."));
        else if (!m_loadError.isEmpty())
            m_position->setText(m_loadError);
        else
            m_position->setText(tr("No open disagreements: the two coders coded alike, or each disagreement has a "
                                   "decision."));
        return;
    }
    const AdjudicationItem &item = m_items[m_current];
    m_position->setText(tr("Disagreement %1 of %2 — %3 · “%4” · characters %5–%6 · %7")
                            .arg(m_current + 1)
                            .arg(m_items.size())
                            .arg(item.document, item.codePath)
                            .arg(item.extent.start + 1)
                            .arg(item.extent.end)
                            .arg(statusText(item.status)));
    auto text = DocumentStore(m_context->project()).text(item.documentId);
    if (!text) {
        m_context->reportFailure(text.error());
        return;
    }
    m_textA->setHtml(item.spansA.isEmpty() ? tr("<i>(not coded)</i>") : spansInContext(*text, item, item.spansA));
    m_textB->setHtml(item.spansB.isEmpty() ? tr("<i>(not coded)</i>") : spansInContext(*text, item, item.spansB));
    const qint64 length = TextIndex::codePointLength(*text);
    m_editedFrom->setRange(1, static_cast<int>(std::min<qint64>(length, std::numeric_limits<int>::max())));
    m_editedTo->setRange(1, static_cast<int>(std::min<qint64>(length, std::numeric_limits<int>::max())));
    m_editedFrom->setValue(static_cast<int>(item.extent.start + 1));
    m_editedTo->setValue(static_cast<int>(item.extent.end));
}

bool AdjudicationDialog::start()
{
    if (const auto round = BlindRound::of(m_context)->round()) {
        m_context->reportFailure(blindRoundMessage(round->set));
        return false;
    }
    Adjudication run = adjudication();
    const QList<qint64> documents = chosenDocuments();
    // RecordedEditCommand::run is also false when nothing changed (started before, nothing left to copy): that is
    // no failure.
    auto failed = std::make_shared<bool>(false);
    m_editing = true;
    RecordedEditCommand::run(m_context, tr("Start adjudication into “%1”").arg(m_consensus->text().trimmed()),
                             ProjectContext::Codings, [run, documents, failed]() mutable -> Result<void> {
                                 auto count = run.start(documents);
                                 if (!count) {
                                     *failed = true;
                                     return failure(count.error());
                                 }
                                 return {};
                             });
    m_editing = false;
    reloadItems();
    showBaseline();
    computeAfter();
    return !*failed;
}

bool AdjudicationDialog::decide(AdjudicationChoice choice)
{
    if (m_current < 0 || m_current >= m_items.size())
        return false;
    const AdjudicationItem item = m_items[m_current];
    const TextSpan edited{m_editedFrom->value() - 1, m_editedTo->value()};
    const QStringList names = {tr("coder A"), tr("coder B"), tr("both"), tr("neither"), tr("edited span")};
    Adjudication run = adjudication();
    const int index = m_current;
    auto failed = std::make_shared<bool>(false);
    m_editing = true;
    RecordedEditCommand::run(
        m_context,
        tr("Adjudicate “%1” in %2: %3").arg(item.codePath, item.document, names.value(static_cast<int>(choice))),
        ProjectContext::Codings, [run, item, choice, edited, failed]() mutable {
            auto ok = run.decide(item, choice, edited);
            *failed = !ok;
            return ok;
        });
    m_editing = false;
    if (*failed)
        return false;
    settled(index);
    return true;
}

// The decided disagreement leaves the list (nothing else changed: a decision touches only the consensus coder's
// codings of its code inside its extent, and the clusters are the two coders'); the next one is shown, and the
// agreement after is computed again off the GUI thread.
void AdjudicationDialog::settled(int index)
{
    if (index >= 0 && index < m_items.size())
        m_items.removeAt(index);
    m_current = m_items.isEmpty() ? -1 : std::min(index, static_cast<int>(m_items.size()) - 1);
    showCurrent();
    computeAfter();
}

void AdjudicationDialog::showBaseline()
{
    auto saved = adjudication().baseline();
    if (!saved) {
        m_before->setText(saved.error());
        return;
    }
    if (!*saved) {
        m_before->setText(tr("Before adjudication: not saved yet (Start saves it)."));
        return;
    }
    const AdjudicationBaseline &b = **saved;
    m_before->setText(tr("Before adjudication (%1 vs %2, saved %3, %4 document(s), character unit): agreement %5 %, "
                         "Cohen's κ %6, Krippendorff's α %7")
                          .arg(b.coders.value(0), b.coders.value(1), b.savedAt)
                          .arg(b.documents)
                          .arg(QString::number(b.percentAgreement, 'f', 1), formatOptional(b.cohenKappa),
                               formatOptional(b.krippendorffAlpha)));
    m_before->setToolTip(b.methods);
}

void AdjudicationDialog::computeAfter()
{
    const QString consensus = m_consensus->text().trimmed();
    const QStringList coders{m_coderA->currentText(), m_coderB->currentText()};
    auto known = m_context->project().coderNames();
    if (!known || !known->contains(consensus) || coders.contains(consensus) || coders[0] == coders[1]
        || coders[0].isEmpty() || coders[1].isEmpty()) {
        m_task->cancel();
        m_after->setText(tr("After adjudication: no consensus codings yet."));
        Q_EMIT agreementShown();
        return;
    }
    const QList<qint64> documents = chosenDocuments();
    auto lines = std::make_shared<QList<AgreementMeasures>>();
    m_after->setText(tr("After adjudication: computing…"));
    m_task->start(
        m_context,
        [coders, consensus, documents, lines](Project &project, const std::atomic_bool &cancelled) -> QString {
            for (const QString &coder : coders) {
                AgreementOptions options;
                options.documentIds = documents;
                options.unitizing = false;
                options.withDisagreementText = false;
                options.onDisagreement = [](const Disagreement &) {};
                options.progress = [&cancelled](qint64, qint64) { return !cancelled.load(); };
                auto result = Agreement(project).compute({coder, consensus}, {}, options);
                if (!result)
                    return result.error();
                lines->append(result->overall);
            }
            return {};
        },
        [this, coders, consensus, lines](const QString &error) {
            if (!error.isEmpty()) {
                m_after->setText(tr("After adjudication: %1").arg(error));
            } else {
                QStringList text;
                for (qsizetype i = 0; i < coders.size() && i < lines->size(); ++i)
                    text.append(tr("%1 vs %2: agreement %3 %, Krippendorff's α %4")
                                    .arg(coders[i], consensus,
                                         QString::number(lines->at(i).percentAgreement, 'f', 1),
                                         formatOptional(lines->at(i).krippendorffAlpha)));
                m_after->setText(tr("After adjudication (character unit): %1").arg(text.join(QStringLiteral("; "))));
            }
            Q_EMIT agreementShown();
        });
}

} // namespace marginalia
