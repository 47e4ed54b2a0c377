#pragma once

#include <string>
#include <string_view>

namespace framelens::lexicon {

/// What is wrong with the term text `text`, or an empty string when it is a
/// valid term: it must have a word to match, and '*' may only end a word that
/// has something before it (suffix wildcard).
[[nodiscard]] std::string term_text_problem(std::string_view text);

}  // namespace framelens::lexicon
