#include "lexicon/word_trie.hpp"

#include <algorithm>
#include <deque>
#include <stdexcept>

namespace framelens::lexicon {

std::uint32_t WordTrie::add_class(char byte) {
  std::uint32_t& c = class_of_[static_cast<unsigned char>(byte)];
  if (c == 0) {
    c = classes_++;
  }
  return c;
}

std::uint32_t WordTrie::insert(std::string_view text, bool prefix, std::uint32_t symbol_if_new) {
  if (frozen_) {
    throw std::logic_error("WordTrie: insert after freeze");
  }
  std::uint32_t node = 0;
  for (const char byte : text) {
    const std::uint32_t c = add_class(byte);
    auto& children = build_[node].children;
    const auto found = std::find_if(children.begin(), children.end(),
                                    [c](const auto& child) { return child.first == c; });
    if (found != children.end()) {
      node = found->second;
      continue;
    }
    const auto child = static_cast<std::uint32_t>(build_.size());
    children.emplace_back(c, child);
    build_.emplace_back();  // invalidates `children`
    node = child;
  }
  std::uint32_t& symbol = prefix ? build_[node].symbols.prefix : build_[node].symbols.exact;
  if (symbol == kMissing) {
    symbol = symbol_if_new;
  }
  return symbol;
}

std::uint32_t WordTrie::free_base(const BuildNode& node, std::uint32_t from) const {
  for (std::uint32_t base = from;; ++base) {
    const bool fits = std::all_of(node.children.begin(), node.children.end(), [&](const auto& c) {
      const std::size_t cell = base + c.first;
      return cell >= cells_.size() || (cell != 0 && cells_[cell].check == 0);
    });
    if (fits) {
      return base;
    }
  }
}

void WordTrie::freeze() {
  if (frozen_) {
    return;
  }
  frozen_ = true;
  cells_.assign(std::size_t{classes_} + 1, Cell{});
  symbols_.assign(cells_.size(), Symbols{});
  // Breadth first, each node's children placed at the first base where they
  // all find free cells. The search starts from the first free cell, so the
  // layout is dense and placing stays near linear in the number of nodes.
  std::uint32_t first_free = 1;
  std::deque<std::pair<std::uint32_t, std::uint32_t>> queue;  // (build node, cell)
  queue.emplace_back(0, 0);
  while (!queue.empty()) {
    const auto [node, cell] = queue.front();
    queue.pop_front();
    const BuildNode& built = build_[node];
    Cell& placed = cells_[cell];
    symbols_[cell] = built.symbols;
    placed.base = 0;
    if (built.symbols.exact != kMissing) {
      placed.base |= kWordEnds;
    }
    if (built.symbols.prefix != kMissing) {
      placed.base |= kPrefixEnds;
    }
    if (built.children.empty()) {
      continue;  // a leaf: base 0 leads to no cell whose check names it
    }
    while (first_free < cells_.size() && cells_[first_free].check != 0) {
      ++first_free;
    }
    const std::uint32_t lowest_class =
        std::min_element(built.children.begin(), built.children.end())->first;
    const std::uint32_t base =
        free_base(built, first_free > lowest_class ? first_free - lowest_class : 0);
    if (base + classes_ > kBaseMask) {
      throw std::length_error("lexicon: too many distinct words for the matcher's trie");
    }
    // Every cell a walk can reach from this base must exist: base + any class.
    if (cells_.size() < std::size_t{base} + classes_) {
      cells_.resize(std::size_t{base} + classes_);
      symbols_.resize(cells_.size());
    }
    cells_[cell].base |= base;  // `placed` may dangle after the resize
    for (const auto& [c, child] : built.children) {
      cells_[base + c].check = cell + 1;
      queue.emplace_back(child, base + c);
    }
  }
  build_.clear();
  build_.shrink_to_fit();
}

}  // namespace framelens::lexicon
