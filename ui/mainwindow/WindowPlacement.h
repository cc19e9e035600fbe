#pragma once

#include <QSize>

class QWidget;

namespace marginalia {

// Gives a top-level window its first size and position: the preferred size, cut to 90 % of the screen's available
// area (what panels and docks leave), centred on `over` (a window the user is looking at) or else on the screen,
// and moved inside the available area. Windows that remember their geometry restore it instead.
void placeWindow(QWidget *window, QSize preferred, const QWidget *over = nullptr);
// Moves a shown window whose frame reaches past its screen's available area back inside it (a window grows to
// its minimum size when panes appear, which on a 600-pixel-high screen pushed its bottom off the screen), and
// shrinks it to that area where its minimum size allows.
void keepOnScreen(QWidget *window);

} // namespace marginalia
