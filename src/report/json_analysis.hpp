#pragma once

#include <nlohmann/json.hpp>

#include "compare/analysis.hpp"

namespace framelens::report {

/// The "analysis" object of report.json: every figure of `analysis` with its
/// method and parameters (log base, prior, smoothing, correction, interval
/// method, seed). Numbers are rounded to 6 decimals; undefined values
/// (NaN) are written as null.
[[nodiscard]] nlohmann::ordered_json analysis_json(const compare::Analysis& analysis);

}  // namespace framelens::report
