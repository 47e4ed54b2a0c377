#pragma once

#include <cstddef>
#include <optional>

#include "report/report_input.hpp"

namespace framelens::report {

/// Two outlets (indices into ReportInput::comparison.outlets) and a value.
struct OutletPair {
  std::size_t first = 0;
  std::size_t second = 0;
  double value = 0.0;
};

/// The plain facts every summary (HTML, Markdown) states, computed once so
/// the formats never disagree.
struct SummaryFacts {
  double matches = 0;                        ///< Term matches in all outlets.
  std::size_t fewest_documents = 0;          ///< Documents of the smallest outlet.
  std::optional<OutletPair> most_alike;      ///< Highest cosine; needs two outlets and a match.
  std::optional<OutletPair> furthest_apart;  ///< Highest Jensen–Shannon divergence.
};

/// Facts of `input`. Ties go to the pair that comes first in outlet order.
[[nodiscard]] SummaryFacts summary_facts(const ReportInput& input);

}  // namespace framelens::report
