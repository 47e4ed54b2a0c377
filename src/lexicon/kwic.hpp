#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/matcher.hpp"
#include "tokenise/token.hpp"

namespace framelens::lexicon {

/// Options of a keyword-in-context search.
struct KwicOptions {
  std::size_t window_tokens = 8;  ///< Tokens of context on each side of a hit.
  std::string outlet;             ///< Only documents of this outlet id; all when empty.
};

/// One hit with its context. Context is the text around the hit with every
/// run of white space shown as one space; `left` ends and `right` starts with
/// that space when the text has one there, so left + hit + right reads as
/// the text does.
struct KwicHit {
  std::string document;        ///< Document id.
  std::string outlet;          ///< Outlet id.
  std::uint32_t sentence = 0;  ///< Sentence index in the document, from 0.
  tokenise::Voice voice = tokenise::Voice::kNarrative;
  bool scare_quoted = false;  ///< Narrative words inside scare quotes.
  std::string term;           ///< The lexicon term that matched.
  std::string left;
  std::string hit;
  std::string right;
};

/// The hit for match `m` of document `doc` (tokenised as `text`) with up to
/// `window_tokens` tokens of context on each side.
[[nodiscard]] KwicHit make_hit(const Document& doc, const tokenise::TokenisedText& text,
                               const Match& m, const Matcher& matcher, std::size_t window_tokens);

/// Finds `pattern` in every document of `corpus` (in corpus order, then text
/// order). `pattern` is `LEXICON:CATEGORY`, `LEXICON:CONTRAST` (every option)
/// or `LEXICON:CONTRAST/OPTION` when LEXICON is the id of one of `lexicons`;
/// otherwise it is a term in the lexicon term syntax (a word, a phrase, a
/// `prefix*` wildcard), matched case-insensitively. Throws InputError for an
/// invalid term, or an unknown category/contrast/option (with "did you mean"),
/// or an outlet the corpus does not have.
[[nodiscard]] std::vector<KwicHit> find_in_context(const Corpus& corpus,
                                                   const std::vector<Lexicon>& lexicons,
                                                   std::string_view pattern,
                                                   const KwicOptions& options);

}  // namespace framelens::lexicon
