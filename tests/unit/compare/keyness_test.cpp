#include "compare/keyness.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace framelens::compare;

TEST_CASE("log-odds with informative prior matches a hand-worked case", "[compare]") {
  // Focus (8, 2), reference (2, 8); background (10, 10), alpha0 = 4 -> alpha = (2, 2).
  Eigen::VectorXd f(2), r(2);
  f << 8, 2;
  r << 2, 8;
  const auto k = keyness(f, r, f + r, 4.0, 10, 10, {"x", "y"}, 5);
  REQUIRE(k.terms_tested == 2);
  REQUIRE(k.over.size() == 1);
  REQUIRE(k.under.size() == 1);
  // delta_x = ln(10 / 4) - ln(4 / 10) = 2 ln 2.5; var = 1/10 + 1/4.
  const double delta = 2 * std::log(2.5);
  CHECK(k.over[0].term == "x");
  CHECK(k.over[0].log_odds == Approx(delta));
  CHECK(k.over[0].z == Approx(delta / std::sqrt(0.35)));
  CHECK(k.under[0].z == Approx(-delta / std::sqrt(0.35)));
  // 2x2 table [[8, 2], [2, 8]]: expected 5 everywhere, chi2 = 4 * 9 / 5.
  CHECK(k.over[0].chi2 == Approx(7.2));
  CHECK(k.over[0].g2 == Approx(2 * (2 * 8 * std::log(1.6) + 2 * 2 * std::log(0.4))));
  CHECK(k.over[0].chi2_p == Approx(std::erfc(std::sqrt(3.6))));
}

TEST_CASE("keyness keeps common terms and is antisymmetric", "[compare]") {
  Eigen::VectorXd f(3), r(3);
  f << 50, 3, 0;
  r << 48, 1, 4;
  const auto ab = keyness(f, r, f + r, 100, 53, 53, {"the-common", "b", "c"}, 10);
  const auto ba = keyness(r, f, f + r, 100, 53, 53, {"the-common", "b", "c"}, 10);
  CHECK(ab.terms_tested == 3);
  for (const auto& t : ab.over) {
    bool found = false;
    for (const auto& u : ba.under) {
      if (u.term == t.term) {
        CHECK(u.z == Approx(-t.z));
        found = true;
      }
    }
    CHECK(found);
  }
}

TEST_CASE("one outlet has no rest to be compared with", "[compare]") {
  Eigen::MatrixXd sums(1, 2);
  sums << 3, 1;
  const KeynessFigures k =
      keyness_all("lexicon terms", sums, Eigen::VectorXd::Constant(1, 100), {"a", "b"}, 1000, 5);
  CHECK(k.against_rest.empty());
  CHECK(k.pairs.empty());
}
