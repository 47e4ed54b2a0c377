#pragma once

#include <string_view>

#include "tokenise/token.hpp"

namespace framelens::tokenise {

/// Splits UTF-8 `text` into word tokens and sentences and marks each token's
/// voice.
///
/// Words are runs of Unicode letters and digits, joined by an inner
/// apostrophe, hyphen, period (abbreviations such as "U.S.") or digit
/// separator ("270,000", "3.5"). A trailing possessive 's is left out of the
/// token. Sentences end at '.', '!' or '?' followed by white space, except
/// after common abbreviations and initials, and at every line break.
/// Tokens between double quotes (straight or typographic) are quoted.
/// Throws std::length_error for texts of 4 GiB or more.
[[nodiscard]] TokenisedText tokenise(std::string_view text);

}  // namespace framelens::tokenise
