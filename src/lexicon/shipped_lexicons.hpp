#pragma once

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

}  // namespace framelens::lexicon
