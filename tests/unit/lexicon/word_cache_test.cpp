#include "lexicon/word_cache.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

using framelens::lexicon::WordCache;

namespace {

struct Kept {
  std::uint64_t tag = 0;
  std::vector<std::uint32_t> symbols;
  bool operator==(const Kept&) const = default;
};

// What the cache holds for `word`, or nothing when it is not cached. The word
// is looked up from a copy with padding after it, so the one-load path is
// taken unless `short_buffer` says otherwise.
std::optional<Kept> cached(const WordCache& cache, const std::string& word,
                           bool short_buffer = false) {
  const std::string buffer = word + "~~~~~~~~";
  const std::size_t readable = short_buffer ? word.size() : buffer.size();
  const WordCache::Lookup found =
      cache.lookup(std::string_view(buffer).substr(0, word.size()), readable);
  if (!found.found) {
    return std::nullopt;
  }
  const std::uint32_t* const symbols = cache.symbols(found);
  return Kept{cache.tag(found),
              std::vector<std::uint32_t>(symbols, symbols + cache.symbol_count(found))};
}

void put(WordCache& cache, const std::string& word, const Kept& kept) {
  const WordCache::Lookup missed = cache.lookup(word, word.size());
  REQUIRE_FALSE(missed.found);
  cache.store(missed, word, kept.symbols, kept.tag);
}

}  // namespace

TEST_CASE("word cache tells apart words that share bytes or lengths", "[lexicon]") {
  // Word i keeps i % 4 symbols (none, one kept in its slot, or several kept
  // apart) and one of three tags.
  const auto kept_for = [](std::uint32_t i) {
    Kept kept{std::uint64_t{i % 3} << 40, {}};
    for (std::uint32_t s = 0; s < i % 4; ++s) {
      kept.symbols.push_back(100 * i + s);
    }
    return kept;
  };
  WordCache cache;
  cache.serve(1);
  // Prefixes of one another; exactly 8 and 9 bytes; long words with the same
  // first eight bytes ("negotiator", "negotiations") or the same last eight
  // ("tiations": "initiations" is shorter; "abcdtiations", made up for the
  // test, has the size of "negotiations" too, so only its first four bytes
  // tell it apart).
  const std::vector<std::string> words = {
      "a",        "ab",         "abc",          "abcdefgh",        "abcdefghi",    "bbcdefgh",
      "negotiat", "negotiator", "negotiations", "initiations",     "abcdtiations", "US",
      "us",       "U.S.",       "anti-war",     "anti-war-crimes", "Müller",       "mÜller-Şahin"};
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    CHECK_FALSE(cached(cache, words[i]));
    put(cache, words[i], kept_for(i));
  }
  CHECK(cache.size() == words.size());
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    INFO(words[i]);
    CHECK(cached(cache, words[i]) == kept_for(i));
    // Near the end of a buffer, a short word is read byte by byte: same slot.
    CHECK(cached(cache, words[i], true) == kept_for(i));
  }
  CHECK_FALSE(cached(cache, "abcd"));
  CHECK_FALSE(cached(cache, "abcdefghij"));
  CHECK_FALSE(cached(cache, "ynegotiations"));
}

TEST_CASE("word cache keeps at most 256 distinct tags", "[lexicon]") {
  WordCache cache;
  cache.serve(1);
  for (std::uint64_t t = 0; t < 300; ++t) {
    put(cache, "w" + std::to_string(t), Kept{t, {static_cast<std::uint32_t>(t)}});
  }
  CHECK(cache.size() == 256);  // tags 0..255; the words with later tags were not kept
  CHECK(cached(cache, "w255") == Kept{255, {255}});
  CHECK_FALSE(cached(cache, "w256"));
  put(cache, "again", Kept{7, {}});  // a tag already seen is still kept
  CHECK(cached(cache, "again") == Kept{7, {}});
}

TEST_CASE("word cache empties when it serves another vocabulary", "[lexicon]") {
  WordCache cache;
  cache.serve(1);
  put(cache, "regime", Kept{1, {7}});
  cache.serve(1);
  CHECK(cached(cache, "regime") == Kept{1, {7}});
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
    const Kept kept{value % 5, std::vector<std::uint32_t>(value % 3, value)};
    if (const auto hit = cached(cache, word)) {
      ++hits;
      REQUIRE(*hit == kept);
      continue;
    }
    put(cache, word, kept);
    CHECK(cache.size() <= 32);
  }
  CHECK(hits > 100);  // short words recur, so some are found
}

TEST_CASE("a long word is told from others of its size and last eight bytes", "[lexicon]") {
  // Such words differ only in bytes the slot does not hold, so when two land
  // in one probe chain only the compare of their other bytes tells them
  // apart. Of 17,576 look-alikes of "negotiations" some share its chain in a
  // 1,024-slot cache; none may be taken for it.
  WordCache cache;
  cache.serve(1);
  put(cache, "negotiations", Kept{1, {7}});
  std::size_t found = 0;
  std::string word = "xxxxtiations";
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      for (char c = 'a'; c <= 'z'; ++c) {
        word[0] = 'q';  // never "negotiations" itself
        word[1] = a;
        word[2] = b;
        word[3] = c;
        found += cached(cache, word) ? 1U : 0U;
      }
    }
  }
  CHECK(found == 0);
  CHECK(cached(cache, "negotiations") == Kept{1, {7}});
}
