#pragma once

#include "common/Result.h"

#include <QJsonValue>
#include <QString>

namespace marginalia::cli {

// Who is coding, for the commands that record work (codings, imports, journal entries). Looked
// up in this order, and never made up: --coder, then the MARGINALIA_CODER environment variable,
// then the name chosen in the GUI (its settings, organisation and application "Marginalia", key
// coder/name), then the account's full name. The command says which it used: on stderr for text
// output, as a "coder" field ({"name", "source"}) in its --json result.
struct CoderChoice
{
    QString name;
    QString source;   // "--coder", "MARGINALIA_CODER", "GUI setting", "account name"
};

// The coder from the option's value (empty: not given) and the places above; refused with a
// sentence if the name is not one line of text, or if no name can be found anywhere.
Result<CoderChoice> chooseCoder(const QString &optionValue);

// Remembers the choice for this run; for text output, printCoderChoice() says it on stderr once the
// command has finished (the command's own first lines, such as a partial import's reason, come first).
void announceCoder(const CoderChoice &choice, bool json);
void printCoderChoice();
// The command's JSON result with the remembered choice added as "coder" (objects only).
QJsonValue withCoderChoice(const QJsonValue &result);
// The remembered choice as that "coder" field's value ({"name", "source"}), undefined when none: for results written
// as they go (JsonStream) instead of through printJson().
QJsonValue coderChoiceJson();

} // namespace marginalia::cli
