#include "tokenise/scare_quotes.hpp"

#include <catch2/catch.hpp>

#include "tokenise/tokeniser.hpp"

using namespace framelens::tokenise;

namespace {
const Quotation& only_quotation(const TokenisedText& t) {
  REQUIRE(t.quotations.size() == 1);
  return t.quotations[0];
}
}  // namespace

TEST_CASE("a short quoted phrase after so-called is scare quotes", "[tokenise]") {
  const TokenisedText t =
      tokenise("He said the so-called \xE2\x80\x9CHarbour Formula\xE2\x80\x9D had failed.");
  const Quotation& q = only_quotation(t);
  CHECK(q.scare);
  const Token& harbour = t.tokens[q.first_token];
  CHECK(harbour.voice == Voice::kNarrative);
  CHECK(harbour.scare_quoted);
}

TEST_CASE("a short quoted phrase with no speaker is scare quotes", "[tokenise]") {
  const TokenisedText t = tokenise("The \"peace process\" stalled again.");
  CHECK(only_quotation(t).scare);
  CHECK(t.tokens[1].voice == Voice::kNarrative);
  CHECK(t.tokens[1].scare_quoted);
}

TEST_CASE("short quotations with a speech cue or punctuation are reported speech", "[tokenise]") {
  SECTION("speech verb after") {
    const TokenisedText t = tokenise("\"We won,\" he said.");
    CHECK_FALSE(only_quotation(t).scare);
    CHECK(t.tokens[0].voice == Voice::kQuoted);
  }
  SECTION("speech verb before without punctuation") {
    const TokenisedText t = tokenise("Kerry said \"no deal\" was possible.");
    CHECK_FALSE(only_quotation(t).scare);
    CHECK(t.tokens[2].voice == Voice::kQuoted);
  }
  SECTION("according to") {
    CHECK_FALSE(only_quotation(tokenise("It was \"a massacre\" according to doctors.")).scare);
  }
  SECTION("colon") { CHECK_FALSE(only_quotation(tokenise("Minister: \"We stay\"")).scare); }
  SECTION("ending punctuation") {
    CHECK_FALSE(only_quotation(tokenise("Then \"Never!\" came the reply.")).scare);
  }
}

TEST_CASE("quotations longer than the scare limit are speech", "[tokenise]") {
  const TokenisedText t = tokenise("The \"war will end very soon\" line returned.");
  CHECK(only_quotation(t).token_count == kScareMaxTokens + 1);
  CHECK_FALSE(only_quotation(t).scare);
}

TEST_CASE("a speech cue in another sentence does not make speech", "[tokenise]") {
  const TokenisedText t = tokenise("Officials said little. The \"roadmap\" is dead.");
  CHECK(only_quotation(t).scare);
}

TEST_CASE("a period of an abbreviation does not end the quoted words", "[tokenise]") {
  CHECK(only_quotation(tokenise("The \"U.S.\" plan failed.")).scare);
}
