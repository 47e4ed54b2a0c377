#include "report/summary_facts.hpp"

#include <algorithm>
#include <cmath>

namespace framelens::report {
namespace {

std::optional<OutletPair> largest_pair(const Eigen::MatrixXd& matrix) {
  OutletPair best;
  bool found = false;
  for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
    for (Eigen::Index j = i + 1; j < matrix.cols(); ++j) {
      // A NaN (an outlet without matches) must not become the best pair.
      if (std::isfinite(matrix(i, j)) && (!found || matrix(i, j) > best.value)) {
        best = {static_cast<std::size_t>(i), static_cast<std::size_t>(j), matrix(i, j)};
        found = true;
      }
    }
  }
  if (!found) {
    return std::nullopt;
  }
  return best;
}

// The option with the largest share difference between two comparable rows
// of one contrast whose intervals do not overlap; gap 0 when there is none.
LabelGap widest_gap(const compare::ContrastFigures& contrast, std::size_t index) {
  LabelGap best{index, 0, 0, 0, 0.0};
  const auto comparable = [](const compare::ContrastOutlet& row) {
    return !row.low_evidence && row.total > 0;
  };
  for (const auto& hi : contrast.outlets) {
    for (const auto& lo : contrast.outlets) {
      if (&hi == &lo || !comparable(hi) || !comparable(lo)) {
        continue;
      }
      for (std::size_t k = 0; k < hi.options.size() && k < lo.options.size(); ++k) {
        const compare::Estimate& a = hi.options[k].share;
        const compare::Estimate& b = lo.options[k].share;
        if (!a.has_interval || !b.has_interval || a.low <= b.high) {
          continue;
        }
        const double gap = a.value - b.value;
        if (gap > best.gap) {
          best = {index, k, hi.outlet, lo.outlet, gap};
        }
      }
    }
  }
  return best;
}

// True when some pair was tested and none can reach kSummaryAlpha: a
// permutation test's smallest p is one over the number of distinct splits.
bool test_cannot_reach_alpha(const compare::Analysis& analysis) {
  bool any = false;
  for (const compare::PairFigures& pair : analysis.terms.pairs) {
    if (!pair.null.testable) {
      continue;
    }
    any = true;
    const std::size_t a = analysis.outlets[pair.a].documents;
    const std::size_t b = analysis.outlets[pair.b].documents;
    // With equal sizes, swapping the two groups gives the same divergence.
    const double smallest_p = (a == b ? 2.0 : 1.0) / static_cast<double>(document_splits(a, b));
    if (smallest_p < kSummaryAlpha) {
      return false;
    }
  }
  return any;
}

std::vector<DistinctiveWords> distinctive_words(const compare::Analysis& analysis) {
  constexpr std::size_t kWords = 3;
  std::vector<DistinctiveWords> out;
  for (const compare::KeynessComparison& k : analysis.keyness.against_rest) {
    DistinctiveWords words{k.focus, {}};
    for (const compare::KeyTerm& t : k.over) {
      if (t.g2_q < kSummaryAlpha && words.words.size() < kWords) {
        words.words.push_back(t.term);
      }
    }
    out.push_back(std::move(words));
  }
  return out;
}

}  // namespace

std::size_t document_splits(std::size_t a_documents, std::size_t b_documents, std::size_t cap) {
  // C(a + b, k) with k the smaller side, built up so every step stays exact.
  const std::size_t k = std::min(a_documents, b_documents);
  const std::size_t n = a_documents + b_documents;
  double splits = 1;
  for (std::size_t i = 1; i <= k; ++i) {
    splits = splits * static_cast<double>(n - k + i) / static_cast<double>(i);
    if (splits >= static_cast<double>(cap)) {
      return cap;
    }
  }
  return static_cast<std::size_t>(std::llround(splits));
}

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

  const compare::Analysis& analysis = input.analysis;
  for (std::size_t o = 0; o < analysis.outlets.size(); ++o) {
    if (analysis.outlets[o].low_evidence) {
      facts.low_evidence.push_back(o);
    }
  }
  const auto& pairs = analysis.terms.pairs;
  const auto flagged = [&analysis](const compare::PairFigures& pair) {
    return analysis.outlets[pair.a].low_evidence || analysis.outlets[pair.b].low_evidence;
  };
  // A flagged pair only counts when no pair is free of flags.
  const auto wider = [&](std::size_t p, std::size_t than) {
    if (flagged(pairs[p]) != flagged(pairs[than])) {
      return !flagged(pairs[p]);
    }
    return pairs[p].jsd.value > pairs[than].jsd.value;
  };
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    if (!facts.widest_pair || wider(p, *facts.widest_pair)) {
      facts.widest_pair = p;
    }
    if (pairs[p].null.testable) {
      ++facts.tested_pairs;
    }
    if (pairs[p].difference_supported) {
      facts.supported_pairs.push_back(p);
    }
  }
  for (std::size_t c = 0; c < analysis.contrasts.size(); ++c) {
    const LabelGap gap = widest_gap(analysis.contrasts[c], c);
    if (gap.gap > 0) {
      facts.label_gaps.push_back(gap);
    }
  }
  std::stable_sort(facts.label_gaps.begin(), facts.label_gaps.end(),
                   [](const LabelGap& a, const LabelGap& b) { return a.gap > b.gap; });
  facts.distinctive = distinctive_words(analysis);
  facts.test_cannot_reach_alpha = test_cannot_reach_alpha(analysis);
  return facts;
}

}  // namespace framelens::report
