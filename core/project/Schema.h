#pragma once

#include <vector>

namespace marginalia {

// The statements that create a project of the current format.
const std::vector<const char *> &schemaStatements();

// The statements that take a project from fromVersion to fromVersion + 1.
std::vector<const char *> migrationStatements(int fromVersion);

} // namespace marginalia
