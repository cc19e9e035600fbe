#include "compare/AgreementTab.h"

#include "compare/AnalysisTask.h"
#include "compare/ColumnFit.h"
#include "compare/TableCsv.h"
#include "context/ProjectContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
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
    , m_summary(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("agreementView"));
    m_view->setModel(m_model);
    m_view->setToolTip(tr("Double-click a code to list its disagreements."));
    setUpTable(m_view);
    m_disagreementView->setObjectName(QStringLiteral("disagreementView"));
    m_disagreementView->setModel(m_disagreementModel);
    m_disagreementView->setToolTip(tr("Double-click a disagreement to read it in its document."));
    setUpTable(m_disagreementView);
    m_coders->setObjectName(QStringLiteral("agreementCoders"));
    m_coders->setToolTip(tr("The coders to compare: two or more"));
    m_coders->setMaximumWidth(200);
    m_summary->setWordWrap(true);

    auto *definitions = new QLabel(this);
    definitions->setWordWrap(true);
    definitions->setTextFormat(Qt::RichText);
    definitions->setText(QStringLiteral("<small>") + QStringList{
        tr("<b>Units.</b> Compared are the documents in which every chosen coder has at least one coding. At the "
           "character level every character of those documents is a unit for each code: a coder said yes if any of "
           "the coder's codings of the code covers it. At the document level every document is a unit: yes if the "
           "coder applied the code anywhere in it."),
        tr("<b>Agreement %</b>: units on which all coders agree (all yes or all no)."),
        tr("<b>Cohen's κ</b> (two coders): (Po − Pe) / (1 − Pe), Po the observed agreement, Pe = P(A yes)·P(B yes) + "
           "P(A no)·P(B no) over every unit compared; n/a when Pe = 1."),
        tr("<b>Krippendorff's α</b> (nominal, two or more coders): 1 − Do/De from the coincidence matrix; n/a when "
           "every value is the same."),
        tr("<b>Overall</b>: the units of all codes pooled. <b>Disagreements</b>: runs of characters coded with the "
           "code by some coders and not by others.")}.join(QStringLiteral("<br>")) + QStringLiteral("</small>"));

    auto *copy = new QPushButton(tr("&Copy as CSV"), this);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(table()); });
    connect(m_coders, &QListWidget::itemChanged, this, &CompareTab::scheduleReload);
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
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_view, 2);
    auto *disagreementsLabel = new QLabel(tr("&Disagreements:"), this);
    disagreementsLabel->setBuddy(m_disagreementView);
    rightLayout->addWidget(disagreementsLabel);
    rightLayout->addWidget(m_disagreementView, 2);
    rightLayout->addWidget(definitions);
    auto *left = new QVBoxLayout;
    auto *codersLabel = new QLabel(tr("C&oders:"), this);
    codersLabel->setBuddy(m_coders);
    left->addWidget(codersLabel);
    left->addWidget(m_coders, 1);
    left->addWidget(copy);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(right, 1);
    reloadChoices();
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
    task()->start(
        projectPath(),
        [coders, result](Project &project, const std::atomic_bool &) -> QString {
            auto computed = Agreement(project).compute(coders);
            if (!computed)
                return computed.error();
            *result = std::move(*computed);
            return {};
        },
        [this, result](const QString &error) {
            if (!error.isEmpty()) {
                m_summary->setText(tr("The agreement could not be computed: %1").arg(error));
                Q_EMIT failed(m_summary->text());
                return;
            }
            m_model->setResult(*result);
            m_disagreementModel->setDisagreements(result->disagreements);
            fitColumnsToView(m_view, AgreementModel::CodeColumn);
            m_disagreementView->resizeColumnsToContents();
            m_summary->setText(tr("%n document(s) coded by all of %1;", nullptr, static_cast<int>(result->documents.size()))
                                   .arg(result->coders.join(QStringLiteral(", ")))
                               + u' '
                               + tr("%n character(s) compared per code.", nullptr,
                                    static_cast<int>(result->comparedCharacters)));
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

} // namespace marginalia
