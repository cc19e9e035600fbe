#include "team/TeamJoinDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace marginalia {

TeamJoinDialog::TeamJoinDialog(const QString &coder, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_coder(new QLineEdit(coder, this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Join a Team Project"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Makes a working copy of a team project on this computer. You work in it as in any "
                                "project, also offline; changes are exchanged with the server whenever it can be "
                                "reached."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host/database"));
    m_url->setToolTip(tr("The password is asked when needed and is never stored in the project."));
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Coder:"), m_coder);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(browse);
    form->addRow(tr("Save &as:"), pathRow);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(browse, &QPushButton::clicked, this, &TeamJoinDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_url, m_coder, m_path})
        connect(edit, &QLineEdit::textChanged, this, &TeamJoinDialog::check);
    check();
    resize(560, sizeHint().height());
}

QString TeamJoinDialog::url() const
{
    return m_url->text().trimmed();
}

QString TeamJoinDialog::coder() const
{
    return m_coder->text().simplified();
}

QString TeamJoinDialog::outPath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".marginalia")))
        path += QStringLiteral(".marginalia");
    return path;
}

void TeamJoinDialog::check()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!url().isEmpty() && !coder().isEmpty() && !outPath().isEmpty());
}

void TeamJoinDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Working Copy"), m_path->text(),
                                                      tr("Marginalia projects (*.marginalia)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace marginalia
