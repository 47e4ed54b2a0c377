#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace framelens::lexicon {

/// A file compiled into the binary.
struct EmbeddedFile {
  std::string_view name;     ///< File name, e.g. "conflict.yaml".
  std::string_view content;  ///< The file's bytes.
};

namespace detail {
extern const std::vector<EmbeddedFile> kEmbeddedFiles;
}

/// The lexicons of the project's `lexicons/` folder as they were at build
/// time, sorted by file name.
[[nodiscard]] const std::vector<EmbeddedFile>& shipped_lexicon_files();

/// Parses every shipped lexicon; their origin is "<builtin>/NAME".
[[nodiscard]] std::vector<Lexicon> load_shipped_lexicons();

/// The word that stands for every shipped lexicon in a list of lexicon files,
/// so users can add their own lexicons to the shipped ones:
/// `-l shipped -l mine.yaml`.
inline constexpr std::string_view kShippedKeyword = "shipped";

/// A lexicon with the bytes it was read from, so a report can hash them.
struct LoadedLexicon {
  Lexicon lexicon;
  std::string bytes;
};

/// Loads the lexicons a user named, in order: each path by its extension
/// (load_lexicon: YAML, `.dic` or word list), the word "shipped" as every
/// shipped lexicon, and an empty list as the shipped lexicons. Throws
/// InputError for a file that cannot be read or parsed, and when two
/// lexicons share an id (their figures could not be told apart).
[[nodiscard]] std::vector<LoadedLexicon> load_lexicon_list(
    const std::vector<std::filesystem::path>& paths);

}  // namespace framelens::lexicon
