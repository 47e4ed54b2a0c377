#pragma once

#include <string>
#include <vector>

#include "compare/analysis.hpp"
#include "compare/outlet_comparison.hpp"
#include "core/document.hpp"

namespace framelens::report {

/// An input file and its SHA-256, recorded so a report says what produced it.
struct InputFile {
  std::string role;  ///< "document", "manifest", "lexicon".
  std::string path;  ///< As given, or "<builtin>/name" for shipped lexicons.
  std::string sha256;
};

/// A lexicon as the report names it.
struct LexiconInfo {
  std::string id;
  int version = 1;
  std::string origin;
  std::size_t terms = 0;
};

/// Everything a report writer needs. Writers only format: every figure is
/// computed before this is filled.
struct ReportInput {
  std::string corpus_name;
  std::size_t document_count = 0;
  std::vector<LexiconInfo> lexicons;
  std::vector<InputFile> inputs;
  std::vector<Warning> warnings;
  compare::OutletComparison comparison;
  /// Every analysis figure (keyness, contrasts, frames, voices, intervals,
  /// map, events, windows) with its parameters; see compare/analysis.hpp.
  compare::Analysis analysis;
};

}  // namespace framelens::report
