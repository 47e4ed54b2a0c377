#pragma once

#include <filesystem>
#include <string_view>

namespace framelens {

/// Writes `content` to `path` through a temporary file in the same folder that
/// is renamed over `path` once complete, so a reader never sees half a file.
/// Throws Error when the file cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace framelens
