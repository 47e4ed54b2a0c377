#pragma once

#include <Eigen/Dense>

namespace framelens::compare {

/// Jensen–Shannon divergence of two count vectors, in bits (log base 2), so
/// it lies in [0, 1]:
///   JSD(P, Q) = ½ KL(P ‖ M) + ½ KL(Q ‖ M),  M = ½ (P + Q),
/// where P and Q are the counts normalised to sum to 1 (plug-in estimate, no
/// smoothing). 0·log 0 is taken as 0. This is the square of what
/// scipy.spatial.distance.jensenshannon(p, q, base=2) returns.
/// Both vectors empty: 0. Exactly one empty: 1 (nothing in common).
[[nodiscard]] double jensen_shannon(const Eigen::VectorXd& p_counts,
                                    const Eigen::VectorXd& q_counts);

/// Each feature's share of jensen_shannon(p, q): the terms of the sum
///   c_f = ½ p_f log2(p_f / m_f) + ½ q_f log2(q_f / m_f),
/// all ≥ 0 and summing to the divergence.
[[nodiscard]] Eigen::VectorXd jensen_shannon_contributions(const Eigen::VectorXd& p_counts,
                                                           const Eigen::VectorXd& q_counts);

/// jensen_shannon for every pair of rows; symmetric, zero diagonal.
[[nodiscard]] Eigen::MatrixXd jensen_shannon_matrix(const Eigen::MatrixXd& rows);

}  // namespace framelens::compare
