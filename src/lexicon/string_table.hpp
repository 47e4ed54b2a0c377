#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/key_bytes.hpp"

namespace framelens::lexicon {

/// Spreads the bits of `key` over all 64 bits (the splitmix64 finaliser), so
/// that any slice of the result can index a hash table.
[[nodiscard]] inline std::uint64_t mix_bits(std::uint64_t key) {
  key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ULL;
  key = (key ^ (key >> 27)) * 0x94D049BB133111EBULL;
  return key ^ (key >> 31);
}

/// An open-addressing hash map from strings to 32-bit ids, built once and then
/// only read (the matcher's stems: one lookup per token when a lexicon stems).
/// A key is read in a few loads, eight bytes at a time, and keys of up to
/// eight bytes (most words) are packed whole into one 64-bit value that is
/// compared in place of the bytes.
class StringTable {
 public:
  static constexpr std::uint32_t kMissing = std::numeric_limits<std::uint32_t>::max();

  /// The id of `key`; when absent, stores it with id `id_if_new` and returns that.
  std::uint32_t insert(std::string_view key, std::uint32_t id_if_new);

  /// The id of `key`, or kMissing.
  [[nodiscard]] std::uint32_t find(std::string_view key) const {
    if (count_ == 0) {
      return kMissing;
    }
    const Summary summary = summarise(key);
    // The hash mixes every bit of the key into its low bits, so they index
    // the slots directly.
    for (std::size_t slot = summary.hash & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.id == kMissing) {
        return kMissing;
      }
      if (s.last == summary.last && s.key_size == key.size() &&
          (key.size() <= 8 ||
           std::memcmp(keys_.data() + s.key_begin, key.data(), key.size()) == 0)) {
        return s.id;
      }
    }
  }

  [[nodiscard]] std::size_t size() const { return count_; }

 private:
  // A key's hash, and its last eight bytes packed into 64 bits. For keys of
  // at most eight bytes `last` holds every byte (four to seven bytes as two
  // overlapping four-byte loads; one to three as their first, middle and
  // last byte), so equal sizes and equal `last` mean equal keys.
  struct Summary {
    std::uint64_t hash = 0;
    std::uint64_t last = 0;
  };
  [[nodiscard]] static Summary summarise(std::string_view key) {
    const char* const bytes = key.data();
    const std::size_t size = key.size();
    std::uint64_t h = size;
    Summary summary;
    if (size >= 8) {
      for (std::size_t at = 0; at + 8 < size; at += 8) {
        h = hash_step(h, load_unaligned<std::uint64_t>(bytes + at));
      }
      summary.last = load_unaligned<std::uint64_t>(bytes + size - 8);
    } else if (size >= 4) {
      summary.last = load_unaligned<std::uint32_t>(bytes) |
                     (std::uint64_t{load_unaligned<std::uint32_t>(bytes + size - 4)} << 32);
    } else if (size > 0) {
      summary.last = std::uint64_t{static_cast<unsigned char>(bytes[0])} |
                     (std::uint64_t{static_cast<unsigned char>(bytes[size / 2])} << 8) |
                     (std::uint64_t{static_cast<unsigned char>(bytes[size - 1])} << 16);
    }
    h = hash_step(h, summary.last);
    summary.hash = h ^ (h >> 32);
    return summary;
  }

  struct Slot {
    std::uint64_t last = 0;
    std::uint32_t key_begin = 0;
    std::uint32_t key_size = 0;
    std::uint32_t id = kMissing;
  };
  void grow();
  void place(const Slot& slot, std::uint64_t hash);

  std::vector<Slot> slots_;
  std::string keys_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

/// An open-addressing hash map from 64-bit keys to 32-bit values (the edges
/// of the matcher's trie: node and symbol to child node).
class EdgeTable {
 public:
  static constexpr std::uint32_t kMissing = std::numeric_limits<std::uint32_t>::max();

  /// The value of `key`; when absent, stores `value_if_new` and returns it.
  std::uint32_t insert(std::uint64_t key, std::uint32_t value_if_new);

  /// The value of `key`, or kMissing.
  [[nodiscard]] std::uint32_t find(std::uint64_t key) const {
    if (count_ == 0) {
      return kMissing;
    }
    for (std::size_t slot = mix(key) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.value == kMissing) {
        return kMissing;
      }
      if (s.key == key) {
        return s.value;
      }
    }
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = kMissing;
  };
  static std::size_t mix(std::uint64_t key) { return static_cast<std::size_t>(mix_bits(key)); }
  void grow();

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

}  // namespace framelens::lexicon
