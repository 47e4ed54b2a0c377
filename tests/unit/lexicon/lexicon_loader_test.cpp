#include "lexicon/lexicon_loader.hpp"

#include <catch2/catch.hpp>

#include "core/error.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {
const fs::path kLexicons = fs::path(FRAMELENS_TEST_DATA) / "lexicons";
std::string path_of(const char* name) { return (kLexicons / name).string(); }
}  // namespace

TEST_CASE("a valid lexicon loads into typed structs", "[lexicon]") {
  const lexicon::Lexicon lex = lexicon::load_lexicon(kLexicons / "test.yaml");
  CHECK(lex.id == "test");
  CHECK(lex.version == 2);
  REQUIRE(lex.categories.size() == 2);
  CHECK(lex.categories[0].terms[2].text == "ceasefire");
  CHECK(lex.categories[0].terms[2].weight == 2.0);
  REQUIRE(lex.contrasts.size() == 2);
  CHECK(lex.contrasts[0].options[1].id == "regime");
  REQUIRE(lex.actors.size() == 1);
  CHECK(lex.actors[0].group == "government");
}

TEST_CASE("lexicon errors give file:line:col and what was expected", "[lexicon]") {
  SECTION("unknown key with a suggestion") {
    REQUIRE_THROWS_WITH(lexicon::load_lexicon(kLexicons / "unknown_key.yaml"),
                        path_of("unknown_key.yaml") +
                            ":5:23: unknown key 'wieght' in a term (did you mean 'weight'?)");
  }
  SECTION("wildcard inside a word") {
    REQUIRE_THROWS_WITH(lexicon::load_lexicon(kLexicons / "bad_wildcard.yaml"),
                        path_of("bad_wildcard.yaml") +
                            ":6:9: term 'neg*tiate': '*' is only allowed at the end of a word "
                            "(suffix wildcard, as in 'negotiat*')");
  }
  SECTION("a term in two options of one contrast") {
    REQUIRE_THROWS_WITH(lexicon::load_lexicon(kLexicons / "two_options.yaml"),
                        path_of("two_options.yaml") +
                            ":6:36: term 'rebels' is in options 'a' and 'b' of contrast "
                            "'naming'; a term may name only one option");
  }
  SECTION("non-finite weight") {
    REQUIRE_THROWS_WITH(lexicon::load_lexicon(kLexicons / "bad_weight.yaml"),
                        path_of("bad_weight.yaml") +
                            ":5:31: weight of 'talks' must be a positive finite number, got .nan");
  }
  SECTION("syntax error") {
    REQUIRE_THROWS_WITH(
        lexicon::load_lexicon(kLexicons / "syntax.yaml"),
        Catch::StartsWith(path_of("syntax.yaml") + ":5:") && Catch::Contains("YAML syntax error"));
  }
}

TEST_CASE("an empty term is refused", "[lexicon]") {
  REQUIRE_THROWS_WITH(
      lexicon::parse_lexicon("lexicon: x\ncategories:\n  - id: a\n    terms: ['  ']\n", "x.yaml"),
      "x.yaml:4:13: empty term; write the word or phrase to match");
}
