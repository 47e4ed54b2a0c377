#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "lexicon/match.hpp"
#include "tokenise/token.hpp"

namespace framelens::lexicon {

/// Finds the terms of a set of lexicons in tokenised text.
///
/// Terms are tokenised like documents. Within one lexicon, matching is
/// leftmost-longest and non-overlapping over the categories and contrasts
/// together; when the same term text is listed in several entries of a
/// lexicon, each of them gets a match for that span. Actor aliases are matched
/// in a separate pass so naming a person never hides a framing term.
/// Lexicons are matched independently of each other. Matching is
/// case-insensitive on folded forms unless a term is case-sensitive, and a
/// final '*' matches any token that starts with the given prefix.
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
  struct Automaton;
  std::vector<Lexicon> lexicons_;
  std::vector<std::unique_ptr<Automaton>> terms_;   // one per lexicon
  std::vector<std::unique_ptr<Automaton>> actors_;  // one per lexicon
};

}  // namespace framelens::lexicon
