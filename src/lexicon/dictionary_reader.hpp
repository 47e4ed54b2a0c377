#pragma once

#include <string_view>

#include "lexicon/lexicon.hpp"

namespace framelens::lexicon {

/// Parses a LIWC-style dictionary leniently. The lexicon id is the file name
/// of `origin` without its extension.
///
/// Format: a line holding '%', header lines `NUMBER NAME [...]` that map
/// category numbers to names, another '%' line, then entries
/// `WORD[ WORD...] NUMBER [NUMBER...]` separated by tabs or spaces. Each named
/// category with at least one entry becomes a category (id and label = NAME)
/// in header order. Leniency, all silent: a byte-order mark, CRLF line ends,
/// blank lines and stray spaces are ignored; header lines that do not start
/// with a number, fields of an entry that are not plain numbers (LIWC 2007's
/// "(02 134)125/464" syntax), category numbers the header does not name,
/// entries whose word is not a valid term ('*' inside a word) and repeated
/// entries are skipped. Throws InputError `origin:1:1: ...` when the first
/// non-blank line is not '%' or the header is never closed, and `origin: ...`
/// when no category has an entry.
[[nodiscard]] Lexicon parse_dic(std::string_view text, std::string_view origin);

/// Parses a plain word list: one term per line (a phrase or a `word*`
/// wildcard), blank lines and lines starting with '#' ignored, repeated terms
/// kept once. The lexicon id and its single category are named after the file
/// name of `origin` without its extension. Throws one InputError listing
/// every invalid term as `origin:line:col: message`, or `origin: ...` when the
/// list has no term.
[[nodiscard]] Lexicon parse_word_list(std::string_view text, std::string_view origin);

}  // namespace framelens::lexicon
