#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "compare/analysis.hpp"
#include "report/html_sections.hpp"

// Small formatting pieces the analysis sections of report.html share, so a
// share, an interval or a warning looks the same wherever it appears.
namespace framelens::report::html {

/// "1 article", "3 articles".
[[nodiscard]] std::string plural(std::size_t n, const char* one, const char* many);

/// `share` (a proportion in [0, 1]) as a whole percentage, "84%". Negative
/// zero and rounding noise print as "0%".
[[nodiscard]] std::string percent(double share);

/// "78–100%" for a share interval, "" when `estimate` has none.
[[nodiscard]] std::string percent_interval(const compare::Estimate& estimate);

/// `value` with `decimals` digits, never "-0.00".
[[nodiscard]] std::string fixed(double value, int decimals);

/// "0.57 (0.54–0.72)": the value with its interval when it has one.
[[nodiscard]] std::string with_interval(const compare::Estimate& estimate, int decimals);

/// A visible "⚠ low evidence" badge whose tooltip says why (`why` is escaped).
[[nodiscard]] std::string low_evidence_badge(std::string_view why);

/// The reasons an analysis outlet is flagged, joined with "; ".
[[nodiscard]] std::string low_evidence_reasons(const compare::OutletSummary& outlet);

/// `inner_html` wrapped in a link to `href`, or unchanged when `href` is "".
[[nodiscard]] std::string linked(const std::string& href, const std::string& inner_html);

/// Display name of analysis outlet `index`, escaped, with a low-evidence
/// badge when the outlet is flagged.
[[nodiscard]] std::string outlet_cell(const compare::Analysis& analysis, std::size_t index);

/// A table of a square outlet matrix with row and column headers, in
/// `context`'s display order. NaN cells print as "–".
void outlet_matrix_table(std::string& out, const Context& context,
                         const compare::OutletMatrix& matrix, std::string_view caption,
                         int decimals);

/// The in-page evidence link of the first lexicon (in the report's lexicon
/// order) that has `word` as a term with evidence in `outlet`, or "".
[[nodiscard]] std::string word_evidence_href(Context& context, const std::string& word,
                                             const std::string& outlet);

}  // namespace framelens::report::html
