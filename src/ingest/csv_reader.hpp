#pragma once

#include <filesystem>
#include <istream>
#include <string_view>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// Reads CSV (RFC 4180) from `in`, one record at a time: a header row naming
/// the columns (case-insensitive; `outlet` and `text` required; `id`, `title`,
/// `date`, `url`, `author`, `event` optional), then one document per record.
/// Fields may be quoted with '"', a quote inside doubled ("""), and quoted
/// fields may hold commas and line breaks. Records end at LF or CRLF.
/// `origin` names the file in messages and becomes Document::source_path.
/// Each record is decoded with IngestOptions::encoding (a BOM at the start of
/// the file is dropped); bad bytes follow IngestOptions::on_invalid.
///
/// Throws InputError naming `origin:line` (and column where it helps) for a
/// quoted field that is never closed, a quote inside an unquoted field,
/// anything but a comma or line break after a closing quote, and a header
/// without `outlet` or `text` or with a column named twice. A record with the
/// wrong number of fields is left out with a warning; blank lines are passed
/// over; unknown columns are reported once.
void parse_csv(std::istream& in, std::string_view origin, const IngestOptions& options,
               Corpus& corpus);

/// Opens `path` and calls parse_csv. Throws InputError when it cannot be opened.
void load_csv(const std::filesystem::path& path, const IngestOptions& options, Corpus& corpus);

}  // namespace framelens::ingest
