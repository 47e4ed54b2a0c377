#include "lexicon/dictionary_reader.hpp"

#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "lexicon/lexicon_loader.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {
const fs::path kLexicons = fs::path(FRAMELENS_TEST_DATA) / "lexicons";

std::vector<std::string> texts(const lexicon::Category& category) {
  std::vector<std::string> out;
  for (const lexicon::Term& term : category.terms) {
    out.push_back(term.text);
  }
  return out;
}
}  // namespace

TEST_CASE("a messy LIWC-style .dic file is read leniently", "[lexicon]") {
  const lexicon::Lexicon lex = lexicon::load_lexicon(kLexicons / "small.dic");
  CHECK(lex.id == "small");
  REQUIRE(lex.categories.size() == 2);  // "unused" has no entry
  CHECK(lex.categories[0].id == "posemo");
  CHECK(texts(lex.categories[0]) == std::vector<std::string>{"happy", "hope*", "kind of", "like"});
  CHECK(lex.categories[1].id == "negemo");
  CHECK(texts(lex.categories[1]) == std::vector<std::string>{"hope*", "sad"});
}

TEST_CASE(".dic files without a header are refused", "[lexicon]") {
  REQUIRE_THROWS_WITH(lexicon::parse_dic("\nhappy\t1\n", "d.dic"),
                      "d.dic:2:1: a .dic file starts with a '%' line, then 'NUMBER NAME' "
                      "category lines and another '%' line");
  REQUIRE_THROWS_WITH(lexicon::parse_dic("%\n1\tposemo\nhappy 1\n", "d.dic"),
                      "d.dic:1:1: the category header opened by '%' is never closed");
  REQUIRE_THROWS_WITH(lexicon::parse_dic("%\n1 posemo\n%\nhappy 7\n", "d.dic"),
                      "d.dic: no category of the dictionary has an entry");
}

TEST_CASE("a word list becomes one category named after the file", "[lexicon]") {
  const lexicon::Lexicon lex = lexicon::load_lexicon(kLexicons / "loaded_words.txt");
  CHECK(lex.id == "loaded_words");
  REQUIRE(lex.categories.size() == 1);
  CHECK(lex.categories[0].id == "loaded_words");
  CHECK(texts(lex.categories[0]) ==
        std::vector<std::string>{"regime", "butcher*", "so-called peace"});
}

TEST_CASE("bad terms of a word list are all reported with their positions", "[lexicon]") {
  const std::string file = (kLexicons / "bad_words.txt").string();
  REQUIRE_THROWS_WITH(
      lexicon::load_lexicon(kLexicons / "bad_words.txt"),
      file +
          ":2:3: term 'neg*tiate': '*' is only allowed at the end of a word (suffix wildcard, "
          "as in 'negotiat*')\n" +
          file +
          ":3:1: term '*': '*' is only allowed at the end of a word (suffix wildcard, as in "
          "'negotiat*')");
  REQUIRE_THROWS_WITH(lexicon::parse_word_list("# nothing\n\n", "empty.txt"),
                      "empty.txt: the word list has no terms");
}
