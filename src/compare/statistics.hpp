#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace framelens::compare {

/// A two-sided interval [low, high].
struct Interval {
  double low = 0;
  double high = 0;
};

/// Upper tail P(X ≥ x) of the chi-square distribution with 1 degree of
/// freedom: erfc(sqrt(x / 2)). x ≤ 0 gives 1.
[[nodiscard]] double chi_square_sf_df1(double x);

/// Benjamini–Hochberg (1995) adjusted p-values (the false discovery rate
/// "q-values" of R's p.adjust(method = "BH")): q_(i) = min over j ≥ i of
/// min(1, p_(j) m / j) for p sorted ascending; returned in input order.
[[nodiscard]] std::vector<double> benjamini_hochberg(const std::vector<double>& p_values);

/// Wilson (1927) score interval for a binomial proportion successes / trials
/// at two-sided level given by z (1.959964 for 95%). trials == 0 gives [0, 1].
[[nodiscard]] Interval wilson_interval(double successes, double trials,
                                       double z = 1.959963984540054);

/// The q-quantile (q in [0, 1]) of `values` by linear interpolation between
/// order statistics (Hyndman & Fan type 7, NumPy's default). Sorts `values`.
/// Throws std::invalid_argument when `values` is empty.
[[nodiscard]] double quantile(std::vector<double>& values, double q);

/// Central 95% percentile interval (2.5% and 97.5% quantiles, type 7) of
/// bootstrap replicates. Sorts `replicates`; empty gives [0, 0].
[[nodiscard]] Interval percentile_interval(std::vector<double>& replicates);

/// The random engine of every resampling figure: Mersenne Twister 19937,
/// 64-bit, seeded explicitly so results repeat exactly for a given seed.
using Rng = std::mt19937_64;

/// A uniform integer in [0, n) by rejection sampling from the engine's raw
/// 64-bit output. Unlike std::uniform_int_distribution its output is the
/// same with every standard library. n must be > 0.
[[nodiscard]] std::size_t draw_index(Rng& rng, std::size_t n);

/// Fisher–Yates shuffle driven by draw_index (std::shuffle's sequence
/// differs between standard libraries).
template <typename T>
void shuffle(std::vector<T>& items, Rng& rng) {
  for (std::size_t i = items.size(); i > 1; --i) {
    std::swap(items[i - 1], items[draw_index(rng, i)]);
  }
}

}  // namespace framelens::compare
