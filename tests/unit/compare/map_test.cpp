#include "compare/map.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace framelens::compare;

TEST_CASE("classical MDS recovers points on a line", "[compare]") {
  // Points at 0, 1, 3: distances are exact in one dimension.
  Eigen::MatrixXd d(3, 3);
  d << 0, 1, 3, 1, 0, 2, 3, 2, 0;
  const MapFigures map = classical_mds(d);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 3; ++j) {
      const double dx = map.coordinates[static_cast<std::size_t>(i)][0] -
                        map.coordinates[static_cast<std::size_t>(j)][0];
      CHECK(std::abs(dx) == Approx(d(i, j)));
    }
  }
  CHECK(map.variance_explained == Approx(1.0));
  // Largest-magnitude coordinate (the point at 3, centred 5/3) is positive.
  CHECK(map.coordinates[2][0] == Approx(5.0 / 3.0));
  CHECK(map.coordinates[0][1] == Approx(0.0).margin(1e-9));
}

TEST_CASE("average linkage orders close outlets together, whatever the input order", "[compare]") {
  Eigen::MatrixXd d(4, 4);
  d << 0, 0.9, 0.1, 0.8, 0.9, 0, 0.85, 0.2, 0.1, 0.85, 0, 0.9, 0.8, 0.2, 0.9, 0;
  const auto order = cluster_order(d, {"a", "b", "c", "d"});
  CHECK(order == std::vector<std::size_t>{0, 2, 1, 3});
  // Same matrix with rows reversed: same outlets in the same order.
  Eigen::MatrixXd r = d.colwise().reverse().rowwise().reverse();
  const auto reversed = cluster_order(r, {"d", "c", "b", "a"});
  CHECK(reversed == std::vector<std::size_t>{3, 1, 2, 0});
}
