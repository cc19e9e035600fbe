#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace marginalia {

// A table as CSV (RFC 4180 quoting, "\n" between lines): the header row, then every row of the model as shown
// (display text), columns hidden in the view left out.
QString tableCsv(const QAbstractItemModel *model, const QTableView *view = nullptr);
// Puts tableCsv(view's model) on the clipboard, as text/plain and text/csv.
void copyTableAsCsv(const QTableView *view);
// Ctrl+C on the view copies the whole table as CSV.
void addCopyAsCsvShortcut(QTableView *view);

} // namespace marginalia
