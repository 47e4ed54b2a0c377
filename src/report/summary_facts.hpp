#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "report/report_input.hpp"

namespace framelens::report {

/// Two outlets (indices into ReportInput::comparison.outlets) and a value.
struct OutletPair {
  std::size_t first = 0;
  std::size_t second = 0;
  double value = 0.0;
};

/// A naming choice on which two outlets differ by more than their intervals:
/// both have enough uses of the contrast (neither is flagged low evidence),
/// and the higher share's interval lies wholly above the lower one's.
struct LabelGap {
  std::size_t contrast = 0;  ///< Index into Analysis::contrasts.
  std::size_t option = 0;    ///< Index into the contrast's options.
  std::size_t higher = 0;    ///< Analysis outlet index with the larger share.
  std::size_t lower = 0;     ///< Analysis outlet index with the smaller share.
  double gap = 0;            ///< Difference of the two shares, in (0, 1].
};

/// The plain facts every summary (HTML, Markdown) states, computed once so
/// the formats never disagree.
struct SummaryFacts {
  double matches = 0;                        ///< Term matches in all outlets.
  std::size_t fewest_documents = 0;          ///< Documents of the smallest outlet.
  std::optional<OutletPair> most_alike;      ///< Highest cosine; needs two outlets and a match.
  std::optional<OutletPair> furthest_apart;  ///< Highest Jensen–Shannon divergence.
  /// Index into Analysis::terms.pairs of the pair with the largest JSD among
  /// pairs of outlets without low evidence (among all pairs when every pair
  /// has a flagged outlet).
  std::optional<std::size_t> widest_pair;
  /// Indices into Analysis::terms.pairs whose difference is supported, in pair order.
  std::vector<std::size_t> supported_pairs;
  /// Pairs whose permutation test was run.
  std::size_t tested_pairs = 0;
  /// Analysis outlets flagged low evidence, in outlet order.
  std::vector<std::size_t> low_evidence;
  /// At most one gap per contrast (its largest), largest gap first; ties
  /// keep contrast order.
  std::vector<LabelGap> label_gaps;
};

/// Facts of `input`. Ties go to the pair that comes first in outlet order.
[[nodiscard]] SummaryFacts summary_facts(const ReportInput& input);

/// The number of ways to split `a_documents` + `b_documents` documents into
/// groups of those sizes (the binomial coefficient), saturating at `cap`.
/// A permutation test cannot give p below about one over this number.
[[nodiscard]] std::size_t document_splits(std::size_t a_documents, std::size_t b_documents,
                                          std::size_t cap = 1000000);

}  // namespace framelens::report
