#pragma once

#include <nlohmann/json.hpp>

#include "compare/analysis.hpp"

namespace framelens::report {

/// A number rounded to 6 decimals; NaN and infinities become null.
[[nodiscard]] nlohmann::ordered_json number(double value);
/// A p-value rounded to 6 significant digits (fixed decimals would print the
/// smallest as 0); NaN and infinities become null.
[[nodiscard]] nlohmann::ordered_json p_value(double value);
/// An OutletMatrix as rows of number().
[[nodiscard]] nlohmann::ordered_json matrix(const compare::OutletMatrix& m);
/// {"value": v, "ci95": [low, high] or null}.
[[nodiscard]] nlohmann::ordered_json estimate(const compare::Estimate& e);

/// Parts of the "analysis" object of report.json (see json_analysis.hpp).
[[nodiscard]] nlohmann::ordered_json contrasts_json(const compare::Analysis& a);
[[nodiscard]] nlohmann::ordered_json frames_json(const compare::Analysis& a);
[[nodiscard]] nlohmann::ordered_json voices_json(const compare::Analysis& a);
[[nodiscard]] nlohmann::ordered_json map_json(const compare::Analysis& a);
[[nodiscard]] nlohmann::ordered_json time_json(const compare::Analysis& a);

}  // namespace framelens::report
