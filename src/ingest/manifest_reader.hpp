#pragma once

#include <filesystem>
#include <string_view>

#include "core/document.hpp"

namespace framelens::ingest {

/// Options that change what a manifest may refer to.
struct ManifestOptions {
  bool allow_outside = false;  ///< Accept `file:` paths outside the manifest's folder.
};

/// Parses a `corpus.yaml` manifest (design §3.1): `name`, `description`,
/// `language`, `outlets` (id -> name, country, kind) and `documents` (file,
/// outlet, title, date, url, author, event, id, trim). Files are resolved
/// against `base_dir`, read, trimmed, and appended to `corpus`. Every problem
/// is an InputError naming `origin:line:col`.
void parse_manifest(std::string_view text, std::string_view origin,
                    const std::filesystem::path& base_dir, const ManifestOptions& options,
                    Corpus& corpus);

/// Reads the manifest file at `path` and calls parse_manifest with its folder.
void load_manifest(const std::filesystem::path& path, const ManifestOptions& options,
                   Corpus& corpus);

}  // namespace framelens::ingest
