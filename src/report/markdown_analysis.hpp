#pragma once

#include <string>

#include "compare/analysis.hpp"

namespace framelens::report {

/// Markdown sections with the analysis's key figures: evidence per outlet,
/// contrast choices and frame rates with 95% intervals, pairwise divergence
/// against its null baseline, key terms, voices, map order and events. A
/// difference is stated in words only when PairFigures::difference_supported.
[[nodiscard]] std::string render_analysis_markdown(const compare::Analysis& analysis);

}  // namespace framelens::report
