#pragma once

#include <string>

#include "report/report_input.hpp"

namespace framelens::report {

/// Version of the report.json layout; raised on any incompatible change.
inline constexpr int kSchemaVersion = 1;

/// report.json: every figure with its method and parameters, the lexicons and
/// the inputs' hashes. Keys keep a fixed order and numbers are rounded to 6
/// decimals, so equal input gives equal bytes.
[[nodiscard]] std::string render_json(const ReportInput& input);

}  // namespace framelens::report
