#pragma once

#include <cstdint>

#include "tokenise/token.hpp"

namespace framelens::lexicon {

/// What a matched term belongs to.
enum class EntryKind : std::uint8_t { kCategory, kContrastOption, kActor };

/// One occurrence of a lexicon term in a document.
struct Match {
  std::uint32_t lexicon = 0;  ///< Index into the matcher's lexicons.
  EntryKind kind = EntryKind::kCategory;
  std::uint32_t group = 0;   ///< Category, contrast or actor index in the lexicon.
  std::uint32_t option = 0;  ///< Contrast option index (0 for categories and actors).
  std::uint32_t term = 0;    ///< Term index within the category/option; alias index for actors.
  std::uint32_t first_token = 0;  ///< Index of the first matched token.
  std::uint32_t token_count = 0;
  std::uint32_t begin = 0;  ///< Byte span in Document::text.
  std::uint32_t end = 0;
  std::uint32_t sentence = 0;
  tokenise::Voice voice = tokenise::Voice::kNarrative;  ///< Voice of the first token.
  bool scare_quoted = false;  ///< The first token is inside scare quotes (voice is narrative).
  bool partial = false;  ///< Starts or ends inside a hyphenated compound ("anti-[government]").
};

}  // namespace framelens::lexicon
