#pragma once

#include <filesystem>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// Reads a folder with one sub-folder per outlet holding `.txt` / `.md`
/// articles. Outlet ids are the sub-folder names; document ids are
/// `outlet/file-stem`. Folders and files are taken in sorted order so runs are
/// reproducible; hidden entries are passed over, other files are ignored with a
/// warning. Each article is cleaned by build_document (which may leave it out
/// with a warning). Appends to `corpus`; throws InputError when `root` holds no
/// outlet folder with articles.
void read_directory(const std::filesystem::path& root, const IngestOptions& options,
                    Corpus& corpus);

}  // namespace framelens::ingest
