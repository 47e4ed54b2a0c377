#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace framelens::tokenise::unicode {

/// Byte classes of the ASCII fast path.
enum class Ascii : std::uint8_t {
  kOther,
  kSpace,     ///< ' ', '\t', '\r', '\f', '\v'
  kNewline,   ///< '\n'
  kLower,     ///< 'a'..'z'
  kUpper,     ///< 'A'..'Z'
  kDigit,     ///< '0'..'9'
  kHigh,      ///< a byte >= 0x80: part of a multi-byte UTF-8 sequence
  kPeriod,    ///< '.'
  kTerminal,  ///< '!' or '?'
  kDoubleQuote,
  kApostrophe,
  kHyphen,
  kComma,
  kCloser,  ///< ')' or ']'
};

namespace detail {

constexpr std::array<Ascii, 256> make_ascii_table() {
  std::array<Ascii, 256> table{};
  for (std::size_t i = 0x80; i < 256; ++i) {
    table[i] = Ascii::kHigh;
  }
  for (char c = 'a'; c <= 'z'; ++c) {
    table[static_cast<unsigned char>(c)] = Ascii::kLower;
  }
  for (char c = 'A'; c <= 'Z'; ++c) {
    table[static_cast<unsigned char>(c)] = Ascii::kUpper;
  }
  for (char c = '0'; c <= '9'; ++c) {
    table[static_cast<unsigned char>(c)] = Ascii::kDigit;
  }
  for (char c : {' ', '\t', '\r', '\f', '\v'}) {
    table[static_cast<unsigned char>(c)] = Ascii::kSpace;
  }
  table['\n'] = Ascii::kNewline;
  table['.'] = Ascii::kPeriod;
  table['!'] = Ascii::kTerminal;
  table['?'] = Ascii::kTerminal;
  table['"'] = Ascii::kDoubleQuote;
  table['\''] = Ascii::kApostrophe;
  table['-'] = Ascii::kHyphen;
  table[','] = Ascii::kComma;
  table[')'] = Ascii::kCloser;
  table[']'] = Ascii::kCloser;
  return table;
}

inline constexpr std::array<Ascii, 256> kAsciiTable = make_ascii_table();

}  // namespace detail

/// The class of byte `byte`.
[[nodiscard]] inline Ascii ascii_class(char byte) {
  return detail::kAsciiTable[static_cast<unsigned char>(byte)];
}

/// True for 'a'..'z', 'A'..'Z', '0'..'9'.
[[nodiscard]] inline bool is_ascii_word(Ascii c) {
  return c == Ascii::kLower || c == Ascii::kUpper || c == Ascii::kDigit;
}

/// A decoded code point and its length in bytes. Invalid UTF-8 decodes as
/// U+FFFD of length 1.
struct Decoded {
  std::int32_t code = 0;
  std::uint32_t length = 1;
};

/// The code point starting at byte `at` of `text` (`at` < text.size()).
[[nodiscard]] Decoded decode(std::string_view text, std::size_t at);

/// True for letters, combining marks and decimal digits of any script.
[[nodiscard]] bool is_word_code(std::int32_t code);

/// True for upper- and title-case letters.
[[nodiscard]] bool is_upper_code(std::int32_t code);

/// True for lower-case letters.
[[nodiscard]] bool is_lower_code(std::int32_t code);

/// Appends the lower-case form of `code` to `out` as UTF-8.
void append_lower(std::string& out, std::int32_t code);

inline constexpr std::int32_t kLeftDouble = 0x201C;   // “
inline constexpr std::int32_t kRightDouble = 0x201D;  // ”
inline constexpr std::int32_t kLeftSingle = 0x2018;   // ‘
inline constexpr std::int32_t kRightSingle = 0x2019;  // ’ (also the typographic apostrophe)

}  // namespace framelens::tokenise::unicode
