#pragma once

#include "project/Codebook.h"

#include <QColor>
#include <QDialog>
#include <QList>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace marginalia {

// Add or edit one code: its name, parent, colour (chosen with QColorDialog), description and number key.
// The dialog only collects the values; the caller applies them through EditCommands.
class CodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeDialog)

public:
    // codes: the codebook (Codebook::codes()), offered as parents in tree order.
    CodeDialog(const QList<Code> &codes, QWidget *parent = nullptr);

    // The number keys given to codes now (CodeKeys::assigned()): the key box names the code holding each.
    void setKeys(const QMap<int, qint64> &keys);

    // A new code under this parent (0: top level), optionally with a name already typed.
    void setNewCode(qint64 parentId, const QString &name = {});
    // Edit an existing code: it and its sub-codes are not offered as its parent.
    void setCode(const Code &code);

    // What the user chose; color is "#rrggbb", or empty for a new code left on the automatic colour.
    NewCode values() const;
    void setColor(const QColor &color);
    // The number key chosen for the code, 0 for none.
    int key() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *parentCombo() const { return m_parent; }
    QPushButton *colorButton() const { return m_colorButton; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *keyCombo() const { return m_key; }
    QPushButton *okButton() const;

private:
    void fillParents(qint64 excludedSubtree);
    void fillKeys();
    void chooseColor();
    void updateOk();

    QList<Code> m_codes;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QPushButton *m_colorButton;
    QPlainTextEdit *m_description;
    QString m_storedDescription;   // the edited code's, as stored
    QString m_shownDescription;    // the same as the editor gave it back before any change
    QComboBox *m_key;
    QDialogButtonBox *m_buttons;
    QColor m_color;   // invalid: automatic (new codes only)
    QMap<int, qint64> m_keys;
    qint64 m_codeId = 0;   // the code edited; 0 for a new one
};

} // namespace marginalia
