#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace marginalia {

// The coder's name, the interface language (applies at the next start) and the document font.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Writes the choices to the settings; true if the language changed (a restart applies it).
    bool apply();

private:
    QLineEdit *m_coder;
    QComboBox *m_language;
    QFontComboBox *m_font;
    QSpinBox *m_size;
};

} // namespace marginalia
