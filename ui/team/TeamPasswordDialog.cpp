#include "team/TeamPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace marginalia {

TeamPasswordDialog::TeamPasswordDialog(const QString &url, const QString &failure, const QString &keyringNote,
                                       QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the desktop keyring"), this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Team Server Password"));
    setObjectName(QStringLiteral("teamPasswordDialog"));
    auto *message = new QLabel(tr("%1\n\nPassword for %2:").arg(failure, url), this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    m_password->setEchoMode(QLineEdit::Password);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    if (keyringNote.isEmpty()) {
        m_note->setText(tr("Not remembered, it is kept only until Marginalia is closed. It is never written into the "
                           "project."));
    } else {
        m_remember->setEnabled(false);
        m_note->setText(keyringNote);
    }
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        if (m_remember->isEnabled())
            m_note->setText(on ? tr("Kept in the desktop keyring for this server, never in the project.")
                               : tr("Not remembered, it is kept only until Marginalia is closed. It is never written "
                                    "into the project."));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

QString TeamPasswordDialog::password() const
{
    return m_password->text();
}

bool TeamPasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace marginalia
