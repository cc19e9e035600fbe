#pragma once

#include <QString>
#include <Qt>

class QAbstractItemModel;
class QTableView;

namespace marginalia {

// A header's text for CSV when the view shows a short form (a number standing for a code): headerData with this
// role, where given, is what the CSV's header row carries instead of the display text.
inline constexpr int CsvHeaderRole = Qt::UserRole + 0x4353;
// The same for a cell whose display text is a formatted or shortened form (a number in the user's language, a passage
// on one line): data with this role, where given, is the CSV's field, so that the file holds the values themselves.
inline constexpr int CsvCellRole = Qt::UserRole + 0x4354;

// A table as CSV (RFC 4180 quoting, "\n" between lines): the header row, then every row of the model as shown
// (display text, or CsvCellRole where a cell gives it), columns hidden in the view left out.
QString tableCsv(const QAbstractItemModel *model, const QTableView *view = nullptr);
// Puts tableCsv(view's model) on the clipboard, as text/plain and text/csv.
void copyTableAsCsv(const QTableView *view);
// Ctrl+C on the view copies the whole table as CSV.
void addCopyAsCsvShortcut(QTableView *view);

} // namespace marginalia
