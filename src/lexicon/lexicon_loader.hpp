#pragma once

#include <filesystem>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace framelens::lexicon {

/// Parses and validates a lexicon in the YAML format of design §3.2 (plus
/// `sources:`, a list of strings, and `stemming: none|english`). `origin`
/// names the source in messages. Every problem of the file is collected:
/// unknown keys (with "did you mean"), missing or duplicate ids, empty terms,
/// terms without letters, '*' anywhere but the end of a word, non-positive or
/// non-finite weights, bad `case` or `stemming` values, and a term in two
/// options of one contrast. Throws one InputError whose message holds one
/// `origin:line:col: message` line (1-based) per problem, in file order. A
/// YAML syntax error stops at once and is the only line.
[[nodiscard]] Lexicon parse_lexicon(std::string_view text, std::string_view origin);

/// Reads `path` and parses it by its extension: `.yaml`/`.yml` with
/// parse_lexicon, `.dic` with parse_dic, anything else as a word list with
/// parse_word_list. Throws InputError when the file cannot be read or parsed.
[[nodiscard]] Lexicon load_lexicon(const std::filesystem::path& path);

}  // namespace framelens::lexicon
