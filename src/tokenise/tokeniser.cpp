#include "tokenise/tokeniser.hpp"

#include <utf8proc.h>

#include <array>
#include <limits>
#include <stdexcept>

namespace framelens::tokenise {
namespace {

struct Decoded {
  utf8proc_int32_t code = 0;
  std::size_t length = 1;
};

Decoded decode(std::string_view text, std::size_t at) {
  Decoded d;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at);
  const utf8proc_ssize_t n =
      utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - at), &d.code);
  if (n <= 0) {
    d.code = 0xFFFD;
    d.length = 1;
  } else {
    d.length = static_cast<std::size_t>(n);
  }
  return d;
}

bool is_word_char(utf8proc_int32_t code) {
  if (code < 0x80) {
    return (code >= 'a' && code <= 'z') || (code >= 'A' && code <= 'Z') ||
           (code >= '0' && code <= '9');
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

bool is_digit(utf8proc_int32_t code) { return code >= '0' && code <= '9'; }

// Characters that join two word characters into one token.
bool is_joiner(utf8proc_int32_t code) {
  return code == '\'' || code == 0x2019 || code == '-' || code == '.' || code == ',';
}

bool is_double_quote(utf8proc_int32_t code) {
  return code == '"' || code == 0x201C || code == 0x201D;
}

void append_utf8(std::string& out, utf8proc_int32_t code) {
  std::array<utf8proc_uint8_t, 4> buffer{};
  const utf8proc_ssize_t n = utf8proc_encode_char(code, buffer.data());
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

// Abbreviations after which a period does not end a sentence.
bool is_abbreviation(std::string_view form) {
  static constexpr std::array<std::string_view, 16> kAbbreviations = {
      "mr",  "mrs", "ms",  "dr",  "prof", "gen", "col", "lt",
      "sgt", "amb", "sen", "rep", "gov",  "st",  "jr",  "vs"};
  if (form.size() == 1 || form.find('.') != std::string_view::npos) {
    return true;  // an initial ("J.") or a dotted abbreviation ("u.s.")
  }
  for (std::string_view abbreviation : kAbbreviations) {
    if (form == abbreviation) {
      return true;
    }
  }
  return false;
}

}  // namespace

const char* to_string(Voice voice) { return voice == Voice::kQuoted ? "quoted" : "narrative"; }

TokenisedText tokenise(std::string_view text) {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("tokenise: a document must be smaller than 4 GiB");
  }
  TokenisedText out;
  std::size_t sentence_begin = 0;
  bool in_quote = false;
  const auto open_quote = [&](std::size_t after_mark) {
    in_quote = true;
    Quotation quotation;
    quotation.begin = static_cast<std::uint32_t>(after_mark);
    quotation.first_token = static_cast<std::uint32_t>(out.tokens.size());
    quotation.sentence = static_cast<std::uint32_t>(out.sentences.size());
    out.quotations.push_back(quotation);
  };
  const auto close_quote = [&](std::size_t at_mark) {
    in_quote = false;
    Quotation& quotation = out.quotations.back();
    quotation.end = static_cast<std::uint32_t>(at_mark);
    quotation.token_count = static_cast<std::uint32_t>(out.tokens.size()) - quotation.first_token;
  };
  const auto close_sentence = [&](std::size_t end) {
    if (end > sentence_begin && !out.tokens.empty() &&
        out.tokens.back().sentence == out.sentences.size()) {
      out.sentences.push_back(
          {static_cast<std::uint32_t>(sentence_begin), static_cast<std::uint32_t>(end)});
    }
    sentence_begin = end;
  };

  std::size_t at = 0;
  while (at < text.size()) {
    const Decoded d = decode(text, at);
    if (is_word_char(d.code)) {
      Token token;
      token.begin = static_cast<std::uint32_t>(at);
      token.sentence = static_cast<std::uint32_t>(out.sentences.size());
      token.voice = in_quote ? Voice::kQuoted : Voice::kNarrative;
      const utf8proc_category_t first_category = utf8proc_category(d.code);
      token.capitalised =
          first_category == UTF8PROC_CATEGORY_LU || first_category == UTF8PROC_CATEGORY_LT;
      std::size_t end = at;
      utf8proc_int32_t previous = 0;
      while (end < text.size()) {
        const Decoded c = decode(text, end);
        if (is_word_char(c.code)) {
          append_utf8(token.form, utf8proc_tolower(c.code));
          end += c.length;
          previous = c.code;
          continue;
        }
        if (!is_joiner(c.code) || end + c.length >= text.size()) {
          break;
        }
        const Decoded next = decode(text, end + c.length);
        const bool numeric_separator = (c.code == ',' || c.code == '.') && is_digit(previous);
        const bool joins = is_word_char(next.code) &&
                           (c.code != ',' || (numeric_separator && is_digit(next.code)));
        if (!joins || (c.code == '.' && !numeric_separator && token.form.size() > 1 &&
                       token.form.find('.') == std::string::npos)) {
          break;
        }
        append_utf8(token.form, c.code == 0x2019 ? '\'' : c.code);
        end += c.length;
      }
      // Abbreviations written with periods keep their final period ("u.s.").
      if (end < text.size() && text[end] == '.' && token.form.find('.') != std::string::npos &&
          !is_digit(previous)) {
        token.form.push_back('.');
        ++end;
      }
      // Possessive: "Assad's" is the token "assad".
      if (token.form.size() > 2 && token.form.ends_with("'s")) {
        token.form.resize(token.form.size() - 2);
        token.end = static_cast<std::uint32_t>(end - 2);
      } else {
        token.end = static_cast<std::uint32_t>(end);
      }
      token.surface = std::string(text.substr(token.begin, token.end - token.begin));
      out.tokens.push_back(std::move(token));
      at = end;
      continue;
    }
    if (is_double_quote(d.code)) {
      const bool opens = d.code == 0x201C || (d.code == '"' && !in_quote);
      if (opens && !in_quote) {
        open_quote(at + d.length);
      } else if (!opens && in_quote) {
        close_quote(at);
      }
    } else if (d.code == '\n') {
      close_sentence(at);
      if (in_quote && at + 1 < text.size() && text[at + 1] == '\n') {
        close_quote(at);  // a quotation left open runs at most to the paragraph's end
      }
    } else if (d.code == '.' || d.code == '!' || d.code == '?') {
      const bool followed_by_space = at + 1 >= text.size() || text[at + 1] == ' ' ||
                                     text[at + 1] == '\n' ||
                                     is_double_quote(decode(text, at + 1).code);
      const bool after_abbreviation = d.code == '.' && !out.tokens.empty() &&
                                      out.tokens.back().end == at &&
                                      is_abbreviation(out.tokens.back().form);
      if (followed_by_space && !after_abbreviation) {
        close_sentence(at + 1);
      }
    }
    at += d.length;
  }
  close_sentence(text.size());
  if (in_quote) {
    close_quote(text.size());
  }
  return out;
}

}  // namespace framelens::tokenise
