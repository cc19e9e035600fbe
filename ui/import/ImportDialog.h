#pragma once

#include "import/Importer.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QThread;

namespace marginalia {

class ImportFilesModel;

// Before an import: every chosen file in a list with what was detected in it (its text encoding and how sure
// detection is, the speakers of a transcript) and the site and kind it gets (edited per file in the list, or
// given to all at once). The file selected in the list is previewed; its encoding can be chosen when detection
// guesses wrong (when detection is not sure, a warning names the other possible encoding and offers it with one
// click). Files are read for the list on a thread of their own, so a long list does not hold up the dialog.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // attributeValues: the values each attribute has in the project (for the site and kind lists).
    ImportDialog(const QStringList &paths, const QMap<QString, QStringList> &attributeValues, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Per file: its site, kind and chosen encoding; the speakers detected are stored as the attribute "speakers".
    ImportOptions options() const;

    ImportFilesModel *filesModel() const { return m_files; }
    QTableView *filesView() const { return m_view; }
    // True once every file has been read for the list.
    bool detectionFinished() const;

Q_SIGNALS:
    void detectionDone();

private:
    void startDetection();
    int currentRow() const;
    void selectFile(int row);
    void updatePreview();
    void showEncoding(const ReadDocument &document);
    void useAlternative();
    void chooseEncoding();

    QStringList m_paths;
    ImportFilesModel *m_files;
    QTableView *m_view;
    QComboBox *m_site;
    QComboBox *m_kind;
    QPushButton *m_applyToAll;
    QComboBox *m_encoding;
    QLabel *m_warningIcon;
    QLabel *m_encodingStatus;
    QPushButton *m_useAlternative;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QString m_alternative;
    QThread *m_detector = nullptr;
    std::shared_ptr<std::atomic_bool> m_stopDetection;
    int m_detected = 0;
};

} // namespace marginalia
