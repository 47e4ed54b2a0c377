#include "compare/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace framelens::compare {

double chi_square_sf_df1(double x) {
  if (!(x > 0)) {
    return 1.0;
  }
  // For one degree of freedom X = Z², so P(X ≥ x) = P(|Z| ≥ √x) = erfc(√(x/2)).
  return std::erfc(std::sqrt(x / 2.0));
}

std::vector<double> benjamini_hochberg(const std::vector<double>& p_values) {
  const std::size_t m = p_values.size();
  std::vector<std::size_t> order(m);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return p_values[a] < p_values[b]; });
  std::vector<double> adjusted(m);
  double running = 1.0;
  for (std::size_t rank = m; rank >= 1; --rank) {
    const std::size_t i = order[rank - 1];
    running = std::min(running, p_values[i] * static_cast<double>(m) / static_cast<double>(rank));
    adjusted[i] = std::min(1.0, running);
  }
  return adjusted;
}

Interval wilson_interval(double successes, double trials, double z) {
  if (!(trials > 0)) {
    return {0.0, 1.0};
  }
  const double p = std::clamp(successes / trials, 0.0, 1.0);
  const double z2 = z * z;
  const double denominator = 1.0 + z2 / trials;
  const double centre = (p + z2 / (2.0 * trials)) / denominator;
  const double half =
      z * std::sqrt(p * (1.0 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double quantile(std::vector<double>& values, double q) {
  if (values.empty()) {
    throw std::invalid_argument("quantile of no values");
  }
  std::sort(values.begin(), values.end());
  const double position = q * static_cast<double>(values.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, values.size() - 1);
  const double fraction = position - static_cast<double>(below);
  return values[below] + fraction * (values[above] - values[below]);
}

Interval percentile_interval(std::vector<double>& replicates) {
  if (replicates.empty()) {
    return {};
  }
  return {quantile(replicates, 0.025), quantile(replicates, 0.975)};
}

std::size_t draw_index(Rng& rng, std::size_t n) {
  const auto range = static_cast<std::uint64_t>(n);
  // Reject the top partial block so every residue is equally likely.
  const std::uint64_t limit =
      std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % range;
  std::uint64_t x = rng();
  while (x >= limit) {
    x = rng();
  }
  return static_cast<std::size_t>(x % range);
}

}  // namespace framelens::compare
