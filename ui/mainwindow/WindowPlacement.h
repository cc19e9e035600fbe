#pragma once

#include <QSize>

class QWidget;

namespace marginalia {

// Gives a top-level window its first size and position: the preferred size, cut to 90 % of the screen's available
// area (what panels and docks leave), centred on `over` (a window the user is looking at) or else on the screen,
// and moved inside the available area. Windows that remember their geometry restore it instead.
void placeWindow(QWidget *window, QSize preferred, const QWidget *over = nullptr);

} // namespace marginalia
