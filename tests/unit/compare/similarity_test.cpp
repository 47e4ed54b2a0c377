#include "compare/similarity.hpp"

#include <catch2/catch.hpp>

using framelens::compare::cosine_matrix;

TEST_CASE("cosine matrix matches a hand-worked case", "[compare]") {
  Eigen::MatrixXd rows(3, 2);
  rows << 1, 0,  //
      1, 1,      //
      0, 3;
  const Eigen::MatrixXd c = cosine_matrix(rows);
  CHECK(c(0, 0) == Approx(1.0));
  CHECK(c(0, 1) == Approx(1.0 / std::sqrt(2.0)));
  CHECK(c(0, 2) == Approx(0.0));
  CHECK(c(1, 2) == Approx(1.0 / std::sqrt(2.0)));
  CHECK(c.isApprox(c.transpose()));
}

TEST_CASE("a zero row is similar only to itself", "[compare]") {
  Eigen::MatrixXd rows(2, 2);
  rows << 0, 0,  //
      1, 2;
  const Eigen::MatrixXd c = cosine_matrix(rows);
  CHECK(c(0, 0) == 1.0);
  CHECK(c(0, 1) == 0.0);
}
