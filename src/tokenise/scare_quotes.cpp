#include "tokenise/scare_quotes.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace framelens::tokenise {
namespace {

bool is_speech_cue(std::string_view form) {
  static constexpr std::array<std::string_view, 52> kCues = {
      "said",     "says",     "say",       "saying",   "told",     "tells",   "tell",
      "added",    "adds",     "asked",     "asks",     "stated",   "states",  "declared",
      "declares", "insisted", "insists",   "warned",   "warns",    "replied", "replies",
      "noted",    "notes",    "explained", "explains", "stressed", "urged",   "announced",
      "wrote",    "writes",   "according", "claimed",  "claims",   "argued",  "argues",
      "admitted", "conceded", "continued", "promised", "vowed",    "pledged", "quoted",
      "quoting",  "remarked", "responded", "repeated", "called",   "calls",   "commented",
      "tweeted",  "shouted",  "demanded"};
  return std::find(kCues.begin(), kCues.end(), form) != kCues.end();
}

bool is_closing_punctuation(char c) {
  return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The last non-blank byte before the closing mark ends the quoted words with
// punctuation of its own (a period that belongs to "U.S." does not count).
bool ends_in_punctuation(const TokenisedText& text, const Quotation& q) {
  std::size_t at = q.end;
  while (at > q.begin && is_space(text.text[at - 1])) {
    --at;
  }
  if (at == q.begin || !is_closing_punctuation(text.text[at - 1])) {
    return false;
  }
  const Token& last = text.tokens[q.first_token + q.token_count - 1];
  return last.end != at;
}

// The byte before the opening mark (blanks skipped) is a colon.
bool follows_colon(const TokenisedText& text, const Quotation& q) {
  std::size_t at = q.begin;
  const char mark = at > 0 ? text.text[at - 1] : '\0';
  at -= (mark == '"' || mark == '\'') ? 1 : std::min<std::size_t>(3, at);
  while (at > 0 && is_space(text.text[at - 1])) {
    --at;
  }
  return at > 0 && text.text[at - 1] == ':';
}

bool follows_so_called(const TokenisedText& text, const Quotation& q) {
  if (q.first_token == 0) {
    return false;
  }
  const std::string_view previous = text.form(text.tokens[q.first_token - 1]);
  if (previous == "so-called") {
    return true;
  }
  return previous == "called" && q.first_token >= 2 &&
         text.form(text.tokens[q.first_token - 2]) == "so";
}

bool speech_cue_near(const TokenisedText& text, const Quotation& q) {
  const std::uint32_t first = q.first_token;
  const std::uint32_t last = q.first_token + q.token_count - 1;
  const std::uint32_t first_sentence = text.tokens[first].sentence;
  for (std::uint32_t i = first; i > 0 && first - i < kSpeechWindowTokens; --i) {
    const Token& token = text.tokens[i - 1];
    if (token.sentence != first_sentence) {
      break;
    }
    if (is_speech_cue(text.form(token))) {
      return true;
    }
  }
  const std::uint32_t last_sentence = text.tokens[last].sentence;
  for (std::size_t i = last + 1; i < text.tokens.size() && i - last <= kSpeechWindowTokens; ++i) {
    const Token& token = text.tokens[i];
    if (token.sentence != last_sentence) {
      break;
    }
    if (is_speech_cue(text.form(token))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool is_scare_quote(const TokenisedText& text, const Quotation& q) {
  if (q.token_count == 0 || q.token_count > kScareMaxTokens || !q.closed || q.paragraphs != 1 ||
      ends_in_punctuation(text, q)) {
    return false;
  }
  if (follows_so_called(text, q)) {
    return true;
  }
  return !follows_colon(text, q) && !speech_cue_near(text, q);
}

void apply_scare_quotes(TokenisedText& text) {
  for (Quotation& q : text.quotations) {
    q.scare = is_scare_quote(text, q);
    if (!q.scare) {
      continue;
    }
    for (std::uint32_t i = q.first_token; i < q.first_token + q.token_count; ++i) {
      Token& token = text.tokens[i];
      token.voice = Voice::kNarrative;
      token.scare_quoted = true;
      for (std::uint32_t p = token.first_part; p < token.first_part + token.part_count; ++p) {
        text.parts[p].voice = Voice::kNarrative;
        text.parts[p].scare_quoted = true;
      }
    }
  }
}

}  // namespace framelens::tokenise
