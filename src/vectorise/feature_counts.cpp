#include "vectorise/feature_counts.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace framelens::vectorise {

const char* to_string(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::kTerm:
      return "term";
    case FeatureKind::kCategory:
      return "category";
    case FeatureKind::kContrastOption:
      break;
  }
  return "option";
}

namespace {

// Assigns feature columns in a fixed order: per lexicon, its terms in the
// order they are declared, then categories, then contrast options.
class FeatureIndex {
 public:
  explicit FeatureIndex(const std::vector<lexicon::Lexicon>& lexicons) {
    for (std::uint32_t l = 0; l < lexicons.size(); ++l) {
      const lexicon::Lexicon& lex = lexicons[l];
      for (const auto& category : lex.categories) {
        for (const auto& term : category.terms) {
          add_term(l, lex, term);
        }
      }
      for (const auto& contrast : lex.contrasts) {
        for (const auto& option : contrast.options) {
          for (const auto& term : option.terms) {
            add_term(l, lex, term);
          }
        }
      }
      for (std::uint32_t c = 0; c < lex.categories.size(); ++c) {
        category_[{l, c}] = features_.size();
        features_.push_back({FeatureKind::kCategory, lex.id, lex.categories[c].id,
                             lex.categories[c].label, 1.0, lex.categories[c].id, "",
                             lex.categories[c].label, ""});
      }
      for (std::uint32_t c = 0; c < lex.contrasts.size(); ++c) {
        for (std::uint32_t o = 0; o < lex.contrasts[c].options.size(); ++o) {
          const auto& contrast = lex.contrasts[c];
          option_[{l, c, o}] = features_.size();
          features_.push_back({FeatureKind::kContrastOption, lex.id,
                               contrast.id + "/" + contrast.options[o].id,
                               contrast.label + ": " + contrast.options[o].label, 1.0, contrast.id,
                               contrast.options[o].id, contrast.label, contrast.options[o].label});
        }
      }
    }
  }

  std::size_t term(std::uint32_t lexicon, const std::string& text) const {
    return term_.at({lexicon, text});
  }
  std::size_t category(std::uint32_t lexicon, std::uint32_t c) const {
    return category_.at({lexicon, c});
  }
  std::size_t option(std::uint32_t lexicon, std::uint32_t c, std::uint32_t o) const {
    return option_.at({lexicon, c, o});
  }
  std::vector<Feature> take() { return std::move(features_); }
  std::size_t size() const { return features_.size(); }

 private:
  void add_term(std::uint32_t l, const lexicon::Lexicon& lex, const lexicon::Term& term) {
    if (term_.emplace(std::pair{l, term.text}, features_.size()).second) {
      features_.push_back(
          {FeatureKind::kTerm, lex.id, term.text, term.text, term.weight, "", "", "", ""});
    }
  }

  std::vector<Feature> features_;
  std::map<std::pair<std::uint32_t, std::string>, std::size_t> term_;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> category_;
  std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, std::size_t> option_;
};

}  // namespace

std::vector<bool> term_occurrences(const lexicon::Matcher& matcher,
                                   const std::vector<lexicon::Match>& matches) {
  std::vector<bool> out(matches.size(), false);
  // The matcher emits one span's matches next to each other.
  std::size_t span_start = 0;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const lexicon::Match& m = matches[i];
    if (m.kind == lexicon::EntryKind::kActor) {
      continue;
    }
    const lexicon::Match& first = matches[span_start];
    if (i == span_start || first.lexicon != m.lexicon || first.begin != m.begin ||
        first.end != m.end || first.kind == lexicon::EntryKind::kActor) {
      span_start = i;
    }
    bool seen = false;
    for (std::size_t j = span_start; j < i && !seen; ++j) {
      seen = out[j] && matcher.term_text(matches[j]) == matcher.term_text(m);
    }
    out[i] = !seen;
  }
  return out;
}

FeatureCounts count_features(const lexicon::Matcher& matcher,
                             const std::vector<std::vector<lexicon::Match>>& matches,
                             const std::vector<std::size_t>& token_totals) {
  FeatureIndex index(matcher.lexicons());
  std::vector<Eigen::Triplet<double>> triplets;
  for (std::size_t d = 0; d < matches.size(); ++d) {
    const auto row = static_cast<Eigen::Index>(d);
    const std::vector<bool> occurrence = term_occurrences(matcher, matches[d]);
    for (std::size_t i = 0; i < matches[d].size(); ++i) {
      const lexicon::Match& m = matches[d][i];
      if (m.kind == lexicon::EntryKind::kActor) {
        continue;
      }
      if (occurrence[i]) {
        triplets.emplace_back(
            row, static_cast<Eigen::Index>(index.term(m.lexicon, matcher.term_text(m))), 1.0);
      }
      if (m.kind == lexicon::EntryKind::kCategory) {
        triplets.emplace_back(row, static_cast<Eigen::Index>(index.category(m.lexicon, m.group)),
                              matcher.term_weight(m));
      } else {
        triplets.emplace_back(
            row, static_cast<Eigen::Index>(index.option(m.lexicon, m.group, m.option)), 1.0);
      }
    }
  }
  FeatureCounts out;
  out.counts.resize(static_cast<Eigen::Index>(matches.size()),
                    static_cast<Eigen::Index>(index.size()));
  // setFromTriplets sums duplicates, which is exactly counting.
  out.counts.setFromTriplets(triplets.begin(), triplets.end());
  out.tokens.resize(static_cast<Eigen::Index>(token_totals.size()));
  for (std::size_t d = 0; d < token_totals.size(); ++d) {
    out.tokens(static_cast<Eigen::Index>(d)) = static_cast<double>(token_totals[d]);
  }
  out.features = index.take();
  return out;
}

Eigen::MatrixXd sum_by_group(const Eigen::SparseMatrix<double, Eigen::RowMajor>& counts,
                             const std::vector<std::size_t>& group_of, std::size_t group_count) {
  Eigen::MatrixXd sums =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(group_count), counts.cols());
  for (Eigen::Index d = 0; d < counts.outerSize(); ++d) {
    const auto g = static_cast<Eigen::Index>(group_of[static_cast<std::size_t>(d)]);
    for (Eigen::SparseMatrix<double, Eigen::RowMajor>::InnerIterator it(counts, d); it; ++it) {
      sums(g, it.col()) += it.value();
    }
  }
  return sums;
}

}  // namespace framelens::vectorise
