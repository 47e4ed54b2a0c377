#include "lexicon/word_cache.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

using framelens::lexicon::WordCache;

namespace {

// The values cached for `word`, or nothing when it is not cached. The word is
// looked up from a copy with padding after it, so the one-load path is taken
// unless `readable` says otherwise.
std::optional<std::vector<std::uint32_t>> cached(const WordCache& cache, const std::string& word,
                                                 bool short_buffer = false) {
  const std::string buffer = word + "~~~~~~~~";
  const std::size_t readable = short_buffer ? word.size() : buffer.size();
  const WordCache::Lookup found =
      cache.lookup(std::string_view(buffer).substr(0, word.size()), readable);
  if (!found.found) {
    return std::nullopt;
  }
  const auto values = cache.values(found);
  return std::vector<std::uint32_t>(values.begin(), values.end());
}

void put(WordCache& cache, const std::string& word, const std::vector<std::uint32_t>& values) {
  const WordCache::Lookup missed = cache.lookup(word, word.size());
  REQUIRE_FALSE(missed.found);
  cache.store(missed, word, values);
}

}  // namespace

TEST_CASE("word cache tells apart words that share bytes or lengths", "[lexicon]") {
  WordCache cache;
  cache.serve(1);
  // Prefixes of one another; exactly 8 and 9 bytes; long words with the same
  // last eight bytes or the same first eight.
  const std::vector<std::string> words = {
      "a",        "ab",          "abc",        "abcdefgh",     "abcdefghi",
      "bbcdefgh", "negotiat",    "negotiator", "negotiations", "xxxxxxxxtiations",
      "US",       "us",          "U.S.",       "anti-war",     "anti-war-crimes",
      "Müller",   "mÜller-Şahin"};
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    CHECK_FALSE(cached(cache, words[i]));
    put(cache, words[i], {i, i * 10});
  }
  CHECK(cache.size() == words.size());
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    INFO(words[i]);
    CHECK(cached(cache, words[i]) == std::vector<std::uint32_t>{i, i * 10});
    // Near the end of a buffer, a short word is read byte by byte: same slot.
    CHECK(cached(cache, words[i], true) == std::vector<std::uint32_t>{i, i * 10});
  }
  CHECK_FALSE(cached(cache, "abcd"));
  CHECK_FALSE(cached(cache, "abcdefghij"));
  CHECK_FALSE(cached(cache, "ynegotiations"));
}

TEST_CASE("word cache keeps words with no values", "[lexicon]") {
  WordCache cache;
  cache.serve(1);
  put(cache, "the", {});
  const auto values = cached(cache, "the");
  REQUIRE(values);
  CHECK(values->empty());
}

TEST_CASE("word cache empties when it serves another vocabulary", "[lexicon]") {
  WordCache cache;
  cache.serve(1);
  put(cache, "regime", {7});
  cache.serve(1);
  CHECK(cached(cache, "regime") == std::vector<std::uint32_t>{7});
  cache.serve(2);
  CHECK_FALSE(cached(cache, "regime"));
  CHECK(cache.size() == 0);
}

TEST_CASE("word cache stays within its slots and never answers wrongly", "[lexicon]") {
  // 64 slots hold at most 32 words: storing 5,000 random words clears the
  // cache again and again. Whatever it still holds must be what was stored
  // for that word (here worked out from the word itself).
  WordCache cache(64);
  cache.serve(1);
  std::mt19937 random(5);
  std::size_t hits = 0;
  for (std::uint32_t i = 0; i < 5000; ++i) {
    std::string word;
    const std::size_t size = 1 + random() % 14;
    for (std::size_t c = 0; c < size; ++c) {
      word.push_back(static_cast<char>('a' + random() % 3));  // many repeats
    }
    const auto value =
        static_cast<std::uint32_t>(word.size() * 1000 + static_cast<unsigned char>(word[0]));
    if (const auto hit = cached(cache, word)) {
      ++hits;
      REQUIRE(*hit == std::vector<std::uint32_t>{value});
      continue;
    }
    put(cache, word, {value});
    CHECK(cache.size() <= 32);
  }
  CHECK(hits > 100);  // short words recur, so some are found
}
