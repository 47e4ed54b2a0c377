#include "ingest/decode.hpp"

#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "ingest/ingest_options.hpp"

using namespace framelens;
using namespace framelens::ingest;

TEST_CASE("decoding UTF-8 drops a BOM and maps bytes one to one", "[ingest]") {
  const DecodedText decoded =
      decode_text("\xEF\xBB\xBFna\xC3\xAFve", InputEncoding::kUtf8, OnInvalid::kError, true);
  CHECK(decoded.text == "na\xC3\xAFve");
  CHECK(decoded.first_bad == DecodedText::kNone);
  CHECK(decoded.source_map.to_source(0) == 3);
  CHECK(decoded.source_map.to_source(3) == 6);
  // Not at the start of a file, a BOM is text (normalisation removes it later).
  CHECK(decode_text("\xEF\xBB\xBFx", InputEncoding::kUtf8, OnInvalid::kError, false).text ==
        "\xEF\xBB\xBFx");
}

TEST_CASE("decoding finds invalid UTF-8, overlong forms and surrogates", "[ingest]") {
  for (const std::string_view bad : {"ab\xE9x", "ab\xC0\x80", "ab\xED\xA0\x80", "ab\xE2\x80"}) {
    const DecodedText stopped = decode_text(bad, InputEncoding::kUtf8, OnInvalid::kError, true);
    CHECK(stopped.first_bad == 2);
    CHECK(stopped.text == "ab");
  }
  const DecodedText replaced =
      decode_text("ab\xE9x\xFF", InputEncoding::kUtf8, OnInvalid::kReplace, true);
  CHECK(replaced.text == "ab\uFFFDx\uFFFD");
  CHECK(replaced.replaced == 2);
  CHECK(replaced.first_bad == 2);
  CHECK(replaced.source_map.to_source(3) == 2);  // middle of U+FFFD -> the bad byte
  CHECK(replaced.source_map.to_source(5) == 3);  // 'x'
}

TEST_CASE("decoding Windows-1252 and Latin-1 maps each character to its byte", "[ingest]") {
  const DecodedText cp1252 =
      decode_text("\x93hi\x94 \x96 caf\xE9", InputEncoding::kWindows1252, OnInvalid::kError, true);
  CHECK(cp1252.text == "\u201chi\u201d \u2013 caf\u00e9");
  CHECK(cp1252.source_map.to_source(1) == 0);
  CHECK(cp1252.source_map.to_source(3) == 1);  // 'h'
  const DecodedText latin1 =
      decode_text("\x93 caf\xE9", InputEncoding::kLatin1, OnInvalid::kError, true);
  CHECK(latin1.text == "\u0093 caf\u00e9");
  const DecodedText undefined =
      decode_text("a\x81", InputEncoding::kWindows1252, OnInvalid::kError, true);
  CHECK(undefined.first_bad == 1);
  CHECK(describe_bad_byte(0x81, 1, InputEncoding::kWindows1252) ==
        "byte 0x81 at byte offset 1 is not defined in windows-1252");
}

TEST_CASE("positions of bad bytes are 1-based line and byte column", "[ingest]") {
  const TextPosition at = position_of("one\ntwo\nthr\xE9", 11);
  CHECK(at.line == 3);
  CHECK(at.column == 4);
}

TEST_CASE("option names parse and bad ones are refused with the choices", "[ingest]") {
  CHECK(parse_input_encoding("Windows-1252") == InputEncoding::kWindows1252);
  CHECK(parse_input_encoding("latin-1") == InputEncoding::kLatin1);
  CHECK(parse_on_invalid("skip") == OnInvalid::kSkip);
  CHECK(parse_duplicate_policy("drop-near") == DuplicatePolicy::kDropNear);
  REQUIRE_THROWS_WITH(parse_input_encoding("utf-16"),
                      "--input-encoding: unknown encoding 'utf-16'; expected utf-8, "
                      "windows-1252 or latin-1");
  REQUIRE_THROWS_WITH(parse_on_invalid("ignore"),
                      "--on-invalid: unknown value 'ignore'; expected error, replace or skip");
  REQUIRE_THROWS_WITH(parse_duplicate_policy("drop"),
                      "--duplicates: unknown value 'drop'; expected keep, drop-exact or drop-near");
}
