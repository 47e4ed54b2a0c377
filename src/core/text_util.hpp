#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace framelens {

/// Reads a whole file as bytes. Throws InputError naming the file when it
/// cannot be opened or read.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

/// ASCII lower-casing; bytes >= 0x80 are left as they are.
[[nodiscard]] std::string ascii_lower(std::string_view text);

/// `text` without leading and trailing ASCII white space.
[[nodiscard]] std::string_view trim_ascii(std::string_view text);

/// Levenshtein distance between two byte strings.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` by edit distance when it is close enough to
/// be a likely typo (distance <= max(2, |word| / 3)); empty otherwise.
[[nodiscard]] std::string closest_match(std::string_view word,
                                        std::span<const std::string_view> candidates);

/// `value` with exactly `decimals` digits after the point, rounded half away
/// from zero first so the same number prints the same bytes everywhere;
/// never "-0.00".
[[nodiscard]] std::string fixed_decimals(double value, int decimals);

/// `text` with newlines and tabs shown as spaces and cut to `max_bytes` at a
/// UTF-8 boundary, "..." appended when cut. For quoting bad values in messages.
[[nodiscard]] std::string quote_excerpt(std::string_view text, std::size_t max_bytes = 40);

}  // namespace framelens
