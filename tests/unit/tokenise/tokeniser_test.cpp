#include "tokenise/tokeniser.hpp"

#include <catch2/catch.hpp>

using namespace framelens::tokenise;

namespace {
std::vector<std::string> forms(const TokenisedText& text) {
  std::vector<std::string> out;
  for (const Token& token : text.tokens) {
    out.emplace_back(text.form(token));
  }
  return out;
}
}  // namespace

TEST_CASE("tokeniser folds case and keeps byte offsets", "[tokenise]") {
  const std::string text = "The Assad regime";
  const TokenisedText t = tokenise(text);
  CHECK(forms(t) == std::vector<std::string>{"the", "assad", "regime"});
  CHECK(t.tokens[1].begin == 4);
  CHECK(t.tokens[1].end == 9);
  CHECK(t.tokens[1].capitalised);
  CHECK(t.surface(t.tokens[1]) == "Assad");
}

TEST_CASE("tokeniser handles possessives, hyphens, abbreviations and numbers", "[tokenise]") {
  const TokenisedText t = tokenise("Assad's anti-government U.S. forces killed 270,000 and 3.5.");
  CHECK(forms(t) == std::vector<std::string>{"assad", "anti-government", "u.s.", "forces", "killed",
                                             "270,000", "and", "3.5"});
}

TEST_CASE("tokeniser reads non-ASCII letters", "[tokenise]") {
  const TokenisedText t = tokenise("Él dijo «Señor Ñandú»");
  CHECK(forms(t) == std::vector<std::string>{"él", "dijo", "señor", "ñandú"});
}

TEST_CASE("sentences end at final punctuation and lines, not after abbreviations", "[tokenise]") {
  const TokenisedText t = tokenise("Mr. Kerry met Dr. Lavrov. They talked.\nHeadline here\nEnd.");
  REQUIRE(t.sentences.size() == 4);
  CHECK(t.tokens[4].sentence == 0);  // "Lavrov"
  CHECK(t.tokens[5].sentence == 1);  // "They"
  CHECK(t.tokens.back().sentence == 3);
}

TEST_CASE("tokens inside double quotes are quoted voice", "[tokenise]") {
  const TokenisedText t =
      tokenise("He said \"the regime fell\" and \xE2\x80\x9Cthey ran\xE2\x80\x9D today");
  CHECK(t.tokens[0].voice == Voice::kNarrative);
  CHECK(t.tokens[2].voice == Voice::kQuoted);
  CHECK(t.tokens[5].voice == Voice::kNarrative);
  CHECK(t.tokens[6].voice == Voice::kQuoted);
  CHECK(t.tokens[8].voice == Voice::kNarrative);
}

TEST_CASE("quotations are recorded as spans with their tokens", "[tokenise]") {
  const std::string text = "He said \"the regime fell\" today.\n\n\"Open quote\n\nNext.";
  const TokenisedText t = tokenise(text);
  REQUIRE(t.quotations.size() == 2);
  CHECK(text.substr(t.quotations[0].begin, t.quotations[0].end - t.quotations[0].begin) ==
        "the regime fell");
  CHECK(t.quotations[0].first_token == 2);
  CHECK(t.quotations[0].token_count == 3);
  CHECK(t.quotations[1].token_count == 2);
  CHECK(t.tokens.back().voice == Voice::kNarrative);
}
