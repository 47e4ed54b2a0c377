#pragma once

#include <string>
#include <string_view>

#include "core/source_map.hpp"

namespace framelens::ingest {

/// Text prepared for matching, with the map back to the text it came from.
struct NormalisedText {
  std::string text;
  SourceMap source_map;  ///< text offset -> input offset.
};

/// Normalises valid UTF-8 `text` for matching (docs/corpus-formats.md lists
/// the rules), one extended grapheme cluster at a time:
/// - Unicode NFC (utf8proc);
/// - single typographic quotes and apostrophes (U+2018-U+201B) become ASCII ';
///   double ones (U+201C, U+201D) are kept, since the tokeniser uses their
///   direction to find quotations;
/// - hyphens U+2010, U+2011 become '-'; dashes U+2012-U+2015 and U+2212 become
///   '-' when white space is on either side, else " - ", so the words around
///   a dash never read as one hyphenated word;
/// - no-break and other fixed-width spaces become ' '; U+2028/U+2029 and CR
///   (alone or before LF) become LF;
/// - soft hyphens, zero-width spaces, word joiners and U+FEFF are removed.
/// Unchanged characters map byte for byte; every byte of a changed character
/// maps to the first byte of the original. Throws std::invalid_argument when
/// `text` is not valid UTF-8 (decode first).
[[nodiscard]] NormalisedText normalise_text(std::string_view text);

}  // namespace framelens::ingest
