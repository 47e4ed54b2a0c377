#include "core/text_util.hpp"

#include <array>
#include <catch2/catch.hpp>

#include "core/error.hpp"

using namespace framelens;

TEST_CASE("edit distance counts insertions, deletions and substitutions", "[core]") {
  CHECK(edit_distance("weight", "wieght") == 2);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("closest match suggests only likely typos", "[core]") {
  const std::array<std::string_view, 3> keys = {"term", "weight", "case"};
  CHECK(closest_match("wieght", keys) == "weight");
  CHECK(closest_match("colour", keys).empty());
}

TEST_CASE("read_file names a missing file", "[core]") {
  REQUIRE_THROWS_WITH(read_file("/no/such/file.txt"),
                      "/no/such/file.txt: cannot open file (does it exist and is it readable?)");
}

TEST_CASE("quote_excerpt cuts at a UTF-8 boundary", "[core]") {
  CHECK(quote_excerpt("a\nb") == "a b");
  CHECK(quote_excerpt("\xC3\xA9\xC3\xA9", 3) == "\xC3\xA9...");
}
