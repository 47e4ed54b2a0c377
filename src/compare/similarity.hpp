#pragma once

#include <Eigen/Dense>

namespace framelens::compare {

/// Cosine similarity of every pair of rows: x·y / (|x| |y|).
/// For non-negative rows the result is in [0, 1]. A row of zeros has no
/// direction; its similarity is defined as 1 with itself and 0 with others,
/// so the diagonal is always 1 and the matrix stays symmetric.
[[nodiscard]] Eigen::MatrixXd cosine_matrix(const Eigen::MatrixXd& rows);

}  // namespace framelens::compare
