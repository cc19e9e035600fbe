#pragma once

#include "CliSupport.h"

#include "analysis/Matrix.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace marginalia::cli {

// Cross-site comparison commands (matrix, cooccurrence, agreement-sample); words, stopwords and dictionary are in
// WordCommands, agreement in AgreementCommands, `report` in ReportCommands (those three are marginalia-cli-full's).
void addAnalysisCommands(CommandTable &table);

// --kind and --attr NAME=VALUE (repeatable), which narrow an analysis to some documents, and the scope they give
// (with the --coder values when withCoders); nothing on a malformed --attr (after printing why).
QCommandLineOption kindOption();
QCommandLineOption attrOption();
std::optional<AnalysisScope> scopeFrom(const Invocation &invocation, const QString &command, bool withCoders);

// A statistic that may be undefined (an agreement measure), as the commands show it (agreement, adjudicate):
// a number or null in JSON; three decimals or "n/a" for people.
QJsonValue optionalNumber(const std::optional<double> &value);
QString formatOptional(const std::optional<double> &value);

} // namespace marginalia::cli
