#include "tokenise/unicode.hpp"

#include <utf8proc.h>

namespace framelens::tokenise::unicode {

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
