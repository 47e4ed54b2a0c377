#pragma once

#include <filesystem>
#include <istream>
#include <string_view>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// Reads JSON Lines from `in`, one line at a time (never more than one line in
/// memory): each non-blank line is an object with `outlet` and `text` and
/// optionally `id`, `title`, `date`, `url`, `author`, `event` (strings;
/// numbers are taken as written; null counts as absent). `origin` names the
/// file in messages and becomes Document::source_path. Lines are decoded with
/// IngestOptions::encoding first (a BOM on the first line is dropped).
///
/// A line that is not valid JSON, not an object, or lacks `outlet` or `text`
/// is left out with a warning naming `origin:line`; unknown keys are reported
/// once per file. Bad bytes follow IngestOptions::on_invalid (accept_decoded).
void parse_jsonl(std::istream& in, std::string_view origin, const IngestOptions& options,
                 Corpus& corpus);

/// Opens `path` and calls parse_jsonl. Throws InputError when it cannot be opened.
void load_jsonl(const std::filesystem::path& path, const IngestOptions& options, Corpus& corpus);

}  // namespace framelens::ingest
