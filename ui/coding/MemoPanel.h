#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace marginalia {

class ProjectContext;

// The memo of the document, code or coding the user is looking at. Saved (one undo step) with
// the Save button, Ctrl+S in the editor, or when another object is chosen. A save keeps the panel on
// the memo saved: panes that follow the change (lists reloaded, selections restored) may ask for
// another target while the save is announced; those requests are ignored.
class MemoPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoPanel)

public:
    enum class Target { None, Document, Code, Coding };

    explicit MemoPanel(ProjectContext *context, QWidget *parent = nullptr);

    void setTarget(Target target, qint64 id);
    Target target() const { return m_target; }
    qint64 targetId() const { return m_id; }
    QPlainTextEdit *editor() const { return m_edit; }
    // Saves the memo if it was changed; true if it was saved.
    bool save();

private:
    void load();

    ProjectContext *m_context;
    Target m_target = Target::None;
    qint64 m_id = 0;
    QLabel *m_title;
    QPlainTextEdit *m_edit;
    QPushButton *m_save;
    bool m_loading = false;
    bool m_saving = false;   // while our own save is applied and announced
};

} // namespace marginalia
