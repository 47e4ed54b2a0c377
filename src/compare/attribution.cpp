#include "compare/attribution.hpp"

#include <algorithm>

namespace framelens::compare {

std::vector<ActorRef> actor_table(const std::vector<lexicon::Lexicon>& lexicons) {
  std::vector<ActorRef> out;
  for (const auto& lex : lexicons) {
    for (const auto& actor : lex.actors) {
      out.push_back({lex.id, actor.id, actor.label, actor.group});
    }
  }
  return out;
}

std::vector<std::size_t> actor_offsets(const std::vector<lexicon::Lexicon>& lexicons) {
  std::vector<std::size_t> out;
  std::size_t offset = 0;
  for (const auto& lex : lexicons) {
    out.push_back(offset);
    offset += lex.actors.size();
  }
  return out;
}

const std::vector<std::string_view>& speech_verbs() {
  static const std::vector<std::string_view> verbs = [] {
    std::vector<std::string_view> v = {
        "according", "acknowledged", "added",     "adds",      "admitted", "announced", "argued",
        "argues",    "asked",        "asks",      "claimed",   "claims",   "commented", "confirmed",
        "continued", "declared",     "denied",    "explained", "insisted", "insists",   "noted",
        "notes",     "replied",      "responded", "said",      "say",      "saying",    "says",
        "stated",    "states",       "stressed",  "suggested", "tell",     "telling",   "tells",
        "told",      "urged",        "urges",     "warned",    "warns",    "wrote",     "writes"};
    std::sort(v.begin(), v.end());
    return v;
  }();
  return verbs;
}

namespace {

bool is_speech_verb(const tokenise::TokenisedText& text, std::size_t i) {
  const auto& verbs = speech_verbs();
  const std::string_view form = text.form(text.tokens[i]);
  if (!std::binary_search(verbs.begin(), verbs.end(), form)) {
    return false;
  }
  // "according" attributes only as "according to".
  return form != "according" ||
         (i + 1 < text.tokens.size() && text.form(text.tokens[i + 1]) == "to");
}

}  // namespace

std::vector<QuoteAttribution> attribute_quotes(const tokenise::TokenisedText& text,
                                               const std::vector<lexicon::Match>& matches,
                                               const std::vector<std::size_t>& offsets) {
  // Narrative actor mentions in sentence order: each quotation then looks only
  // at the sentences of its window, so a long document is not scanned once
  // per quotation.
  std::vector<const lexicon::Match*> actors;
  for (const lexicon::Match& m : matches) {
    if (m.kind == lexicon::EntryKind::kActor && m.voice == tokenise::Voice::kNarrative) {
      actors.push_back(&m);
    }
  }
  std::stable_sort(
      actors.begin(), actors.end(),
      [](const lexicon::Match* a, const lexicon::Match* b) { return a->sentence < b->sentence; });

  std::vector<QuoteAttribution> out;
  for (const tokenise::Quotation& quote : text.quotations) {
    QuoteAttribution attribution;
    attribution.tokens = quote.token_count;
    attribution.scare = quote.scare;
    if (quote.scare) {
      out.push_back(attribution);
      continue;
    }
    std::uint32_t last_sentence = quote.sentence;
    if (quote.token_count > 0) {
      last_sentence = text.tokens[quote.first_token + quote.token_count - 1].sentence;
    }
    const std::uint32_t from = quote.sentence > 0 ? quote.sentence - 1 : 0;
    const std::uint32_t to = last_sentence + 1;

    // Tokens are in text order, so their sentences never decrease.
    bool verb = false;
    auto token = std::lower_bound(
        text.tokens.begin(), text.tokens.end(), from,
        [](const tokenise::Token& t, std::uint32_t sentence) { return t.sentence < sentence; });
    for (; token != text.tokens.end() && token->sentence <= to && !verb; ++token) {
      verb = token->voice == tokenise::Voice::kNarrative &&
             is_speech_verb(text, static_cast<std::size_t>(token - text.tokens.begin()));
    }
    if (verb) {
      std::uint32_t best_distance = std::numeric_limits<std::uint32_t>::max();
      auto actor = std::lower_bound(
          actors.begin(), actors.end(), from,
          [](const lexicon::Match* m, std::uint32_t sentence) { return m->sentence < sentence; });
      for (; actor != actors.end() && (*actor)->sentence <= to; ++actor) {
        const lexicon::Match& m = **actor;
        const std::uint32_t distance = m.end <= quote.begin   ? quote.begin - m.end
                                       : m.begin >= quote.end ? m.begin - quote.end
                                                              : 0;
        if (distance < best_distance) {
          best_distance = distance;
          attribution.actor = offsets[m.lexicon] + m.group;
        }
      }
    }
    out.push_back(attribution);
  }
  return out;
}

}  // namespace framelens::compare
