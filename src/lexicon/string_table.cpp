#include "lexicon/string_table.hpp"

#include <stdexcept>

namespace framelens::lexicon {

std::uint32_t StringTable::insert(std::string_view key, std::uint32_t id_if_new) {
  if (id_if_new == kMissing) {
    throw std::logic_error("StringTable: id out of range");
  }
  if (const std::uint32_t found = find(key); found != kMissing) {
    return found;
  }
  if ((count_ + 1) * 2 > slots_.size()) {
    grow();
  }
  const Summary summary = summarise(key);
  place(Slot{summary.last, static_cast<std::uint32_t>(keys_.size()),
             static_cast<std::uint32_t>(key.size()), id_if_new},
        summary.hash);
  keys_.append(key);
  ++count_;
  return id_if_new;
}

void StringTable::place(const Slot& slot, std::uint64_t hash) {
  std::size_t at = hash & mask_;
  while (slots_[at].id != kMissing) {
    at = (at + 1) & mask_;
  }
  slots_[at] = slot;
}

void StringTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id != kMissing) {
      place(s, summarise(std::string_view(keys_).substr(s.key_begin, s.key_size)).hash);
    }
  }
}

std::uint32_t EdgeTable::insert(std::uint64_t key, std::uint32_t value_if_new) {
  if (value_if_new == kMissing) {
    throw std::logic_error("EdgeTable: value out of range");
  }
  if ((count_ + 1) * 2 > slots_.size()) {
    grow();
  }
  if (const std::uint32_t found = find(key); found != kMissing) {
    return found;
  }
  std::size_t slot = mix(key) & mask_;
  while (slots_[slot].value != kMissing) {
    slot = (slot + 1) & mask_;
  }
  slots_[slot] = Slot{key, value_if_new};
  ++count_;
  return value_if_new;
}

void EdgeTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.value == kMissing) {
      continue;
    }
    std::size_t slot = mix(s.key) & mask_;
    while (slots_[slot].value != kMissing) {
      slot = (slot + 1) & mask_;
    }
    slots_[slot] = s;
  }
}

}  // namespace framelens::lexicon
