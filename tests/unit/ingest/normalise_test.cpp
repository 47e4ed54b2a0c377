#include "ingest/normalise.hpp"

#include <utf8proc.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "ingest/document_builder.hpp"

using namespace framelens;
using framelens::ingest::normalise_text;

TEST_CASE("normalisation folds single quotes and keeps double curly quotes", "[ingest]") {
  const auto result = normalise_text("\u201cIt\u2019s \u2018done\u2019,\u201d he said.");
  CHECK(result.text == "\u201cIt's 'done',\u201d he said.");
  // The apostrophe maps to the first byte of the curly one.
  CHECK(result.source_map.to_source(result.text.find('\'')) == std::string("\u201cIt").size());
  CHECK(result.source_map.to_source(result.text.find('s')) == std::string("\u201cIt\u2019").size());
}

TEST_CASE("normalisation turns dashes into hyphens that never join words", "[ingest]") {
  CHECK(normalise_text("talks \u2013 again").text == "talks - again");
  CHECK(normalise_text("Syria\u2014and Iraq").text == "Syria - and Iraq");
  CHECK(normalise_text("2015\u20132016").text == "2015 - 2016");
  CHECK(normalise_text("post\u2010war").text == "post-war");
  const auto spaced = normalise_text("a\u2014b");
  // All three bytes of " - " point at the dash.
  CHECK(spaced.source_map.to_source(1) == 1);
  CHECK(spaced.source_map.to_source(2) == 1);
  CHECK(spaced.source_map.to_source(3) == 1);
  CHECK(spaced.source_map.to_source(4) == 4);
}

TEST_CASE("normalisation fixes spaces, line ends and invisible characters", "[ingest]") {
  CHECK(normalise_text("12\u00a0million\u202fpeople").text == "12 million people");
  CHECK(normalise_text("one\r\ntwo\rthree\u2029four").text == "one\ntwo\nthree\nfour");
  CHECK(normalise_text("nego\u00adtiations\u200b over\u2060\ufeff").text == "negotiations over");
  const auto removed = normalise_text("a\u200bb");
  CHECK(removed.source_map.to_source(1) == 4);
}

TEST_CASE("normalisation composes to NFC and leaves NFC text alone", "[ingest]") {
  const auto composed = normalise_text("cafe\u0301 au lait");
  CHECK(composed.text == "caf\u00e9 au lait");
  CHECK(composed.source_map.to_source(3) == 3);
  CHECK(composed.source_map.to_source(5) == 6);            // the space after the accent
  CHECK(normalise_text("\u1100\u1161").text == "\uac00");  // Hangul jamo compose
  const std::string clean = "D\u00fcsseldorf \u4f1a\u8c08 \U0001F1FA\U0001F1F8 \u2026";
  const auto unchanged = normalise_text(clean);
  CHECK(unchanged.text == clean);
  REQUIRE(unchanged.source_map.runs().size() == 1);
}

TEST_CASE("normalisation rejects text that is not valid UTF-8", "[ingest]") {
  CHECK_THROWS_AS(normalise_text("caf\xe9"), std::invalid_argument);
}

namespace {

std::u32string decode_all(std::string_view text) {
  std::u32string out;
  std::size_t at = 0;
  while (at < text.size()) {
    utf8proc_int32_t code = 0;
    const auto length =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                         static_cast<utf8proc_ssize_t>(text.size() - at), &code);
    REQUIRE(length > 0);
    out.push_back(static_cast<char32_t>(code));
    at += static_cast<std::size_t>(length);
  }
  return out;
}

char32_t code_point_at(std::string_view text, std::size_t at) {
  utf8proc_int32_t code = 0;
  const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                       static_cast<utf8proc_ssize_t>(text.size() - at), &code);
  return length > 0 ? static_cast<char32_t>(code) : 0xFFFFFFFF;
}

// True when normalisation may turn `original` into `cleaned` (docs/corpus-formats.md).
bool is_allowed_change(char32_t original, char32_t cleaned) {
  const bool single_quote = original >= 0x2018 && original <= 0x201B;
  const bool dash = (original >= 0x2010 && original <= 0x2015) || original == 0x2212;
  const bool space = original == 0x00A0 || (original >= 0x2000 && original <= 0x200A) ||
                     original == 0x202F || original == 0x205F || original == 0x3000;
  const bool line_end = original == '\r' || original == 0x2028 || original == 0x2029;
  return (single_quote && cleaned == '\'') || (dash && (cleaned == '-' || cleaned == ' ')) ||
         (space && cleaned == ' ') || (line_end && cleaned == '\n') ||
         (original == 'e' && cleaned == 0x00E9) || (original == 0x1100 && cleaned == 0xAC00);
}

}  // namespace

TEST_CASE("property: every character of cleaned text maps back to the same character",
          "[ingest][property]") {
  const std::vector<std::string> pieces = {
      "a",      "Z",      "7",       " ",      "\n",     "\r\n",         "\r",
      ".",      "\u2019", "\u2018",  "\u201c", "\u201d", "\u2013",       "\u2014",
      "\u2010", "\u2212", "\u00a0",  "\u2009", "\u202f", "\u200b",       "\u00ad",
      "\ufeff", "\u2028", "e\u0301", "\u00e9", "\u4f1a", "\u1100\u1161", "\U0001F600",
      "\u00fc", "\u2026"};
  std::mt19937 random(20240611);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<std::size_t> length(0, 200);
  for (int round = 0; round < 300; ++round) {
    std::string original = round % 3 == 0 ? "\xEF\xBB\xBF" : "";
    const std::size_t n = length(random);
    for (std::size_t i = 0; i < n; ++i) {
      original += pieces[pick(random)];
    }
    Document doc;
    std::vector<Warning> warnings;
    ingest::TrimRules rules;
    if (round % 4 == 1) {
      rules.drop_lines = {"^a"};
    }
    if (!ingest::build_document(doc, original, ingest::InputKind::kFileBytes, rules, {},
                                "random.txt", warnings)) {
      continue;  // empty after cleaning
    }
    REQUIRE(doc.source_map.text_size() == doc.text.size());
    std::size_t at = 0;
    std::size_t previous_source = 0;
    for (const char32_t cleaned : decode_all(doc.text)) {
      const std::size_t source = doc.source_map.to_source(at);
      INFO("round " << round << ", text offset " << at << ", source offset " << source);
      REQUIRE(source < original.size());
      REQUIRE(source >= previous_source);
      const char32_t from = code_point_at(original, source);
      if (from != cleaned) {
        REQUIRE(is_allowed_change(from, cleaned));
      }
      // Every byte of the character maps to the same source character.
      std::array<utf8proc_uint8_t, 4> bytes{};
      const auto width = static_cast<std::size_t>(
          utf8proc_encode_char(static_cast<utf8proc_int32_t>(cleaned), bytes.data()));
      for (std::size_t k = 1; k < width; ++k) {
        const std::size_t inner = doc.source_map.to_source(at + k);
        REQUIRE((inner == source || (from == cleaned && inner == source + k)));
      }
      previous_source = source;
      at += width;
    }
  }
}
