#include "mainwindow/WindowPlacement.h"

#include <QGuiApplication>
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
    // A title bar and borders are added by the window manager: leave room for them.
    const QSize size = preferred.boundedTo(available.size() * 0.9);
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

} // namespace marginalia
