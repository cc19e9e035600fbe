#pragma once

#include "team/ConflictTargets.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace marginalia {

class ProjectContext;
class TeamConflictsModel;

// File › Team › Conflicts… (also a click on the status-bar indicator): every conflict of the working
// copy with its rule, the object it is about and what happened (both sides and what was kept), and
// Go To for the object. Follows the project: reloads whenever it changes.
class TeamConflictsWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamConflictsWindow)

public:
    TeamConflictsWindow(ProjectContext *context, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    TeamConflictsModel *model() const { return m_model; }
    QPushButton *goToButton() const { return m_goTo; }
    // Goes to the object of a row (Go To, double-click).
    void goTo(int row);

Q_SIGNALS:
    // The object to show: the main window opens its document, selects its code or jumps to the coding.
    void targetActivated(const marginalia::team::ConflictTarget &target);

private:
    void currentChanged();

    QPointer<ProjectContext> m_context;
    TeamConflictsModel *m_model;
    QTableView *m_view;
    QLabel *m_details;
    QLabel *m_error;
    QPushButton *m_goTo;
};

} // namespace marginalia
