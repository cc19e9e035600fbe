#pragma once

#include "common/Result.h"

#include <QString>

#include <string>
#include <string_view>

namespace marginalia {

class Database;

// The one filter of a blind coding round (AgreementRound), for every view of codings a person reads.
//
// Each connection has a temporary view `visible_codings` (the columns of `codings`, made when the connection is
// configured) and a temporary table naming its viewer. Without a viewer (the CLI, imports, exports) the view is
// every coding. With one (the GUI sets its current coder), while a round is open the view leaves out the codings of
// every other coder on the round's documents: the round is read from project_info and the set's attribute by the
// view itself at each statement, so an open, close, undo or redo of the round, by this connection or another, is seen
// by the next query without anything to refresh. Queries that show codings to someone (lists, counts, the codebook,
// memos, matrix, co-occurrence, agreement, reports) read `visible_codings`; edits, imports, exports, merges and checks
// read `codings`.
//
// Without a viewer the view is the table itself; with one, the round's documents are found through the index on
// (attribute_id, value), once per statement, and each coding costs a lookup in that list (see the .cpp for the cost).
Result<void> installVisibleCodings(Database &db);
// Sets (or, empty, clears) the coder the connection's visible_codings is for. All or nothing: on failure the view and
// its viewer are as they were.
Result<void> setVisibleCodingsViewer(Database &db, const QString &coder);

// For counting from the kept counts (CodingCounts) what the view shows. The view decides by a coding's document and
// coder alone, so a row of coding_counts (document, code, coder) is shown or hidden whole: it is hidden exactly when
// its document is one of roundDocumentsQuery() and its coder none of viewerCodersQuery().
// The ids of the documents on which the view may hide codings: the open round's set while a viewer is set, otherwise
// none (one column, document_id).
std::string roundDocumentsQuery();
// The ids of the viewer's coders, whose codings the view shows on those documents.
std::string viewerCodersQuery();
// The two together as a condition on a row named `row` with columns document_id and coder_id: true when the view
// leaves its codings out (the negation of the filtered view's test, from the same SQL).
std::string hiddenByRoundCondition(std::string_view row);

} // namespace marginalia
