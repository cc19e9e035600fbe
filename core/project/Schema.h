#pragma once

#include "common/Result.h"

#include <string>
#include <vector>

namespace marginalia {

class Database;

// One step of the format history after format 2: what a file of the format before gains to be of `format`. A fresh
// project is created with format 2's statements and every step's (schemaStatements); a file of an older format is
// upgraded by the steps after its format, in order, in one transaction (Project::migrate). The next format is one
// more step.
struct FormatStep
{
    int format = 0;
    // Its tables, indexes and triggers, then the statements that fill them from what the file holds (nothing in a
    // fresh project). Never changes once released.
    const std::vector<const char *> &(*statements)() = nullptr;
    // What SQL does not fill, run on the upgraded file after the statements (nullptr: nothing).
    Result<void> (*fill)(Database &db) = nullptr;
};
const std::vector<FormatStep> &formatSteps();

// The statements that create a project of the current format (the last step's).
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

// The statements that take a format 1 file (after layoutRepairStatements) to format 2, before the steps.
std::vector<std::string> formatOneUpgradeStatements();

} // namespace marginalia
