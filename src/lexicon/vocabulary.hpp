#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/string_table.hpp"
#include "lexicon/word_cache.hpp"
#include "lexicon/word_trie.hpp"
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
  std::vector<std::uint64_t> tags;     ///< Per unit: its symbols' tags, ORed (see finish()).
  std::vector<std::uint32_t> scratch;  ///< Working space of Vocabulary::symbols_of.
  WordCache cache;                     ///< Words seen before: see Vocabulary::symbols_of.
};

/// Every distinct word of the compiled terms, as symbol ids. A token carries
/// the symbol of each step it satisfies, so the matcher's trie runs over
/// integers.
class Vocabulary {
 public:
  /// The symbol of a step (the same id for the same kind and text).
  std::uint32_t intern(StepKind kind, std::string_view text);

  /// Readies the vocabulary for symbols_of(). Call once, after the last
  /// intern(); intern() throws std::logic_error after it. `tags` gives
  /// symbol s the tag tags[s] (0 for symbols past its end): any 64 bits the
  /// caller wants ORed per unit (the matcher's are the tries a symbol can
  /// start a match in).
  void finish(std::vector<std::uint64_t> tags = {});

  /// The symbols of every unit of `text`, in this order per unit: exact
  /// surface, surface prefixes (longest first), exact folded form, stem,
  /// folded prefixes (longest first); and each unit's tags. Words met
  /// before, in this call or an earlier one with the same `out`, come from
  /// out.cache. Needs finish().
  void symbols_of(const tokenise::TokenisedText& text, UnitSymbols& out) const;

  /// How many symbols intern() has handed out (ids 0 .. symbol_count()-1).
  [[nodiscard]] std::uint32_t symbol_count() const { return next_symbol_; }

 private:
  void add_unit(const tokenise::TokenisedText& text, const tokenise::Token& unit,
                UnitSymbols& out) const;

  std::uint32_t next_symbol_ = 0;
  std::uint64_t id_ = 0;  // unique to this vocabulary once finished; names it to WordCache
  WordTrie forms_;        // kForm and kPrefix steps
  WordTrie surfaces_;     // kSurface and kSurfacePrefix steps
  StringTable stems_;
  bool has_surface_steps_ = false;
  std::vector<std::uint64_t> tags_;  // per symbol
};

}  // namespace framelens::lexicon
