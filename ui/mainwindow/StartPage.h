#pragma once

#include <QWidget>

class QListWidget;

namespace marginalia {

// Shown when no project is open: open, new, open the demo, or one of the recent projects.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);

    void reloadRecent();

Q_SIGNALS:
    void openRequested();
    void newRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace marginalia
