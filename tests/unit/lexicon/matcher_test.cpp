#include "lexicon/matcher.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <tuple>

#include "lexicon/lexicon_loader.hpp"
#include "tokenise/tokeniser.hpp"

using namespace framelens;

namespace {

lexicon::Matcher matcher_for(const std::string& yaml) {
  return lexicon::Matcher({lexicon::parse_lexicon(yaml, "test.yaml")});
}

std::vector<std::string> matched_terms(const lexicon::Matcher& matcher, const std::string& text) {
  std::vector<std::string> out;
  for (const lexicon::Match& m : matcher.match(tokenise::tokenise(text))) {
    out.push_back(matcher.term_text(m));
  }
  return out;
}

}  // namespace

TEST_CASE("matcher prefers the longest term", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncontrasts:\n  - id: c\n    options:\n"
      "      - {id: a, terms: [regime]}\n      - {id: b, terms: [regime change]}\n");
  CHECK(matched_terms(matcher, "They want regime change, not the regime.") ==
        std::vector<std::string>{"regime change", "regime"});
}

TEST_CASE("matcher applies suffix wildcards and case sensitivity", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncategories:\n  - id: a\n    terms:\n      - negotiat*\n"
      "      - {term: US, case: sensitive}\n");
  CHECK(matched_terms(matcher, "The US negotiators told us they negotiate.") ==
        std::vector<std::string>{"US", "negotiat*", "negotiat*"});
}

TEST_CASE("matches carry byte span, sentence and voice", "[lexicon]") {
  const auto matcher =
      matcher_for("lexicon: t\ncategories:\n  - id: a\n    terms: [peace talks]\n");
  const std::string text = "Hello. He said \"peace talks now\".";
  const auto matches = matcher.match(tokenise::tokenise(text));
  REQUIRE(matches.size() == 1);
  CHECK(text.substr(matches[0].begin, matches[0].end - matches[0].begin) == "peace talks");
  CHECK(matches[0].sentence == 1);
  CHECK(matches[0].voice == tokenise::Voice::kQuoted);
  CHECK(matches[0].token_count == 2);
}

TEST_CASE("lexicons are matched independently and order does not change matches", "[lexicon]") {
  const std::string a = "lexicon: a\ncategories:\n  - id: x\n    terms: [peace talks]\n";
  const std::string b = "lexicon: b\ncategories:\n  - id: y\n    terms: [talks]\n";
  const lexicon::Matcher ab({lexicon::parse_lexicon(a, "a"), lexicon::parse_lexicon(b, "b")});
  const lexicon::Matcher ba({lexicon::parse_lexicon(b, "b"), lexicon::parse_lexicon(a, "a")});
  const std::string text = "New peace talks began.";
  CHECK(matched_terms(ab, text) == std::vector<std::string>{"peace talks", "talks"});
  CHECK(matched_terms(ba, text) == std::vector<std::string>{"talks", "peace talks"});
}

TEST_CASE("a term listed in a category and a contrast matches both", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncategories:\n  - id: a\n    terms: [rebels]\ncontrasts:\n  - id: c\n"
      "    options:\n      - {id: r, terms: [rebels]}\n      - {id: t, terms: [terrorists]}\n");
  const auto matches = matcher.match(tokenise::tokenise("The rebels left."));
  REQUIRE(matches.size() == 2);
  CHECK(matches[0].kind == lexicon::EntryKind::kCategory);
  CHECK(matches[1].kind == lexicon::EntryKind::kContrastOption);
}

namespace {

std::string category(const std::string& terms) {
  return "lexicon: t\ncategories:\n  - id: a\n    terms: [" + terms + "]\n";
}

}  // namespace

TEST_CASE("overlapping terms: leftmost wins, then longest, without overlap", "[lexicon]") {
  const auto matcher = matcher_for(category("peace talks, talks in vienna, vienna, peace"));
  SECTION("leftmost start beats a longer match that starts later") {
    CHECK(matched_terms(matcher, "peace talks in vienna") ==
          std::vector<std::string>{"peace talks", "vienna"});
  }
  SECTION("no match overlaps another") {
    CHECK(matched_terms(matcher, "talks in vienna peace") ==
          std::vector<std::string>{"talks in vienna", "peace"});
  }
}

TEST_CASE("a wildcard matches one token by prefix and never spans tokens", "[lexicon]") {
  const auto matcher = matcher_for(category("negotiat*, peace negotiat*"));
  CHECK(matched_terms(matcher, "Negotiations, negotiators and a negotiat. Peace negotiating.") ==
        std::vector<std::string>{"negotiat*", "negotiat*", "negotiat*", "peace negotiat*"});
  CHECK(matched_terms(matcher, "negotiable negotia").empty());
}

TEST_CASE("an exact term beats a wildcard covering the same token", "[lexicon]") {
  const auto matcher = matcher_for(category("negotiat*, negotiations, negotiati*"));
  CHECK(matched_terms(matcher, "negotiations negotiating negotiator") ==
        std::vector<std::string>{"negotiations", "negotiati*", "negotiat*"});
}

TEST_CASE("case-sensitive terms compare the surface form", "[lexicon]") {
  const auto matcher =
      matcher_for(category("{term: US, case: sensitive}, {term: Assad*, case: sensitive}, us"));
  CHECK(matched_terms(matcher, "US us Us Assadists assadists") ==
        std::vector<std::string>{"US", "us", "us", "Assad*"});
}

TEST_CASE("possessives and abbreviations match their bare terms", "[lexicon]") {
  const auto matcher = matcher_for(category("Assad, U.S."));
  CHECK(matched_terms(matcher, "Assad's forces and the U.S. envoy") ==
        std::vector<std::string>{"Assad", "U.S."});
}

TEST_CASE("hyphenated compounds match as a whole and by their parts", "[lexicon]") {
  const auto matcher =
      matcher_for(category("anti-government, government, Assad, government forces"));
  const std::string text = "anti-government rallies; Assad-Bashar; pro-government forces";
  const auto matches = matcher.match(tokenise::tokenise(text));
  REQUIRE(matches.size() == 3);
  CHECK(matcher.term_text(matches[0]) == "anti-government");
  CHECK_FALSE(matches[0].partial);
  CHECK(matcher.term_text(matches[1]) == "Assad");
  CHECK(matches[1].partial);
  CHECK(text.substr(matches[1].begin, matches[1].end - matches[1].begin) == "Assad");
  CHECK(matcher.term_text(matches[2]) == "government forces");
  CHECK(text.substr(matches[2].begin, matches[2].end - matches[2].begin) == "government forces");
  CHECK(matches[2].first_token == 3);  // the compound "pro-government"
  CHECK(matches[2].token_count == 2);
}

TEST_CASE("a term does not run into a compound's parts from the word before", "[lexicon]") {
  const auto matcher = matcher_for(category("the anti"));
  CHECK(matched_terms(matcher, "the anti-war camp").empty());
}

TEST_CASE("english stemming matches inflected forms of plain words only", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: s\nstemming: english\ncategories:\n  - id: a\n    terms:\n"
      "      - negotiation\n      - peace talk\n      - {term: US, case: sensitive}\n");
  CHECK(matched_terms(matcher, "Negotiations and negotiating; peace talks; US us") ==
        std::vector<std::string>{"negotiation", "negotiation", "peace talk", "US"});
}

TEST_CASE("matches in scare quotes are narrative and flagged", "[lexicon]") {
  const auto matcher = matcher_for(category("harbour formula"));
  const auto matches =
      matcher.match(tokenise::tokenise("The so-called \"Harbour Formula\" collapsed."));
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].voice == tokenise::Voice::kNarrative);
  CHECK(matches[0].scare_quoted);
}

TEST_CASE("each lexicon's matches are the same whatever the order of lexicons", "[lexicon]") {
  const std::vector<std::string> yamls = {
      category("peace talks, talks, negotiat*"),
      "lexicon: u\ncategories:\n  - id: b\n    terms: [talks in vienna, vienna, negotiations]\n",
      "lexicon: v\ncontrasts:\n  - id: c\n    options:\n      - {id: r, terms: [regime]}\n"
      "      - {id: g, terms: [government, regime forces]}\n"
      "actors:\n  - {id: k, aliases: [Kerry, John Kerry]}\n",
  };
  const std::string text =
      "John Kerry said peace talks in Vienna and negotiations with the regime forces and the "
      "anti-regime government would go on. \"Talks,\" Kerry said.";
  const auto by_lexicon_id = [&](const std::vector<std::size_t>& order) {
    std::vector<lexicon::Lexicon> lexicons;
    for (std::size_t i : order) {
      lexicons.push_back(lexicon::parse_lexicon(yamls[i], "l" + std::to_string(i)));
    }
    const lexicon::Matcher matcher(std::move(lexicons));
    std::map<std::string, std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t>>> out;
    for (const lexicon::Match& m : matcher.match(tokenise::tokenise(text))) {
      out[matcher.lexicons()[m.lexicon].id].emplace_back(matcher.term_text(m), m.begin, m.end);
    }
    return out;
  };
  const auto reference = by_lexicon_id({0, 1, 2});
  CHECK(reference.at("t").size() == 3);
  CHECK(reference.at("u").size() == 2);
  CHECK(reference.at("v").size() == 5);
  std::vector<std::size_t> order = {0, 1, 2};
  while (std::next_permutation(order.begin(), order.end())) {
    CHECK(by_lexicon_id(order) == reference);
  }
}

TEST_CASE("patterns of different entries matching the same longest span are all credited",
          "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncategories:\n  - id: a\n    terms: [terror*]\n  - id: b\n"
      "    terms: [terrorists]\n");
  auto terms = matched_terms(matcher, "The terrorists fled, then terror spread.");
  std::sort(terms.begin(), terms.begin() + 2);
  CHECK(terms == std::vector<std::string>{"terror*", "terrorists", "terror*"});
}

TEST_CASE("a longer match still beats a shorter one of another pattern", "[lexicon]") {
  const auto matcher = matcher_for(
      "lexicon: t\ncategories:\n  - id: a\n    terms: [terror*]\n  - id: b\n"
      "    terms: [terrorist groups]\n");
  CHECK(matched_terms(matcher, "Terrorist groups fled.") ==
        std::vector<std::string>{"terrorist groups"});
}

TEST_CASE("matcher handles more lexicons than it has bits for", "[lexicon]") {
  // Each lexicon has two tries (terms and actors); the first 63 tries get a
  // bit of their own in the start filter and the rest share one, so with 40
  // lexicons (80 tries) both kinds must find their matches.
  std::vector<lexicon::Lexicon> lexicons;
  for (int i = 0; i < 40; ++i) {
    const std::string n = std::to_string(i);
    lexicons.push_back(
        lexicon::parse_lexicon("lexicon: l" + n + "\ncategories:\n  - {id: c, terms: [word" + n +
                                   "]}\nactors:\n  - {id: a, aliases: [Name" + n + "]}\n",
                               "many.yaml"));
  }
  const lexicon::Matcher matcher(std::move(lexicons));
  std::string text;
  for (int i = 39; i >= 0; --i) {
    text += "Name" + std::to_string(i) + " said word" + std::to_string(i) + ". ";
  }
  const auto matches = matcher.match(tokenise::tokenise(text));
  REQUIRE(matches.size() == 80);
  for (std::uint32_t i = 0; i < 40; ++i) {
    CHECK(matches[2 * i].lexicon == i);
    CHECK(matches[2 * i].kind == lexicon::EntryKind::kActor);
    CHECK(matches[2 * i + 1].lexicon == i);
    CHECK(matches[2 * i + 1].kind == lexicon::EntryKind::kCategory);
    CHECK(matcher.term_text(matches[2 * i + 1]) == "word" + std::to_string(i));
  }
}

TEST_CASE("matchers used in turn on one thread keep their own word symbols", "[lexicon]") {
  // Each matcher numbers its words from 0, so "regime" in one and
  // "government" in the other have the same symbol; the per-thread word cache
  // must not hand one matcher's symbols to the other.
  const auto a = matcher_for("lexicon: a\ncategories:\n  - {id: x, terms: [regime]}\n");
  const auto b = matcher_for("lexicon: b\ncategories:\n  - {id: y, terms: [government]}\n");
  const std::string text = "The regime, or the government, spoke.";
  const auto matched_words = [&](const lexicon::Matcher& matcher) {
    std::vector<std::string> words;
    for (const lexicon::Match& m : matcher.match(tokenise::tokenise(text))) {
      words.push_back(matcher.term_text(m) + " at " + text.substr(m.begin, m.end - m.begin));
    }
    return words;
  };
  for (int round = 0; round < 2; ++round) {
    CHECK(matched_words(a) == std::vector<std::string>{"regime at regime"});
    CHECK(matched_words(b) == std::vector<std::string>{"government at government"});
  }
}

TEST_CASE("matching is the same whether words are new or met before", "[lexicon]") {
  // 40,000 distinct words overflow the per-thread word cache (it holds at
  // most 32,768 and then starts again), and the second pass meets them all
  // again. The expected count is worked out from the words themselves.
  const auto matcher = matcher_for(
      "lexicon: t\ncategories:\n  - {id: a, terms: [w1*, w7, w123, {term: Q5, case: sensitive}]}\n"
      "  - {id: b, terms: [q5]}\n");
  std::string text;
  std::size_t expected = 0;
  for (int i = 0; i < 40000; ++i) {
    const std::string word = "w" + std::to_string(i);
    text += word + (i % 10 == 9 ? ". " : " ");
    expected += word.starts_with("w1") || word == "w7" ? 1U : 0U;
  }
  text += "Q5 q5.";
  expected += 3;  // "Q5" in a and b (case-sensitive and not), "q5" in b
  const tokenise::TokenisedText tokens = tokenise::tokenise(text);
  const auto first = matcher.match(tokens);
  CHECK(first.size() == expected);
  const auto second = matcher.match(tokens);
  REQUIRE(second.size() == first.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(std::tie(first[i].begin, first[i].end, first[i].group, first[i].term) ==
          std::tie(second[i].begin, second[i].end, second[i].group, second[i].term));
  }
}
