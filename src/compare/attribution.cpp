#include "compare/attribution.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <span>

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

// "he said", "said she": the speaker is a person named earlier.
bool has_pronoun_subject(const tokenise::TokenisedText& text, std::uint32_t verb) {
  const auto is_pronoun = [&](std::size_t i) {
    const std::string_view form = text.form(text.tokens[i]);
    return text.tokens[i].sentence == text.tokens[verb].sentence && (form == "he" || form == "she");
  };
  return (verb > 0 && is_pronoun(verb - 1)) ||
         (verb + 1 < text.tokens.size() && is_pronoun(verb + 1));
}

constexpr std::size_t kNobody = QuoteAttribution::kUnattributed;

// Finds who speaks a document's quotations, from its speech verbs and its
// narrative actor mentions.
class SpeakerFinder {
 public:
  SpeakerFinder(const tokenise::TokenisedText& text, const std::vector<lexicon::Match>& matches,
                const std::vector<std::size_t>& offsets)
      : text_(text), offsets_(offsets) {
    for (const lexicon::Match& m : matches) {
      if (m.kind == lexicon::EntryKind::kActor && m.voice == tokenise::Voice::kNarrative) {
        actors_.push_back(&m);
      }
    }
    // In sentence order, so each look at a sentence's mentions is a binary
    // search, not a scan of the document.
    std::stable_sort(
        actors_.begin(), actors_.end(),
        [](const lexicon::Match* a, const lexicon::Match* b) { return a->sentence < b->sentence; });
  }

  // The speaker of `quote`: the subject of the speech verb nearest it, or
  // who "he" or "she" is when that is the verb's subject.
  [[nodiscard]] std::size_t speaker(const tokenise::Quotation& quote) const {
    const std::optional<std::uint32_t> verb = nearest_verb(quote);
    if (!verb) {
      return kNobody;
    }
    const std::size_t subject = subject_of(*verb);
    return subject == kNobody && has_pronoun_subject(text_, *verb) ? antecedent(*verb) : subject;
  }

 private:
  // The speech verb outside quotations that is nearest `quote`. A verb of the
  // quotation's own sentences comes first ("“We wait,” Kerry said."), then
  // one of the sentence before it, which a quotation continuing a paragraph
  // leans on ("Kerry said on arrival. “We wait.”"), then one of the sentence
  // after; within each, the nearest in bytes, the earlier on a tie.
  [[nodiscard]] std::optional<std::uint32_t> nearest_verb(const tokenise::Quotation& quote) const {
    std::uint32_t last_sentence = quote.sentence;
    if (quote.token_count > 0) {
      last_sentence = text_.tokens[quote.first_token + quote.token_count - 1].sentence;
    }
    const std::uint32_t from = quote.sentence > 0 ? quote.sentence - 1 : 0;
    const std::uint32_t to = last_sentence + 1;
    std::optional<std::uint32_t> nearest;
    std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
    // Tokens are in text order, so their sentences never decrease.
    auto token = std::lower_bound(
        text_.tokens.begin(), text_.tokens.end(), from,
        [](const tokenise::Token& t, std::uint32_t sentence) { return t.sentence < sentence; });
    for (; token != text_.tokens.end() && token->sentence <= to; ++token) {
      const auto i = static_cast<std::uint32_t>(token - text_.tokens.begin());
      if (token->voice != tokenise::Voice::kNarrative || !is_speech_verb(text_, i)) {
        continue;
      }
      const std::uint32_t bytes = token->end <= quote.begin   ? quote.begin - token->end
                                  : token->begin >= quote.end ? token->begin - quote.end
                                                              : 0;
      const std::uint64_t tier = token->sentence < quote.sentence  ? 1
                                 : token->sentence > last_sentence ? 2
                                                                   : 0;
      const std::uint64_t distance = (tier << 32) | bytes;
      if (distance < best) {
        best = distance;
        nearest = i;
      }
    }
    return nearest;
  }

  // The narrative actor mentions of `sentence`.
  [[nodiscard]] std::span<const lexicon::Match* const> mentions_in(std::uint32_t sentence) const {
    const auto by_sentence = [](const lexicon::Match* m, std::uint32_t s) {
      return m->sentence < s;
    };
    const auto first = std::lower_bound(actors_.begin(), actors_.end(), sentence, by_sentence);
    const auto last = std::lower_bound(first, actors_.end(), sentence + 1, by_sentence);
    return {first, last};
  }

  [[nodiscard]] std::size_t actor_of(const lexicon::Match& m) const {
    return offsets_[m.lexicon] + m.group;
  }

  // The actor who speaks through verb token `v`: the mention of the verb's
  // own sentence nearest to it in tokens ("Kerry said", "said Kerry",
  // "according to Lavrov", "Lavrov, the foreign minister, said"), the one
  // before the verb on a tie ("Lavrov told Kerry"); nobody when the sentence
  // names no actor ("a diplomat said", "she said").
  [[nodiscard]] std::size_t subject_of(std::uint32_t v) const {
    std::size_t subject = kNobody;
    std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
    for (const lexicon::Match* m : mentions_in(text_.tokens[v].sentence)) {
      const std::uint32_t last = m->first_token + m->token_count - 1;
      if (m->first_token <= v && v <= last) {
        continue;  // the "verb" is part of a name ("Edward Said")
      }
      const bool before = last < v;
      const std::uint64_t distance = before ? v - last : m->first_token - v;
      // Twice the distance, less one before the verb: a mention before wins a tie.
      const std::uint64_t rank = 2 * distance - (before ? 1U : 0U);
      if (rank < best) {
        best = rank;
        subject = actor_of(*m);
      }
    }
    return subject;
  }

  // Who "he" or "she" at speech verb `v` is, looking back over its sentence
  // and the two before: the subject of the latest speech verb that has one,
  // else the actor named first in the latest sentence that names one
  // ("Kerry flatly rejected the plan. “Not now,” he said."). Gender is not
  // checked.
  [[nodiscard]] std::size_t antecedent(std::uint32_t v) const {
    const std::uint32_t sentence = text_.tokens[v].sentence;
    const std::uint32_t first_sentence = sentence - std::min<std::uint32_t>(sentence, 2);
    for (std::uint32_t i = v; i > 0 && text_.tokens[i - 1].sentence >= first_sentence; --i) {
      if (text_.tokens[i - 1].voice == tokenise::Voice::kNarrative &&
          is_speech_verb(text_, i - 1)) {
        if (const std::size_t subject = subject_of(i - 1); subject != kNobody) {
          return subject;
        }
      }
    }
    for (std::uint32_t s = sentence + 1; s > first_sentence; --s) {
      const lexicon::Match* first = nullptr;
      for (const lexicon::Match* m : mentions_in(s - 1)) {
        const bool counts = s - 1 < sentence || m->first_token < v;  // before the verb
        if (counts && (first == nullptr || m->first_token < first->first_token)) {
          first = m;
        }
      }
      if (first != nullptr) {
        return actor_of(*first);
      }
    }
    return kNobody;
  }

  const tokenise::TokenisedText& text_;
  const std::vector<std::size_t>& offsets_;
  std::vector<const lexicon::Match*> actors_;
};

}  // namespace

std::vector<QuoteAttribution> attribute_quotes(const tokenise::TokenisedText& text,
                                               const std::vector<lexicon::Match>& matches,
                                               const std::vector<std::size_t>& offsets) {
  const SpeakerFinder finder(text, matches, offsets);
  std::vector<QuoteAttribution> out;
  for (const tokenise::Quotation& quote : text.quotations) {
    QuoteAttribution attribution;
    attribution.tokens = quote.token_count;
    attribution.scare = quote.scare;
    if (!quote.scare) {
      attribution.actor = finder.speaker(quote);
    }
    out.push_back(attribution);
  }
  return out;
}

}  // namespace framelens::compare
