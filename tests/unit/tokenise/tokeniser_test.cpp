#include "tokenise/tokeniser.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <string>

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

namespace {
std::vector<std::string> sentence_texts(const TokenisedText& t) {
  std::vector<std::string> out;
  for (const Sentence& s : t.sentences) {
    out.push_back(t.text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

std::vector<std::string> part_forms(const TokenisedText& t, const Token& token) {
  std::vector<std::string> out;
  for (std::uint32_t p = token.first_part; p < token.first_part + token.part_count; ++p) {
    out.emplace_back(t.form(t.parts[p]));
  }
  return out;
}
}  // namespace

TEST_CASE("hyphenated compounds keep the whole and list their parts", "[tokenise]") {
  const std::string text = "The Assad-Bashar anti-government forces";
  const TokenisedText t = tokenise(text);
  REQUIRE(forms(t) == std::vector<std::string>{"the", "assad-bashar", "anti-government", "forces"});
  CHECK(part_forms(t, t.tokens[1]) == std::vector<std::string>{"assad", "bashar"});
  CHECK(part_forms(t, t.tokens[2]) == std::vector<std::string>{"anti", "government"});
  CHECK(t.tokens[0].part_count == 0);
  const Token& bashar = t.parts[t.tokens[1].first_part + 1];
  CHECK(t.surface(bashar) == "Bashar");
  CHECK(bashar.capitalised);
  CHECK_FALSE(t.parts[t.tokens[2].first_part].capitalised);
}

TEST_CASE("possessives are left out of the token, straight or typographic", "[tokenise]") {
  const TokenisedText t = tokenise("Assad's army and Russia\xE2\x80\x99s jets; al-Assad's men");
  CHECK(forms(t) ==
        std::vector<std::string>{"assad", "army", "and", "russia", "jets", "al-assad", "men"});
  CHECK(t.surface(t.tokens[3]) == "Russia");
  CHECK(part_forms(t, t.tokens[5]) == std::vector<std::string>{"al", "assad"});
  CHECK(t.surface(t.parts[t.tokens[5].first_part + 1]) == "Assad");
}

TEST_CASE("abbreviations, times and numbers are single tokens", "[tokenise]") {
  const TokenisedText t =
      tokenise("The U.N. and U.S. met at 3 a.m. with 14,000 troops, 3.5 million");
  CHECK(forms(t) == std::vector<std::string>{"the", "u.n.", "and", "u.s.", "met", "at", "3", "a.m.",
                                             "with", "14,000", "troops", "3.5", "million"});
  CHECK(t.sentences.size() == 1);
}

TEST_CASE("commas and periods join only digits and single letters", "[tokenise]") {
  CHECK(forms(tokenise("rebels,government")) == std::vector<std::string>{"rebels", "government"});
  CHECK(forms(tokenise("talks.The end")) == std::vector<std::string>{"talks", "the", "end"});
  CHECK(forms(tokenise("in 2015, 40 died")) ==
        std::vector<std::string>{"in", "2015", "40", "died"});
}

TEST_CASE("sentences do not break after titles, initials and dotted abbreviations", "[tokenise]") {
  const TokenisedText t = tokenise(
      "Prof. Lind and Amb. Ruiz met Gen. Ali. John F. Kennedy came. U.S. forces left. "
      "It ended at 3 a.m. Police said 2.5 percent.");
  CHECK(sentence_texts(t) == std::vector<std::string>{
                                 "Prof. Lind and Amb. Ruiz met Gen. Ali.",
                                 "John F. Kennedy came.",
                                 "U.S. forces left.",
                                 "It ended at 3 a.m.",
                                 "Police said 2.5 percent.",
                             });
}

TEST_CASE("sentences break at line ends, headlines included", "[tokenise]") {
  const TokenisedText t =
      tokenise("Ceasefire agreed in Orsa\n\nTalks ended. \"Who won?\" he asked.\nByline");
  CHECK(sentence_texts(t) == std::vector<std::string>{"Ceasefire agreed in Orsa", "Talks ended.",
                                                      "\"Who won?\" he asked.", "Byline"});
}

TEST_CASE("a quotation continues into a paragraph that reopens it", "[tokenise]") {
  const std::string text =
      "Dr. Hask said:\n\n\xE2\x80\x9CWe have no anaesthetic.\n\n\xE2\x80\x9CWe operated by "
      "phone light.\xE2\x80\x9D\n\nThe city is besieged.";
  const TokenisedText t = tokenise(text);
  REQUIRE(t.quotations.size() == 1);
  const Quotation& q = t.quotations[0];
  CHECK(q.paragraphs == 2);
  CHECK(q.closed);
  CHECK_FALSE(q.scare);
  CHECK(q.token_count == 9);
  for (std::uint32_t i = q.first_token; i < q.first_token + q.token_count; ++i) {
    CHECK(t.tokens[i].voice == Voice::kQuoted);
  }
  CHECK(t.tokens.back().voice == Voice::kNarrative);
  CHECK(t.tokens[0].voice == Voice::kNarrative);
}

TEST_CASE("straight quotes reopened across paragraphs do not close the quotation", "[tokenise]") {
  const TokenisedText t =
      tokenise("He said:\n\"First part of it.\n\n\"Second part of it.\"\nAfter that.");
  REQUIRE(t.quotations.size() == 1);
  CHECK(t.quotations[0].paragraphs == 2);
  CHECK(t.quotations[0].token_count == 8);
  CHECK(t.tokens.back().voice == Voice::kNarrative);
}

TEST_CASE("a quotation left open ends with its paragraph when not reopened", "[tokenise]") {
  const TokenisedText t = tokenise("\"We will stay, he said.\n\nThe army left.");
  REQUIRE(t.quotations.size() == 1);
  CHECK_FALSE(t.quotations[0].closed);
  CHECK(t.tokens.back().voice == Voice::kNarrative);
}

TEST_CASE("nested single quotes stay inside the quotation", "[tokenise]") {
  const TokenisedText t = tokenise(
      "She said: \xE2\x80\x9CThey call it \xE2\x80\x98the plan\xE2\x80\x99 but it is "
      "war.\xE2\x80\x9D Then she left.");
  REQUIRE(t.quotations.size() == 1);
  CHECK(t.quotations[0].token_count == 9);
  CHECK(t.tokens[7].voice == Voice::kQuoted);   // "but"
  CHECK(t.tokens[10].voice == Voice::kQuoted);  // "war"
  CHECK(t.tokens[11].voice == Voice::kNarrative);
}

TEST_CASE("top-level single quotes quote, apostrophes do not", "[tokenise]") {
  const TokenisedText t = tokenise("The rebels' leader said 'we will return' today.");
  REQUIRE(t.quotations.size() == 1);
  CHECK(t.tokens[1].voice == Voice::kNarrative);  // rebels
  CHECK(t.tokens[4].voice == Voice::kQuoted);     // we
  CHECK(t.tokens[7].voice == Voice::kNarrative);  // today
}

TEST_CASE("tokeniser gives the same tokens on its 16-byte fast path and near the end of a text",
          "[tokenise]") {
  // Runs of ASCII letters and digits are folded 16 bytes at a time except in
  // the last 16 bytes of a text, which go byte by byte. Each word below is
  // tokenised once at the end of a text (byte by byte) and once with
  // padding after it (16 at a time); tokens must not differ.
  const std::vector<std::string> words = {"a",
                                          "Assad",
                                          "UNITEDNATIONS",
                                          "Internationalisation",
                                          "x1234567890",
                                          "anti-Government",
                                          "U.S.",
                                          "Assad's",
                                          "ABCDEFGHIJKLMNOP",
                                          "abcdefghijklmnopq",
                                          "Kerry’s",
                                          "3.5",
                                          "270,000",
                                          "Zürich-based",
                                          "rock'n'roll",
                                          "ABCDEFGHIJKLMNO-PQRSTUVWXYZabcdefgh"};
  for (const std::string& word : words) {
    const TokenisedText at_end = tokenise(word);
    const TokenisedText padded = tokenise(word + " " + std::string(40, 'z'));
    INFO(word);
    REQUIRE(at_end.tokens.size() + 1 == padded.tokens.size());
    for (std::size_t i = 0; i < at_end.tokens.size(); ++i) {
      CHECK(at_end.form(at_end.tokens[i]) == padded.form(padded.tokens[i]));
      CHECK(at_end.tokens[i].begin == padded.tokens[i].begin);
      CHECK(at_end.tokens[i].end == padded.tokens[i].end);
      CHECK(at_end.tokens[i].capitalised == padded.tokens[i].capitalised);
      CHECK(at_end.tokens[i].part_count == padded.tokens[i].part_count);
    }
    CHECK(at_end.parts.size() == padded.parts.size());
  }
  const TokenisedText long_word = tokenise(std::string(100, 'Q') + " end");
  CHECK(forms(long_word) == std::vector<std::string>{std::string(100, 'q'), "end"});
  // Runs ending just before, at and just after a 16-byte block, then a hyphen.
  for (const std::size_t run :
       {std::size_t{14}, std::size_t{15}, std::size_t{16}, std::size_t{17}}) {
    const std::string first(run, 'K');
    const TokenisedText t = tokenise(first + "-Pq then more words to pad the text");
    INFO(run);
    REQUIRE(t.tokens.size() == 8);
    CHECK(t.form(t.tokens[0]) == std::string(run, 'k') + "-pq");
    REQUIRE(t.tokens[0].part_count == 2);
    CHECK(t.form(t.parts[0]) == std::string(run, 'k'));
    CHECK(t.form(t.parts[1]) == "pq");
    CHECK(t.parts[1].capitalised);
  }
  // Whether a run ends in a digit decides if a comma joins ("270,000"); runs
  // ending inside, at and just past a block boundary.
  const std::string padding = " and more words to pad the text";
  CHECK(forms(tokenise("1234567890123456,000" + padding)).front() == "1234567890123456,000");
  CHECK(forms(tokenise("abcdefghijklmn5,000" + padding)).front() == "abcdefghijklmn5,000");
  CHECK(forms(tokenise("abcdefghijklmnop,000" + padding)).front() == "abcdefghijklmnop");
  CHECK(forms(tokenise("12345678901234567,5" + padding)).front() == "12345678901234567,5");
  CHECK(forms(tokenise("1234567890123456x,5" + padding)).front() == "1234567890123456x");
}

TEST_CASE("a token's folded form depends on its surface alone", "[tokenise]") {
  // The matcher caches each word's symbols by its surface (see
  // lexicon::Vocabulary::symbols_of), which is right only if equal surfaces
  // always fold to equal forms, wherever they stand.
  const TokenisedText t = tokenise(
      "Assad's U.S. allies met. The U.S. and Assad\xE2\x80\x99s U.N. envoy spoke at 3 a.m. Then "
      "\"Assad\" said 'U.S' anti-war anti-WAR Anti-war M\xC3\xBCller's M\xC3\xBCller, "
      "270,000 270,000. 3.5 U.S\n\nU.S. rock\xE2\x80\x99n\xE2\x80\x99roll rock'n'roll US us.");
  std::map<std::string, std::string> form_of;
  const auto check = [&](const Token& unit) {
    const std::string surface(t.surface(unit));
    const std::string form(t.form(unit));
    const auto [it, fresh] = form_of.emplace(surface, form);
    INFO(surface);
    CHECK(it->second == form);
  };
  for (const Token& token : t.tokens) {
    check(token);
  }
  for (const Token& part : t.parts) {
    check(part);
  }
  CHECK(form_of.at("Assad") == "assad");
  CHECK(form_of.at("U.S.") == "u.s.");
  CHECK(form_of.size() < t.tokens.size() + t.parts.size());  // surfaces do repeat
}
