#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"
#include "ingest/trim.hpp"

namespace framelens::ingest {

/// What a document's input is.
enum class InputKind {
  kFileBytes,      ///< A whole file's bytes, in IngestOptions::encoding.
  kDecodedString,  ///< A JSONL/CSV value, already valid UTF-8.
};

/// Turns a document's input into its cleaned text: checks the size limit and
/// for NUL bytes, decodes file bytes (dropping a BOM), applies `rules`,
/// normalises (normalise_text), and fills `doc.text`, `doc.source_map` (to
/// the input's bytes) and `doc.removed`. `origin` names the input in messages
/// ("file" or "file:line").
///
/// Returns false, with a warning appended to `warnings`, when the document
/// must be left out: over IngestOptions::max_document_bytes, binary (a NUL
/// byte), a bad byte under OnInvalid::kSkip, or empty after cleaning. Throws
/// InputError for a bad byte under OnInvalid::kError (naming line, column and
/// byte offset, with the flags that fix it) and for trim rules that do not apply.
[[nodiscard]] bool build_document(Document& doc, std::string_view input, InputKind kind,
                                  const TrimRules& rules, const IngestOptions& options,
                                  std::string_view origin, std::vector<Warning>& warnings);

/// Reads a document file, or returns nothing with a warning when it is larger
/// than IngestOptions::max_document_bytes (checked before reading). Throws
/// InputError when the file cannot be read.
[[nodiscard]] std::optional<std::string> read_document_file(const std::filesystem::path& path,
                                                            const IngestOptions& options,
                                                            std::vector<Warning>& warnings);

/// Where a document came from, for messages: its file, with `:line` for a
/// JSONL or CSV record.
[[nodiscard]] std::string document_origin(const Document& doc);

}  // namespace framelens::ingest
