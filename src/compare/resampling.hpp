#pragma once

#include <Eigen/Dense>
#include <Eigen/SparseCore>
#include <cstdint>
#include <string>
#include <vector>

#include "compare/statistics.hpp"

namespace framelens::compare {

using SparseRows = Eigen::SparseMatrix<double, Eigen::RowMajor>;

/// An engine for one named stream of draws: Mt19937-64 seeded through
/// std::seed_seq (whose mixing the standard specifies) from the run's seed
/// and a 64-bit FNV-1a hash of `stream`. Keying streams by outlet ids rather
/// than positions keeps every figure independent of the outlets' order.
[[nodiscard]] Rng make_rng(std::uint64_t seed, const std::string& stream);

/// Rows of `counts` summed per group: documents[g] lists group g's rows.
[[nodiscard]] Eigen::MatrixXd sum_rows(const SparseRows& counts,
                                       const std::vector<std::vector<std::size_t>>& documents);

/// Row `d` of `counts` added to row `g` of `sums`.
void add_row(const SparseRows& counts, std::size_t d, Eigen::MatrixXd& sums, Eigen::Index g);

/// Bootstrap over documents within each outlet: each replicate draws, for
/// every outlet, as many documents as it has, with replacement, and sums
/// their counts and tokens. Each outlet draws from its own stream
/// (make_rng(seed, "bootstrap/" + id)).
class OutletBootstrap {
 public:
  OutletBootstrap(const SparseRows& counts, const Eigen::VectorXd& tokens,
                  const std::vector<std::vector<std::size_t>>& documents,
                  const std::vector<std::string>& outlet_ids, std::uint64_t seed);

  /// Fills `sums` (outlets x features) and `tokens` (outlets) with the next replicate.
  void next(Eigen::MatrixXd& sums, Eigen::VectorXd& tokens);

 private:
  const SparseRows& counts_;
  const Eigen::VectorXd& tokens_;
  const std::vector<std::vector<std::size_t>>& documents_;
  std::vector<Rng> engines_;
};

}  // namespace framelens::compare
