#include "lexicon/word_cache.hpp"

#include <algorithm>
#include <bit>
#include <limits>

namespace framelens::lexicon {
namespace {

// Slots of a fresh cache: enough for a few short documents before it doubles.
constexpr std::size_t kInitialSlots = 1024;

}  // namespace

WordCache::WordCache(std::size_t max_slots)
    : max_slots_(std::bit_ceil(std::max<std::size_t>(max_slots, 2))) {
  reset(std::min(kInitialSlots, max_slots_));
}

void WordCache::serve(std::uint64_t owner) {
  if (owner != owner_) {
    reset(slots_.size());
    owner_ = owner;
  }
}

void WordCache::reset(std::size_t slot_count) {
  slots_.assign(slot_count, Slot{});
  long_key_begin_.assign(slot_count, 0);
  tags_.assign(1, 0);
  mask_ = slot_count - 1;
  shift_ = 64 - std::countr_zero(slot_count);
  count_ = 0;
  pool_.clear();
  long_keys_.clear();
}

void WordCache::store(const Lookup& missed, std::string_view word,
                      std::span<const std::uint32_t> symbols, std::uint64_t tag) {
  if (word.empty() || word.size() > std::numeric_limits<std::uint16_t>::max() ||
      symbols.size() > std::numeric_limits<std::uint8_t>::max()) {
    return;
  }
  std::size_t slot = missed.slot;
  if ((count_ + 1) * 2 > slots_.size()) {
    // Dropping everything is simpler than rehashing, and the words come back
    // as they recur.
    reset(std::min(slots_.size() * 2, max_slots_));
    slot = missed.hash >> shift_;
  }
  // Few distinct tags occur (the matcher's name the tries a word can start a
  // match in), so a linear search on a miss is enough.
  const auto tag_index =
      static_cast<std::size_t>(std::find(tags_.begin(), tags_.end(), tag) - tags_.begin());
  if (tag_index == tags_.size()) {
    if (tags_.size() > std::numeric_limits<std::uint8_t>::max()) {
      return;
    }
    tags_.push_back(tag);
  }
  Slot& s = slots_[slot];
  s.last = missed.last;
  s.size = static_cast<std::uint16_t>(word.size());
  s.count = static_cast<std::uint8_t>(symbols.size());
  s.tag = static_cast<std::uint8_t>(tag_index);
  if (symbols.size() == 1) {
    s.symbol = symbols[0];
  } else {
    s.symbol = static_cast<std::uint32_t>(pool_.size());
    pool_.insert(pool_.end(), symbols.begin(), symbols.end());
  }
  if (word.size() > 8) {
    long_key_begin_[slot] = static_cast<std::uint32_t>(long_keys_.size());
    long_keys_.append(word);
  }
  ++count_;
}

}  // namespace framelens::lexicon
