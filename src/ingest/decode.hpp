#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/source_map.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// Input bytes turned into UTF-8, with the map back to those bytes.
struct DecodedText {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  std::string text;               ///< Valid UTF-8 (up to the first bad byte when one stopped it).
  SourceMap source_map;           ///< text offset -> input byte offset.
  std::size_t replaced = 0;       ///< Bad bytes replaced with U+FFFD.
  std::size_t first_bad = kNone;  ///< Input offset of the first bad byte, or kNone.
};

/// Decodes `bytes` from `encoding` to UTF-8. A UTF-8 byte order mark at the
/// start is dropped when `at_file_start`. A bad byte is one that is not part
/// of a valid UTF-8 sequence (overlong forms and surrogates included), or a
/// byte windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). With
/// OnInvalid::kReplace each bad byte becomes U+FFFD and decoding goes on;
/// otherwise decoding stops at the first bad byte and sets `first_bad`.
/// Never throws on bad input.
[[nodiscard]] DecodedText decode_text(std::string_view bytes, InputEncoding encoding,
                                      OnInvalid on_invalid, bool at_file_start);

/// 1-based line and byte column of `offset` in `bytes`.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};
[[nodiscard]] TextPosition position_of(std::string_view bytes, std::size_t offset);

/// The user-facing description of a bad byte, without position:
/// "invalid UTF-8 (byte 0xE9 at byte offset 12)" or "byte 0x81 at byte offset
/// 12 is not defined in windows-1252".
[[nodiscard]] std::string describe_bad_byte(unsigned char byte, std::size_t file_offset,
                                            InputEncoding encoding);

/// The fix to append to an error about a bad byte: which flags let the user go on.
[[nodiscard]] std::string_view bad_byte_fix(InputEncoding encoding);

/// Applies IngestOptions::on_invalid to the result of decode_text for a piece
/// of file `container` that starts at a line start (a whole file, a JSONL
/// line, a CSV record): `input` is the raw bytes, `file_offset` and
/// `first_line` where it starts in the file. Returns true when the decoded
/// text may be used (no bad byte, or bad bytes replaced, with a warning);
/// false with a warning under kSkip; throws InputError under kError with
/// `container:line:col`, the byte offset and the fix.
/// Messages say what was skipped or replaced.
[[nodiscard]] bool accept_decoded(const DecodedText& decoded, std::string_view input,
                                  std::size_t file_offset, std::size_t first_line,
                                  std::string_view container, const IngestOptions& options,
                                  std::vector<Warning>& warnings);

}  // namespace framelens::ingest
