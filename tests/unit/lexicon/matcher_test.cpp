#include "lexicon/matcher.hpp"

#include <catch2/catch.hpp>

#include "lexicon/lexicon_loader.hpp"
#include "tokenise/tokeniser.hpp"

using namespace framelens;

namespace {

lexicon::Matcher matcher_for(const std::string& yaml) {
  return lexicon::Matcher({lexicon::parse_lexicon(yaml, "test.yaml")});
}

std::vector<std::string> matched_terms(const lexicon::Matcher& matcher, const std::string& text) {
  std::vector<std::string> out;
  for (const lexicon::Match& m : matcher.match(tokenise::tokenise(text))) {
    out.push_back(matcher.term_text(m));
  }
  return out;
}

}  // namespace

TEST_CASE("matcher prefers the longest term", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncontrasts:\n  - id: c\n    options:\n"
      "      - {id: a, terms: [regime]}\n      - {id: b, terms: [regime change]}\n");
  CHECK(matched_terms(matcher, "They want regime change, not the regime.") ==
        std::vector<std::string>{"regime change", "regime"});
}

TEST_CASE("matcher applies suffix wildcards and case sensitivity", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncategories:\n  - id: a\n    terms:\n      - negotiat*\n"
      "      - {term: US, case: sensitive}\n");
  CHECK(matched_terms(matcher, "The US negotiators told us they negotiate.") ==
        std::vector<std::string>{"US", "negotiat*", "negotiat*"});
}

TEST_CASE("matches carry byte span, sentence and voice", "[lexicon]") {
  const auto matcher =
      matcher_for("lexicon: t\ncategories:\n  - id: a\n    terms: [peace talks]\n");
  const std::string text = "Hello. He said \"peace talks now\".";
  const auto matches = matcher.match(tokenise::tokenise(text));
  REQUIRE(matches.size() == 1);
  CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == "peace talks");
  CHECK(matches[0].sentence == 1);
  CHECK(matches[0].voice == tokenise::Voice::kQuoted);
  CHECK(matches[0].token_count == 2);
}

TEST_CASE("lexicons are matched independently and order does not change matches", "[lexicon]") {
  const std::string a = "lexicon: a\ncategories:\n  - id: x\n    terms: [peace talks]\n";
  const std::string b = "lexicon: b\ncategories:\n  - id: y\n    terms: [talks]\n";
  const lexicon::Matcher ab({lexicon::parse_lexicon(a, "a"), lexicon::parse_lexicon(b, "b")});
  const lexicon::Matcher ba({lexicon::parse_lexicon(b, "b"), lexicon::parse_lexicon(a, "a")});
  const std::string text = "New peace talks began.";
  CHECK(matched_terms(ab, text) == std::vector<std::string>{"peace talks", "talks"});
  CHECK(matched_terms(ba, text) == std::vector<std::string>{"talks", "peace talks"});
}

TEST_CASE("a term listed in a category and a contrast matches both", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncategories:\n  - id: a\n    terms: [rebels]\ncontrasts:\n  - id: c\n"
      "    options:\n      - {id: r, terms: [rebels]}\n      - {id: t, terms: [terrorists]}\n");
  const auto matches = matcher.match(tokenise::tokenise("The rebels left."));
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].kind == lexicon::EntryKind::kCategory);
  CHECK(matches[1].kind == lexicon::EntryKind::kContrastOption);
}
