#include "tokenise/unicode.hpp"

#include <utf8proc.h>

namespace framelens::tokenise::unicode {
namespace {

constexpr std::array<Ascii, 256> make_table() {
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

constexpr std::array<Ascii, 256> kTable = make_table();

}  // namespace

Ascii ascii_class(char byte) { return kTable[static_cast<unsigned char>(byte)]; }

Decoded decode(std::string_view text, std::size_t at) {
  Decoded d;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at);
  utf8proc_int32_t code = 0;
  const utf8proc_ssize_t n =
      utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - at), &code);
  if (n <= 0) {
    d.code = 0xFFFD;
    d.length = 1;
  } else {
    d.code = code;
    d.length = static_cast<std::uint32_t>(n);
  }
  return d;
}

bool is_word_code(std::int32_t code) {
  if (code < 0x80) {
    return is_ascii_word(ascii_class(static_cast<char>(code)));
  }
  switch (utf8proc_category(code)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

bool is_upper_code(std::int32_t code) {
  const utf8proc_category_t category = utf8proc_category(code);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool is_lower_code(std::int32_t code) { return utf8proc_category(code) == UTF8PROC_CATEGORY_LL; }

void append_lower(std::string& out, std::int32_t code) {
  std::array<utf8proc_uint8_t, 4> buffer{};
  const utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_tolower(code), buffer.data());
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

}  // namespace framelens::tokenise::unicode
