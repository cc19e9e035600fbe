#include "settings/CoderDialog.h"

#include "project/Names.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace marginalia {

CoderDialog::CoderDialog(const QString &name, bool firstStart, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(firstStart ? tr("Who Is Coding?") : tr("Coder"));
    auto *explanation = new QLabel(
        tr("Your name is stored with every coding you make, so that the codings of several coders can be told apart "
           "and compared. Use the same name on every computer you code on."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_name->selectAll();
    auto *form = new QFormLayout;
    form->addRow(tr("Your name as coder:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CoderDialog::check);
    check();
}

QString CoderDialog::coderName() const
{
    auto checked = checkedName(QStringLiteral("coder"), m_name->text());
    return checked ? *checked : QString();
}

void CoderDialog::check()
{
    const bool empty = m_name->text().trimmed().isEmpty();
    const bool acceptable = !coderName().isEmpty();
    m_problem->setText(empty ? tr("Enter a name.")
                             : acceptable ? QString()
                                          : tr("A name must be one line of text, without tabs or other control characters."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

} // namespace marginalia
