#pragma once

#include <string>
#include <vector>

namespace marginalia {

// The statements that create a project of the current format.
const std::vector<const char *> &schemaStatements();

// The statements that fill the kept coding counts (format 5: coding_counts and its two summaries) from the codings,
// into empty tables: the upgrade runs them, and CodingCounts::recount after emptying the tables.
const std::vector<const char *> &codingCountFillStatements();

// The statements a fresh project of an earlier format version was created with: one list per
// layout the format has had (format 1 has three). Empty for a version that never existed.
std::vector<std::vector<const char *>> pastFormatLayouts(int version);

// The statements that bring a file of an older layout of a format to that format's last layout
// (run before the migrations; what an index or table that only changed its form needs).
std::vector<std::string> layoutRepairStatements(int version, int layout);

// The statements that take a project of any layout of fromVersion to fromVersion + 1.
std::vector<std::string> migrationStatements(int fromVersion);

} // namespace marginalia
