#include "ingest/trim.hpp"

#include <catch2/catch.hpp>

#include "core/error.hpp"

using namespace framelens;
using framelens::ingest::apply_trim;
using framelens::ingest::TrimRules;

TEST_CASE("trim keeps text from start_at and drops from end_before", "[ingest]") {
  const std::string input = "menu\nTitle\nBody text.\nFooter stuff\n";
  TrimRules rules;
  rules.start_at = "Title";
  rules.end_before = "Footer";
  const auto result = apply_trim(input, rules, "a.txt");
  CHECK(result.text == "Title\nBody text.\n");
  CHECK(result.source_map.to_source(0) == 5);
  REQUIRE(result.removed.size() == 2);
  CHECK(result.removed[0].reason == "before start_at");
  CHECK(result.removed[1].source_begin == input.find("Footer"));
}

TEST_CASE("trim drops whole lines matching drop_lines and keeps offsets", "[ingest]") {
  const std::string input = "one\nAdvertisement\ntwo\n";
  TrimRules rules;
  rules.drop_lines = {"^Advertisement$"};
  const auto result = apply_trim(input, rules, "a.txt");
  CHECK(result.text == "one\ntwo\n");
  CHECK(result.source_map.to_source(4) == input.find("two"));
  REQUIRE(result.removed.size() == 1);
  CHECK(result.removed[0].reason == "drop_lines ^Advertisement$");
}

TEST_CASE("trim rejects a start_at that does not occur", "[ingest]") {
  TrimRules rules;
  rules.start_at = "Missing";
  REQUIRE_THROWS_WITH(apply_trim("text", rules, "a.txt"),
                      "a.txt: trim start_at 'Missing' does not occur in the text; fix the rule "
                      "or remove it");
}

TEST_CASE("trim rejects a bad regular expression", "[ingest]") {
  TrimRules rules;
  rules.drop_lines = {"(unclosed"};
  REQUIRE_THROWS_AS(apply_trim("text", rules, "a.txt"), InputError);
}
