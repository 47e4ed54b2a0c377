#pragma once

#include <string>

#include "report/report_input.hpp"

namespace framelens::report {

/// The "## Summary" section of report.md: the same findings as report.html's
/// summary (from summary_facts(), so the two never disagree), in plain words,
/// each with its interval or test, and a closing note on how sure one can be.
void render_markdown_summary(std::string& out, const ReportInput& input);

}  // namespace framelens::report
