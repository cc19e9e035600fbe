#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// Team projects on PostgreSQL (core/team): `team publish`, `team join`, `team sync`, `team status`.
void addTeamCommands(CommandTable &table);

} // namespace marginalia::cli
