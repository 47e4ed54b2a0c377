#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace framelens::ingest {

/// Cleaning rules for one document, as a manifest's `trim:` states them.
struct TrimRules {
  std::string start_at;                 ///< Keep text from its first occurrence (empty: off).
  std::string end_before;               ///< Drop text from its first occurrence on (empty: off).
  std::vector<std::string> drop_lines;  ///< ECMAScript regexes searched in each whole line.
};

/// The cleaned text with its map to the input and the removed stretches.
struct TrimResult {
  std::string text;
  SourceMap source_map;
  std::vector<Removal> removed;
};

/// Applies `rules` to `input` (the document's bytes). A `start_at` or
/// `end_before` that does not occur is an InputError naming `origin`, since a
/// silent no-op would leave boilerplate in the analysis. A bad regex is an
/// InputError too.
[[nodiscard]] TrimResult apply_trim(std::string_view input, const TrimRules& rules,
                                    std::string_view origin);

}  // namespace framelens::ingest
