#include "compare/statistics.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace framelens::compare;

TEST_CASE("chi-square survival with one degree of freedom matches known quantiles", "[compare]") {
  CHECK(chi_square_sf_df1(3.841458820694124) == Approx(0.05).epsilon(1e-10));
  CHECK(chi_square_sf_df1(6.634896601021214) == Approx(0.01).epsilon(1e-10));
  CHECK(chi_square_sf_df1(0.0) == 1.0);
  CHECK(chi_square_sf_df1(-1.0) == 1.0);
}

TEST_CASE("Benjamini-Hochberg adjusts like R's p.adjust", "[compare]") {
  // p.adjust(c(0.01, 0.04, 0.03, 0.20), "BH") = 0.04 0.0533 0.0533 0.20
  const auto q = benjamini_hochberg({0.01, 0.04, 0.03, 0.20});
  CHECK(q[0] == Approx(0.04));
  CHECK(q[1] == Approx(0.16 / 3));
  CHECK(q[2] == Approx(0.16 / 3));
  CHECK(q[3] == Approx(0.20));
}

TEST_CASE("Wilson interval matches a hand-worked case", "[compare]") {
  // 3 of 10, z = 1.96: centre (0.3 + 0.19208) / 1.38416, half 1.96 sqrt(0.021 + 0.009604) / 1.38416
  const Interval i = wilson_interval(3, 10, 1.96);
  const double centre = (0.3 + 1.96 * 1.96 / 20) / (1 + 1.96 * 1.96 / 10);
  const double half = 1.96 * std::sqrt(0.021 + 1.96 * 1.96 / 400) / (1 + 1.96 * 1.96 / 10);
  CHECK(i.low == Approx(centre - half));
  CHECK(i.high == Approx(centre + half));
  CHECK(wilson_interval(0, 0).low == 0.0);
  CHECK(wilson_interval(0, 0).high == 1.0);
}

TEST_CASE("quantiles interpolate like NumPy's default", "[compare]") {
  std::vector<double> v = {4, 1, 3, 2};
  CHECK(quantile(v, 0.5) == Approx(2.5));
  CHECK(quantile(v, 0.025) == Approx(1.075));
  CHECK(quantile(v, 1.0) == Approx(4));
}

TEST_CASE("draws repeat for a seed and stay in range", "[compare]") {
  Rng a(7);
  Rng b(7);
  for (int i = 0; i < 100; ++i) {
    const std::size_t x = draw_index(a, 13);
    CHECK(x == draw_index(b, 13));
    CHECK(x < 13);
  }
}
