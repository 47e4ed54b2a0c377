#pragma once

#include <filesystem>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace framelens::lexicon {

/// Parses and validates a lexicon in the YAML format of design §3.2.
/// `origin` names the source in messages. Throws InputError with
/// `origin:line:col: message` (1-based) for the first problem found: syntax
/// errors, unknown keys (with "did you mean"), missing or duplicate ids, empty
/// terms, '*' anywhere but the end of a token, non-positive or non-finite
/// weights, and a term in two options of one contrast.
[[nodiscard]] Lexicon parse_lexicon(std::string_view text, std::string_view origin);

/// Reads `path` and parses it with parse_lexicon.
[[nodiscard]] Lexicon load_lexicon(const std::filesystem::path& path);

}  // namespace framelens::lexicon
