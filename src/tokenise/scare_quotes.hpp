#pragma once

#include <cstdint>

#include "tokenise/token.hpp"

namespace framelens::tokenise {

/// Longest quotation, in tokens, that can be scare quotes.
inline constexpr std::uint32_t kScareMaxTokens = 4;

/// Tokens searched before and after a quotation for a speech cue.
inline constexpr std::uint32_t kSpeechWindowTokens = 6;

/// True when `quotation` is scare quotes rather than reported speech: it has
/// 1 to kScareMaxTokens tokens, was closed within one paragraph, does not end
/// in punctuation before its closing mark (`"We won," he said`), does not
/// follow a colon, and no speech cue ("said", "told", "according", ...) stands
/// within kSpeechWindowTokens tokens before or after it in the same sentence.
/// Directly after "so-called" a short closed quotation is always scare quotes.
[[nodiscard]] bool is_scare_quote(const TokenisedText& text, const Quotation& quotation);

/// Marks every scare quotation of `text` (Quotation::scare) and turns its
/// tokens back to narrative voice with Token::scare_quoted set, in `tokens`
/// and in the parts of those tokens.
void apply_scare_quotes(TokenisedText& text);

}  // namespace framelens::tokenise
