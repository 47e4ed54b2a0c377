#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "compare/analysis.hpp"

namespace framelens::compare {

/// Keyness of every term for a focus against a reference (counts per term).
///
/// Log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn
/// 2008, "Fightin' Words", eq. 16 and 18), natural log:
///   δ_w = ln((y_w^f + α_w) / (n^f + α₀ − y_w^f − α_w))
///       − ln((y_w^r + α_w) / (n^r + α₀ − y_w^r − α_w)),
///   var(δ_w) ≈ 1 / (y_w^f + α_w) + 1 / (y_w^r + α_w),  z_w = δ_w / √var,
/// with n the counts' totals and α_w = α₀ · background_w / Σ background (the
/// prior's mean is the background distribution; α₀ its strength in
/// pseudo-counts).
/// Also, on the 2x2 table (y^f, n^f − y^f; y^r, n^r − y^r): Pearson's
/// chi-square without continuity correction and G² = 2 Σ O ln(O / E)
/// (Dunning 1993), each with its chi-square (1 df) p-value and
/// Benjamini–Hochberg adjusted p-value over the terms tested (every term with
/// a count in focus or reference; none is dropped for being common).
/// `over` holds the top_terms with the highest z > 0, `under` the lowest z < 0.
/// `focus_tokens`/`reference_tokens` only scale the per-1,000 rates.
/// `lexicons`, when given, names the lexicon of each term (KeyTerm::lexicon).
[[nodiscard]] KeynessComparison keyness(const Eigen::VectorXd& focus,
                                        const Eigen::VectorXd& reference,
                                        const Eigen::VectorXd& background, double prior_strength,
                                        double focus_tokens, double reference_tokens,
                                        const std::vector<std::string>& terms,
                                        std::size_t top_terms,
                                        const std::vector<std::string>& lexicons = {});

/// Every outlet against the sum of the others and every pair (focus < reference),
/// on outlet sums (outlets x terms); the background is the whole corpus.
[[nodiscard]] KeynessFigures keyness_all(const std::string& space, const Eigen::MatrixXd& sums,
                                         const Eigen::VectorXd& tokens,
                                         const std::vector<std::string>& terms,
                                         double prior_strength, std::size_t top_terms,
                                         const std::vector<std::string>& lexicons = {});

}  // namespace framelens::compare
