#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "compare/analysis.hpp"

namespace framelens::compare {

/// Classical (Torgerson) multidimensional scaling of a symmetric distance
/// matrix D to two dimensions: B = −½ J D² J with J = I − 11ᵀ/n, eigenvectors
/// of B by Eigen::SelfAdjointEigenSolver, coordinates v_k √λ_k for the two
/// largest eigenvalues (0 for a non-positive one). Sign convention: each axis
/// is flipped so that its largest-magnitude coordinate (lowest index on a
/// tie) is positive. variance_explained = (λ1⁺ + λ2⁺) / Σ λ⁺.
/// `order` is left empty (see cluster_order).
[[nodiscard]] MapFigures classical_mds(const Eigen::MatrixXd& distances);

/// Leaf order of average-linkage (UPGMA) agglomerative clustering of
/// `distances`. At each step the two clusters with the smallest mean
/// pairwise distance merge (ties: the pair whose smallest member ids sort
/// first); the merged cluster lists the cluster whose smallest id sorts first
/// on the left. `ids` name the rows and break ties, so the order does not
/// depend on how the rows were given.
[[nodiscard]] std::vector<std::size_t> cluster_order(const Eigen::MatrixXd& distances,
                                                     const std::vector<std::string>& ids);

}  // namespace framelens::compare
