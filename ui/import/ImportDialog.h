#pragma once

#include "import/Importer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace marginalia {

// Before an import: the site and kind to give every file, and the text encoding (detected, or
// chosen by the user when detection guesses wrong), with a preview of the first file decoded.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // attributeValues: the values each attribute has in the project (for the site and kind lists).
    ImportDialog(const QStringList &paths, const QMap<QString, QStringList> &attributeValues, QWidget *parent = nullptr);

    ImportOptions options() const;

private:
    void updatePreview();

    QStringList m_paths;
    QComboBox *m_site;
    QComboBox *m_kind;
    QComboBox *m_encoding;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
};

} // namespace marginalia
