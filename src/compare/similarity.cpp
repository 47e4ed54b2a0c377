#include "compare/similarity.hpp"

#include <algorithm>

namespace framelens::compare {

Eigen::MatrixXd cosine_matrix(const Eigen::MatrixXd& rows) {
  const Eigen::Index n = rows.rows();
  const Eigen::VectorXd norms = rows.rowwise().norm();
  const Eigen::MatrixXd dots = rows * rows.transpose();
  Eigen::MatrixXd cosine(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < n; ++j) {
      if (i == j) {
        cosine(i, j) = 1.0;
      } else if (norms(i) == 0.0 || norms(j) == 0.0) {
        cosine(i, j) = 0.0;
      } else {
        // Rounding can push a cosine of parallel vectors a hair past 1.
        cosine(i, j) = std::clamp(dots(i, j) / (norms(i) * norms(j)), 0.0, 1.0);
      }
    }
  }
  return cosine;
}

}  // namespace framelens::compare
