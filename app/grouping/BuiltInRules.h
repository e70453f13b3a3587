#pragma once

#include <QString>

namespace lookout {

// Lookout's copy of the built-in stack-trace rules (see BuiltInRules.cpp for provenance).
QString builtInEnhancementRules();

} // namespace lookout
