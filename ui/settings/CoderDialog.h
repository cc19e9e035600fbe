#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace marginalia {

// Asks who is coding. Each coding and journal entry carries this name; agreement between coders
// is computed from it, so it is asked on the first start (prefilled with the account's full name)
// and changed with File › Coder…. A name must be one line of text; the dialog says so inline.
class CoderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoderDialog)

public:
    // firstStart: the wording of the first start ("Who is coding?"), else of a change of coder.
    CoderDialog(const QString &name, bool firstStart, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    // The name as it will be stored (trimmed); empty while it is not acceptable.
    QString coderName() const;

private:
    void check();

    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace marginalia
