#include "compare/label_choice.hpp"

#include <algorithm>
#include <limits>

#include "compare/divergence.hpp"
#include "compare/statistics.hpp"

namespace framelens::compare {
namespace {

using vectorise::FeatureKind;

constexpr const char* kBootstrapMethod =
    "bootstrap percentile over documents or wilson score, whichever is wider";
constexpr const char* kWilsonMethod = "wilson score (one document)";
constexpr const char* kNoInterval = "none (no bootstrap replicates)";

using Replicates = std::vector<std::vector<std::vector<double>>>;  // outlet, column -> values

Replicates empty_replicates(std::size_t outlets, std::size_t columns) {
  return Replicates(outlets, std::vector<std::vector<double>>(columns));
}

Estimate from_replicates(double value, std::vector<double>& replicates) {
  const Interval interval = percentile_interval(replicates);
  return {value, interval.low, interval.high, true};
}

Estimate from_wilson(double value, double successes, double trials, double scale) {
  const Interval interval = wilson_interval(successes, trials);
  return {value, scale * interval.low, scale * interval.high, trials > 0};
}

// A percentile bootstrap over two or three documents sees only a handful of
// distinct resamples, and a count of 0 always resamples to [0, 0]: it
// understates the uncertainty of a small sample. So each end of the interval
// is at least as far out as the Wilson score interval of the counts taken as
// independent draws. On larger corpora documents differ more than independent
// draws would, the bootstrap interval is the wider one and is what is shown.
Estimate from_replicates_or_wilson(double value, std::vector<double>& replicates, double successes,
                                   double trials, double scale) {
  Estimate estimate = from_replicates(value, replicates);
  const Estimate wilson = from_wilson(value, successes, trials, scale);
  if (wilson.has_interval) {
    estimate.low = std::min(estimate.low, wilson.low);
    estimate.high = std::max(estimate.high, wilson.high);
  }
  return estimate;
}

}  // namespace

LabelChoice::LabelChoice(const std::vector<vectorise::Feature>& features,
                         const Eigen::MatrixXd& sums, const Eigen::VectorXd& tokens,
                         const std::vector<std::size_t>& documents, double min_matches)
    : features_(features),
      sums_(sums),
      tokens_(tokens),
      documents_(documents),
      min_matches_(min_matches) {
  // Features of one contrast, and the categories of one lexicon, are adjacent.
  for (std::size_t f = 0; f < features.size(); ++f) {
    const auto& feature = features[f];
    const auto column = static_cast<Eigen::Index>(f);
    if (feature.kind == FeatureKind::kContrastOption) {
      if (contrasts_.empty() || contrasts_.back().lexicon != feature.lexicon ||
          contrasts_.back().id != feature.group) {
        contrasts_.push_back({feature.lexicon, feature.group, {}});
      }
      contrasts_.back().columns.push_back(column);
    } else if (feature.kind == FeatureKind::kCategory) {
      if (category_sets_.empty() || category_sets_.back().lexicon != feature.lexicon) {
        category_sets_.push_back({feature.lexicon, feature.lexicon, {}});
      }
      category_sets_.back().columns.push_back(column);
    }
  }
  const std::size_t outlets = documents.size();
  for (const Group& g : contrasts_) {
    contrast_shares_.push_back(empty_replicates(outlets, g.columns.size()));
  }
  for (const Group& g : category_sets_) {
    category_shares_.push_back(empty_replicates(outlets, g.columns.size()));
    category_rates_.push_back(empty_replicates(outlets, g.columns.size()));
  }
}

std::vector<double> LabelChoice::shares(const Eigen::MatrixXd& sums, Eigen::Index outlet,
                                        const Group& group) {
  double total = 0;
  for (const Eigen::Index c : group.columns) {
    total += sums(outlet, c);
  }
  std::vector<double> out;
  for (const Eigen::Index c : group.columns) {
    out.push_back(total > 0 ? sums(outlet, c) / total : 0.0);
  }
  return out;
}

void LabelChoice::add(const Eigen::MatrixXd& sums, const Eigen::VectorXd& tokens) {
  for (Eigen::Index o = 0; o < sums.rows(); ++o) {
    const auto outlet = static_cast<std::size_t>(o);
    for (std::size_t g = 0; g < contrasts_.size(); ++g) {
      const std::vector<double> s = shares(sums, o, contrasts_[g]);
      for (std::size_t k = 0; k < s.size(); ++k) {
        contrast_shares_[g][outlet][k].push_back(s[k]);
      }
    }
    for (std::size_t g = 0; g < category_sets_.size(); ++g) {
      const std::vector<double> s = shares(sums, o, category_sets_[g]);
      for (std::size_t k = 0; k < s.size(); ++k) {
        category_shares_[g][outlet][k].push_back(s[k]);
        const double count = sums(o, category_sets_[g].columns[k]);
        category_rates_[g][outlet][k].push_back(tokens(o) > 0 ? 1000.0 * count / tokens(o) : 0.0);
      }
    }
  }
}

std::vector<ContrastFigures> LabelChoice::contrasts() {
  std::vector<ContrastFigures> out;
  for (std::size_t g = 0; g < contrasts_.size(); ++g) {
    const Group& group = contrasts_[g];
    ContrastFigures figures;
    figures.lexicon = group.lexicon;
    figures.id = group.id;
    figures.label = features_[static_cast<std::size_t>(group.columns.front())].group_label;
    Eigen::MatrixXd option_counts(sums_.rows(), static_cast<Eigen::Index>(group.columns.size()));
    for (std::size_t k = 0; k < group.columns.size(); ++k) {
      const auto& feature = features_[static_cast<std::size_t>(group.columns[k])];
      figures.option_ids.push_back(feature.option);
      figures.option_labels.push_back(feature.option_label);
      option_counts.col(static_cast<Eigen::Index>(k)) = sums_.col(group.columns[k]);
    }
    for (Eigen::Index o = 0; o < sums_.rows(); ++o) {
      const auto outlet = static_cast<std::size_t>(o);
      ContrastOutlet row;
      row.outlet = outlet;
      row.total = option_counts.row(o).sum();
      row.low_evidence = row.total < min_matches_ || documents_[outlet] < 2;
      const bool wilson = documents_[outlet] < 2;
      auto& replicates = contrast_shares_[g][outlet];
      row.interval_method = wilson                  ? kWilsonMethod
                            : replicates[0].empty() ? kNoInterval
                                                    : kBootstrapMethod;
      const std::vector<double> s = shares(sums_, o, group);
      for (std::size_t k = 0; k < s.size(); ++k) {
        OptionShare share;
        share.count = option_counts(o, static_cast<Eigen::Index>(k));
        if (wilson) {
          share.share = from_wilson(s[k], share.count, row.total, 1.0);
        } else if (!replicates[k].empty() && row.total > 0) {
          share.share = from_replicates_or_wilson(s[k], replicates[k], share.count, row.total, 1.0);
        } else {
          share.share.value = s[k];
        }
        row.options.push_back(share);
      }
      figures.outlets.push_back(std::move(row));
    }
    const Eigen::MatrixXd jsd = jensen_shannon_matrix(option_counts);
    for (Eigen::Index i = 0; i < jsd.rows(); ++i) {
      figures.jsd.emplace_back();
      for (Eigen::Index j = 0; j < jsd.cols(); ++j) {
        // An outlet that never names the referent made no choice: comparing
        // its empty distribution would report the largest possible gap.
        const bool both_chose = option_counts.row(i).sum() > 0 && option_counts.row(j).sum() > 0;
        figures.jsd.back().push_back(both_chose ? jsd(i, j)
                                                : std::numeric_limits<double>::quiet_NaN());
      }
    }
    out.push_back(std::move(figures));
  }
  return out;
}

FrameFigures LabelChoice::frames() {
  FrameFigures out;
  for (const Group& group : category_sets_) {
    for (const Eigen::Index c : group.columns) {
      const auto& feature = features_[static_cast<std::size_t>(c)];
      out.lexicons.push_back(feature.lexicon);
      out.category_ids.push_back(feature.group);
      out.category_labels.push_back(feature.group_label);
    }
  }
  for (Eigen::Index o = 0; o < sums_.rows(); ++o) {
    const auto outlet = static_cast<std::size_t>(o);
    FrameOutlet row;
    row.outlet = outlet;
    const bool wilson = documents_[outlet] < 2;
    const bool have_replicates = !category_sets_.empty() && !category_rates_[0][outlet].empty() &&
                                 !category_rates_[0][outlet][0].empty();
    row.interval_method = wilson ? kWilsonMethod : have_replicates ? kBootstrapMethod : kNoInterval;
    for (std::size_t g = 0; g < category_sets_.size(); ++g) {
      const Group& group = category_sets_[g];
      const std::vector<double> s = shares(sums_, o, group);
      double total = 0;
      for (const Eigen::Index c : group.columns) {
        total += sums_(o, c);
      }
      for (std::size_t k = 0; k < group.columns.size(); ++k) {
        CategoryFigure figure;
        figure.weighted_count = sums_(o, group.columns[k]);
        const double per_1k = tokens_(o) > 0 ? 1000.0 * figure.weighted_count / tokens_(o) : 0.0;
        if (wilson) {
          figure.per_1k = from_wilson(per_1k, figure.weighted_count, tokens_(o), 1000.0);
          figure.share = from_wilson(s[k], figure.weighted_count, total, 1.0);
        } else if (have_replicates) {
          figure.per_1k = from_replicates_or_wilson(per_1k, category_rates_[g][outlet][k],
                                                    figure.weighted_count, tokens_(o), 1000.0);
          figure.share = total > 0 ? from_replicates_or_wilson(s[k], category_shares_[g][outlet][k],
                                                               figure.weighted_count, total, 1.0)
                                   : Estimate{s[k], 0, 0, false};
        } else {
          figure.per_1k.value = per_1k;
          figure.share.value = s[k];
        }
        row.categories.push_back(figure);
      }
    }
    out.outlets.push_back(std::move(row));
  }
  return out;
}

}  // namespace framelens::compare
