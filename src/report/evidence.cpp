#include "report/evidence.hpp"

#include <algorithm>
#include <tuple>

namespace framelens::report {
namespace {

std::string_view voice_name(const lexicon::Match& m) {
  if (m.voice == tokenise::Voice::kQuoted) {
    return "quoted";
  }
  return m.scare_quoted ? "scare-quoted" : "narrative";
}

// The speaker of the quotation holding the match's first token, if any.
std::size_t speaker_of(const tokenise::TokenisedText& text,
                       const std::vector<compare::QuoteAttribution>& quotes,
                       const lexicon::Match& m) {
  if (m.voice != tokenise::Voice::kQuoted) {
    return MatchRecord::kNoSpeaker;
  }
  // Quotations are in text order: the last one opening at or before the token.
  const auto after = std::upper_bound(
      text.quotations.begin(), text.quotations.end(), m.first_token,
      [](std::uint32_t token, const tokenise::Quotation& q) { return token < q.first_token; });
  if (after == text.quotations.begin()) {
    return MatchRecord::kNoSpeaker;
  }
  const auto q = static_cast<std::size_t>(after - text.quotations.begin()) - 1;
  const tokenise::Quotation& quote = text.quotations[q];
  if (m.first_token >= quote.first_token + quote.token_count || q >= quotes.size() ||
      quotes[q].actor == compare::QuoteAttribution::kUnattributed) {
    return MatchRecord::kNoSpeaker;
  }
  return quotes[q].actor;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

// Moves `pos` back to the start of the UTF-8 character it falls in.
std::size_t char_start(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor && pos < text.size() && is_continuation(text[pos])) {
    --pos;
  }
  return pos;
}

// Where a sentence's own text starts: past leading spaces and past a closing
// quotation mark that the sentence splitter left at its start (it ends the
// previous sentence's quotation).
std::size_t content_start(std::string_view text, std::size_t begin, std::size_t end) {
  const auto skip_spaces = [&] {
    while (begin < end && is_space(text[begin])) {
      ++begin;
    }
  };
  skip_spaces();
  for (const std::string_view mark : {"\"", "\u201d", "\u2019"}) {
    const std::size_t after = begin + mark.size();
    if (after < end && text.substr(begin, mark.size()) == mark && is_space(text[after])) {
      begin = after;
      skip_spaces();
      break;
    }
  }
  return begin;
}

std::vector<Highlight> merge_spans(std::vector<Highlight> spans) {
  std::sort(spans.begin(), spans.end(), [](const Highlight& a, const Highlight& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  });
  std::vector<Highlight> merged;
  for (const Highlight& span : spans) {
    if (span.end <= span.begin) {
      continue;
    }
    if (!merged.empty() && span.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, span.end);
    } else {
      merged.push_back(span);
    }
  }
  return merged;
}

const char* kind_name(lexicon::EntryKind kind) {
  switch (kind) {
    case lexicon::EntryKind::kCategory:
      return "category";
    case lexicon::EntryKind::kContrastOption:
      return "option";
    case lexicon::EntryKind::kActor:
      return "actor";
  }
  return "category";
}

}  // namespace

std::string term_key(std::string_view lexicon, std::string_view term) {
  return "term:" + std::string(lexicon) + "/" + std::string(term);
}

std::string category_key(std::string_view lexicon, std::string_view category) {
  return "category:" + std::string(lexicon) + "/" + std::string(category);
}

std::string option_key(std::string_view lexicon, std::string_view contrast,
                       std::string_view option) {
  return "option:" + std::string(lexicon) + "/" + std::string(contrast) + "/" + std::string(option);
}

std::string actor_key(std::string_view lexicon, std::string_view actor) {
  return "actor:" + std::string(lexicon) + "/" + std::string(actor);
}

EvidenceSentence make_evidence_sentence(std::string_view text, tokenise::Sentence sentence,
                                        std::vector<Highlight> spans) {
  // A span edge inside a multi-byte character (a tokeniser that cut before a
  // curly apostrophe's last byte) moves back to the character's start, so a
  // mark never splits a character.
  for (Highlight& span : spans) {
    span.begin = static_cast<std::uint32_t>(char_start(text, span.begin, 0));
    span.end = static_cast<std::uint32_t>(char_start(text, span.end, 0));
  }
  spans = merge_spans(std::move(spans));
  std::size_t begin = std::min<std::size_t>(sentence.begin, text.size());
  std::size_t end = std::clamp<std::size_t>(sentence.end, begin, text.size());
  begin = content_start(text, begin, end);
  bool cut_front = false;
  bool cut_back = false;
  if (end - begin > kMaxEvidenceBytes) {
    // A window that starts a little before the first match, so the reader
    // sees what leads up to it.
    const std::size_t anchor = spans.empty() ? begin : std::max<std::size_t>(spans[0].begin, begin);
    const std::size_t lead = kMaxEvidenceBytes / 3;
    std::size_t window_begin = anchor > begin + lead ? anchor - lead : begin;
    window_begin = std::min(window_begin, end - kMaxEvidenceBytes);
    window_begin = char_start(text, window_begin, begin);
    std::size_t window_end = char_start(text, window_begin + kMaxEvidenceBytes, window_begin);
    cut_front = window_begin > begin;
    cut_back = window_end < end;
    begin = window_begin;
    end = window_end;
  }

  EvidenceSentence out;
  // new_offset[i] is where byte begin + i lands in out.text.
  std::vector<std::uint32_t> new_offset(end - begin + 1, 0);
  if (cut_front) {
    out.text = "… ";
  }
  bool pending_space = false;
  bool has_content = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (is_space(text[i])) {
      pending_space = has_content;
      new_offset[i - begin] = static_cast<std::uint32_t>(out.text.size());
      continue;
    }
    if (pending_space) {
      out.text.push_back(' ');
      pending_space = false;
    }
    new_offset[i - begin] = static_cast<std::uint32_t>(out.text.size());
    out.text.push_back(text[i]);
    has_content = true;
  }
  new_offset[end - begin] = static_cast<std::uint32_t>(out.text.size());
  if (cut_back) {
    out.text += " …";
  }
  for (const Highlight& span : spans) {
    const std::size_t b = std::clamp<std::size_t>(span.begin, begin, end);
    const std::size_t e = std::clamp<std::size_t>(span.end, begin, end);
    if (e > b) {
      out.marks.push_back({new_offset[b - begin], new_offset[e - begin]});
    }
  }
  out.marks = merge_spans(std::move(out.marks));
  return out;
}

EvidenceCollector::EvidenceCollector(const lexicon::Matcher& matcher, std::size_t per_feature)
    : matcher_(&matcher), per_feature_(per_feature) {
  // Speaker indices are actor_table() indices, as compare::attribute_quotes gives them.
  for (const compare::ActorRef& actor : compare::actor_table(matcher.lexicons())) {
    matches_.speakers.push_back(actor.lexicon + "/" + actor.id);
  }
}

std::vector<std::string> EvidenceCollector::keys_of(const lexicon::Match& m) const {
  const lexicon::Lexicon& lex = matcher_->lexicons()[m.lexicon];
  switch (m.kind) {
    case lexicon::EntryKind::kCategory:
      return {term_key(lex.id, matcher_->term_text(m)),
              category_key(lex.id, lex.categories[m.group].id)};
    case lexicon::EntryKind::kContrastOption: {
      const lexicon::Contrast& contrast = lex.contrasts[m.group];
      return {term_key(lex.id, matcher_->term_text(m)),
              option_key(lex.id, contrast.id, contrast.options[m.option].id)};
    }
    case lexicon::EntryKind::kActor:
      return {actor_key(lex.id, lex.actors[m.group].id)};
  }
  return {};
}

void EvidenceCollector::add(std::size_t index, const Document& doc,
                            const tokenise::TokenisedText& text,
                            const std::vector<lexicon::Match>& matches,
                            const std::vector<compare::QuoteAttribution>& quotes) {
  // feature key -> sentence -> spans; ordered maps keep text order.
  std::map<std::string, std::map<std::uint32_t, std::vector<Highlight>>> by_feature;
  for (const lexicon::Match& m : matches) {
    const lexicon::Lexicon& lex = matcher_->lexicons()[m.lexicon];
    const std::array<std::uint32_t, 5> id = {m.lexicon, static_cast<std::uint32_t>(m.kind), m.group,
                                             m.option, m.term};
    auto [it, added] = entry_index_.try_emplace(id, matches_.entries.size());
    if (added) {
      MatchEntry entry;
      entry.lexicon = lex.id;
      entry.kind = kind_name(m.kind);
      if (m.kind == lexicon::EntryKind::kCategory) {
        entry.entry = lex.categories[m.group].id;
      } else if (m.kind == lexicon::EntryKind::kContrastOption) {
        entry.entry = lex.contrasts[m.group].id + "/" + lex.contrasts[m.group].options[m.option].id;
      } else {
        entry.entry = lex.actors[m.group].id;
      }
      entry.term = matcher_->term_text(m);
      matches_.entries.push_back(std::move(entry));
    }
    matches_.records.push_back({index, it->second, doc.source_map.to_source(m.begin),
                                doc.source_map.to_source(m.end), m.sentence, voice_name(m),
                                speaker_of(text, quotes, m)});

    for (std::string& key : keys_of(m)) {
      by_feature[std::move(key)][m.sentence].push_back({m.begin, m.end});
    }
  }

  for (auto& [key, sentences] : by_feature) {
    Pending& pending = pending_[{key, doc.outlet}];
    const bool new_document = pending.last_document != index;
    pending.last_document = index;
    bool first_in_document = new_document;
    for (auto& [sentence, spans] : sentences) {
      pending.matches_total += merge_spans(spans).size();
      pending.sentences_total += 1;
      std::vector<EvidenceSentence>& target = first_in_document ? pending.firsts : pending.extras;
      first_in_document = false;
      if (target.size() < per_feature_ && sentence < text.sentences.size()) {
        EvidenceSentence evidence =
            make_evidence_sentence(doc.text, text.sentences[sentence], std::move(spans));
        evidence.document = index;
        evidence.sentence = sentence;
        target.push_back(std::move(evidence));
      }
    }
  }
}

Evidence EvidenceCollector::take_evidence() {
  Evidence out;
  for (auto& [key, pending] : pending_) {
    EvidenceSet set;
    set.feature = key.first;
    set.outlet = key.second;
    set.matches_total = pending.matches_total;
    set.sentences_total = pending.sentences_total;
    set.shown = std::move(pending.firsts);
    for (EvidenceSentence& extra : pending.extras) {
      if (set.shown.size() >= per_feature_) {
        break;
      }
      set.shown.push_back(std::move(extra));
    }
    std::sort(set.shown.begin(), set.shown.end(),
              [](const EvidenceSentence& a, const EvidenceSentence& b) {
                return std::tie(a.document, a.sentence) < std::tie(b.document, b.sentence);
              });
    out.sets.push_back(std::move(set));
  }
  pending_.clear();
  return out;
}

MatchTable EvidenceCollector::take_matches() {
  entry_index_.clear();
  return std::exchange(matches_, {});
}

const EvidenceSet* Evidence::find(const std::string& feature, const std::string& outlet) const {
  const std::size_t i = index_of(feature, outlet);
  return i < sets.size() ? &sets[i] : nullptr;
}

std::size_t Evidence::index_of(const std::string& feature, const std::string& outlet) const {
  const auto it = std::lower_bound(sets.begin(), sets.end(), std::tie(feature, outlet),
                                   [](const EvidenceSet& set, const auto& key) {
                                     return std::tie(set.feature, set.outlet) < key;
                                   });
  if (it != sets.end() && it->feature == feature && it->outlet == outlet) {
    return static_cast<std::size_t>(it - sets.begin());
  }
  return sets.size();
}

}  // namespace framelens::report
