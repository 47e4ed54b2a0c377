#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

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
  Eigen::MatrixXd cosine;  ///< Cosine of weighted term-count vectors (count x weight).
  Eigen::MatrixXd jsd;     ///< Jensen–Shannon divergence of raw term counts, bits.
};

/// Sums documents into outlets (in corpus outlet order; outlets with no
/// document are left out) and compares them on term features.
[[nodiscard]] OutletComparison compare_outlets(const Corpus& corpus,
                                               const vectorise::FeatureCounts& counts,
                                               std::size_t top_terms);

}  // namespace framelens::compare
