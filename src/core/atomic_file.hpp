#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

namespace framelens {

/// Writes `content` to `path` through a temporary file in the same folder that
/// is renamed over `path` once complete, so a reader never sees half a file.
/// Throws Error when the file cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// As above, with the content written to the stream by `write`, for files
/// too large to hold in memory. Throws Error when the file cannot be
/// written; exceptions from `write` pass through, the temporary file removed.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

}  // namespace framelens
