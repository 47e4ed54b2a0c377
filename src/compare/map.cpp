#include "compare/map.hpp"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <limits>

namespace framelens::compare {

MapFigures classical_mds(const Eigen::MatrixXd& distances) {
  MapFigures out;
  const Eigen::Index n = distances.rows();
  out.coordinates.assign(static_cast<std::size_t>(n), {0.0, 0.0});
  if (n < 2) {
    return out;
  }
  const Eigen::MatrixXd squared = distances.array().square().matrix();
  const Eigen::MatrixXd centring = Eigen::MatrixXd::Identity(n, n) -
                                   Eigen::MatrixXd::Constant(n, n, 1.0 / static_cast<double>(n));
  const Eigen::MatrixXd b = -0.5 * centring * squared * centring;
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(b);
  // Eigenvalues come in increasing order: the last two are the largest.
  const Eigen::VectorXd values = solver.eigenvalues();
  double positive = 0;
  for (Eigen::Index k = 0; k < n; ++k) {
    positive += std::max(0.0, values(k));
  }
  double kept = 0;
  for (int axis = 0; axis < 2 && axis < n; ++axis) {
    const Eigen::Index k = n - 1 - axis;
    const double lambda = std::max(0.0, values(k));
    out.eigenvalues[static_cast<std::size_t>(axis)] = values(k);
    kept += lambda;
    Eigen::VectorXd v = solver.eigenvectors().col(k) * std::sqrt(lambda);
    Eigen::Index largest = 0;
    for (Eigen::Index i = 1; i < n; ++i) {
      if (std::abs(v(i)) > std::abs(v(largest)) + 1e-12) {
        largest = i;
      }
    }
    if (v(largest) < 0) {
      v = -v;
    }
    for (Eigen::Index i = 0; i < n; ++i) {
      // Clear rounding noise so a degenerate axis prints as 0, not ±1e-17.
      out.coordinates[static_cast<std::size_t>(i)][static_cast<std::size_t>(axis)] =
          std::abs(v(i)) < 1e-12 ? 0.0 : v(i);
    }
  }
  out.variance_explained = positive > 0 ? kept / positive : 0.0;
  return out;
}

std::vector<std::size_t> cluster_order(const Eigen::MatrixXd& distances,
                                       const std::vector<std::string>& ids) {
  struct Cluster {
    std::vector<std::size_t> leaves;  // in display order
    std::string min_id;
  };
  std::vector<Cluster> clusters;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    clusters.push_back({{i}, ids[i]});
  }
  const auto mean_distance = [&](const Cluster& x, const Cluster& y) {
    double sum = 0;
    for (const std::size_t i : x.leaves) {
      for (const std::size_t j : y.leaves) {
        sum += distances(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
      }
    }
    return sum / static_cast<double>(x.leaves.size() * y.leaves.size());
  };
  while (clusters.size() > 1) {
    std::size_t best_x = 0;
    std::size_t best_y = 1;
    double best = std::numeric_limits<double>::infinity();
    std::pair<std::string, std::string> best_key;
    for (std::size_t x = 0; x < clusters.size(); ++x) {
      for (std::size_t y = x + 1; y < clusters.size(); ++y) {
        const double d = mean_distance(clusters[x], clusters[y]);
        auto key = std::minmax(clusters[x].min_id, clusters[y].min_id);
        const std::pair<std::string, std::string> k{key.first, key.second};
        // Distances within 1e-12 count as tied, so rounding cannot pick the merge.
        if (d < best - 1e-12 || (std::abs(d - best) <= 1e-12 && k < best_key)) {
          best = d;
          best_x = x;
          best_y = y;
          best_key = k;
        }
      }
    }
    Cluster& left_first =
        clusters[best_x].min_id < clusters[best_y].min_id ? clusters[best_x] : clusters[best_y];
    Cluster& right = &left_first == &clusters[best_x] ? clusters[best_y] : clusters[best_x];
    Cluster merged{left_first.leaves, std::min(left_first.min_id, right.min_id)};
    merged.leaves.insert(merged.leaves.end(), right.leaves.begin(), right.leaves.end());
    clusters.erase(clusters.begin() + static_cast<std::ptrdiff_t>(best_y));
    clusters[best_x] = std::move(merged);
  }
  return clusters.empty() ? std::vector<std::size_t>{} : clusters.front().leaves;
}

}  // namespace framelens::compare
