#include "lexicon/shipped_lexicons.hpp"

#include <catch2/catch.hpp>

#include "core/error.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {
const fs::path kLexicons = fs::path(FRAMELENS_TEST_DATA) / "lexicons";
}

TEST_CASE("the shipped lexicons are embedded and valid", "[lexicon]") {
  const auto lexicons = lexicon::load_shipped_lexicons();
  REQUIRE(lexicons.size() == lexicon::shipped_lexicon_files().size());
  REQUIRE_FALSE(lexicons.empty());
  for (const auto& lex : lexicons) {
    CHECK_FALSE(lex.description.empty());
    CHECK_FALSE(lex.sources.empty());
  }
}

TEST_CASE("a lexicon list expands 'shipped' and reads files by extension", "[lexicon]") {
  const std::size_t shipped = lexicon::shipped_lexicon_files().size();
  SECTION("an empty list means the shipped lexicons") {
    CHECK(lexicon::load_lexicon_list({}).size() == shipped);
  }
  SECTION("'shipped' plus a file adds the file") {
    const auto loaded = lexicon::load_lexicon_list({"shipped", kLexicons / "test.yaml"});
    REQUIRE(loaded.size() == shipped + 1);
    CHECK(loaded.back().lexicon.id == "test");
    CHECK_FALSE(loaded.back().bytes.empty());
  }
  SECTION("a .dic file is read as a dictionary, not as YAML") {
    const auto loaded = lexicon::load_lexicon_list({kLexicons / "small.dic"});
    REQUIRE(loaded.size() == 1);
    CHECK_FALSE(loaded[0].lexicon.categories.empty());
  }
  SECTION("two lexicons with one id are refused") {
    REQUIRE_THROWS_WITH(
        lexicon::load_lexicon_list({kLexicons / "test.yaml", kLexicons / "test.yaml"}),
        (kLexicons / "test.yaml").string() + ": lexicon id 'test' is also the id of " +
            (kLexicons / "test.yaml").string() + "; give each lexicon its own id");
  }
}
