#include "compare/analyse.hpp"

#include <catch2/catch.hpp>
#include <random>

using namespace framelens;

namespace {

// A lexicon-like feature set: 4 terms, one category over terms 0-1 (weight 1
// and 2), one contrast with options over terms 2 and 3.
compare::AnalysisInput make_input(const std::vector<std::size_t>& outlet_of, unsigned seed) {
  compare::AnalysisInput in;
  in.outlet_ids = {"alpha", "beta", "gamma"};
  in.outlet_names = in.outlet_ids;
  in.outlet_of = outlet_of;
  const auto docs = static_cast<Eigen::Index>(outlet_of.size());
  using K = vectorise::FeatureKind;
  in.lexicon.features = {{K::kTerm, "l", "t0", "t0", 1, "", "", "", ""},
                         {K::kTerm, "l", "t1", "t1", 2, "", "", "", ""},
                         {K::kTerm, "l", "t2", "t2", 1, "", "", "", ""},
                         {K::kTerm, "l", "t3", "t3", 1, "", "", "", ""},
                         {K::kCategory, "l", "cat", "Cat", 1, "cat", "", "Cat", ""},
                         {K::kContrastOption, "l", "k/a", "K: A", 1, "k", "a", "K", "A"},
                         {K::kContrastOption, "l", "k/b", "K: B", 1, "k", "b", "K", "B"}};
  std::mt19937 rng(seed);
  std::vector<Eigen::Triplet<double, Eigen::Index>> lex;
  std::vector<Eigen::Triplet<double, Eigen::Index>> voc;
  in.lexicon.tokens.resize(docs);
  for (Eigen::Index d = 0; d < docs; ++d) {
    const std::size_t o = outlet_of[static_cast<std::size_t>(d)];
    double c[4];
    for (int t = 0; t < 4; ++t) {
      const double mean = 1.0 + 2.0 * static_cast<double>((static_cast<std::size_t>(t) + o) % 3);
      c[t] = static_cast<double>(std::poisson_distribution<int>(mean)(rng));
      lex.emplace_back(d, t, c[t]);
      voc.emplace_back(d, t, c[t] + 1);
    }
    lex.emplace_back(d, 4, c[0] + 2 * c[1]);
    lex.emplace_back(d, 5, c[2]);
    lex.emplace_back(d, 6, c[3]);
    voc.emplace_back(d, 4 + static_cast<Eigen::Index>(o), 3);
    in.lexicon.tokens(d) = 300;
  }
  in.lexicon.counts.resize(docs, 7);
  in.lexicon.counts.setFromTriplets(lex.begin(), lex.end());
  in.vocabulary.forms = {"w0", "w1", "w2", "w3", "x", "y", "z"};
  in.vocabulary.counts.resize(docs, 7);
  in.vocabulary.counts.setFromTriplets(voc.begin(), voc.end());
  in.vocabulary.tokens = Eigen::VectorXd::Constant(docs, 300);
  in.event.assign(outlet_of.size(), "");
  in.date.assign(outlet_of.size(), "2020-01-01");
  in.narrative_tokens = in.lexicon.tokens;
  in.quoted_tokens = Eigen::VectorXd::Zero(docs);
  in.quoted_matches = Eigen::VectorXd::Zero(docs);
  in.quotes.assign(outlet_of.size(), {});
  return in;
}

compare::AnalysisParameters small_parameters() {
  compare::AnalysisParameters p;
  p.bootstrap = 200;
  p.permutations = 200;
  p.window = "month";
  return p;
}

}  // namespace

TEST_CASE("analysis figures hold their properties", "[compare]") {
  const auto in = make_input({0, 0, 0, 1, 1, 1, 2}, 3);
  const compare::Analysis a = compare::analyse(in, small_parameters());
  REQUIRE(a.outlets.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(a.terms.cosine[i][i] == Approx(1.0));
    CHECK(a.terms.jsd[i][i] == Approx(0.0).margin(1e-15));
    for (std::size_t j = 0; j < 3; ++j) {
      CHECK(a.terms.jsd[i][j] == Approx(a.terms.jsd[j][i]));
      CHECK(a.terms.jsd[i][j] >= 0.0);
      CHECK(a.terms.jsd[i][j] <= 1.0);
      CHECK(a.terms.cosine[i][j] == Approx(a.terms.cosine[j][i]));
    }
  }
  for (const auto& pair : a.terms.pairs) {
    double bits = 0;
    for (const auto& c : pair.top_contributions) {
      bits += c.bits;
    }
    // Only 4 terms: the top contributions are all of them.
    CHECK(bits == Approx(pair.jsd.value));
    if (pair.jsd.has_interval) {
      CHECK(pair.jsd.low <= pair.jsd.high);
    }
  }
  // gamma has one document: low evidence, no interval, null not testable.
  CHECK(a.outlets[2].low_evidence);
  const auto& alpha_gamma = a.terms.pairs[1];
  REQUIRE(alpha_gamma.b == 2);
  CHECK_FALSE(alpha_gamma.null.testable);
  CHECK_FALSE(alpha_gamma.jsd.has_interval);
  CHECK_FALSE(alpha_gamma.difference_supported);
  CHECK(a.contrasts.at(0).outlets[2].interval_method == "wilson score (one document)");
  const auto& alpha_beta = a.terms.pairs[0];
  CHECK(alpha_beta.null.testable);
  CHECK(alpha_beta.null.p_value > 0.0);
  CHECK(alpha_beta.null.p_value <= 1.0);
  // Shares of a contrast sum to 1 for an outlet with uses.
  const auto& row = a.contrasts[0].outlets[0];
  if (row.total > 0) {
    CHECK(row.options[0].share.value + row.options[1].share.value == Approx(1.0));
  }
  REQUIRE(a.windows.size() == 1);
  CHECK(a.windows[0].window == "2020-01");
}

TEST_CASE("the same seed gives the same figures and another seed other intervals", "[compare]") {
  // Eight documents per outlet: enough distinct resamples for seeds to show.
  const auto in = make_input({0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2}, 5);
  const auto p = small_parameters();
  const auto a = compare::analyse(in, p);
  const auto b = compare::analyse(in, p);
  auto q = p;
  q.seed = p.seed + 1;
  const auto c = compare::analyse(in, q);
  CHECK(a.terms.pairs[0].jsd.low == b.terms.pairs[0].jsd.low);
  CHECK(a.terms.pairs[0].null.p_value == b.terms.pairs[0].null.p_value);
  CHECK(a.frames.outlets[0].categories[0].per_1k.high ==
        b.frames.outlets[0].categories[0].per_1k.high);
  CHECK(a.terms.pairs[0].jsd.value == c.terms.pairs[0].jsd.value);
  CHECK(a.terms.pairs[0].jsd.low != c.terms.pairs[0].jsd.low);
}

TEST_CASE("figures do not depend on the order of the outlets", "[compare]") {
  const auto in = make_input({0, 0, 0, 1, 1, 1, 2, 2}, 9);
  // The same documents with outlets listed as gamma, alpha, beta.
  auto swapped = in;
  swapped.outlet_ids = {"gamma", "alpha", "beta"};
  swapped.outlet_names = swapped.outlet_ids;
  for (auto& o : swapped.outlet_of) {
    o = (o + 1) % 3;
  }
  const auto p = small_parameters();
  const auto a = compare::analyse(in, p);
  const auto b = compare::analyse(swapped, p);
  // alpha-beta is pair (0, 1) in a and (1, 2) in b.
  const auto& x = a.terms.pairs[0];
  const auto& y = b.terms.pairs[2];
  REQUIRE(b.outlets[y.a].id == "alpha");
  REQUIRE(b.outlets[y.b].id == "beta");
  CHECK(x.jsd.value == Approx(y.jsd.value));
  CHECK(x.jsd.low == Approx(y.jsd.low));
  CHECK(x.jsd.high == Approx(y.jsd.high));
  CHECK(x.cosine.low == Approx(y.cosine.low));
  CHECK(x.null.p_value == Approx(y.null.p_value));
  CHECK(a.keyness.against_rest[0].over.size() == b.keyness.against_rest[1].over.size());
  std::vector<std::string> order_a;
  std::vector<std::string> order_b;
  for (std::size_t k = 0; k < 3; ++k) {
    order_a.push_back(a.outlets[a.map.order[k]].id);
    order_b.push_back(b.outlets[b.map.order[k]].id);
  }
  CHECK(order_a == order_b);
  CHECK(std::abs(a.map.coordinates[0][0]) == Approx(std::abs(b.map.coordinates[1][0])));
}

TEST_CASE("a bootstrap interval is never narrower than the Wilson interval of the counts",
          "[compare]") {
  // Two documents of alpha, each using option a 3 times and option b never:
  // every bootstrap resample gives share 1 for a and 0 for b, yet 6 uses are
  // too few to rule out b. Wilson for 0 of 6 (z = 1.96) gives [0, 0.390].
  compare::AnalysisInput in = make_input({0, 0, 1, 1}, 1);
  in.lexicon.counts.coeffRef(0, 5) = 3;
  in.lexicon.counts.coeffRef(1, 5) = 3;
  in.lexicon.counts.coeffRef(0, 6) = 0;
  in.lexicon.counts.coeffRef(1, 6) = 0;
  in.lexicon.counts.prune(0.0);
  const compare::Analysis a = compare::analyse(in, small_parameters());
  const auto& alpha = a.contrasts.at(0).outlets.at(0);
  CHECK(alpha.interval_method ==
        "bootstrap percentile over documents or wilson score, whichever is wider");
  REQUIRE(alpha.total == 6);
  CHECK(alpha.options[1].share.value == 0.0);
  CHECK(alpha.options[1].share.low == 0.0);
  CHECK(alpha.options[1].share.high == Approx(0.390).margin(5e-4));
  CHECK(alpha.options[0].share.low == Approx(0.610).margin(5e-4));
  CHECK(alpha.options[0].share.high == 1.0);
}
