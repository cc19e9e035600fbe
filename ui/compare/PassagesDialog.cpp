#include "compare/PassagesDialog.h"

#include "compare/TableCsv.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

PassagesDialog::PassagesDialog(const QString &title, const QList<Passage> &passages, QWidget *parent)
    : QDialog(parent)
    , m_model(new PassagesModel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("passagesDialog"));
    m_model->setPassages(passages);
    m_view->setObjectName(QStringLiteral("passagesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PassagesModel::TextColumn, QHeaderView::Stretch);
    m_view->resizeColumnToContents(PassagesModel::DocumentColumn);
    m_view->resizeColumnToContents(PassagesModel::CodeColumn);
    m_view->resizeColumnToContents(PassagesModel::ParagraphColumn);
    m_view->resizeColumnToContents(PassagesModel::PositionColumn);
    addCopyAsCsvShortcut(m_view);
    connect(m_view, &QTableView::activated, this, &PassagesDialog::jumpToCurrent);

    auto *summary = new QLabel(tr("%n passage(s). Double-click one to read it in its document.", nullptr,
                                  static_cast<int>(passages.size())),
                               this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *go = buttons->addButton(tr("&Go to Passage"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("Copy as &CSV"), QDialogButtonBox::ActionRole);
    go->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, go,
            [go](const QModelIndex &current) { go->setEnabled(current.isValid()); });
    connect(go, &QPushButton::clicked, this, &PassagesDialog::jumpToCurrent);
    connect(copy, &QPushButton::clicked, this, [this] { copyTableAsCsv(m_view); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

void PassagesDialog::jumpToCurrent()
{
    if (const Passage *p = m_model->passage(m_view->currentIndex()))
        Q_EMIT jumpRequested(p->documentId, {p->start, p->end});
}

} // namespace marginalia
