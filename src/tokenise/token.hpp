#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace framelens::tokenise {

/// Whose words a token is: the outlet's own (narrative) or someone quoted.
/// Scare-quoted words are narrative (see Token::scare_quoted).
enum class Voice : std::uint8_t { kNarrative, kQuoted };

/// "narrative" or "quoted".
[[nodiscard]] const char* to_string(Voice voice);

/// One word of a document. Offsets are bytes into TokenisedText::text (the
/// same bytes as the text that was tokenised).
struct Token {
  std::uint32_t begin = 0;     ///< First byte of the surface form.
  std::uint32_t end = 0;       ///< One past the last byte (possessive 's excluded).
  std::uint32_t sentence = 0;  ///< Index into TokenisedText::sentences.
  std::uint32_t form_begin =
      0;  ///< Folded form: bytes [form_begin, form_end) of TokenisedText::forms.
  std::uint32_t form_end = 0;
  std::uint32_t first_part =
      0;  ///< Parts of a hyphenated compound: index into TokenisedText::parts.
  std::uint32_t part_count = 0;  ///< 0 unless the token is a hyphenated compound (then >= 2).
  Voice voice = Voice::kNarrative;
  bool capitalised = false;   ///< Surface form starts with an upper-case letter.
  bool scare_quoted = false;  ///< Inside scare quotes: quoted marks, but the outlet's own words.
};

/// A sentence as a byte span of the text.
struct Sentence {
  std::uint32_t begin = 0;  ///< First non-blank byte of the sentence.
  std::uint32_t end = 0;    ///< One past its final punctuation (and closing quotes), or line end.
};

/// A stretch of quoted text, from its opening to its closing quotation mark
/// (or the end of the paragraph where a quotation is left open). A quotation
/// continued over several paragraphs by the reopening convention is one
/// Quotation.
struct Quotation {
  std::uint32_t begin = 0;        ///< Byte offset just after the opening mark.
  std::uint32_t end = 0;          ///< Byte offset of the closing mark (or paragraph end).
  std::uint32_t first_token = 0;  ///< Index of the first token inside.
  std::uint32_t token_count = 0;  ///< Tokens inside (0 for an empty quotation).
  std::uint32_t sentence = 0;     ///< Sentence of the opening mark.
  std::uint32_t paragraphs = 1;   ///< Paragraphs the quotation runs over.
  bool closed = true;             ///< Ended by a closing mark (not by a paragraph end).
  bool scare = false;             ///< Scare quotes: a short phrase nobody is said to speak.
};

/// A document's tokens, sentences and quotations, in text order.
struct TokenisedText {
  std::string text;   ///< The tokenised text (offsets point into it).
  std::string forms;  ///< Folded forms of all tokens, back to back.
  std::vector<Token> tokens;
  std::vector<Token> parts;  ///< Parts of hyphenated compounds ("anti", "government").
  std::vector<Sentence> sentences;
  std::vector<Quotation> quotations;

  /// Folded form of `token`: lower case, typographic apostrophe as "'".
  [[nodiscard]] std::string_view form(const Token& token) const {
    return std::string_view(forms).substr(token.form_begin, token.form_end - token.form_begin);
  }
  /// Surface form of `token` as written.
  [[nodiscard]] std::string_view surface(const Token& token) const {
    return std::string_view(text).substr(token.begin, token.end - token.begin);
  }
};

}  // namespace framelens::tokenise
