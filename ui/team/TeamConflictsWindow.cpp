#include "team/TeamConflictsWindow.h"

#include "context/ProjectContext.h"
#include "team/TeamConflictsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

namespace {

// Objects the main window can show.
bool canGoTo(const team::ConflictTarget &target)
{
    return target.exists && (target.documentId > 0 || target.codeId > 0);
}

} // namespace

TeamConflictsWindow::TeamConflictsWindow(ProjectContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new TeamConflictsModel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
    , m_goTo(new QPushButton(tr("&Go To"), this))
{
    setWindowTitle(tr("Team Conflicts"));
    setObjectName(QStringLiteral("teamConflictsWindow"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *intro = new QLabel(tr("Every conflict between your changes and other members', as every member's copy "
                                "records it. No coding was dropped; each line says what was kept."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_goTo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_goTo, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            goTo(m_view->currentIndex().row());
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { goTo(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamConflictsWindow::currentChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(900, 420);
    // Conflicts come only from syncs: TeamController reloads the window when one finishes (an edit here adds none).
    reload();
}

void TeamConflictsWindow::reload()
{
    if (!m_context)
        return;
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const QString error = m_model->reload(m_context->project());
    m_error->setText(error.isEmpty() ? QString() : tr("Not every conflict could be read: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
    m_view->resizeColumnsToContents();
    const int count = m_model->rowCount();
    if (count > 0)
        m_view->setCurrentIndex(m_model->index(row >= 0 && row < count ? row : count - 1, 0));
    currentChanged();
}

void TeamConflictsWindow::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No conflicts.") : QString());
        m_goTo->setEnabled(false);
        return;
    }
    const team::TeamConflict &conflict = m_model->conflict(current.row());
    const team::ConflictTarget &target = m_model->target(current.row());
    QStringList lines;
    lines << TeamConflictsModel::ruleTitle(conflict.rule) + QStringLiteral(" (") + conflict.rule + u')';
    if (const QString explanation = TeamConflictsModel::ruleExplanation(conflict.rule); !explanation.isEmpty())
        lines << explanation;
    lines << tr("Object: %1").arg(TeamConflictsModel::describeTarget(target));
    lines << conflict.message;
    m_details->setText(lines.join(u'\n'));
    m_goTo->setEnabled(canGoTo(target));
}

void TeamConflictsWindow::goTo(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const team::ConflictTarget &target = m_model->target(row);
    if (canGoTo(target))
        Q_EMIT targetActivated(target);
}

} // namespace marginalia
