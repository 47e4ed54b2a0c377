// Reads a documents x features count matrix with a group per document and
// prints framelens's figures on it at full precision, for oracle_check.py to
// recompute with scikit-learn, SciPy and NumPy.
//
// Input (whitespace separated): docs features groups alpha0, then per
// document its group followed by its feature counts.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <vector>

#include "compare/divergence.hpp"
#include "compare/keyness.hpp"
#include "compare/resampling.hpp"
#include "compare/similarity.hpp"
#include "vectorise/weighting.hpp"

using namespace framelens;

namespace {

void print_matrix(const char* name, const Eigen::MatrixXd& m, bool last = false) {
  std::printf("\"%s\": [", name);
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    std::printf("%s[", i ? "," : "");
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
      if (std::isnan(m(i, j))) {
        std::printf("%sNaN", j ? "," : "");  // Python's json reads NaN
      } else {
        std::printf("%s%.17g", j ? "," : "", m(i, j));
      }
    }
    std::printf("]");
  }
  std::printf("]%s\n", last ? "" : ",");
}

}  // namespace

int main() {
  Eigen::Index docs = 0;
  Eigen::Index features = 0;
  std::size_t groups = 0;
  double alpha0 = 0;
  if (!(std::cin >> docs >> features >> groups >> alpha0)) {
    std::cerr << "oracle_driver: bad header\n";
    return 2;
  }
  std::vector<std::vector<std::size_t>> members(groups);
  Eigen::SparseMatrix<double, Eigen::RowMajor> counts(docs, features);
  std::vector<Eigen::Triplet<double, Eigen::Index>> triplets;
  for (Eigen::Index d = 0; d < docs; ++d) {
    std::size_t g = 0;
    std::cin >> g;
    members.at(g).push_back(static_cast<std::size_t>(d));
    for (Eigen::Index f = 0; f < features; ++f) {
      double c = 0;
      std::cin >> c;
      if (c != 0) {
        triplets.emplace_back(d, f, c);
      }
    }
  }
  if (!std::cin) {
    std::cerr << "oracle_driver: truncated input\n";
    return 2;
  }
  counts.setFromTriplets(triplets.begin(), triplets.end());
  const Eigen::VectorXd ones = Eigen::VectorXd::Ones(features);
  const Eigen::VectorXd doc_tokens = Eigen::VectorXd::Ones(docs);
  const Eigen::VectorXd idf = vectorise::smooth_idf(counts);
  const Eigen::MatrixXd doc_tfidf = Eigen::MatrixXd(
      vectorise::weight_rows(counts, doc_tokens, ones, idf, vectorise::Weighting::kTfidf));
  const Eigen::MatrixXd sums = compare::sum_rows(counts, members);
  const auto group_count = static_cast<Eigen::Index>(groups);
  const Eigen::VectorXd group_tokens = Eigen::VectorXd::Ones(group_count);
  const Eigen::MatrixXd group_tfidf =
      vectorise::weight_rows(sums, group_tokens, ones, idf, vectorise::Weighting::kTfidf);
  const Eigen::MatrixXd group_sublinear =
      vectorise::weight_rows(sums, group_tokens, ones, idf, vectorise::Weighting::kSublinear);

  std::vector<std::string> names;
  for (Eigen::Index f = 0; f < features; ++f) {
    names.push_back(std::to_string(f));
  }
  const Eigen::VectorXd background = sums.colwise().sum().transpose();
  const Eigen::VectorXd focus = sums.row(0).transpose();
  const auto key = compare::keyness(focus, background - focus, background, alpha0, 1, 1, names,
                                    static_cast<std::size_t>(features));
  Eigen::MatrixXd z = Eigen::MatrixXd::Constant(1, features, std::nan(""));
  Eigen::MatrixXd g2 = z;
  for (const auto* list : {&key.over, &key.under}) {
    for (const auto& t : *list) {
      z(0, std::stol(t.term)) = t.z;
      g2(0, std::stol(t.term)) = t.g2_p;
    }
  }
  std::printf("{\n");
  print_matrix("idf", idf.transpose());
  print_matrix("doc_tfidf", doc_tfidf);
  print_matrix("group_sums", sums);
  print_matrix("cosine_tfidf", compare::cosine_matrix(group_tfidf));
  print_matrix("cosine_count", compare::cosine_matrix(sums));
  print_matrix("cosine_sublinear", compare::cosine_matrix(group_sublinear));
  print_matrix("jsd", compare::jensen_shannon_matrix(sums));
  print_matrix("logodds_z_group0_vs_rest", z);
  print_matrix("g2_p_group0_vs_rest", g2, true);
  std::printf("}\n");
  return 0;
}
