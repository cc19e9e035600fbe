#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace marginalia {

// File › Team › Join…: the team server's address, the coder to join as, and where to save the
// working copy. OK stays disabled until all three are given.
class TeamJoinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamJoinDialog)

public:
    TeamJoinDialog(const QString &coder, QWidget *parent = nullptr);

    QString url() const;
    QString coder() const;
    // With the .marginalia suffix added when missing.
    QString outPath() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *coderEdit() const { return m_coder; }
    QLineEdit *pathEdit() const { return m_path; }

private:
    void check();
    void browse();

    QLineEdit *m_url;
    QLineEdit *m_coder;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace marginalia
