#pragma once

#include <Eigen/Dense>
#include <Eigen/SparseCore>
#include <string>

namespace framelens::vectorise {

/// How counts become the vectors that cosine similarity compares.
enum class Weighting {
  kCount,      ///< Raw count x lexicon weight.
  kRate,       ///< Count per 1,000 tokens x lexicon weight.
  kTfidf,      ///< tf x smooth idf, rows L2-normalised (scikit-learn's TfidfTransformer default).
  kSublinear,  ///< (1 + ln tf) for tf > 0, else 0; x lexicon weight.
};

/// "count", "rate", "tfidf" or "sublinear".
[[nodiscard]] const char* to_string(Weighting weighting);

/// Parses the names above; throws InputError naming the valid ones otherwise.
[[nodiscard]] Weighting parse_weighting(const std::string& name);

/// Smooth inverse document frequency of every column of a documents x
/// features count matrix: idf_f = ln((1 + N) / (1 + df_f)) + 1, with N the
/// number of rows and df_f the rows where feature f is positive (natural log,
/// as scikit-learn's TfidfTransformer(smooth_idf=True)).
[[nodiscard]] Eigen::VectorXd smooth_idf(
    const Eigen::SparseMatrix<double, Eigen::RowMajor>& counts);

/// Weights rows of counts (documents or groups) for comparison.
///   count:     x_f = c_f w_f
///   rate:      x_f = 1000 c_f / tokens w_f   (tokens: the row's total; 0 tokens gives 0)
///   tfidf:     x_f = c_f idf_f w_f / ‖c idf w‖₂   (idf from `idf`; zero rows stay zero)
///   sublinear: x_f = (1 + ln c_f) w_f for c_f > 0, else 0
/// `feature_weights` (one per column) are the lexicon weights; pass ones for
/// the open vocabulary. `tokens` has one entry per row; `idf` one per column
/// and is read only for tfidf.
[[nodiscard]] Eigen::MatrixXd weight_rows(const Eigen::MatrixXd& counts,
                                          const Eigen::VectorXd& tokens,
                                          const Eigen::VectorXd& feature_weights,
                                          const Eigen::VectorXd& idf, Weighting weighting);

/// weight_rows for a sparse documents x features matrix, keeping it sparse.
[[nodiscard]] Eigen::SparseMatrix<double, Eigen::RowMajor> weight_rows(
    const Eigen::SparseMatrix<double, Eigen::RowMajor>& counts, const Eigen::VectorXd& tokens,
    const Eigen::VectorXd& feature_weights, const Eigen::VectorXd& idf, Weighting weighting);

}  // namespace framelens::vectorise
