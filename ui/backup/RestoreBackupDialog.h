#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace marginalia {

class BackupListModel;

// Lists a project's backups with their date and counts; the user picks one to restore.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    RestoreBackupDialog(const QString &projectPath, QWidget *parent = nullptr);

    BackupListModel *model() const { return m_model; }
    // The backup chosen (empty if none).
    QString selectedPath() const;

private:
    void updateButton();

    BackupListModel *m_model;
    QTableView *m_table;
    QPushButton *m_restoreButton;
};

} // namespace marginalia
