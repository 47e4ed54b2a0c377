#pragma once

#include <string>

#include "report/report_input.hpp"

namespace framelens::report {

/// report.md: a GitHub-flavoured Markdown summary with the outlet matrices and
/// each outlet's top terms. Corpus text is escaped for Markdown tables.
[[nodiscard]] std::string render_markdown(const ReportInput& input);

}  // namespace framelens::report
