#include "lexicon/term_check.hpp"

#include <fmt/format.h>

#include "core/text_util.hpp"
#include "tokenise/tokeniser.hpp"

namespace framelens::lexicon {

std::string term_text_problem(std::string_view text) {
  if (trim_ascii(text).empty()) {
    return "empty term; write the word or phrase to match";
  }
  std::size_t word_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') {
      word_start = i + 1;
    } else if (text[i] == '*') {
      const bool ends_word = i + 1 == text.size() || text[i + 1] == ' ';
      if (!ends_word || i == word_start) {
        return fmt::format(
            "term '{}': '*' is only allowed at the end of a word (suffix wildcard, as in "
            "'negotiat*')",
            text);
      }
    }
  }
  if (tokenise::tokenise(text).tokens.empty()) {
    return fmt::format("term '{}' has no letters or digits to match", text);
  }
  return {};
}

}  // namespace framelens::lexicon
