#include "compare/AgreementTab.h"

#include "agreement/BlindRound.h"
#include "analysis/AgreementReliabilityData.h"
#include "analysis/AgreementSample.h"
#include "compare/AnalysisTask.h"
#include "compare/ColumnFit.h"
#include "compare/TableCsv.h"
#include "context/ProjectContext.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace marginalia {

namespace {

void setUpTable(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    addCopyAsCsvShortcut(view);
}

} // namespace

AgreementTab::AgreementTab(ProjectContext *context, QWidget *parent)
    : CompareTab(context, parent)
    , m_model(new AgreementModel(this))
    , m_disagreementModel(new DisagreementModel(this))
    , m_view(new QTableView(this))
    , m_disagreementView(new QTableView(this))
    , m_coders(new QListWidget(this))
    , m_unit(new QComboBox(this))
    , m_overlap(new QDoubleSpinBox(this))
    , m_draws(new QSpinBox(this))
    , m_documentSet(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_definitions(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copyMethods(new QPushButton(tr("Copy &Methods Paragraph"), this))
    , m_export(new QPushButton(tr("&Export Reliability Data…"), this))
    , m_progressTimer(new QTimer(this))
    , m_exportTask(new AnalysisTask(this))
{
    m_view->setObjectName(QStringLiteral("agreementView"));
    // One column per statistic (fourteen): wider than the window by design, so it scrolls sideways; each number
    // still fits its column (tests/test_layout_gui.cpp reads this property).
    m_view->setProperty("marginaliaScrollsSideways", true);
    m_view->setModel(m_model);
    m_view->setToolTip(tr("Double-click a code to list its disagreements."));
    setUpTable(m_view);
    m_disagreementView->setObjectName(QStringLiteral("disagreementView"));
    m_disagreementView->setModel(m_disagreementModel);
    m_disagreementView->setToolTip(tr("Double-click a disagreement to read it in its document."));
    setUpTable(m_disagreementView);
    m_coders->setObjectName(QStringLiteral("agreementCoders"));
    m_coders->setToolTip(tr("The coders to compare: two or more"));
    m_coders->setMaximumWidth(220);
    m_summary->setWordWrap(true);

    m_unit->setObjectName(QStringLiteral("agreementUnit"));
    m_unit->addItem(tr("Character"), static_cast<int>(AgreementUnit::Character));
    m_unit->addItem(tr("Sentence"), static_cast<int>(AgreementUnit::Sentence));
    m_unit->addItem(tr("Paragraph"), static_cast<int>(AgreementUnit::Paragraph));
    m_unit->addItem(tr("Document"), static_cast<int>(AgreementUnit::Document));
    m_unit->addItem(tr("Segment (overlap)"), static_cast<int>(AgreementUnit::Segment));
    m_unit->setToolTip(tr("The unit on which the coders are compared"));
    m_overlap->setObjectName(QStringLiteral("agreementOverlap"));
    m_overlap->setRange(1, 100);
    m_overlap->setDecimals(0);
    m_overlap->setValue(95);
    m_overlap->setSuffix(tr(" %"));
    m_overlap->setToolTip(tr("Segment unit: two codings match when they overlap by at least this share of their union"));
    m_draws->setObjectName(QStringLiteral("agreementDraws"));
    m_draws->setRange(0, 100000);
    m_draws->setSingleStep(1000);
    m_draws->setValue(kDefaultBootstrapDraws);
    m_draws->setSpecialValueText(tr("none"));
    m_draws->setToolTip(tr("Bootstrap draws for the 95 % intervals (0: none; at least 1,000 otherwise)"));
    m_documentSet->setObjectName(QStringLiteral("agreementDocumentSet"));
    m_documentSet->setToolTip(tr("Compare all documents, or only a named set (a sample drawn for double coding)"));
    m_progress->setObjectName(QStringLiteral("agreementProgress"));
    m_progress->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("agreementCancel"));
    m_cancel->setVisible(false);
    m_copyMethods->setObjectName(QStringLiteral("agreementCopyMethods"));
    m_copyMethods->setToolTip(tr("Put a methods paragraph on the clipboard: coders, unit, units, every statistic with "
                                 "its interval, and the thresholds"));
    m_export->setObjectName(QStringLiteral("agreementExportData"));
    m_progressTimer->setInterval(100);

    m_definitions->setWordWrap(true);
    m_definitions->setTextFormat(Qt::RichText);
    m_definitions->setText(QStringLiteral("<small>") + QStringList{
        tr("<b>Units.</b> Compared are the documents (of the chosen set) in which every chosen coder has at least one "
           "coding. For each code every unit of those documents is coded yes or no by each coder: a character or "
           "sentence or paragraph is yes if one of the coder's codings of the code covers or overlaps it, a document "
           "if the coder applied the code in it; at the segment unit the codings themselves are matched by overlap."),
        tr("<b>Agreement %</b>: units on which all coders agree. <b>Cohen's κ</b> (two coders) and <b>Fleiss' κ</b>: "
           "(Po − Pe) / (1 − Pe) with Pe from each coder's, or the pooled, shares. <b>Gwet's AC1</b> and "
           "<b>Brennan–Prediger</b>: the same with Gwet's and a uniform (1/2) chance agreement."),
        tr("<b>Krippendorff's α</b> (nominal): 1 − Do/De from the coincidence matrix, with a percentile bootstrap 95 % "
           "interval and the share of draws below 0.800 and 0.667 (Krippendorff's thresholds). <b>Unitizing α</b>: "
           "Krippendorff's |u|α on the coders' spans themselves."),
        tr("<b>Overall</b>: the units of all codes pooled. <b>Disagreements</b>: runs of characters coded with the "
           "code by some coders and not by others.")}.join(QStringLiteral("<br>")) + QStringLiteral("</small>"));

    auto *copy = new QPushButton(tr("&Copy as CSV"), this);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(table()); });
    connect(m_copyMethods, &QPushButton::clicked, this, &AgreementTab::copyMethods);
    connect(m_export, &QPushButton::clicked, this, &AgreementTab::chooseExportFile);
    connect(m_coders, &QListWidget::itemChanged, this, &CompareTab::scheduleReload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        scheduleReload();
    });
    connect(m_overlap, &QDoubleSpinBox::valueChanged, this, &CompareTab::scheduleReload);
    connect(m_draws, &QSpinBox::valueChanged, this, [this](int draws) {
        // 1 to 999 draws is too few for a percentile interval: step up to 1,000.
        if (draws > 0 && draws < kDefaultBootstrapDraws) {
            m_draws->setValue(kDefaultBootstrapDraws);
            return;
        }
        scheduleReload();
    });
    connect(m_documentSet, &QComboBox::currentIndexChanged, this, &CompareTab::scheduleReload);
    connect(m_cancel, &QPushButton::clicked, this, [this] { task()->cancel(); });
    connect(task(), &AnalysisTask::finished, this, [this](bool completed) {
        m_progressTimer->stop();
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        if (!completed && !task()->isRunning())
            m_summary->setText(tr("The computation was cancelled."));
    });
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        const qint64 steps = m_running->steps.load();
        m_progress->setRange(0, steps > 0 ? 1000 : 0);
        if (steps > 0)
            m_progress->setValue(static_cast<int>(1000 * m_running->step.load() / steps));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QList<Passage> passages = passagesAt(index);
        const QString code = m_model->isOverallRow(index) ? tr("All codes")
                                                          : m_model->result().codes.at(index.row()).path;
        Q_EMIT passagesRequested(tr("“%1”: %n disagreement(s)", nullptr, static_cast<int>(passages.size())).arg(code),
                                 passages);
    });
    connect(m_disagreementView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Disagreement *d = m_disagreementModel->disagreement(index))
            Q_EMIT jumpRequested(d->documentId, {d->start, d->end});
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    rightLayout->addLayout(status);
    rightLayout->addWidget(m_view, 2);
    auto *disagreementsLabel = new QLabel(tr("&Disagreements:"), this);
    disagreementsLabel->setBuddy(m_disagreementView);
    rightLayout->addWidget(disagreementsLabel);
    rightLayout->addWidget(m_disagreementView, 2);
    rightLayout->addWidget(m_definitions);
    auto *left = new QVBoxLayout;
    auto *codersLabel = new QLabel(tr("C&oders:"), this);
    codersLabel->setBuddy(m_coders);
    left->addWidget(codersLabel);
    left->addWidget(m_coders, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("U&nit:"), m_unit);
    form->addRow(tr("O&verlap:"), m_overlap);
    form->addRow(tr("Boo&tstrap:"), m_draws);
    form->addRow(tr("Doc&uments:"), m_documentSet);
    left->addLayout(form);
    left->addWidget(copy);
    left->addWidget(m_copyMethods);
    left->addWidget(m_export);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(right, 1);
    reloadChoices();
    updateControls();
}

QTableView *AgreementTab::table() const
{
    return m_disagreementView->hasFocus() ? m_disagreementView : m_view;
}

void AgreementTab::reloadChoices()
{
    const QStringList chosen = chosenCoders();
    const bool first = m_coders->count() == 0;
    auto coders = context()->project().coderNames();
    {
        const QSignalBlocker blocker(m_coders);
        m_coders->clear();
        int checked = 0;
        for (const QString &name : coders ? *coders : QStringList()) {
            auto *item = new QListWidgetItem(name, m_coders);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            // At first the first two coders are compared.
            const bool check = first ? checked < 2 : chosen.contains(name);
            item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
            checked += check ? 1 : 0;
        }
    }
    const QString set = m_documentSet->currentData().toString();
    auto sets = AgreementSampler(context()->project()).sets();
    const QSignalBlocker blocker(m_documentSet);
    m_documentSet->clear();
    m_documentSet->addItem(tr("All documents"), QString());
    for (const QString &name : sets ? *sets : QStringList())
        m_documentSet->addItem(name, name);
    m_documentSet->setCurrentIndex(qMax(0, m_documentSet->findData(set)));
}

void AgreementTab::chooseCoders(const QStringList &coders)
{
    {
        const QSignalBlocker blocker(m_coders);
        for (int row = 0; row < m_coders->count(); ++row) {
            QListWidgetItem *item = m_coders->item(row);
            item->setCheckState(coders.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    scheduleReload();
}

QStringList AgreementTab::chosenCoders() const
{
    QStringList coders;
    for (int row = 0; row < m_coders->count(); ++row) {
        if (m_coders->item(row)->checkState() == Qt::Checked)
            coders.append(m_coders->item(row)->text());
    }
    return coders;
}

void AgreementTab::chooseDocumentSet(const QString &set)
{
    reloadChoices();
    m_documentSet->setCurrentIndex(qMax(0, m_documentSet->findData(set)));
    scheduleReload();
}

void AgreementTab::updateControls()
{
    const auto unit = static_cast<AgreementUnit>(m_unit->currentData().toInt());
    m_overlap->setEnabled(unit == AgreementUnit::Segment);
    const bool perCharacter = unit == AgreementUnit::Character;
    m_export->setEnabled(!perCharacter);
    m_export->setToolTip(perCharacter
                             ? tr("Choose another unit: at the character unit the data would be one row per character")
                             : tr("Write the units × coders matrix (1, 0, NA) that R's irr and K-Alpha read, and which "
                                  "unit each row is, to CSV files"));
}

AgreementOptions AgreementTab::currentOptions() const
{
    AgreementOptions options;
    options.unit = static_cast<AgreementUnit>(m_unit->currentData().toInt());
    options.overlapPercent = m_overlap->value();
    options.bootstrapDraws = m_draws->value();
    return options;
}

void AgreementTab::reload()
{
    const QStringList coders = chosenCoders();
    if (coders.size() < 2) {
        task()->cancel();
        m_model->setResult({});
        m_disagreementModel->setDisagreements({});
        m_summary->setText(tr("Choose two or more coders to compare."));
        Q_EMIT refreshed();
        return;
    }
    m_summary->setText(tr("Computing the agreement…"));
    auto result = std::make_shared<AgreementResult>();
    auto progress = std::make_shared<Progress>();
    m_running = progress;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progressTimer->start();
    const AgreementOptions options = currentOptions();
    const QString set = m_documentSet->currentData().toString();
    task()->start(
        context(),
        [coders, options, set, result, progress](Project &project, const std::atomic_bool &cancelled) -> QString {
            AgreementOptions run = options;
            if (!set.isEmpty()) {
                auto members = AgreementSampler(project).members(set);
                if (!members)
                    return members.error();
                if (members->isEmpty())
                    return QStringLiteral("the set '%1' holds no documents").arg(set);
                run.documentIds = *members;
            }
            run.progress = [&cancelled, progress](qint64 step, qint64 steps) {
                progress->step.store(step);
                progress->steps.store(steps);
                return !cancelled.load();
            };
            auto computed = Agreement(project).compute(coders, {}, run);
            if (!computed)
                return computed.error();
            *result = std::move(*computed);
            return {};
        },
        [this, result](const QString &error) {
            if (!error.isEmpty()) {
                m_model->setResult({});
                m_disagreementModel->setDisagreements({});
                m_summary->setText(tr("The agreement could not be computed: %1").arg(error));
                Q_EMIT failed(m_summary->text());
                Q_EMIT refreshed();
                return;
            }
            m_model->setResult(*result);
            m_disagreementModel->setDisagreements(result->disagreements);
            fitColumnsToView(m_view, AgreementModel::CodeColumn);
            m_disagreementView->resizeColumnsToContents();
            m_definitions->setToolTip(result->definitionsForUnit().join(u'\n'));
            QString summary =
                tr("%n document(s) coded by all of %1;", nullptr, static_cast<int>(result->documents.size()))
                    .arg(result->coders.join(QStringLiteral(", ")))
                + u' '
                + tr("%n character(s) compared per code.", nullptr, static_cast<int>(result->comparedCharacters));
            if (result->bootstrapDraws > 0)
                summary += u' '
                           + tr("95 % intervals: percentile bootstrap, %1 draws, seed %2, resampling %3.")
                                 .arg(result->bootstrapDraws)
                                 .arg(result->seed)
                                 .arg(result->resampling == BootstrapResampling::Units ? tr("units")
                                                                                       : tr("documents"));
            // The blind round's filter leaves the other coders' codings on its documents out (project/VisibleCodings),
            // so those documents are not compared while it is open: say so rather than let it pass unnoticed.
            if (const auto round = BlindRound::of(context())->round())
                summary += u' '
                           + tr("The blind round on “%1” is open: its documents are left out until it is closed.")
                                 .arg(round->set);
            m_summary->setText(summary);
            Q_EMIT refreshed();
        });
}

QList<Passage> AgreementTab::passagesAt(const QModelIndex &index)
{
    QList<Passage> passages;
    if (!index.isValid())
        return passages;
    const qint64 codeId = m_model->codeId(index);
    for (const Disagreement &d : m_model->result().disagreements) {
        if (codeId == 0 || d.codeId == codeId)
            passages.append(Passage::fromDisagreement(d));
    }
    if (auto cited = citePassages(context()->project(), passages); !cited)
        Q_EMIT failed(cited.error());
    return passages;
}

QString AgreementTab::methodsText() const
{
    return m_model->result().coders.isEmpty() ? QString() : agreementMethodsText(m_model->result());
}

void AgreementTab::copyMethods()
{
    const QString text = methodsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void AgreementTab::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Reliability Data"), QString(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportReliabilityData(path);
}

void AgreementTab::exportReliabilityData(const QString &path)
{
    const QStringList coders = chosenCoders();
    AgreementOptions options = currentOptions();
    if (coders.size() < 2) {
        Q_EMIT exported(false, tr("Choose two or more coders to compare."));
        return;
    }
    if (options.unit == AgreementUnit::Character) {
        Q_EMIT exported(false, tr("Choose another unit: at the character unit the data would be one row per character."));
        return;
    }
    options.bootstrapDraws = 0;   // the data alone
    options.unitizing = false;
    options.withDisagreementText = false;
    options.onDisagreement = [](const Disagreement &) {};
    const QString set = m_documentSet->currentData().toString();
    auto message = std::make_shared<QString>();
    m_export->setEnabled(false);
    m_exportTask->start(
        context(),
        [coders, options, set, path, message](Project &project, const std::atomic_bool &cancelled) -> QString {
            AgreementOptions run = options;
            if (!set.isEmpty()) {
                auto members = AgreementSampler(project).members(set);
                if (!members)
                    return members.error();
                run.documentIds = *members;
            }
            ReliabilityDataWriter writer(path);
            if (!writer.open(coders))
                return QStringLiteral("cannot write the reliability data to %1: %2").arg(path, writer.errorString());
            run.onUnit = [&writer](const ReliabilityRow &row) { writer.add(row); };
            run.progress = [&cancelled](qint64, qint64) { return !cancelled.load(); };
            auto computed = Agreement(project).compute(coders, {}, run);
            if (!computed)
                return computed.error();   // the writer's temporaries are removed unwritten
            if (!writer.commit())
                return QStringLiteral("cannot write the reliability data to %1: %2").arg(path, writer.errorString());
            *message = QString::number(writer.rows()) + u'\n' + writer.unitsPath();
            return {};
        },
        [this, path, message](const QString &error) {
            updateControls();
            if (!error.isEmpty()) {
                Q_EMIT failed(error);
                Q_EMIT exported(false, error);
                return;
            }
            const QStringList parts = message->split(u'\n');
            Q_EMIT exported(true, tr("%n unit(s) written to %1 (which unit each row is: %2).", nullptr,
                                     parts.value(0).toInt())
                                      .arg(path, parts.value(1)));
        });
}

} // namespace marginalia
