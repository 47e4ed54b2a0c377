#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace framelens::lexicon {

/// Spreads the bits of `key` over all 64 bits (the splitmix64 finaliser), so
/// that any slice of the result can index a hash table.
[[nodiscard]] inline std::uint64_t mix_bits(std::uint64_t key) {
  key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ULL;
  key = (key ^ (key >> 27)) * 0x94D049BB133111EBULL;
  return key ^ (key >> 31);
}

/// An open-addressing hash map from strings to 32-bit ids, built once and then
/// only read.
class StringTable {
 public:
  static constexpr std::uint32_t kMissing = std::numeric_limits<std::uint32_t>::max();

  /// A hash of `key` that reads it eight bytes at a time.
  [[nodiscard]] static std::uint64_t hash(std::string_view key) {
    std::uint64_t h = key.size();
    std::size_t at = 0;
    for (; at + 8 <= key.size(); at += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, key.data() + at, 8);
      h = (((h << 23) | (h >> 41)) ^ word) * 0x9E3779B97F4A7C15ULL;
    }
    std::uint64_t tail = 0;
    for (std::size_t i = 0; at + i < key.size(); ++i) {
      tail |= std::uint64_t{static_cast<unsigned char>(key[at + i])} << (8 * i);
    }
    h = (((h << 23) | (h >> 41)) ^ tail) * 0x9E3779B97F4A7C15ULL;
    return h ^ (h >> 32);
  }

  /// The id of `key`; when absent, stores it with id `id_if_new` and returns that.
  std::uint32_t insert(std::string_view key, std::uint32_t id_if_new);

  /// The id of `key` whose hash() is `key_hash`, or kMissing.
  [[nodiscard]] std::uint32_t find(std::string_view key, std::uint64_t key_hash) const {
    if (count_ == 0) {
      return kMissing;
    }
    for (std::size_t slot = mix_bits(key_hash) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.id == kMissing) {
        return kMissing;
      }
      if (s.hash == key_hash && key == std::string_view(keys_).substr(s.key_begin, s.key_size)) {
        return s.id;
      }
    }
  }

  [[nodiscard]] std::size_t size() const { return count_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key_begin = 0;
    std::uint32_t key_size = 0;
    std::uint32_t id = kMissing;
  };
  void grow();

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
