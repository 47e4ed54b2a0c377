#include "report/evidence.hpp"

#include <catch2/catch.hpp>

#include "lexicon/lexicon_loader.hpp"
#include "tokenise/tokeniser.hpp"

using namespace framelens;

namespace {

const char* const kLexicon =
    "lexicon: t\n"
    "categories:\n  - id: talks\n    terms: [peace talks, ceasefire]\n"
    "contrasts:\n  - id: naming\n    options:\n"
    "      - {id: government, terms: [government]}\n"
    "      - {id: regime, terms: [regime]}\n";

Document make_document(std::string id, std::string outlet, std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.outlet = std::move(outlet);
  doc.text = std::move(text);
  doc.source_map = SourceMap::identity(doc.text.size());
  return doc;
}

struct Collected {
  report::Evidence evidence;
  report::MatchTable matches;
};

Collected collect(const std::vector<Document>& docs, std::size_t cap) {
  const lexicon::Matcher matcher({lexicon::parse_lexicon(kLexicon, "t.yaml")});
  report::EvidenceCollector collector(matcher, cap);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const auto tokens = tokenise::tokenise(docs[d].text);
    const auto matches = matcher.match(tokens);
    collector.add(
        d, docs[d], tokens, matches,
        compare::attribute_quotes(tokens, matches, compare::actor_offsets(matcher.lexicons())));
  }
  return {collector.take_evidence(), collector.take_matches()};
}

}  // namespace

TEST_CASE("evidence sentences collapse whitespace and keep marks on the matched words",
          "[report]") {
  const std::string text = "First.  The\n  regime   shelled it. Last.";
  const auto sentence = report::make_evidence_sentence(text, {8, 35}, {{14, 20}});
  CHECK(sentence.text == "The regime shelled it.");
  REQUIRE(sentence.marks.size() == 1);
  CHECK(sentence.text.substr(sentence.marks[0].begin,
                             sentence.marks[0].end - sentence.marks[0].begin) == "regime");
}

TEST_CASE("a closing quote left at a sentence's start is dropped", "[report]") {
  const std::string text = "\"We will talk.\u201d  The regime said so.";
  const auto sentence = report::make_evidence_sentence(text, {14, 38}, {{23, 29}});
  CHECK(sentence.text == "The regime said so.");
  REQUIRE(sentence.marks.size() == 1);
  CHECK(sentence.text.substr(sentence.marks[0].begin, 6) == "regime");
  CHECK(report::make_evidence_sentence("\"Quoted\" words", {0, 15}, {}).text == "\"Quoted\" words");
}

TEST_CASE("overlapping and repeated spans become one mark", "[report]") {
  const std::string text = "peace talks resumed";
  const auto sentence = report::make_evidence_sentence(text, {0, 19}, {{6, 11}, {0, 11}, {0, 11}});
  REQUIRE(sentence.marks.size() == 1);
  CHECK(sentence.marks[0].begin == 0);
  CHECK(sentence.marks[0].end == 11);
}

TEST_CASE("a mark never splits a multi-byte character", "[report]") {
  const std::string text = "the dictatorship\u2019s prisons";
  // The span ends after the first two of the apostrophe's three bytes.
  const auto sentence = report::make_evidence_sentence(text, {0, 30}, {{4, 18}});
  REQUIRE(sentence.marks.size() == 1);
  CHECK(sentence.text.substr(sentence.marks[0].begin,
                             sentence.marks[0].end - sentence.marks[0].begin) == "dictatorship");
}

TEST_CASE("long sentences are cut around the first match on character boundaries", "[report]") {
  std::string text;
  for (int i = 0; i < 60; ++i) {
    text += "Ünïcode ";
  }
  const auto begin = static_cast<std::uint32_t>(text.size());
  text += "regime";
  const auto end = static_cast<std::uint32_t>(text.size());
  for (int i = 0; i < 60; ++i) {
    text += " wörds";
  }
  const auto sentence = report::make_evidence_sentence(
      text, {0, static_cast<std::uint32_t>(text.size())}, {{begin, end}});
  CHECK(sentence.text.size() <= report::kMaxEvidenceBytes + 8);
  CHECK(sentence.text.rfind("… ", 0) == 0);
  CHECK(sentence.text.substr(sentence.text.size() - 4) == " …");
  REQUIRE(sentence.marks.size() == 1);
  CHECK(sentence.text.substr(sentence.marks[0].begin, 6) == "regime");
  // Every byte sequence is still valid UTF-8: no cut inside "Ü" or "ö".
  for (std::size_t i = 0; i + 1 < sentence.text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(sentence.text[i]);
    if (byte == 0xC3) {
      CHECK((static_cast<unsigned char>(sentence.text[i + 1]) & 0xC0U) == 0x80U);
    }
  }
  CHECK(sentence.text.substr(4, 2) == "Ü");
}

TEST_CASE("evidence is kept per feature and outlet, capped, one per document first", "[report]") {
  const std::vector<Document> docs = {
      make_document("a1", "alpha", "The regime spoke. The regime again. The regime thrice."),
      make_document("a2", "alpha", "Peace talks began. The regime agreed."),
      make_document("b1", "beta", "The government agreed to a ceasefire."),
  };
  const Collected got = collect(docs, 2);
  const report::EvidenceSet* regime = got.evidence.find("term:t/regime", "alpha");
  REQUIRE(regime != nullptr);
  CHECK(regime->matches_total == 4);
  CHECK(regime->sentences_total == 4);
  REQUIRE(regime->shown.size() == 2);
  // One sentence from each document before a second one from a1.
  CHECK(regime->shown[0].document == 0);
  CHECK(regime->shown[0].sentence == 0);
  CHECK(regime->shown[1].document == 1);
  CHECK(regime->shown[1].text == "The regime agreed.");

  const report::EvidenceSet* option = got.evidence.find("option:t/naming/regime", "alpha");
  REQUIRE(option != nullptr);
  CHECK(option->matches_total == 4);
  CHECK(got.evidence.find("category:t/talks", "beta") != nullptr);
  // Seven matches of four distinct entries; the names are kept once.
  CHECK(got.matches.records.size() == 7);
  CHECK(got.matches.entries.size() == 4);
  CHECK(got.evidence.find("term:t/regime", "beta") == nullptr);
  CHECK(got.evidence.index_of("term:t/regime", "beta") == got.evidence.sets.size());
  CHECK(std::is_sorted(got.evidence.sets.begin(), got.evidence.sets.end(),
                       [](const report::EvidenceSet& a, const report::EvidenceSet& b) {
                         return std::tie(a.feature, a.outlet) < std::tie(b.feature, b.outlet);
                       }));
}

TEST_CASE("match records name the entry and map offsets to the input's bytes", "[report]") {
  Document doc = make_document("d", "alpha", "\"The regime fell,\" he said.");
  // The input had a 3-byte curly quote where the text has '"', so every later
  // byte sits 2 bytes further on in the input. "he" names no actor, so the
  // quotation has no speaker.
  doc.source_map = SourceMap();
  doc.source_map.append(1, 0, 3);
  doc.source_map.append(doc.text.size() - 1, 3, doc.text.size() - 1);
  const Collected got = collect({doc}, 5);
  REQUIRE(got.matches.records.size() == 1);
  const report::MatchRecord& record = got.matches.records[0];
  REQUIRE(record.entry < got.matches.entries.size());
  const report::MatchEntry& entry = got.matches.entries[record.entry];
  CHECK(entry.lexicon == "t");
  CHECK(entry.kind == "option");
  CHECK(entry.entry == "naming/regime");
  CHECK(entry.term == "regime");
  CHECK(record.source_begin == 7);
  CHECK(record.source_end == 13);
  CHECK(record.voice == "quoted");
  CHECK(record.speaker == report::MatchRecord::kNoSpeaker);
}

TEST_CASE("match records carry the voice and the speaker of their quotation", "[report]") {
  const lexicon::Matcher matcher(
      {lexicon::parse_lexicon("lexicon: t\n"
                              "categories:\n  - id: naming\n    terms: [regime]\n"
                              "actors:\n  - id: kerry\n    aliases: [Kerry]\n",
                              "t.yaml")});
  const Document doc = make_document(
      "d", "alpha",
      "\"The regime must go,\" Kerry said. Others spoke of the so-called \"regime\".");
  const auto tokens = tokenise::tokenise(doc.text);
  const auto matches = matcher.match(tokens);
  report::EvidenceCollector collector(matcher, 5);
  collector.add(
      0, doc, tokens, matches,
      compare::attribute_quotes(tokens, matches, compare::actor_offsets(matcher.lexicons())));
  const report::MatchTable table = collector.take_matches();
  REQUIRE(table.speakers == std::vector<std::string>{"t/kerry"});
  REQUIRE(table.records.size() == 3);
  CHECK(table.entries[table.records[0].entry].term == "regime");
  CHECK(table.records[0].voice == "quoted");
  CHECK(table.records[0].speaker == 0);
  CHECK(table.entries[table.records[1].entry].kind == "actor");
  CHECK(table.records[1].voice == "narrative");
  CHECK(table.records[1].speaker == report::MatchRecord::kNoSpeaker);
  CHECK(table.records[2].voice == "scare-quoted");
  CHECK(table.records[2].speaker == report::MatchRecord::kNoSpeaker);
}
