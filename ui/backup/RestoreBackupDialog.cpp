#include "backup/RestoreBackupDialog.h"

#include "backup/BackupListModel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace marginalia {

RestoreBackupDialog::RestoreBackupDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_model(new BackupListModel(this))
    , m_table(new QTableView(this))
    , m_restoreButton(nullptr)
{
    setWindowTitle(tr("Restore from Backup"));
    m_model->reload(projectPath);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Choose the copy of “%1” to go back to. The project as it is now is saved as another backup first.")
            .arg(QFileInfo(projectPath).fileName()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    if (m_model->rowCount() == 0) {
        auto *none = new QLabel(tr("There are no backups next to the project file yet."), this);
        layout->addWidget(none);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestoreBackupDialog::updateButton);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (!selectedPath().isEmpty())
            accept();
    });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButton();
    resize(760, 360);
}

QString RestoreBackupDialog::selectedPath() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const int row = rows.first().row();
    if (m_model->backups().at(row).documents < 0)
        return {};   // unreadable: nothing to restore from
    return m_model->data(m_model->index(row, 0), BackupListModel::PathRole).toString();
}

void RestoreBackupDialog::updateButton()
{
    m_restoreButton->setEnabled(!selectedPath().isEmpty());
}

} // namespace marginalia
