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

TEST_CASE("every problem of a lexicon file is reported, one per line, in file order", "[lexicon]") {
  const std::string file = path_of("many_errors.yaml");
  REQUIRE_THROWS_WITH(
      lexicon::load_lexicon(kLexicons / "many_errors.yaml"),
      file + ":2:11: stemming must be 'none' or 'english', got 'porter'\n" + file +
          ":6:23: unknown key 'wieght' in a term (did you mean 'weight'?)\n" + file +
          ":7:9: term 'neg*tiate': '*' is only allowed at the end of a word (suffix wildcard, "
          "as in 'negotiat*')\n" +
          file + ":8:31: weight of 'truce' must be a positive finite number, got -1\n" + file +
          ":9:26: case must be 'sensitive' or 'insensitive', got 'exact'\n" + file +
          ":10:9: category id 'diplomacy' is used twice\n" + file +
          ":11:12: category 'diplomacy' needs a non-empty 'terms' list\n" + file +
          ":16:36: term 'rebels' is in options 'a' and 'b' of contrast 'naming'; a term may "
          "name only one option\n" +
          file +
          ":18:27: aliases of actor 'kerry' must be names (non-empty strings with letters and "
          "no '*'), got '*'");
}

TEST_CASE("each lexicon validation rule has its own message and position", "[lexicon]") {
  const auto error_of = [](const std::string& yaml) {
    try {
      (void)lexicon::parse_lexicon(yaml, "x.yaml");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  SECTION("unknown top-level key") {
    CHECK(error_of("lexicon: x\ncategoris: []\n") ==
          "x.yaml:2:1: unknown key 'categoris' in a lexicon (did you mean 'categories'?)\n"
          "x.yaml:1:1: lexicon has no categories, contrasts or actors");
  }
  SECTION("unknown key far from any name") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {id: a, terms: [b], zzzzzzzz: 1}\n") ==
          "x.yaml:3:25: unknown key 'zzzzzzzz' in a category (expected one of: id, label, "
          "description, terms)");
  }
  SECTION("missing lexicon id") {
    CHECK(error_of("categories:\n  - {id: a, terms: [b]}\n") ==
          "x.yaml:1:1: a lexicon needs a non-empty 'lexicon'");
  }
  SECTION("missing category id") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {terms: [b]}\n") ==
          "x.yaml:3:5: a category needs a non-empty 'id'");
  }
  SECTION("weight that is not a number") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {id: a, terms: [{term: b, weight: high}]}\n") ==
          "x.yaml:3:39: weight of 'b' must be a number, got 'high'");
  }
  SECTION("infinite weight") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {id: a, terms: [{term: b, weight: .inf}]}\n") ==
          "x.yaml:3:39: weight of 'b' must be a positive finite number, got .inf");
  }
  SECTION("term without letters") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {id: a, terms: ['--']}\n") ==
          "x.yaml:3:21: term '--' has no letters or digits to match");
  }
  SECTION("a bare wildcard") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {id: a, terms: ['peace *']}\n") ==
          "x.yaml:3:21: term 'peace *': '*' is only allowed at the end of a word (suffix "
          "wildcard, as in 'negotiat*')");
  }
  SECTION("term listed twice") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {id: a, terms: [b, b]}\n") ==
          "x.yaml:3:24: term 'b' is listed twice in category 'a'");
  }
  SECTION("a term that is a list") {
    CHECK(error_of("lexicon: x\ncategories:\n  - {id: a, terms: [[b]]}\n") ==
          "x.yaml:3:21: a term must be a string or a map with 'term', got a list");
  }
  SECTION("contrast with one option") {
    CHECK(error_of("lexicon: x\ncontrasts:\n  - {id: c, options: [{id: a, terms: [b]}]}\n") ==
          "x.yaml:3:22: contrast 'c' needs an 'options' list with at least two options");
  }
  SECTION("duplicate option id") {
    CHECK(error_of("lexicon: x\ncontrasts:\n  - id: c\n    options:\n      - {id: a, terms: [b]}\n"
                   "      - {id: a, terms: [d]}\n") == "x.yaml:6:14: option id 'a' is used twice");
  }
  SECTION("categories that are not a list") {
    CHECK(error_of("lexicon: x\ncategories: {id: a}\n") ==
          "x.yaml:2:13: 'categories' must be a list, got a map");
  }
  SECTION("version that is not a number") {
    CHECK(error_of("lexicon: x\nversion: two\nactors:\n  - {id: k, aliases: [Kerry]}\n") ==
          "x.yaml:2:10: version must be a whole number, got 'two'");
  }
  SECTION("actor without aliases") {
    CHECK(error_of("lexicon: x\nactors:\n  - {id: k}\n") ==
          "x.yaml:3:5: actor 'k' needs a non-empty 'aliases' list");
  }
}

TEST_CASE("stemming is read from the lexicon header", "[lexicon]") {
  CHECK(lexicon::load_lexicon(kLexicons / "stemmed.yaml").stemming == lexicon::Stemming::kEnglish);
  CHECK(lexicon::load_lexicon(kLexicons / "test.yaml").stemming == lexicon::Stemming::kNone);
}
