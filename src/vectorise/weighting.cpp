#include "vectorise/weighting.hpp"

#include <cmath>

#include "core/error.hpp"

namespace framelens::vectorise {

const char* to_string(Weighting weighting) {
  switch (weighting) {
    case Weighting::kCount:
      return "count";
    case Weighting::kRate:
      return "rate";
    case Weighting::kTfidf:
      return "tfidf";
    case Weighting::kSublinear:
      break;
  }
  return "sublinear";
}

Weighting parse_weighting(const std::string& name) {
  for (Weighting w :
       {Weighting::kCount, Weighting::kRate, Weighting::kTfidf, Weighting::kSublinear}) {
    if (name == to_string(w)) {
      return w;
    }
  }
  throw InputError("unknown weighting '" + name + "' (expected count, rate, tfidf or sublinear)");
}

Eigen::VectorXd smooth_idf(const Eigen::SparseMatrix<double, Eigen::RowMajor>& counts) {
  Eigen::VectorXd df = Eigen::VectorXd::Zero(counts.cols());
  for (Eigen::Index d = 0; d < counts.outerSize(); ++d) {
    for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(counts, d); it; ++it) {
      if (it.value() > 0) {
        df(it.col()) += 1;
      }
    }
  }
  const double n = static_cast<double>(counts.rows());
  Eigen::VectorXd idf(counts.cols());
  for (Eigen::Index f = 0; f < idf.size(); ++f) {
    idf(f) = std::log((1.0 + n) / (1.0 + df(f))) + 1.0;
  }
  return idf;
}

namespace {

// The per-entry part of every weighting; tfidf's row normalisation follows.
double weigh(double count, double tokens, double feature_weight, double idf, Weighting w) {
  switch (w) {
    case Weighting::kCount:
      return count * feature_weight;
    case Weighting::kRate:
      return tokens > 0 ? 1000.0 * count / tokens * feature_weight : 0.0;
    case Weighting::kTfidf:
      return count * idf * feature_weight;
    case Weighting::kSublinear:
      break;
  }
  return count > 0 ? (1.0 + std::log(count)) * feature_weight : 0.0;
}

}  // namespace

Eigen::MatrixXd weight_rows(const Eigen::MatrixXd& counts, const Eigen::VectorXd& tokens,
                            const Eigen::VectorXd& feature_weights, const Eigen::VectorXd& idf,
                            Weighting weighting) {
  Eigen::MatrixXd out(counts.rows(), counts.cols());
  for (Eigen::Index r = 0; r < counts.rows(); ++r) {
    for (Eigen::Index f = 0; f < counts.cols(); ++f) {
      out(r, f) = weigh(counts(r, f), tokens(r), feature_weights(f),
                        weighting == Weighting::kTfidf ? idf(f) : 1.0, weighting);
    }
    if (weighting == Weighting::kTfidf) {
      const double norm = out.row(r).norm();
      if (norm > 0) {
        out.row(r) /= norm;
      }
    }
  }
  return out;
}

Eigen::SparseMatrix<double, Eigen::RowMajor> weight_rows(
    const Eigen::SparseMatrix<double, Eigen::RowMajor>& counts, const Eigen::VectorXd& tokens,
    const Eigen::VectorXd& feature_weights, const Eigen::VectorXd& idf, Weighting weighting) {
  Eigen::SparseMatrix<double, Eigen::RowMajor> out = counts;
  for (Eigen::Index r = 0; r < out.outerSize(); ++r) {
    double squares = 0;
    for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(out, r); it; ++it) {
      it.valueRef() = weigh(it.value(), tokens(r), feature_weights(it.col()),
                            weighting == Weighting::kTfidf ? idf(it.col()) : 1.0, weighting);
      squares += it.value() * it.value();
    }
    if (weighting == Weighting::kTfidf && squares > 0) {
      const double norm = std::sqrt(squares);
      for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(out, r); it; ++it) {
        it.valueRef() /= norm;
      }
    }
  }
  return out;
}

}  // namespace framelens::vectorise
