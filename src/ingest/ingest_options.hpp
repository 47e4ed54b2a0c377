#pragma once

#include <cstddef>
#include <string_view>

namespace framelens::ingest {

/// How the bytes of article files (and JSONL/CSV containers) are encoded.
enum class InputEncoding { kUtf8, kWindows1252, kLatin1 };

/// What to do with bytes that are not valid in the input encoding.
enum class OnInvalid {
  kError,    ///< Stop with an InputError naming file, line, column and byte offset.
  kReplace,  ///< Put U+FFFD in place of each bad byte; one warning per document.
  kSkip,     ///< Leave the document out; one warning per document.
};

/// What to do with duplicate documents (always reported as warnings).
enum class DuplicatePolicy {
  kKeep,       ///< Keep every copy.
  kDropExact,  ///< Drop later documents whose cleaned text equals an earlier one.
  kDropNear,   ///< Drop exact duplicates and later near-duplicates from another outlet.
};

/// Options for reading a corpus; the defaults are what `framelens` uses
/// without flags.
struct IngestOptions {
  bool allow_outside = false;  ///< Accept manifest `file:` paths outside the manifest's folder.
  InputEncoding encoding = InputEncoding::kUtf8;
  OnInvalid on_invalid = OnInvalid::kError;
  std::size_t max_document_bytes = std::size_t{10} << 20U;  ///< Larger documents are skipped.
  DuplicatePolicy duplicates = DuplicatePolicy::kKeep;
  /// Jaccard similarity of word 5-gram shingle sets at or above which two
  /// documents of different outlets count as near-duplicates.
  double near_duplicate_threshold = 0.8;
  bool strict = false;  ///< Any warning becomes an InputError.
};

/// Parses "utf-8", "windows-1252" (also "cp1252") or "latin-1" (also
/// "iso-8859-1"). Throws InputError naming the accepted values otherwise.
[[nodiscard]] InputEncoding parse_input_encoding(std::string_view name);

/// Parses "error", "replace" or "skip". Throws InputError otherwise.
[[nodiscard]] OnInvalid parse_on_invalid(std::string_view name);

/// Parses "keep", "drop-exact" or "drop-near". Throws InputError otherwise.
[[nodiscard]] DuplicatePolicy parse_duplicate_policy(std::string_view name);

}  // namespace framelens::ingest
