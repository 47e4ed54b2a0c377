#pragma once

#include <filesystem>
#include <vector>

#include "report/report_input.hpp"

namespace framelens::report {

/// Renders every report file in memory first, then writes each atomically into
/// `dir` (created if needed), so a rendering failure writes nothing.
/// Returns the paths written. Throws Error when a file cannot be written.
std::vector<std::filesystem::path> write_report(const std::filesystem::path& dir,
                                                const ReportInput& input);

}  // namespace framelens::report
