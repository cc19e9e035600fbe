#include "codebook/CodeDialog.h"

#include "coding/EditorText.h"
#include "project/CodeKeys.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>

namespace marginalia {

CodeDialog::CodeDialog(const QList<Code> &codes, QWidget *parent)
    : QDialog(parent)
    , m_codes(codes)
    , m_name(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_colorButton(new QPushButton(this))
    , m_description(new QPlainTextEdit(this))
    , m_key(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("codeDialog"));
    m_name->setObjectName(QStringLiteral("codeName"));
    m_parent->setObjectName(QStringLiteral("codeParent"));
    m_colorButton->setObjectName(QStringLiteral("codeColor"));
    m_description->setObjectName(QStringLiteral("codeDescription"));
    m_description->setPlaceholderText(tr("What the code means and when to apply it"));
    m_description->setTabChangesFocus(true);
    m_key->setObjectName(QStringLiteral("codeKey"));
    m_key->setToolTip(tr("Pressing this number key in the text codes the selection with the code"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(tr("&Colour:"), m_colorButton);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CodeDialog::updateOk);
    connect(m_colorButton, &QPushButton::clicked, this, &CodeDialog::chooseColor);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setNewCode(0);
    resize(420, sizeHint().height());
}

QPushButton *CodeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CodeDialog::fillParents(qint64 excludedSubtree)
{
    // The excluded code and everything below it (the list is depth first, so its sub-codes follow it).
    QSet<qint64> excluded;
    if (excludedSubtree) {
        excluded.insert(excludedSubtree);
        for (const Code &code : std::as_const(m_codes)) {
            if (excluded.contains(code.parentId))
                excluded.insert(code.id);
        }
    }
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), qint64(0));
    for (const Code &code : std::as_const(m_codes)) {
        if (!excluded.contains(code.id))
            m_parent->addItem(code.path, code.id);
    }
}

void CodeDialog::setKeys(const QMap<int, qint64> &keys)
{
    m_keys = keys;
    fillKeys();
}

void CodeDialog::fillKeys()
{
    m_key->clear();
    m_key->addItem(tr("None"), 0);
    int current = 0;
    for (int key = CodeKeys::kFirstKey; key <= CodeKeys::kLastKey; ++key) {
        const qint64 holder = m_keys.value(key);
        QString text = QString::number(key);
        if (holder && holder == m_codeId) {
            current = key;
        } else if (holder) {
            // Choosing a key another code has takes it from that code.
            for (const Code &code : std::as_const(m_codes)) {
                if (code.id == holder)
                    text = tr("%1 (now “%2”)").arg(key).arg(code.path);
            }
        }
        m_key->addItem(text, key);
    }
    m_key->setCurrentIndex(std::max(0, m_key->findData(current)));
}

int CodeDialog::key() const
{
    return m_key->currentData().toInt();
}

void CodeDialog::setNewCode(qint64 parentId, const QString &name)
{
    setWindowTitle(tr("Add Code"));
    m_codeId = 0;
    fillKeys();
    fillParents(0);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(parentId)));
    m_name->setText(name);
    m_description->clear();
    m_storedDescription.clear();
    m_shownDescription.clear();
    setColor(QColor());
    updateOk();
}

void CodeDialog::setCode(const Code &code)
{
    setWindowTitle(tr("Edit Code “%1”").arg(code.name));
    m_codeId = code.id;
    fillKeys();
    fillParents(code.id);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(code.parentId)));
    m_name->setText(code.name);
    m_description->setPlainText(code.description);
    m_storedDescription = code.description;
    m_shownDescription = editorText(m_description);
    setColor(QColor(code.color));
    updateOk();
}

void CodeDialog::setColor(const QColor &color)
{
    m_color = color;
    if (!color.isValid()) {
        m_colorButton->setIcon({});
        m_colorButton->setText(tr("Automatic…"));
        return;
    }
    QPixmap swatch(16, 16);
    swatch.fill(color);
    QPainter(&swatch).drawRect(0, 0, 15, 15);
    m_colorButton->setIcon(QIcon(swatch));
    m_colorButton->setText(color.name());
}

void CodeDialog::chooseColor()
{
    QColorDialog dialog(m_color.isValid() ? m_color : QColor(Qt::yellow), this);
    dialog.setObjectName(QStringLiteral("codeColorDialog"));
    dialog.setWindowTitle(tr("Colour of the Code"));
    dialog.setOption(QColorDialog::DontUseNativeDialog);
    if (dialog.exec() == QDialog::Accepted && dialog.selectedColor().isValid())
        setColor(dialog.selectedColor());
}

void CodeDialog::updateOk()
{
    okButton()->setEnabled(!m_name->text().trimmed().isEmpty());
}

NewCode CodeDialog::values() const
{
    NewCode code;
    code.name = m_name->text().trimmed();
    code.parentId = m_parent->currentData().toLongLong();
    code.color = m_color.isValid() ? m_color.name() : QString();
    // Untouched, the description stays as stored (a description from a .qdpx or the command line may begin with
    // spaces, or hold a line break the editor shows otherwise): only one changed here is trimmed.
    const QString shown = editorText(m_description);
    code.description = shown == m_shownDescription ? m_storedDescription : shown.trimmed();
    return code;
}

} // namespace marginalia
