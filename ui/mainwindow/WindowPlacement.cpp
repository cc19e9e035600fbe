#include "mainwindow/WindowPlacement.h"

#include <QGuiApplication>

#include <algorithm>
#include <QScreen>
#include <QWidget>

namespace marginalia {

void placeWindow(QWidget *window, QSize preferred, const QWidget *over)
{
    QScreen *screen = over ? over->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    // A title bar and borders are added by the window manager: leave room for them. On a narrow screen (a 1024-pixel
    // netbook or tablet) a tenth of the width is too much to give away: the panes need it; leave the borders only.
    QSize bound = available.size() * 0.9;
    if (available.width() < 1280)
        bound.setWidth(available.width() - 16);
    const QSize size = preferred.boundedTo(bound);
    window->resize(size);
    // The frame is not known before the window is shown: the window it opens over has one like it.
    const QSize frame = over ? over->frameGeometry().size() - over->size() : QSize();
    const QRect target = over ? over->frameGeometry() : available;
    QRect placed(QPoint(), size + frame);
    placed.moveCenter(target.center());
    placed.moveLeft(qBound(available.left(), placed.left(), available.right() - placed.width() + 1));
    placed.moveTop(qBound(available.top(), placed.top(), available.bottom() - placed.height() + 1));
    window->move(placed.topLeft());   // a window's position is its frame's
}

void keepOnScreen(QWidget *window)
{
    QScreen *screen = window->screen();
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (available.contains(frame))
        return;
    const QSize border = frame.size() - window->size();
    const QSize room = (available.size() - border).expandedTo(window->minimumSizeHint());
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    QRect placed(frame.topLeft(), window->size() + border);
    placed.moveLeft(qBound(available.left(), placed.left(), std::max(available.left(), available.right() - placed.width() + 1)));
    placed.moveTop(qBound(available.top(), placed.top(), std::max(available.top(), available.bottom() - placed.height() + 1)));
    window->move(placed.topLeft());
}

} // namespace marginalia
