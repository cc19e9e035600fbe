#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace marginalia {

// Asks for a team server's password after the server refused to connect without it: the server's
// sentence, the password, and "Remember in the desktop keyring" (off and explained when no keyring
// service is running: then it is asked once each session). The password never goes into the project.
class TeamPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPasswordDialog)

public:
    // keyringNote: empty when the keyring can be offered; else why it cannot (shown, box disabled).
    TeamPasswordDialog(const QString &url, const QString &failure, const QString &keyringNote, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *noteLabel() const { return m_note; }

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_note;
};

} // namespace marginalia
