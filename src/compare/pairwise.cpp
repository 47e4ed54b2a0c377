#include "compare/pairwise.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "compare/divergence.hpp"
#include "compare/similarity.hpp"

namespace framelens::compare {
namespace {

OutletMatrix to_outlet_matrix(const Eigen::MatrixXd& m) {
  OutletMatrix out(static_cast<std::size_t>(m.rows()));
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
      out[static_cast<std::size_t>(i)].push_back(m(i, j));
    }
  }
  return out;
}

double cosine_of(const Eigen::VectorXd& x, const Eigen::VectorXd& y) {
  Eigen::MatrixXd rows(2, x.size());
  rows.row(0) = x.transpose();
  rows.row(1) = y.transpose();
  return cosine_matrix(rows)(0, 1);
}

}  // namespace

SpaceComparison compare_space(const SpaceSpec& spec, const Eigen::MatrixXd& sums,
                              const Eigen::VectorXd& tokens) {
  SpaceComparison out;
  out.space = spec.space;
  out.weighting = vectorise::to_string(spec.weighting);
  const Eigen::MatrixXd weighted =
      vectorise::weight_rows(sums, tokens, spec.feature_weights, spec.idf, spec.weighting);
  const Eigen::MatrixXd jsd = jensen_shannon_matrix(sums);
  out.cosine = to_outlet_matrix(cosine_matrix(weighted));
  out.jsd = to_outlet_matrix(jsd);
  out.jsd_sqrt = to_outlet_matrix(jsd.cwiseSqrt());
  const Eigen::Index n = sums.rows();
  for (Eigen::Index a = 0; a < n; ++a) {
    for (Eigen::Index b = a + 1; b < n; ++b) {
      PairFigures pair;
      pair.a = static_cast<std::size_t>(a);
      pair.b = static_cast<std::size_t>(b);
      pair.cosine.value = out.cosine[pair.a][pair.b];
      pair.jsd.value = jsd(a, b);
      pair.jsd_sqrt = std::sqrt(jsd(a, b));
      const Eigen::VectorXd p = sums.row(a).transpose();
      const Eigen::VectorXd q = sums.row(b).transpose();
      const Eigen::VectorXd bits = jensen_shannon_contributions(p, q);
      std::vector<Eigen::Index> order;
      for (Eigen::Index f = 0; f < bits.size(); ++f) {
        if (bits(f) > 0) {
          order.push_back(f);
        }
      }
      std::sort(order.begin(), order.end(), [&](Eigen::Index x, Eigen::Index y) {
        if (bits(x) != bits(y)) {
          return bits(x) > bits(y);
        }
        return x < y;
      });
      const double p_total = p.sum();
      const double q_total = q.sum();
      for (std::size_t k = 0; k < std::min(order.size(), spec.top_contributions); ++k) {
        const auto f = static_cast<std::size_t>(order[k]);
        pair.top_contributions.push_back({spec.lexicons[f], spec.names[f], bits(order[k]),
                                          p_total > 0 ? p(order[k]) / p_total : 0.0,
                                          q_total > 0 ? q(order[k]) / q_total : 0.0});
      }
      out.pairs.push_back(std::move(pair));
    }
  }
  return out;
}

PairIntervals::PairIntervals(const SpaceSpec& spec, std::size_t outlets) : spec_(spec) {
  const std::size_t pairs = outlets * (outlets - (outlets > 0 ? 1 : 0)) / 2;
  cosine_.resize(pairs);
  jsd_.resize(pairs);
}

void PairIntervals::add(const Eigen::MatrixXd& sums, const Eigen::VectorXd& tokens) {
  const Eigen::MatrixXd weighted =
      vectorise::weight_rows(sums, tokens, spec_.feature_weights, spec_.idf, spec_.weighting);
  std::size_t k = 0;
  for (Eigen::Index a = 0; a < sums.rows(); ++a) {
    for (Eigen::Index b = a + 1; b < sums.rows(); ++b, ++k) {
      cosine_[k].push_back(cosine_of(weighted.row(a).transpose(), weighted.row(b).transpose()));
      jsd_[k].push_back(jensen_shannon(sums.row(a).transpose(), sums.row(b).transpose()));
    }
  }
}

void PairIntervals::finish(SpaceComparison& comparison, const std::vector<std::size_t>& documents) {
  comparison.intervals = true;
  for (std::size_t k = 0; k < comparison.pairs.size(); ++k) {
    PairFigures& pair = comparison.pairs[k];
    if (documents[pair.a] < 2 || documents[pair.b] < 2 || jsd_[k].empty()) {
      continue;
    }
    const Interval cosine = percentile_interval(cosine_[k]);
    const Interval jsd = percentile_interval(jsd_[k]);
    pair.cosine = {pair.cosine.value, cosine.low, cosine.high, true};
    pair.jsd = {pair.jsd.value, jsd.low, jsd.high, true};
  }
}

void add_null_baselines(SpaceComparison& comparison, const SparseRows& counts,
                        const std::vector<std::vector<std::size_t>>& documents,
                        const std::vector<std::string>& outlet_ids, std::size_t permutations,
                        std::uint64_t seed) {
  comparison.null_baselines = true;
  for (PairFigures& pair : comparison.pairs) {
    NullBaseline& null = pair.null;
    if (documents[pair.a].size() < 2 || documents[pair.b].size() < 2) {
      null.reason = "not testable: an outlet has only one document";
      continue;
    }
    if (permutations == 0) {
      null.reason = "not run: 0 permutations requested";
      continue;
    }
    // Order the pair by id so that swapping the outlets' order changes nothing.
    const bool a_first = outlet_ids[pair.a] < outlet_ids[pair.b];
    const auto& first = documents[a_first ? pair.a : pair.b];
    const auto& second = documents[a_first ? pair.b : pair.a];
    std::vector<std::size_t> pool(first);
    pool.insert(pool.end(), second.begin(), second.end());
    std::sort(pool.begin(), pool.end());
    Rng rng = make_rng(seed, "permutation/" + outlet_ids[a_first ? pair.a : pair.b] + "/" +
                                 outlet_ids[a_first ? pair.b : pair.a]);
    std::vector<double> null_jsd;
    null_jsd.reserve(permutations);
    std::size_t at_least = 0;
    // Counts are whole numbers, so one side's sums are exactly the pair's
    // total less the other side's: each permutation adds up only the side
    // with fewer documents, about half the work.
    const Eigen::RowVectorXd total = sum_rows(counts, {pool}).row(0);
    const bool add_first = first.size() <= second.size();
    Eigen::MatrixXd sums(2, counts.cols());
    for (std::size_t r = 0; r < permutations; ++r) {
      shuffle(pool, rng);
      const Eigen::Index added = add_first ? 0 : 1;
      sums.row(added).setZero();
      for (std::size_t k = add_first ? 0 : first.size();
           k < (add_first ? first.size() : pool.size()); ++k) {
        add_row(counts, pool[k], sums, added);
      }
      sums.row(1 - added) = total - sums.row(added);
      const double value = jensen_shannon(sums.row(0).transpose(), sums.row(1).transpose());
      // The tolerance keeps ties with the observed split from depending on rounding.
      if (value >= pair.jsd.value - 1e-12) {
        ++at_least;
      }
      null_jsd.push_back(value);
    }
    null.testable = true;
    null.mean = std::accumulate(null_jsd.begin(), null_jsd.end(), 0.0) /
                static_cast<double>(null_jsd.size());
    null.q95 = quantile(null_jsd, 0.95);
    null.p_value = static_cast<double>(1 + at_least) / static_cast<double>(1 + permutations);
  }
}

}  // namespace framelens::compare
