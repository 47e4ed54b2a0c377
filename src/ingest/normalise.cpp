#include "ingest/normalise.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

namespace framelens::ingest {
namespace {

struct Decoded {
  char32_t code = 0;
  std::size_t length = 0;  // 0 at the end of the text
};

Decoded decode_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) {
    return {};
  }
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80U) {
    return {byte, 1};
  }
  utf8proc_int32_t code = 0;
  const utf8proc_ssize_t length =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                       static_cast<utf8proc_ssize_t>(text.size() - at), &code);
  if (length <= 0) {
    throw std::invalid_argument("normalise_text: input is not valid UTF-8");
  }
  return {static_cast<char32_t>(code), static_cast<std::size_t>(length)};
}

bool is_white(char32_t code) { return code == ' ' || code == '\t' || code == '\n' || code == '\r'; }

bool is_removed(char32_t code) {
  return code == 0x00AD || code == 0x200B || code == 0x2060 || code == 0xFEFF;
}

bool is_space(char32_t code) {
  return code == 0x00A0 || (code >= 0x2000 && code <= 0x200A) || code == 0x202F || code == 0x205F ||
         code == 0x3000;
}

bool is_dash(char32_t code) { return (code >= 0x2012 && code <= 0x2015) || code == 0x2212; }

// The ASCII replacement of a single-code-point cluster, or nullptr to keep it.
// `before_white`/`after_white`: white space (or the text's edge) on each side.
const char* fold(char32_t code, bool before_white, bool after_white) {
  if (code >= 0x2018 && code <= 0x201B) {
    return "'";
  }
  if (code == 0x2010 || code == 0x2011) {
    return "-";
  }
  if (is_dash(code)) {
    return before_white || after_white ? "-" : " - ";
  }
  if (is_space(code)) {
    return " ";
  }
  if (code == 0x2028 || code == 0x2029 || code == '\r') {
    return "\n";
  }
  return nullptr;
}

// NFC of one grapheme cluster.
std::string nfc(std::string_view cluster) {
  utf8proc_uint8_t* raw = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(cluster.data()),
                   static_cast<utf8proc_ssize_t>(cluster.size()), &raw,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(raw, &std::free);
  if (length < 0) {
    throw std::invalid_argument("normalise_text: input is not valid UTF-8");
  }
  return {reinterpret_cast<const char*>(raw), static_cast<std::size_t>(length)};
}

class Normaliser {
 public:
  explicit Normaliser(std::string_view text) : text_(text) {}

  NormalisedText run() {
    std::size_t at = 0;
    Decoded current = decode_at(text_, 0);
    utf8proc_int32_t state = 0;
    while (current.length > 0) {
      // Extend the cluster while utf8proc sees no grapheme boundary. Code
      // points below U+0300 always break from each other, except CR LF.
      std::size_t end = at + current.length;
      std::size_t code_points = 1;
      Decoded last = current;
      Decoded next = decode_at(text_, end);
      while (next.length > 0) {
        const bool fast_break =
            last.code < 0x300 && next.code < 0x300 && !(last.code == '\r' && next.code == '\n');
        if (fast_break) {
          state = 0;
          break;
        }
        if (utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(last.code),
                                             static_cast<utf8proc_int32_t>(next.code), &state)) {
          break;
        }
        end += next.length;
        ++code_points;
        last = next;
        next = decode_at(text_, end);
      }
      emit_cluster(at, end, code_points == 1 ? current.code : 0, next);
      at = end;
      current = next;
    }
    flush(text_.size());
    return std::move(out_);
  }

 private:
  // Unchanged input from kept_begin_ up to `end` goes out in one piece.
  void flush(std::size_t end) {
    if (end > kept_begin_) {
      out_.text.append(text_.substr(kept_begin_, end - kept_begin_));
      out_.source_map.append(end - kept_begin_, kept_begin_, end - kept_begin_);
    }
    kept_begin_ = end;
  }

  void replace(std::size_t begin, std::size_t end, std::string_view replacement) {
    flush(begin);
    out_.text.append(replacement);
    out_.source_map.append_replacement(replacement.size(), begin, end - begin);
    kept_begin_ = end;
  }

  // `single` is the cluster's code point when it has only one, else 0.
  void emit_cluster(std::size_t begin, std::size_t end, char32_t single, Decoded next) {
    const std::string_view cluster = text_.substr(begin, end - begin);
    if (cluster == "\r\n") {
      replace(begin, end, "\n");
      return;
    }
    if (single != 0) {
      if (is_removed(single)) {
        flush(begin);
        kept_begin_ = end;
        return;
      }
      const bool before_white =
          out_.text.size() + (begin - kept_begin_) == 0 ||
          (begin > 0 && is_white(static_cast<unsigned char>(text_[begin - 1])));
      const bool after_white = next.length == 0 || is_white(next.code);
      if (const char* folded = fold(single, before_white, after_white)) {
        replace(begin, end, folded);
        return;
      }
      if (single < 0x300) {
        return;  // already NFC
      }
    }
    const std::string composed = nfc(cluster);
    if (composed != cluster) {
      replace(begin, end, composed);
    }
  }

  std::string_view text_;
  std::size_t kept_begin_ = 0;
  NormalisedText out_;
};

}  // namespace

NormalisedText normalise_text(std::string_view text) { return Normaliser(text).run(); }

}  // namespace framelens::ingest
