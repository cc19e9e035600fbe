#pragma once

class QTableView;

namespace marginalia {

// Sizes a table's columns so that its numbers show in full inside the view: every column gets its contents' width,
// header texts wrap at spaces (the header grows to up to three lines) instead of widening a column of short numbers,
// and if the columns are still wider than the view, the text column (code paths) gives up width down to a fifth of
// the view, elided; its model must give the whole text as the cell's tooltip.
void fitColumnsToView(QTableView *view, int textColumn = 0);

} // namespace marginalia
