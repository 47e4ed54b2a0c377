#include "report/summary_facts.hpp"

#include <algorithm>

namespace framelens::report {
namespace {

OutletPair largest_pair(const Eigen::MatrixXd& matrix) {
  OutletPair best;
  bool found = false;
  for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
    for (Eigen::Index j = i + 1; j < matrix.cols(); ++j) {
      if (!found || matrix(i, j) > best.value) {
        best = {static_cast<std::size_t>(i), static_cast<std::size_t>(j), matrix(i, j)};
        found = true;
      }
    }
  }
  return best;
}

}  // namespace

SummaryFacts summary_facts(const ReportInput& input) {
  SummaryFacts facts;
  const auto& outlets = input.comparison.outlets;
  if (!outlets.empty()) {
    facts.fewest_documents = outlets.front().documents;
  }
  for (const auto& outlet : outlets) {
    facts.matches += outlet.matches;
    facts.fewest_documents = std::min(facts.fewest_documents, outlet.documents);
  }
  if (outlets.size() >= 2 && facts.matches > 0) {
    facts.most_alike = largest_pair(input.comparison.cosine);
    facts.furthest_apart = largest_pair(input.comparison.jsd);
  }
  return facts;
}

}  // namespace framelens::report
