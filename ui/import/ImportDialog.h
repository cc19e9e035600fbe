#pragma once

#include "import/Importer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace marginalia {

// Before an import: the site and kind to give every file, and the text encoding (detected, or
// chosen by the user when detection guesses wrong), with a preview of a file decoded. The
// detected encoding is shown with how sure detection is; when it is not sure, a warning names
// the other possible encoding and offers it with one click.
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
    void showEncoding(const ReadDocument &document);
    void useAlternative();

    QStringList m_paths;
    QComboBox *m_site;
    QComboBox *m_kind;
    QComboBox *m_encoding;
    QComboBox *m_previewFile;
    QLabel *m_warningIcon;
    QLabel *m_encodingStatus;
    QPushButton *m_useAlternative;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QString m_alternative;
};

} // namespace marginalia
