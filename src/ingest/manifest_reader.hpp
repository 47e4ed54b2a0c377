#pragma once

#include <filesystem>
#include <string_view>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// Parses a `corpus.yaml` manifest (design §3.1): `name`, `description`,
/// `language`, `outlets` (id -> name, country, kind) and `documents` (file,
/// outlet, title, date, url, author, event, id, trim). Files are resolved
/// against `base_dir`, read and cleaned (build_document), and appended to
/// `corpus`. Problems with the manifest itself (unknown outlet or key, missing
/// file, a file outside `base_dir` unless IngestOptions::allow_outside, an
/// outlet declared twice) are InputErrors naming `origin:line:col`; problems
/// with one article file are warnings in `corpus.warnings` (build_document).
void parse_manifest(std::string_view text, std::string_view origin,
                    const std::filesystem::path& base_dir, const IngestOptions& options,
                    Corpus& corpus);

/// Reads the manifest file at `path` and calls parse_manifest with its folder.
void load_manifest(const std::filesystem::path& path, const IngestOptions& options, Corpus& corpus);

}  // namespace framelens::ingest
