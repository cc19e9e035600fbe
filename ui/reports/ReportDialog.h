#pragma once

#include "report/Report.h"

#include <QDialog>
#include <QDir>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTimer;

namespace marginalia {

class AnalysisTask;
class ProjectContext;

// File > Export Report…: choose codes, sites, grouping, context, the matrix, the language, the coders whose agreement
// ends the report (the methods paragraph, on a chosen unit) and a format; a live preview of the HTML
// report for the current choices (built off the GUI thread, a short while after the last change); Save… writes the
// chosen format off the GUI thread, with progress and Cancel.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    explicit ReportDialog(ProjectContext *context, QWidget *parent = nullptr);

    // The options for the current choices (nothing checked: every code, every site).
    ReportOptions options() const;
    ReportFormat format() const;
    void setFormat(ReportFormat format);
    static QString extension(ReportFormat format);

    // Writes the report in the chosen format to path, off the GUI thread; saved() or saveFailed() follow.
    void save(const QString &path);
    bool isSaving() const;
    bool isPreviewing() const;

    QListWidget *codeList() const { return m_codes; }
    QListWidget *siteList() const { return m_sites; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QSpinBox *contextSpin() const { return m_context; }
    QCheckBox *matrixCheck() const { return m_matrix; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *languageCombo() const { return m_language; }
    // Two or more checked: the report ends with the methods paragraph on their agreement, on this unit.
    QListWidget *reliabilityCoderList() const { return m_reliabilityCoders; }
    QComboBox *reliabilityUnitCombo() const { return m_reliabilityUnit; }
    QTextBrowser *preview() const { return m_preview; }

Q_SIGNALS:
    void previewUpdated();
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void fillLists();
    void schedulePreview();
    void loadLabels();   // the chosen language's labels (English, with a note, if its translation is missing)
    void updatePreview();
    void chooseFileAndSave();
    void setSaving(bool saving);
    QDir reportFolder() const;

    ProjectContext *m_projectContext;
    QListWidget *m_codes;
    QListWidget *m_sites;
    QComboBox *m_grouping;
    QSpinBox *m_context;
    QCheckBox *m_matrix;
    QLineEdit *m_author;
    QComboBox *m_format;
    QComboBox *m_language;
    QListWidget *m_reliabilityCoders;
    QComboBox *m_reliabilityUnit;
    ReportLabels m_labels;   // the chosen language's, loaded when it is chosen
    QTextBrowser *m_preview;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QTimer *m_previewTimer;
    AnalysisTask *m_previewTask;
    AnalysisTask *m_saveTask;
};

} // namespace marginalia
