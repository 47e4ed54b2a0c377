#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace framelens::tokenise {

/// Whose words a token is: the outlet's own (narrative) or someone quoted.
enum class Voice : std::uint8_t { kNarrative, kQuoted };

/// "narrative" or "quoted".
[[nodiscard]] const char* to_string(Voice voice);

/// One word of a document. Offsets are bytes into Document::text.
struct Token {
  std::uint32_t begin = 0;     ///< First byte of the surface form.
  std::uint32_t end = 0;       ///< One past the last byte (possessive 's excluded).
  std::uint32_t sentence = 0;  ///< Index into TokenisedText::sentences.
  Voice voice = Voice::kNarrative;
  bool capitalised = false;  ///< Surface form starts with an upper-case letter.
  std::string form;          ///< Folded form for matching: lower case, NFC.
  std::string surface;       ///< Surface form for case-sensitive matching.
};

/// A sentence as a byte span of Document::text.
struct Sentence {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// A stretch of quoted text, from its opening to its closing quotation mark
/// (or the end of the paragraph where a quotation is left open).
struct Quotation {
  std::uint32_t begin = 0;        ///< Byte offset just after the opening mark.
  std::uint32_t end = 0;          ///< Byte offset of the closing mark (or paragraph end).
  std::uint32_t first_token = 0;  ///< Index of the first token inside.
  std::uint32_t token_count = 0;  ///< Tokens inside (0 for an empty quotation).
  std::uint32_t sentence = 0;     ///< Sentence of the opening mark.
};

/// A document's tokens, sentences and quotations, in text order.
struct TokenisedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Quotation> quotations;
};

}  // namespace framelens::tokenise
