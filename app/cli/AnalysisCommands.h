#pragma once

#include "CliSupport.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace marginalia::cli {

// Cross-site comparison and agreement commands (matrix, cooccurrence, words, stopwords, dictionary, agreement,
// agreement-sample); `report` is in ReportCommands.
void addAnalysisCommands(CommandTable &table);

// A statistic that may be undefined (an agreement measure), as the commands show it (agreement, adjudicate):
// a number or null in JSON; three decimals or "n/a" for people.
QJsonValue optionalNumber(const std::optional<double> &value);
QString formatOptional(const std::optional<double> &value);

} // namespace marginalia::cli
