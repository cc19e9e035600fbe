#include "settings/PreferencesDialog.h"

#include "settings/Settings.h"

#include "project/Names.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace marginalia {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_coder(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    const Settings settings;
    m_coder->setText(settings.coderName());
    m_language->addItem(tr("System language"), QString());
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
    const QFont font = settings.documentFont();
    m_font->setCurrentFont(font);
    m_size->setRange(6, 48);
    m_size->setValue(font.pointSize() > 0 ? font.pointSize() : 12);
    m_size->setSuffix(tr(" pt"));

    auto *restart = new QLabel(tr("A change of language takes effect when Marginalia is started again."), this);
    restart->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Your name as coder:"), m_coder);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(QString(), restart);
    form->addRow(tr("Document font:"), m_font);
    form->addRow(tr("Font size:"), m_size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool PreferencesDialog::apply()
{
    Settings settings;
    // A name that is empty or not one line keeps the coder as it was (File › Coder… says why).
    if (auto name = checkedName(QStringLiteral("coder"), m_coder->text()))
        settings.setCoderName(*name);
    QFont font = m_font->currentFont();
    font.setPointSize(m_size->value());
    settings.setDocumentFont(font);
    const QString language = m_language->currentData().toString();
    const bool changed = language != settings.language();
    settings.setLanguage(language);
    return changed;
}

} // namespace marginalia
