#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "compare/analysis.hpp"
#include "core/document.hpp"
#include "vectorise/feature_counts.hpp"

namespace framelens::compare {

/// A lexicon term's use by one outlet.
struct TermUse {
  std::string lexicon;
  std::string term;
  double count = 0;     ///< Raw matches.
  double per_1k = 0;    ///< Matches per 1,000 tokens of the outlet.
  double weighted = 0;  ///< count x lexicon weight.
};

/// One outlet's totals and most used terms.
struct OutletProfile {
  std::string id;
  std::string name;
  std::size_t documents = 0;
  double tokens = 0;
  double matches = 0;              ///< Term matches in all lexicons.
  std::vector<TermUse> top_terms;  ///< By count, then lexicon and term text.
};

/// How alike the outlets are on the lexicon terms. Rows and columns of both
/// matrices follow `outlets`.
struct OutletComparison {
  std::vector<OutletProfile> outlets;
  /// Cosine of the weighted term vectors, with the run's weighting: the
  /// analysis's lexicon-term cosine (Analysis::terms), set by with_matrices().
  Eigen::MatrixXd cosine;
  Eigen::MatrixXd jsd;  ///< Jensen–Shannon divergence of raw term counts, bits (likewise).
};

/// Sums documents into outlets (in corpus outlet order; outlets with no
/// document are left out) and profiles each: totals and most used terms. The
/// matrices are left empty for with_matrices().
[[nodiscard]] OutletComparison compare_outlets(const Corpus& corpus,
                                               const vectorise::FeatureCounts& counts,
                                               std::size_t top_terms);

/// Copies the analysis's lexicon-term cosine and JSD (`terms`, whose outlets
/// are `comparison.outlets` in order) into `comparison`, so every table,
/// heatmap and CSV shows the figures the analysis tested.
void with_matrices(OutletComparison& comparison, const SpaceComparison& terms);

}  // namespace framelens::compare
