#include "ingest/decode.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <array>

#include "core/error.hpp"

namespace framelens::ingest {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Windows-1252 bytes 0x80-0x9F (WHATWG encoding index); 0 marks the five
// bytes the code page leaves undefined.
constexpr std::array<char32_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_code_point(std::string& out, char32_t code) {
  std::array<utf8proc_uint8_t, 4> buffer{};
  const utf8proc_ssize_t length =
      utf8proc_encode_char(static_cast<utf8proc_int32_t>(code), buffer.data());
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

// Code point of a single byte in a one-byte code page, or 0 when undefined.
char32_t single_byte_code_point(unsigned char byte, InputEncoding encoding) {
  if (encoding == InputEncoding::kWindows1252 && byte >= 0x80 && byte <= 0x9F) {
    return kWindows1252High[byte - 0x80U];
  }
  return byte;
}

}  // namespace

DecodedText decode_text(std::string_view bytes, InputEncoding encoding, OnInvalid on_invalid,
                        bool at_file_start) {
  DecodedText result;
  result.text.reserve(bytes.size());
  std::size_t at = 0;
  if (encoding == InputEncoding::kUtf8 && at_file_start && bytes.starts_with(kBom)) {
    at = kBom.size();
  }
  const auto bad_byte = [&](std::size_t offset) {
    if (result.first_bad == DecodedText::kNone) {
      result.first_bad = offset;
    }
    if (on_invalid != OnInvalid::kReplace) {
      return false;
    }
    const std::size_t text_begin = result.text.size();
    result.text.append(kReplacement);
    result.source_map.append_replacement(result.text.size() - text_begin, offset, 1);
    ++result.replaced;
    return true;
  };
  while (at < bytes.size()) {
    // Runs of ASCII are the same in every supported encoding.
    std::size_t ascii_end = at;
    while (ascii_end < bytes.size() && static_cast<unsigned char>(bytes[ascii_end]) < 0x80U) {
      ++ascii_end;
    }
    if (ascii_end > at) {
      result.text.append(bytes.substr(at, ascii_end - at));
      result.source_map.append(ascii_end - at, at, ascii_end - at);
      at = ascii_end;
      continue;
    }
    if (encoding == InputEncoding::kUtf8) {
      utf8proc_int32_t code = 0;
      const utf8proc_ssize_t length =
          utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + at),
                           static_cast<utf8proc_ssize_t>(bytes.size() - at), &code);
      if (length <= 0) {
        if (!bad_byte(at)) {
          return result;
        }
        ++at;
        continue;
      }
      const auto size = static_cast<std::size_t>(length);
      result.text.append(bytes.substr(at, size));
      result.source_map.append(size, at, size);
      at += size;
      continue;
    }
    const char32_t code = single_byte_code_point(static_cast<unsigned char>(bytes[at]), encoding);
    if (code == 0) {
      if (!bad_byte(at)) {
        return result;
      }
    } else {
      const std::size_t text_begin = result.text.size();
      append_code_point(result.text, code);
      result.source_map.append_replacement(result.text.size() - text_begin, at, 1);
    }
    ++at;
  }
  return result;
}

TextPosition position_of(std::string_view bytes, std::size_t offset) {
  TextPosition position;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      ++position.line;
      line_start = i + 1;
    }
  }
  position.column = offset - line_start + 1;
  return position;
}

std::string describe_bad_byte(unsigned char byte, std::size_t file_offset, InputEncoding encoding) {
  if (encoding == InputEncoding::kWindows1252) {
    return fmt::format("byte 0x{:02X} at byte offset {} is not defined in windows-1252", byte,
                       file_offset);
  }
  return fmt::format("invalid UTF-8 (byte 0x{:02X} at byte offset {})", byte, file_offset);
}

std::string_view bad_byte_fix(InputEncoding encoding) {
  if (encoding == InputEncoding::kWindows1252) {
    return "pass --input-encoding=latin-1, or --on-invalid=replace or --on-invalid=skip to go on";
  }
  return "if the file is not UTF-8 pass --input-encoding=windows-1252 (or latin-1), or pass "
         "--on-invalid=replace or --on-invalid=skip to go on";
}

bool accept_decoded(const DecodedText& decoded, std::string_view input, std::size_t file_offset,
                    std::size_t first_line, std::string_view container,
                    const IngestOptions& options, std::vector<Warning>& warnings) {
  if (decoded.first_bad == DecodedText::kNone) {
    return true;
  }
  const TextPosition at = position_of(input, decoded.first_bad);
  const std::string where = fmt::format("{}:{}:{}", container, first_line + at.line - 1, at.column);
  const std::string what = describe_bad_byte(static_cast<unsigned char>(input[decoded.first_bad]),
                                             file_offset + decoded.first_bad, options.encoding);
  switch (options.on_invalid) {
    case OnInvalid::kError:
      throw InputError(fmt::format("{}: {}; {}", where, what, bad_byte_fix(options.encoding)));
    case OnInvalid::kSkip:
      warnings.push_back({where, what + "; skipped (--on-invalid=skip)"});
      return false;
    case OnInvalid::kReplace:
      warnings.push_back({where, fmt::format("{}; replaced {} bad byte(s) with U+FFFD "
                                             "(--on-invalid=replace)",
                                             what, decoded.replaced)});
      return true;
  }
  return true;
}

}  // namespace framelens::ingest
