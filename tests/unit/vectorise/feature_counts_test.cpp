#include "vectorise/feature_counts.hpp"

#include <catch2/catch.hpp>

#include "lexicon/lexicon_loader.hpp"
#include "tokenise/tokeniser.hpp"

using namespace framelens;

namespace {

const char* kLexicon =
    "lexicon: t\ncategories:\n  - id: diplomacy\n    terms: [talks, {term: ceasefire, weight: 2}]\n"
    "contrasts:\n  - id: gov\n    options:\n      - {id: government, terms: [government]}\n"
    "      - {id: regime, terms: [regime]}\n";

double value(const vectorise::FeatureCounts& counts, Eigen::Index doc, const std::string& key,
             vectorise::FeatureKind kind) {
  for (std::size_t f = 0; f < counts.features.size(); ++f) {
    if (counts.features[f].key == key && counts.features[f].kind == kind) {
      return counts.counts.coeff(doc, static_cast<Eigen::Index>(f));
    }
  }
  FAIL("no feature " << key);
  return 0;
}

}  // namespace

TEST_CASE("feature counts hold terms, weighted categories and contrast options", "[vectorise]") {
  const lexicon::Matcher matcher({lexicon::parse_lexicon(kLexicon, "t.yaml")});
  std::vector<std::vector<lexicon::Match>> matches;
  std::vector<std::size_t> tokens;
  for (const char* text : {"Talks and a ceasefire. The regime, the regime.", "The government."}) {
    const auto tokenised = tokenise::tokenise(text);
    matches.push_back(matcher.match(tokenised));
    tokens.push_back(tokenised.tokens.size());
  }
  const auto counts = vectorise::count_features(matcher, matches, tokens);
  using K = vectorise::FeatureKind;
  CHECK(value(counts, 0, "talks", K::kTerm) == 1);
  CHECK(value(counts, 0, "ceasefire", K::kTerm) == 1);
  CHECK(value(counts, 0, "diplomacy", K::kCategory) == 3);  // 1 + 2 x 1
  CHECK(value(counts, 0, "gov/regime", K::kContrastOption) == 2);
  CHECK(value(counts, 1, "gov/government", K::kContrastOption) == 1);
  CHECK(counts.tokens(0) == 8);
  CHECK(counts.tokens(1) == 2);
}

TEST_CASE("sum_by_group adds document rows into their groups", "[vectorise]") {
  Eigen::SparseMatrix<double, Eigen::RowMajor> counts(3, 2);
  counts.insert(0, 0) = 1;
  counts.insert(1, 1) = 2;
  counts.insert(2, 0) = 4;
  const Eigen::MatrixXd sums = vectorise::sum_by_group(counts, {0, 1, 0}, 2);
  CHECK(sums(0, 0) == 5);
  CHECK(sums(0, 1) == 0);
  CHECK(sums(1, 1) == 2);
}

TEST_CASE("a term listed in a category and a contrast option counts once as a term",
          "[vectorise]") {
  const char* lexicon_yaml =
      "lexicon: t\ncategories:\n  - id: reporting\n    terms: [said]\n"
      "contrasts:\n  - id: verb\n    options:\n      - {id: neutral, terms: [said]}\n"
      "      - {id: loaded, terms: [claimed]}\n";
  const lexicon::Matcher matcher({lexicon::parse_lexicon(lexicon_yaml, "t.yaml")});
  const auto tokenised = tokenise::tokenise("He said it, she said so.");
  const auto counts =
      vectorise::count_features(matcher, {matcher.match(tokenised)}, {tokenised.tokens.size()});
  using K = vectorise::FeatureKind;
  CHECK(value(counts, 0, "said", K::kTerm) == 2);
  CHECK(value(counts, 0, "reporting", K::kCategory) == 2);
  CHECK(value(counts, 0, "verb/neutral", K::kContrastOption) == 2);
}

TEST_CASE("a term listed in two entries of a lexicon occurs once per span", "[vectorise]") {
  const lexicon::Matcher matcher({lexicon::parse_lexicon(
      "lexicon: t\ncategories:\n  - id: politics\n    terms: [regime]\n"
      "contrasts:\n  - id: gov\n    options:\n      - {id: regime, terms: [regime]}\n"
      "      - {id: government, terms: [government]}\n"
      "actors:\n  - {id: vell, aliases: [Vell]}\n",
      "t.yaml")});
  const auto tokens = tokenise::tokenise("Vell spoke of the regime. The regime fell.");
  const auto matches = matcher.match(tokens);
  const std::vector<bool> occurrence = vectorise::term_occurrences(matcher, matches);
  REQUIRE(occurrence.size() == matches.size());
  std::size_t terms = 0;
  for (std::size_t i = 0; i < matches.size(); ++i) {
    if (matches[i].kind == lexicon::EntryKind::kActor) {
      CHECK_FALSE(occurrence[i]);
    }
    terms += occurrence[i] ? 1U : 0U;
  }
  // Two spans of "regime", each matched by the category and the option.
  CHECK(matches.size() == 5);
  CHECK(terms == 2);
}
