#include "compare/divergence.hpp"

#include <catch2/catch.hpp>
#include <random>

using namespace framelens::compare;

TEST_CASE("JSD of disjoint distributions is 1 bit and of equal ones 0", "[compare]") {
  Eigen::VectorXd p(2), q(2);
  p << 3, 0;
  q << 0, 5;
  CHECK(jensen_shannon(p, q) == Approx(1.0));
  CHECK(jensen_shannon(p, p * 7) == Approx(0.0).margin(1e-15));
}

TEST_CASE("JSD matches a hand-worked case", "[compare]") {
  // P = (1/2, 1/2), Q = (1, 0), M = (3/4, 1/4):
  // JSD = 1/2 [1/2 log2(2/3) + 1/2 log2(2)] + 1/2 [log2(4/3)]
  Eigen::VectorXd p(2), q(2);
  p << 1, 1;
  q << 2, 0;
  const double expected =
      0.5 * (0.5 * std::log2(2.0 / 3.0) + 0.5 * std::log2(2.0)) + 0.5 * std::log2(4.0 / 3.0);
  CHECK(jensen_shannon(p, q) == Approx(expected).epsilon(1e-12));
}

TEST_CASE("JSD properties hold on random vectors", "[compare]") {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> count(0, 9);
  for (int trial = 0; trial < 200; ++trial) {
    Eigen::VectorXd p(6), q(6);
    for (int f = 0; f < 6; ++f) {
      p(f) = count(rng);
      q(f) = count(rng);
    }
    p(0) += 1;
    q(1) += 1;
    const double pq = jensen_shannon(p, q);
    CHECK(pq == Approx(jensen_shannon(q, p)).epsilon(1e-12));
    CHECK(pq >= 0.0);
    CHECK(pq <= 1.0);
    const Eigen::VectorXd parts = jensen_shannon_contributions(p, q);
    CHECK(parts.minCoeff() >= -1e-15);
    CHECK(parts.sum() == Approx(pq).epsilon(1e-12));
  }
}

TEST_CASE("JSD matrix is symmetric with a zero diagonal", "[compare]") {
  Eigen::MatrixXd rows(3, 3);
  rows << 1, 2, 3,  //
      3, 2, 1,      //
      0, 0, 1;
  const Eigen::MatrixXd m = jensen_shannon_matrix(rows);
  CHECK(m.diagonal().isZero());
  CHECK(m.isApprox(m.transpose()));
}
