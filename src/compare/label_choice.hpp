#pragma once

#include <Eigen/Dense>
#include <vector>

#include "compare/analysis.hpp"
#include "vectorise/feature_counts.hpp"

namespace framelens::compare {

/// Contrast sets and frame profiles from the lexicon feature counts.
///
/// Contrasts: per contrast and outlet, the count of each option and its share
/// of the contrast's matches; JSD (bits) between outlets' option counts.
/// Frames: per lexicon category and outlet, the weighted count (Σ matches x
/// term weight), its rate per 1,000 tokens and its share of the lexicon's
/// category total.
/// Intervals (95%): percentile bootstrap over documents (replicates passed to
/// add()) for outlets with ≥ 2 documents; for an outlet with one document the
/// Wilson score interval, applied to count / total for shares and to
/// weighted count / tokens (x 1,000) for rates, treating each token as a
/// trial. Each outlet's figures name the method used.
class LabelChoice {
 public:
  /// `sums` are outlet sums of every feature column, `tokens` outlet tokens,
  /// `documents[o]` outlet o's document count.
  LabelChoice(const std::vector<vectorise::Feature>& features, const Eigen::MatrixXd& sums,
              const Eigen::VectorXd& tokens, const std::vector<std::size_t>& documents,
              double min_matches);

  /// One bootstrap replicate's outlet sums and tokens.
  void add(const Eigen::MatrixXd& sums, const Eigen::VectorXd& tokens);

  /// The figures; intervals from the replicates added (none added: Wilson
  /// intervals only for one-document outlets, no interval otherwise).
  [[nodiscard]] std::vector<ContrastFigures> contrasts();
  [[nodiscard]] FrameFigures frames();

 private:
  struct Group {  // a contrast or a lexicon's set of categories
    std::string lexicon;
    std::string id;
    std::vector<Eigen::Index> columns;
  };
  static std::vector<double> shares(const Eigen::MatrixXd& sums, Eigen::Index outlet,
                                    const Group& group);

  const std::vector<vectorise::Feature>& features_;
  Eigen::MatrixXd sums_;
  Eigen::VectorXd tokens_;
  std::vector<std::size_t> documents_;
  double min_matches_;
  std::vector<Group> contrasts_;
  std::vector<Group> category_sets_;  // one per lexicon with categories
  // replicates_[group][outlet][column position] -> values; rates_ likewise.
  std::vector<std::vector<std::vector<std::vector<double>>>> contrast_shares_;
  std::vector<std::vector<std::vector<std::vector<double>>>> category_shares_;
  std::vector<std::vector<std::vector<std::vector<double>>>> category_rates_;
};

}  // namespace framelens::compare
