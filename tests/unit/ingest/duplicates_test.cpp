#include "ingest/duplicates.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace framelens;
using namespace framelens::ingest;

namespace {

Document make(std::string id, std::string outlet, std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.outlet = std::move(outlet);
  doc.source_path = doc.id + ".txt";
  doc.text = std::move(text);
  return doc;
}

const std::string kWire =
    "Delegations from the government and the opposition met in Saltmere on Monday for the first "
    "round of talks mediated by the Lorvanian foreign ministry, officials said. The talks will "
    "focus on a ceasefire, humanitarian corridors and the release of prisoners held by both "
    "sides since the fighting began three years ago.";

}  // namespace

TEST_CASE("shingles are word 5-grams, case-insensitive and ignoring punctuation", "[ingest]") {
  CHECK(shingle_hashes("one two three four five six").size() == 2);
  CHECK(shingle_hashes("One, two: three four five!") == shingle_hashes("one two three four five"));
  CHECK(shingle_hashes("just three words").size() == 1);
  CHECK(shingle_hashes(" ... ").empty());
  CHECK(jaccard(shingle_hashes("a b c d e f"), shingle_hashes("a b c d e g")) == Approx(1.0 / 3));
}

TEST_CASE("exact duplicates are reported and dropped on request", "[ingest]") {
  Corpus corpus;
  corpus.documents = {make("a1", "alpha", kWire), make("b1", "beta", kWire),
                      make("b2", "beta", "Something else entirely.")};
  SECTION("kept by default") {
    check_duplicates(corpus, {});
    CHECK(corpus.documents.size() == 3);
    REQUIRE(corpus.warnings.size() == 1);
    CHECK(corpus.warnings[0].source == "b1.txt");
    CHECK(corpus.warnings[0].message ==
          "document 'b1' (beta) has the same text as 'a1' (alpha); both kept");
  }
  SECTION("dropped with drop-exact") {
    IngestOptions options;
    options.duplicates = DuplicatePolicy::kDropExact;
    check_duplicates(corpus, options);
    REQUIRE(corpus.documents.size() == 2);
    CHECK(corpus.documents[1].id == "b2");
    CHECK(corpus.warnings[0].message ==
          "document 'b1' (beta) has the same text as 'a1' (alpha); dropped (--duplicates)");
  }
}

TEST_CASE("near-duplicates across outlets are found by shingle similarity", "[ingest]") {
  const std::string edited = "Global Wire Service. " + kWire + " More to follow.";
  Corpus corpus;
  corpus.documents = {make("a1", "alpha", kWire), make("b1", "beta", edited),
                      make("a2", "alpha", edited)};
  const double similarity = jaccard(shingle_hashes(kWire), shingle_hashes(edited));
  REQUIRE(similarity > 0.8);
  SECTION("reported across outlets only, kept by default") {
    check_duplicates(corpus, {});
    CHECK(corpus.documents.size() == 3);
    // a2 is the same text as b1 (exact), and a2 vs a1 is within one outlet.
    REQUIRE(corpus.warnings.size() == 2);
    CHECK(corpus.warnings[0].message ==
          "document 'a2' (alpha) has the same text as 'b1' (beta); both kept");
    CHECK(corpus.warnings[1].source == "b1.txt");
    CHECK(corpus.warnings[1].message.starts_with(
        "document 'b1' (beta) is a near-duplicate of 'a1' (alpha) (shingle similarity 0.8"));
  }
  SECTION("dropped with drop-near") {
    IngestOptions options;
    options.duplicates = DuplicatePolicy::kDropNear;
    check_duplicates(corpus, options);
    REQUIRE(corpus.documents.size() == 1);
    CHECK(corpus.documents[0].id == "a1");
  }
  SECTION("a stricter threshold keeps them apart") {
    IngestOptions options;
    options.near_duplicate_threshold = 0.95;
    check_duplicates(corpus, options);
    CHECK(corpus.warnings.size() == 1);
  }
}

TEST_CASE("early-stopping Jaccard agrees with the full one about the threshold", "[ingest]") {
  // Sets of 1-60 values drawn from 100 make similarities on both sides of
  // the threshold and right at it (28 of 63, for instance, is exactly 0.8),
  // where a rounding slip would report a pair that is not similar enough.
  std::mt19937_64 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::vector<std::uint64_t> a;
    std::vector<std::uint64_t> b;
    for (auto* set : {&a, &b}) {
      const std::size_t size = 1 + random() % 60;
      for (std::size_t i = 0; i < size; ++i) {
        set->push_back(random() % 100);
      }
      std::sort(set->begin(), set->end());
      set->erase(std::unique(set->begin(), set->end()), set->end());
    }
    for (const double threshold : {0.5, 0.8}) {
      const double exact = jaccard(a, b);
      const double fast = jaccard_if_at_least(a, b, threshold);
      if (exact >= threshold) {
        CHECK(fast == exact);
      } else {
        CHECK(fast < threshold);
      }
    }
  }
  CHECK(jaccard_if_at_least({}, {}, 0.8) == 0.0);
}
