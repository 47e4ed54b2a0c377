#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/key_bytes.hpp"

namespace framelens::lexicon {

/// What a vocabulary worked out for each distinct word, its symbols and the
/// OR of their tags (see Vocabulary::symbols_of), kept so that a word seen
/// before costs one hash probe instead of walks through the word tries (and
/// a stemmer call when a lexicon stems).
///
/// News text repeats its words: the benchmarks' generated 4 MB has 690,000
/// tokens but 15,000 distinct ones, and the commonest 1,000 make up 89% of
/// the tokens. A walk takes a dependent load per byte and a hard-to-predict
/// exit wherever the word leaves the trie; a probe of this table takes one
/// load for a word of up to eight bytes, one multiplication, and one load of
/// its 16-byte slot, which holds the word's symbol when it has just one (most
/// words have none or one) and its tag as an index into the few distinct
/// tags. The cache only remembers results, so whatever it holds or drops,
/// the symbols are the same.
///
/// It serves one vocabulary at a time (serve()) and stays within a set
/// number of slots (by default 65,536, which take 1.25 MB): when half of
/// them are taken it doubles, dropping what it held, and at its largest it
/// drops everything and starts again. A word whose tag would be the 257th
/// distinct one is not kept.
class WordCache {
 public:
  static constexpr std::size_t kDefaultMaxSlots = std::size_t{1} << 16;

  explicit WordCache(std::size_t max_slots = kDefaultMaxSlots);

  /// Readies the cache for the words of vocabulary `owner` (an id unique to
  /// that vocabulary), emptying it if it held another's.
  void serve(std::uint64_t owner);

  /// Where to find or put a word: from lookup(), for store() on a miss.
  struct Lookup {
    std::uint64_t last = 0;  // the word's bytes, or for a long word its last eight
    std::uint64_t hash = 0;
    std::size_t slot = 0;
    bool found = false;
  };

  /// Finds `word`. When `found`, tag(), symbol_count() and symbols() give
  /// what was stored for it.
  /// `readable` bytes from word.data() may be read (at least word.size()):
  /// with eight of them a word of up to eight bytes is read in one load, with
  /// no branch on its length.
  [[nodiscard]] Lookup lookup(std::string_view word, std::size_t readable) const {
    Lookup at = summarise(word, readable);
    for (at.slot = at.hash >> shift_;; at.slot = (at.slot + 1) & mask_) {
      const Slot& s = slots_[at.slot];
      if (s.size == 0) {
        return at;
      }
      if (s.last == at.last && s.size == word.size() &&
          (word.size() <= 8 || long_key_matches(at.slot, word))) {
        at.found = true;
        return at;
      }
    }
  }

  /// A found word's tag.
  [[nodiscard]] std::uint64_t tag(const Lookup& found) const {
    return tags_[slots_[found.slot].tag];
  }
  /// A found word's symbol count.
  [[nodiscard]] std::uint32_t symbol_count(const Lookup& found) const {
    return slots_[found.slot].count;
  }
  /// A found word's symbols: symbol_count(found) of them from the returned
  /// pointer. Its first element may be read even when there are none, so
  /// callers can copy one symbol without a branch on the count.
  [[nodiscard]] const std::uint32_t* symbols(const Lookup& found) const {
    const Slot& s = slots_[found.slot];
    return s.count <= 1 ? &s.symbol : pool_.data() + s.symbol;
  }

  /// Remembers `symbols` and their `tag` for `word`, which lookup() did not
  /// find. Words too long to key (64 KB and more), with more than 255
  /// symbols, or bringing a 257th distinct tag are not kept.
  void store(const Lookup& missed, std::string_view word, std::span<const std::uint32_t> symbols,
             std::uint64_t tag);

  /// Words held now (for tests).
  [[nodiscard]] std::size_t size() const { return count_; }

 private:
  // One cached word. size 0 marks a free slot (a token is never empty).
  // `symbol` is the word's only symbol when count is 1, and where its
  // symbols start in pool_ when count is more; `tag` indexes tags_.
  struct Slot {
    std::uint64_t last = 0;
    std::uint32_t symbol = 0;
    std::uint16_t size = 0;
    std::uint8_t count = 0;
    std::uint8_t tag = 0;
  };

  static std::uint64_t load8(const char* bytes) { return load_unaligned<std::uint64_t>(bytes); }
  // The word's packed bytes and hash (Fibonacci hashing: the top bits of a
  // product with 2^64 / golden ratio index the slots).
  static Lookup summarise(std::string_view word, std::size_t readable) {
    constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL;
    const std::size_t size = word.size();
    Lookup at;
    if (size > 8) {
      std::uint64_t h = size;
      for (std::size_t i = 0; i + 8 < size; i += 8) {
        h = hash_step(h, load8(word.data() + i));
      }
      at.last = load8(word.data() + size - 8);
      at.hash = (h ^ at.last) * kGolden;
      return at;
    }
    if (std::endian::native == std::endian::little && readable >= 8) {
      // Little-endian: the word's bytes are the low ones; the mask keeps them.
      at.last = size == 0 ? 0 : load8(word.data()) & (~std::uint64_t{0} >> (64 - 8 * size));
    } else {
      std::memcpy(&at.last, word.data(), size);
    }
    at.hash = at.last * kGolden;
    return at;
  }
  // Compared eight bytes at a time, the last eight overlapping (sizes above
  // eight only): inline, where a call to memcmp cost more than the compare.
  [[nodiscard]] bool long_key_matches(std::size_t slot, std::string_view word) const {
    const char* const kept = long_keys_.data() + long_key_begin_[slot];
    const std::size_t size = word.size();
    for (std::size_t i = 0; i + 8 < size; i += 8) {
      if (load8(kept + i) != load8(word.data() + i)) {
        return false;
      }
    }
    return true;  // the last eight bytes are equal: `last` was compared
  }
  // Empties the cache and gives it `slot_count` free slots.
  void reset(std::size_t slot_count);

  std::size_t max_slots_;
  std::uint64_t owner_ = 0;  // 0: serves no vocabulary yet
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  int shift_ = 64;  // 64 - log2(slots)
  std::size_t count_ = 0;
  std::vector<std::uint32_t> pool_;  // symbols of words with two or more
  std::vector<std::uint64_t> tags_;  // distinct tags; tags_[0] is 0
  // Per slot, for a word of more than eight bytes: where its bytes start in
  // long_keys_, to tell it from others with the same hash and last eight.
  std::vector<std::uint32_t> long_key_begin_;
  std::string long_keys_;
};

}  // namespace framelens::lexicon
