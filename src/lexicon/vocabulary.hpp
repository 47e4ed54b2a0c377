#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/string_table.hpp"
#include "tokenise/token.hpp"

namespace framelens::lexicon {

/// How one word of a term is compared with a token.
enum class StepKind : std::uint8_t {
  kForm,           ///< folded form equals the text
  kSurface,        ///< surface form equals the text (case-sensitive term)
  kStem,           ///< Snowball stem of the folded form equals the text
  kPrefix,         ///< folded form starts with the text (suffix wildcard)
  kSurfacePrefix,  ///< surface form starts with the text (case-sensitive wildcard)
};

/// The symbols each unit of a document carries. Units are the tokens
/// (0 .. tokens.size()-1) followed by the parts of hyphenated compounds.
struct UnitSymbols {
  std::vector<std::uint32_t> begin;    ///< Symbols of unit u: [begin[u], begin[u+1]).
  std::vector<std::uint32_t> symbols;  ///< Symbol ids, most specific first per unit.
  std::vector<std::uint32_t> scratch;  ///< Working space of Vocabulary::symbols_of.
};

/// Every distinct word of the compiled terms, as symbol ids. A token carries
/// the symbol of each step it satisfies, so the matcher's trie runs over
/// integers.
class Vocabulary {
 public:
  /// The symbol of a step (the same id for the same kind and text).
  std::uint32_t intern(StepKind kind, std::string_view text);

  /// The symbols of every unit of `text`, in this order per unit: exact
  /// surface, surface prefixes (longest first), exact folded form, stem,
  /// folded prefixes (longest first).
  void symbols_of(const tokenise::TokenisedText& text, UnitSymbols& out) const;

  /// How many symbols intern() has handed out (ids 0 .. symbol_count()-1).
  [[nodiscard]] std::uint32_t symbol_count() const { return next_symbol_; }

 private:
  // The exact words and the wildcard prefixes of one kind of text (folded
  // forms or surfaces) as a trie over bytes: one walk along a word finds its
  // exact symbol and all its prefixes, and stops at the first byte no entry
  // continues with.
  //
  // Each node's children sit in a row of a dense table indexed by byte class
  // (the bytes that occur in some entry, numbered from 1), so every step of
  // the walk is two loads. Scanning a list of children per node cost more
  // than the rest of matching: nodes near the root have dozens of children
  // and every token walks through them. With the few dozen classes words use,
  // the table stays around a megabyte for a thousand terms.
  class WordTrie {
   public:
    // The symbol of `text` as an exact word (`prefix` false) or as a prefix,
    // adding it with `symbol_if_new` when absent.
    std::uint32_t insert(std::string_view text, bool prefix, std::uint32_t symbol_if_new);
    // The exact symbol of `word` (or StringTable::kMissing); appends the
    // symbols of its prefixes to `prefixes`, shortest first.
    std::uint32_t find(std::string_view word, std::vector<std::uint32_t>& prefixes) const {
      std::uint32_t node = 0;
      for (const char byte : word) {
        node = children_[node * classes_ + class_of_[static_cast<unsigned char>(byte)]];
        if (node == 0) {
          return StringTable::kMissing;
        }
        if (symbols_[node].prefix != StringTable::kMissing) {
          prefixes.push_back(symbols_[node].prefix);
        }
      }
      return symbols_[node].exact;
    }

   private:
    struct Symbols {
      std::uint32_t exact = StringTable::kMissing;
      std::uint32_t prefix = StringTable::kMissing;
    };
    // The class of `byte`, giving it the next one if it has none yet.
    std::uint32_t add_class(char byte);

    std::vector<Symbols> symbols_ = std::vector<Symbols>(1);  // per node; node 0 is the root
    std::array<std::uint32_t, 256> class_of_{};               // 0: the byte occurs in no entry
    std::uint32_t classes_ = 1;                               // class 0 included
    // Child of node n on class c at [n * classes_ + c]; 0 where there is none
    // (the root is nobody's child). Column 0 stays 0, so a byte of class 0
    // ends the walk without a separate test.
    std::vector<std::uint32_t> children_ = std::vector<std::uint32_t>(1);
  };
  void add_unit(const tokenise::TokenisedText& text, const tokenise::Token& unit,
                UnitSymbols& out) const;

  std::uint32_t next_symbol_ = 0;
  WordTrie forms_;     // kForm and kPrefix steps
  WordTrie surfaces_;  // kSurface and kSurfacePrefix steps
  StringTable stems_;
  bool has_surface_steps_ = false;
};

}  // namespace framelens::lexicon
