#pragma once

#include "CliSupport.h"

namespace marginalia::cli {

// Editing attributes beyond set-attribute: unset-attribute (a document's value), rename-attribute,
// retype-attribute and delete-attribute (the attribute itself).
void addAttributeCommands(CommandTable &table);

} // namespace marginalia::cli
