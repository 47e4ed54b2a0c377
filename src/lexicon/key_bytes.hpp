#pragma once

#include <cstdint>
#include <cstring>

namespace framelens::lexicon {

/// The sizeof(Word) bytes at `bytes`, whatever their alignment (one load on
/// the machines framelens targets).
template <typename Word>
[[nodiscard]] Word load_unaligned(const char* bytes) {
  Word word = 0;
  std::memcpy(&word, bytes, sizeof word);
  return word;
}

/// One step of the hash of a key read eight bytes at a time (StringTable,
/// WordCache): rotate, mix in the next eight bytes, multiply by 2^64 over the
/// golden ratio.
[[nodiscard]] inline std::uint64_t hash_step(std::uint64_t h, std::uint64_t word) {
  return (((h << 23) | (h >> 41)) ^ word) * 0x9E3779B97F4A7C15ULL;
}

}  // namespace framelens::lexicon
