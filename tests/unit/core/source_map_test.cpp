#include "core/source_map.hpp"

#include <catch2/catch.hpp>

using framelens::SourceMap;

TEST_CASE("source map maps byte-for-byte runs with their offset", "[core]") {
  SourceMap map;
  map.append(5, 10, 5);
  map.append(3, 20, 3);
  CHECK(map.text_size() == 8);
  CHECK(map.to_source(0) == 10);
  CHECK(map.to_source(4) == 14);
  CHECK(map.to_source(5) == 20);
  CHECK(map.to_source(7) == 22);
  CHECK(map.to_source(8) == 23);
  CHECK_THROWS_AS(map.to_source(9), std::out_of_range);
}

TEST_CASE("source map sends every byte of a replaced character to its first source byte",
          "[core]") {
  SourceMap map;
  map.append(2, 0, 2);  // "a "
  map.append(1, 2, 3);  // a 3-byte curly quote folded to one byte
  map.append(2, 5, 2);
  CHECK(map.to_source(2) == 2);
  CHECK(map.to_source(3) == 5);
  CHECK(map.to_source(4) == 6);
}

TEST_CASE("source map merges adjacent runs", "[core]") {
  SourceMap map;
  map.append(2, 0, 2);
  map.append(3, 2, 3);
  CHECK(map.runs().size() == 1);
  CHECK(SourceMap::identity(4).to_source(3) == 3);
}
