#pragma once

#include "text/Segmenter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QWidget;

namespace marginalia {

struct ChangeFootprint;
class AttributeEditor;
class AttributeTableModel;
class CodebookModel;
class CodebookPane;
class CodingController;
class DocumentListModel;
class DocumentsPane;
class DocumentView;
class FindBar;
class ImportController;
class MemoPanel;
class MemosPane;
class Project;
class ProjectContext;
class QuickCodeBox;
class SearchPane;
class SegmentsPane;

// Everything that belongs to one open project: its context (connection and undo stack), the
// models, the panes and the coding controller, wired together. The main window places the panes
// in its docks and menus; the workspace keeps them in step with the project.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(std::unique_ptr<Project> project, QWidget *window);
    ~Workspace() override;

    ProjectContext *context() const { return m_context; }
    DocumentsPane *documentsPane() const { return m_documentsPane; }
    CodebookPane *codebookPane() const { return m_codebookPane; }
    QWidget *readingPane() const { return m_readingPane; }
    DocumentView *documentView() const { return m_view; }
    SegmentsPane *segmentsPane() const { return m_segmentsPane; }
    MemoPanel *memoPanel() const { return m_memoPanel; }
    SearchPane *searchPane() const { return m_searchPane; }
    MemosPane *memosPane() const { return m_memosPane; }
    QuickCodeBox *quickCodeBox() const { return m_quickCode; }
    FindBar *findBar() const { return m_findBar; }
    CodingController *codingController() const { return m_coding; }
    ImportController *importController() const { return m_import; }
    CodebookModel *codebookModel() const { return m_codebookModel; }
    DocumentListModel *documentListModel() const { return m_documentModel; }
    AttributeTableModel *attributeModel() const { return m_attributeModel; }

    QAction *quickCodeAction() const { return m_quickCodeAction; }
    QAction *inVivoAction() const { return m_inVivoAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *attributesAction() const { return m_attributesAction; }
    QAction *removeDocumentAction() const { return m_removeDocumentAction; }

    void openDocument(qint64 documentId);
    void jumpTo(qint64 documentId, TextSpan span);
    void setSnapToWords(bool snap);
    void applyDocumentFont();
    void showAttributeEditor();
    AttributeEditor *attributeEditor() const;
    // Remembers where the shown document was left (also done on switching documents).
    void savePosition();
    QString statistics();

Q_SIGNALS:
    void statisticsChanged(const QString &text);

private:
    void onChanged(int changes);
    // The shown document's codings: patched from what an edit touched, reloaded when that is not known (null).
    void refreshCodings(const ChangeFootprint *edit = nullptr);
    void updateActions();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QWidget *m_window;
    ProjectContext *m_context;
    DocumentListModel *m_documentModel;
    CodebookModel *m_codebookModel;
    AttributeTableModel *m_attributeModel;
    DocumentsPane *m_documentsPane;
    CodebookPane *m_codebookPane;
    QWidget *m_readingPane;
    DocumentView *m_view;
    FindBar *m_findBar;
    SegmentsPane *m_segmentsPane;
    MemoPanel *m_memoPanel;
    SearchPane *m_searchPane;
    MemosPane *m_memosPane;
    QuickCodeBox *m_quickCode;
    CodingController *m_coding;
    ImportController *m_import;
    QPointer<AttributeEditor> m_attributeEditor;
    QString m_documentGuid;

    QAction *m_quickCodeAction;
    QAction *m_inVivoAction;
    QAction *m_findAction;
    QAction *m_attributesAction;
    QAction *m_removeDocumentAction;
};

} // namespace marginalia
