#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "lexicon/match.hpp"
#include "tokenise/token.hpp"

namespace framelens::lexicon {

/// Finds the terms of a set of lexicons in tokenised text (semantics in
/// docs/matching.md).
///
/// Terms are tokenised like documents and compiled into one trie per lexicon
/// over integer symbols. Within one lexicon, matching is leftmost-longest and
/// non-overlapping over the categories and contrasts together; when the same
/// term is listed in several entries of a lexicon, each gets a match for that
/// span, and when different terms cover the same longest span the most
/// specific wins (case-sensitive, then exact, then stem, then the longest
/// wildcard prefix). Actor aliases are matched in a separate pass so naming a
/// person never hides a framing term. Lexicons are matched independently, so
/// a lexicon's matches do not depend on the other lexicons or their order.
/// Matching is case-insensitive on folded forms unless a term is
/// case-sensitive; a final '*' matches any token starting with the given
/// prefix; lexicons with Stemming::kEnglish compare Snowball stems of plain
/// words. A hyphenated compound matches as a whole, and a term may also start
/// on any of its parts and run on through the following parts and tokens.
/// match() is const and safe to call from several threads at once.
class Matcher {
 public:
  /// Compiles `lexicons` (already validated by the loader).
  explicit Matcher(std::vector<Lexicon> lexicons);
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  /// Every match in `text`, ordered by lexicon, then begin offset, then entry.
  [[nodiscard]] std::vector<Match> match(const tokenise::TokenisedText& text) const;

  [[nodiscard]] const std::vector<Lexicon>& lexicons() const { return lexicons_; }

  /// The term text of `m` as written in its lexicon.
  [[nodiscard]] const std::string& term_text(const Match& m) const;

  /// The lexicon weight of the matched term (1 for actor aliases).
  [[nodiscard]] double term_weight(const Match& m) const;

 private:
  struct Compiled;
  std::vector<Lexicon> lexicons_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace framelens::lexicon
