#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/report_input.hpp"

namespace framelens::report {

/// `text` with & < > " ' replaced by character references, safe both as
/// element content and inside a double- or single-quoted attribute value.
[[nodiscard]] std::string escape_html(std::string_view text);

/// Appends escape_html(text) to `out`.
void append_escaped(std::string& out, std::string_view text);

/// True when `url` may become a link: an absolute http:// or https:// URL
/// (scheme case-insensitive) with no whitespace or control characters.
/// Everything else (javascript:, data:, relative paths, …) stays plain text.
[[nodiscard]] bool is_safe_link(std::string_view url);

/// `text` escaped, with each of `marks` (sorted, non-overlapping byte ranges
/// of `text`) wrapped in <mark>. Marks that do not fit in `text` are dropped.
[[nodiscard]] std::string marked_html(std::string_view text, const std::vector<Highlight>& marks);

/// At most `max_chars` characters of UTF-8 `text` (never splitting a
/// character), with "…" appended when shortened.
[[nodiscard]] std::string shorten(std::string_view text, std::size_t max_chars);

/// Standard base64 (RFC 4648, with padding) of `bytes`.
[[nodiscard]] std::string base64(std::string_view bytes);

}  // namespace framelens::report
