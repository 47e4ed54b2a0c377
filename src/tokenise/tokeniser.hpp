#pragma once

#include <string_view>

#include "tokenise/token.hpp"

namespace framelens::tokenise {

/// Splits UTF-8 `text` into word tokens, sentences and quotations and marks
/// each token's voice (rules in docs/matching.md).
///
/// Words are runs of Unicode letters, marks and digits, joined by an inner
/// apostrophe, hyphen, period between single letters ("U.S.", "a.m.") or
/// between digits ("3.5"), and comma between digits ("270,000"). A final
/// possessive 's is left out of the token. A hyphenated word is one token
/// whose parts are also listed in TokenisedText::parts. Forms are folded to
/// lower case; the surface is kept through the byte span.
///
/// A sentence ends after '.', '!' or '?' (and any closing quotes or brackets)
/// before white space, unless the period follows a title ("Mr.", "Gen.") or an
/// initial, or the next word starts with a lower-case letter; and at every
/// line end. Tokens inside double quotes (straight or typographic), or single
/// quotes opened before a word, are quoted; scare quotes are narrative with
/// Token::scare_quoted (see scare_quotes.hpp). Throws std::length_error for
/// texts of 4 GiB or more.
[[nodiscard]] TokenisedText tokenise(std::string_view text);

/// As tokenise(text), into `out`, whose previous contents are replaced. Reusing
/// one TokenisedText for many documents keeps its buffers and so avoids
/// allocating them afresh for each document.
void tokenise(std::string_view text, TokenisedText& out);

}  // namespace framelens::tokenise
