#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace marginalia {

class CodebookModel;
class ProjectContext;

// The code tree with a filter-as-you-type box and the code actions: add, add sub-code, rename,
// recolour, merge into…, delete. Codes are dragged out onto the text, text selections dropped on
// codes; dropping a code on another moves it there (with Shift held: merges it into it).
class CodebookPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodebookPane)

public:
    CodebookPane(ProjectContext *context, CodebookModel *model, QWidget *parent = nullptr);

    QList<qint64> selectedCodeIds() const;
    qint64 currentCodeId() const;
    void selectCode(qint64 codeId);
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    QAction *addAction() const { return m_add; }
    QAction *addSubcodeAction() const { return m_addSub; }
    QAction *renameAction() const { return m_rename; }
    QAction *recolorAction() const { return m_recolor; }
    QAction *editAction() const { return m_edit; }
    QAction *mergeAction() const { return m_merge; }
    QAction *deleteAction() const { return m_delete; }

    // Deletes after asking, stating how many codings go; no dialog when confirm is false (tests).
    void deleteCode(qint64 codeId, bool confirm = true);
    void mergeCode(qint64 sourceId);
    // The Add Code dialog (name, parent, colour, description); returns the new code, 0 if cancelled or failed.
    qint64 addCodeWithDialog(qint64 parentId, const QString &name = {});
    // The Edit Code dialog for one code; true if something changed.
    bool editCodeWithDialog(qint64 codeId);
    // The Assign Key ▸ menu for a code: None, then 1–9, each naming the code that has it now.
    QMenu *keyMenu(qint64 codeId, QWidget *parent);

Q_SIGNALS:
    void selectedCodesChanged(const QList<qint64> &codeIds);

private:
    void addCode(bool asSubcode);
    void recolor();
    void updateActions();
    QMap<int, qint64> assignedKeys() const;
    void restoreState();

    ProjectContext *m_context;
    CodebookModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QAction *m_add;
    QAction *m_addSub;
    QAction *m_rename;
    QAction *m_recolor;
    QAction *m_edit;
    QAction *m_merge;
    QAction *m_delete;
    QList<qint64> m_selectionToRestore;
};

} // namespace marginalia
