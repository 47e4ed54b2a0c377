#pragma once

#include <filesystem>

#include "core/document.hpp"

namespace framelens::ingest {

/// Reads a folder with one sub-folder per outlet holding `.txt` / `.md`
/// articles. Outlet ids are the sub-folder names; document ids are
/// `outlet/file-stem`. Folders and files are taken in sorted order so runs are
/// reproducible. Appends to `corpus`; throws InputError when `root` holds no
/// outlet folder with articles.
void read_directory(const std::filesystem::path& root, Corpus& corpus);

}  // namespace framelens::ingest
