#include "compare/keyness.hpp"

#include <algorithm>
#include <cmath>

#include "compare/statistics.hpp"

namespace framelens::compare {
namespace {

// Pearson chi-square and G² of the 2x2 table [[a, b], [c, d]].
void two_by_two(double a, double b, double c, double d, double& chi2, double& g2) {
  const double n = a + b + c + d;
  const double rows[2] = {a + b, c + d};
  const double cols[2] = {a + c, b + d};
  const double observed[2][2] = {{a, b}, {c, d}};
  chi2 = 0;
  g2 = 0;
  for (int i = 0; i < 2; ++i) {
    for (int j = 0; j < 2; ++j) {
      const double expected = rows[i] * cols[j] / n;
      if (expected <= 0) {
        continue;
      }
      const double o = observed[i][j];
      chi2 += (o - expected) * (o - expected) / expected;
      if (o > 0) {
        g2 += 2.0 * o * std::log(o / expected);
      }
    }
  }
  g2 = std::max(0.0, g2);  // rounding can leave a tiny negative for equal rates
}

}  // namespace

KeynessComparison keyness(const Eigen::VectorXd& focus, const Eigen::VectorXd& reference,
                          const Eigen::VectorXd& background, double prior_strength,
                          double focus_tokens, double reference_tokens,
                          const std::vector<std::string>& terms, std::size_t top_terms,
                          const std::vector<std::string>& lexicons) {
  KeynessComparison out;
  const double n_f = focus.sum();
  const double n_r = reference.sum();
  const double background_total = background.sum();
  std::vector<KeyTerm> tested;
  for (Eigen::Index w = 0; w < focus.size(); ++w) {
    const double y_f = focus(w);
    const double y_r = reference(w);
    if (y_f + y_r <= 0) {
      continue;
    }
    KeyTerm t;
    t.term = terms[static_cast<std::size_t>(w)];
    if (!lexicons.empty()) {
      t.lexicon = lexicons[static_cast<std::size_t>(w)];
    }
    t.count_focus = y_f;
    t.count_reference = y_r;
    t.per_1k_focus = focus_tokens > 0 ? 1000.0 * y_f / focus_tokens : 0.0;
    t.per_1k_reference = reference_tokens > 0 ? 1000.0 * y_r / reference_tokens : 0.0;
    const double alpha_w =
        background_total > 0 ? prior_strength * background(w) / background_total : 0.0;
    // The background (the whole corpus) holds every tested term, so α_w > 0
    // and δ stays finite even where one side never uses the term.
    const double a0 = prior_strength;
    t.log_odds = std::log((y_f + alpha_w) / (n_f + a0 - y_f - alpha_w)) -
                 std::log((y_r + alpha_w) / (n_r + a0 - y_r - alpha_w));
    t.z = t.log_odds / std::sqrt(1.0 / (y_f + alpha_w) + 1.0 / (y_r + alpha_w));
    two_by_two(y_f, n_f - y_f, y_r, n_r - y_r, t.chi2, t.g2);
    t.chi2_p = chi_square_sf_df1(t.chi2);
    t.g2_p = chi_square_sf_df1(t.g2);
    tested.push_back(std::move(t));
  }
  std::vector<double> chi2_p;
  std::vector<double> g2_p;
  for (const KeyTerm& t : tested) {
    chi2_p.push_back(t.chi2_p);
    g2_p.push_back(t.g2_p);
  }
  const std::vector<double> chi2_q = benjamini_hochberg(chi2_p);
  const std::vector<double> g2_q = benjamini_hochberg(g2_p);
  for (std::size_t i = 0; i < tested.size(); ++i) {
    tested[i].chi2_q = chi2_q[i];
    tested[i].g2_q = g2_q[i];
  }
  out.terms_tested = tested.size();
  std::sort(tested.begin(), tested.end(), [](const KeyTerm& a, const KeyTerm& b) {
    if (a.z != b.z) {
      return a.z > b.z;
    }
    return a.term < b.term;
  });
  for (const KeyTerm& t : tested) {
    if (t.z <= 0 || out.over.size() >= top_terms) {
      break;
    }
    out.over.push_back(t);
  }
  for (auto it = tested.rbegin(); it != tested.rend(); ++it) {
    if (it->z >= 0 || out.under.size() >= top_terms) {
      break;
    }
    out.under.push_back(*it);
  }
  return out;
}

KeynessFigures keyness_all(const std::string& space, const Eigen::MatrixXd& sums,
                           const Eigen::VectorXd& tokens, const std::vector<std::string>& terms,
                           double prior_strength, std::size_t top_terms,
                           const std::vector<std::string>& lexicons) {
  KeynessFigures out;
  out.space = space;
  const Eigen::VectorXd background = sums.colwise().sum().transpose();
  const double all_tokens = tokens.sum();
  const Eigen::Index n = sums.rows();
  // With one outlet there is no rest to compare with: an empty reference
  // gives log-odds of 0 (or inf - inf) for every term, not a finding.
  for (Eigen::Index o = 0; o < n && n >= 2; ++o) {
    const Eigen::VectorXd focus = sums.row(o).transpose();
    KeynessComparison k = keyness(focus, background - focus, background, prior_strength, tokens(o),
                                  all_tokens - tokens(o), terms, top_terms, lexicons);
    k.focus = static_cast<std::size_t>(o);
    k.against_rest = true;
    out.against_rest.push_back(std::move(k));
  }
  for (Eigen::Index a = 0; a < n; ++a) {
    for (Eigen::Index b = a + 1; b < n; ++b) {
      KeynessComparison k =
          keyness(sums.row(a).transpose(), sums.row(b).transpose(), background, prior_strength,
                  tokens(a), tokens(b), terms, top_terms, lexicons);
      k.focus = static_cast<std::size_t>(a);
      k.reference = static_cast<std::size_t>(b);
      k.against_rest = false;
      out.pairs.push_back(std::move(k));
    }
  }
  return out;
}

}  // namespace framelens::compare
