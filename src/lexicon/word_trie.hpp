#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

namespace framelens::lexicon {

/// Exact words and word prefixes as a trie over bytes: one walk along a word
/// finds its exact symbol and the symbols of all the prefixes it starts with,
/// and stops at the first byte no entry continues with.
///
/// Every token of every document walks this trie, so its layout is chosen
/// for the walk. Once built, it is frozen into a double array (Aoe, "An
/// efficient digital search algorithm by using a double-array structure",
/// IEEE Trans. Software Eng. 15(9), 1989): node s's child on byte class c is
/// cell base(s) + c, and it is s's child if that cell's check names s. A
/// step is one dependent load of an eight-byte cell, and the cells of a
/// thousand-term lexicon fit in a few tens of kilobytes, so the walk stays in
/// the first-level cache. (A dense table of one row of children per node took
/// a second-level cache miss at nearly every step.)
class WordTrie {
 public:
  static constexpr std::uint32_t kMissing = std::numeric_limits<std::uint32_t>::max();

  /// The symbol of `text` as an exact word (`prefix` false) or as a prefix,
  /// adding it with `symbol_if_new` when absent. Throws std::logic_error
  /// after freeze().
  std::uint32_t insert(std::string_view text, bool prefix, std::uint32_t symbol_if_new);

  /// Lays the trie out for find(). Call once, after the last insert().
  void freeze();

  /// The exact symbol of `word` (or kMissing); appends the symbols of the
  /// prefixes it starts with to `prefixes`, shortest first. Needs freeze().
  std::uint32_t find(std::string_view word, std::vector<std::uint32_t>& prefixes) const {
    std::uint32_t node = 0;
    for (const char byte : word) {
      const std::uint32_t child =
          (cells_[node].base & kBaseMask) + class_of_[static_cast<unsigned char>(byte)];
      if (cells_[child].check != node + 1) {
        return kMissing;
      }
      node = child;
      if ((cells_[node].base & kPrefixEnds) != 0) {
        prefixes.push_back(symbols_[node].prefix);
      }
    }
    return (cells_[node].base & kWordEnds) != 0 ? symbols_[node].exact : kMissing;
  }

  /// Cells of the frozen trie (its size is 8 bytes a cell).
  [[nodiscard]] std::size_t cell_count() const { return cells_.size(); }

 private:
  static constexpr std::uint32_t kWordEnds = 1U << 31;
  static constexpr std::uint32_t kPrefixEnds = 1U << 30;
  static constexpr std::uint32_t kBaseMask = kPrefixEnds - 1;

  struct Symbols {
    std::uint32_t exact = kMissing;
    std::uint32_t prefix = kMissing;
  };
  // A node while building: children as (byte class, node) pairs.
  struct BuildNode {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> children;
    Symbols symbols;
  };
  // A node of the frozen trie. Cell 0 is the root. A word or a prefix ends at
  // the node when its flag is set in `base`.
  struct Cell {
    std::uint32_t base = 0;   // children at (base & kBaseMask) + class; flags above
    std::uint32_t check = 0;  // parent cell + 1; 0 for a free cell and the root
  };

  // The class of `byte`, giving it the next one if it has none yet.
  std::uint32_t add_class(char byte);
  // The first base at or after `from` where every child class of `node`
  // lands on a free cell.
  std::uint32_t free_base(const BuildNode& node, std::uint32_t from) const;

  std::vector<BuildNode> build_ = std::vector<BuildNode>(1);  // emptied by freeze()
  bool frozen_ = false;
  std::array<std::uint32_t, 256> class_of_{};  // 0: the byte occurs in no entry
  std::uint32_t classes_ = 1;                  // class 0 included
  std::vector<Cell> cells_;
  std::vector<Symbols> symbols_;  // per cell
};

}  // namespace framelens::lexicon
