#include "compare/outlet_comparison.hpp"

#include <algorithm>

namespace framelens::compare {

OutletComparison compare_outlets(const Corpus& corpus, const vectorise::FeatureCounts& counts,
                                 std::size_t top_terms) {
  OutletComparison out;
  // Outlets with at least one document, in declaration order.
  std::vector<std::size_t> row_of_outlet(corpus.outlets.size(), corpus.outlets.size());
  for (const Document& doc : corpus.documents) {
    const std::size_t o = corpus.outlet_index(doc.outlet);
    row_of_outlet[o] = 0;
  }
  for (std::size_t o = 0; o < corpus.outlets.size(); ++o) {
    if (row_of_outlet[o] == 0) {
      row_of_outlet[o] = out.outlets.size();
      out.outlets.push_back({corpus.outlets[o].id, corpus.outlets[o].name, 0, 0, 0, {}});
    }
  }
  std::vector<std::size_t> group_of;
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const std::size_t row = row_of_outlet[corpus.outlet_index(corpus.documents[d].outlet)];
    group_of.push_back(row);
    out.outlets[row].documents += 1;
    out.outlets[row].tokens += counts.tokens(static_cast<Eigen::Index>(d));
  }
  const Eigen::MatrixXd sums = vectorise::sum_by_group(counts.counts, group_of, out.outlets.size());

  std::vector<Eigen::Index> term_columns;
  for (std::size_t f = 0; f < counts.features.size(); ++f) {
    if (counts.features[f].kind == vectorise::FeatureKind::kTerm) {
      term_columns.push_back(static_cast<Eigen::Index>(f));
    }
  }
  const auto n = static_cast<Eigen::Index>(out.outlets.size());
  const auto t = static_cast<Eigen::Index>(term_columns.size());
  Eigen::MatrixXd raw(n, t);
  for (Eigen::Index j = 0; j < t; ++j) {
    raw.col(j) = sums.col(term_columns[static_cast<std::size_t>(j)]);
  }

  for (Eigen::Index i = 0; i < n; ++i) {
    OutletProfile& profile = out.outlets[static_cast<std::size_t>(i)];
    profile.matches = raw.row(i).sum();
    std::vector<TermUse> uses;
    for (Eigen::Index j = 0; j < t; ++j) {
      if (raw(i, j) <= 0) {
        continue;
      }
      const auto& feature =
          counts.features[static_cast<std::size_t>(term_columns[static_cast<std::size_t>(j)])];
      const double per_1k = profile.tokens > 0 ? 1000.0 * raw(i, j) / profile.tokens : 0.0;
      uses.push_back({feature.lexicon, feature.key, raw(i, j), per_1k, raw(i, j) * feature.weight});
    }
    // Ordered by the count the report shows, so the table reads top down.
    std::sort(uses.begin(), uses.end(), [](const TermUse& a, const TermUse& b) {
      if (a.count != b.count) {
        return a.count > b.count;
      }
      return std::tie(a.lexicon, a.term) < std::tie(b.lexicon, b.term);
    });
    if (uses.size() > top_terms) {
      uses.resize(top_terms);
    }
    profile.top_terms = std::move(uses);
  }
  return out;
}

void with_matrices(OutletComparison& comparison, const SpaceComparison& terms) {
  const auto to_matrix = [](const OutletMatrix& rows) {
    Eigen::MatrixXd matrix(static_cast<Eigen::Index>(rows.size()),
                           static_cast<Eigen::Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
      for (std::size_t j = 0; j < rows.size(); ++j) {
        matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
      }
    }
    return matrix;
  };
  comparison.cosine = to_matrix(terms.cosine);
  comparison.jsd = to_matrix(terms.jsd);
}

}  // namespace framelens::compare
