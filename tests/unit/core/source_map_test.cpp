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

TEST_CASE("a replacement of equal length still maps every byte to its start", "[core]") {
  SourceMap map;
  map.append(2, 0, 2);
  map.append_replacement(3, 2, 3);  // e.g. an en dash turned into " - "
  map.append(1, 5, 1);
  CHECK(map.to_source(2) == 2);
  CHECK(map.to_source(3) == 2);
  CHECK(map.to_source(4) == 2);
  CHECK(map.to_source(5) == 5);
}

TEST_CASE("composed maps follow each step back to the original bytes", "[core]") {
  // Source "\xEF\xBB\xBFab\xC2\xA0c": a BOM, "ab", a no-break space, "c".
  SourceMap decode;  // middle "ab\xC2\xA0c" -> source
  decode.append(5, 3, 5);
  SourceMap normalise;  // text "ab c" -> middle
  normalise.append(2, 0, 2);
  normalise.append_replacement(1, 2, 2);
  normalise.append(1, 4, 1);
  const SourceMap composed = SourceMap::compose(normalise, decode);
  CHECK(composed.text_size() == 4);
  CHECK(composed.to_source(0) == 3);
  CHECK(composed.to_source(1) == 4);
  CHECK(composed.to_source(2) == 5);
  CHECK(composed.to_source(3) == 7);
  CHECK(composed.to_source(4) == 8);

  // A byte-for-byte stretch over an inner replacement keeps pointing at its start.
  SourceMap transcode;  // middle "\xE2\x80\x9Cx" (3 bytes from 1) -> source
  transcode.append_replacement(3, 0, 1);
  transcode.append(1, 1, 1);
  const SourceMap through = SourceMap::compose(SourceMap::identity(4), transcode);
  CHECK(through.to_source(1) == 0);
  CHECK(through.to_source(2) == 0);
  CHECK(through.to_source(3) == 1);
}
