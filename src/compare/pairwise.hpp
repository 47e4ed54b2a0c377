#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "compare/analysis.hpp"
#include "compare/resampling.hpp"
#include "vectorise/weighting.hpp"

namespace framelens::compare {

/// How the vectors of one feature space are weighted and named.
struct SpaceSpec {
  std::string space;  ///< "lexicon terms" or "open vocabulary".
  vectorise::Weighting weighting = vectorise::Weighting::kCount;
  Eigen::VectorXd feature_weights;    ///< Lexicon weight per column (ones: open vocabulary).
  Eigen::VectorXd idf;                ///< Smooth idf per column (document level), for tfidf.
  std::vector<std::string> lexicons;  ///< Per column; empty strings for the open vocabulary.
  std::vector<std::string> names;     ///< Per column.
  std::size_t top_contributions = 10;
};

/// Cosine of weight_rows(sums) and JSD (bits, plug-in, raw counts) for every
/// pair of rows of `sums` (outlets x features), with each pair's largest JSD
/// contributions. `tokens` is each outlet's token total (for rate weighting).
[[nodiscard]] SpaceComparison compare_space(const SpaceSpec& spec, const Eigen::MatrixXd& sums,
                                            const Eigen::VectorXd& tokens);

/// Collects bootstrap replicates of every pair's cosine and JSD and turns
/// them into 95% percentile intervals. Pairs with an outlet of fewer than 2
/// documents get no interval: resampling a single document has no spread.
class PairIntervals {
 public:
  PairIntervals(const SpaceSpec& spec, std::size_t outlets);
  /// One replicate's outlet sums (outlets x the spec's features) and tokens.
  void add(const Eigen::MatrixXd& sums, const Eigen::VectorXd& tokens);
  /// Writes the intervals into `comparison`; documents[o] is outlet o's count.
  void finish(SpaceComparison& comparison, const std::vector<std::size_t>& documents);

 private:
  const SpaceSpec& spec_;
  std::vector<std::vector<double>> cosine_;  // per pair index
  std::vector<std::vector<double>> jsd_;
};

/// Null baseline of each pair's JSD: `permutations` times, the pair's
/// documents are shuffled between the two outlets (sizes kept) and the JSD of
/// the counts recomputed. p = (1 + #{null ≥ observed − 1e-12}) / (1 + B).
/// Not testable when either outlet has one document (every split of a pair
/// with one document per side is the observed one or its mirror) or B = 0.
/// Each pair draws from make_rng(seed, "permutation/" + ids in sorted order).
void add_null_baselines(SpaceComparison& comparison, const SparseRows& counts,
                        const std::vector<std::vector<std::size_t>>& documents,
                        const std::vector<std::string>& outlet_ids, std::size_t permutations,
                        std::uint64_t seed);

}  // namespace framelens::compare
