#pragma once

#include <Eigen/Dense>
#include <Eigen/SparseCore>
#include <string>
#include <vector>

#include "lexicon/matcher.hpp"

namespace framelens::vectorise {

/// The kinds of feature a document is counted on.
enum class FeatureKind { kTerm, kCategory, kContrastOption };

/// "term", "category" or "option".
[[nodiscard]] const char* to_string(FeatureKind kind);

/// One column of the count matrix.
struct Feature {
  FeatureKind kind = FeatureKind::kTerm;
  std::string lexicon;       ///< Lexicon id.
  std::string key;           ///< Term text, category id, or "contrast/option".
  std::string label;         ///< Human-readable name.
  double weight = 1.0;       ///< Lexicon weight (terms; 1 for categories and options).
  std::string group;         ///< Category id or contrast id (empty for terms).
  std::string option;        ///< Contrast option id (options only).
  std::string group_label;   ///< Category or contrast label (empty for terms).
  std::string option_label;  ///< Contrast option label (options only).
};

/// Raw counts of every document on every feature.
///
/// Term features count the matches of a term (the same text in several
/// entries of one lexicon is one feature). Category features count the
/// matches of the category's terms, each multiplied by its weight, so a
/// category is the weighted sum of its terms. Option features count the
/// matches of a contrast option's terms (unweighted: a label is chosen or not).
struct FeatureCounts {
  std::vector<Feature> features;
  Eigen::SparseMatrix<double, Eigen::RowMajor> counts;  ///< documents x features.
  Eigen::VectorXd tokens;                               ///< Tokens per document.
};

/// For each of one document's matches (in matcher order), whether it counts
/// as an occurrence of its term: a span listed in several entries of a
/// lexicon (a category and a contrast option, say) gives each entry a match,
/// but its term occurred once. Actor matches are never term occurrences.
/// count_features counts terms by this rule; use it wherever term matches
/// are counted so that all counts agree.
[[nodiscard]] std::vector<bool> term_occurrences(const lexicon::Matcher& matcher,
                                                 const std::vector<lexicon::Match>& matches);

/// Builds the counts from each document's matches and token total.
/// `matches[d]` and `token_totals[d]` belong to document d.
[[nodiscard]] FeatureCounts count_features(const lexicon::Matcher& matcher,
                                           const std::vector<std::vector<lexicon::Match>>& matches,
                                           const std::vector<std::size_t>& token_totals);

/// Sums document rows into groups: row g of the result is the sum of the rows
/// of documents with group_of[d] == g. Dense: groups are few.
[[nodiscard]] Eigen::MatrixXd sum_by_group(
    const Eigen::SparseMatrix<double, Eigen::RowMajor>& counts,
    const std::vector<std::size_t>& group_of, std::size_t group_count);

}  // namespace framelens::vectorise
