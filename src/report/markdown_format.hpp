#pragma once

#include <string>
#include <string_view>

namespace framelens::report {

/// Corpus or lexicon text made safe for a Markdown table cell or list item:
/// characters with a Markdown meaning (| * _ ` [ ] < > \) are escaped with a
/// backslash and newlines become spaces.
[[nodiscard]] std::string markdown_escape(std::string_view text);

}  // namespace framelens::report
