#include "compare/divergence.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace framelens::compare {

Eigen::VectorXd jensen_shannon_contributions(const Eigen::VectorXd& p_counts,
                                             const Eigen::VectorXd& q_counts) {
  assert(p_counts.size() == q_counts.size());
  Eigen::VectorXd contributions = Eigen::VectorXd::Zero(p_counts.size());
  const double p_total = p_counts.sum();
  const double q_total = q_counts.sum();
  if (p_total <= 0.0 || q_total <= 0.0) {
    return contributions;
  }
  for (Eigen::Index f = 0; f < p_counts.size(); ++f) {
    const double p = p_counts(f) / p_total;
    const double q = q_counts(f) / q_total;
    const double m = 0.5 * (p + q);
    double c = 0.0;
    if (p > 0.0) {
      c += 0.5 * p * std::log2(p / m);
    }
    if (q > 0.0) {
      c += 0.5 * q * std::log2(q / m);
    }
    contributions(f) = c;
  }
  return contributions;
}

double jensen_shannon(const Eigen::VectorXd& p_counts, const Eigen::VectorXd& q_counts) {
  const bool p_empty = p_counts.sum() <= 0.0;
  const bool q_empty = q_counts.sum() <= 0.0;
  if (p_empty || q_empty) {
    return p_empty && q_empty ? 0.0 : 1.0;
  }
  // Each contribution is non-negative in exact arithmetic; clamp the sum so
  // rounding never leaves [0, 1].
  return std::clamp(jensen_shannon_contributions(p_counts, q_counts).sum(), 0.0, 1.0);
}

Eigen::MatrixXd jensen_shannon_matrix(const Eigen::MatrixXd& rows) {
  const Eigen::Index n = rows.rows();
  Eigen::MatrixXd jsd = Eigen::MatrixXd::Zero(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = i + 1; j < n; ++j) {
      jsd(i, j) = jensen_shannon(rows.row(i).transpose(), rows.row(j).transpose());
      jsd(j, i) = jsd(i, j);
    }
  }
  return jsd;
}

}  // namespace framelens::compare
