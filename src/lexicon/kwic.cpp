#include "lexicon/kwic.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "lexicon/matcher.hpp"
#include "lexicon/term_check.hpp"
#include "tokenise/tokeniser.hpp"

namespace framelens::lexicon {
namespace {

// The lexicon to match and which of its matches count as hits.
struct Selection {
  Lexicon lexicon;
  EntryKind kind = EntryKind::kCategory;
  std::uint32_t group = 0;
  std::optional<std::uint32_t> option;  // any option of a contrast when empty
};

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::vector<std::string_view> views(candidates.begin(), candidates.end());
  const std::string suggestion = closest_match(word, views);
  return suggestion.empty() ? std::string() : fmt::format(" (did you mean '{}'?)", suggestion);
}

Selection select_entry(const Lexicon& lexicon, std::string_view pattern, std::string_view rest) {
  const std::size_t slash = rest.find('/');
  const std::string_view name = rest.substr(0, slash);
  Selection selection{lexicon, EntryKind::kCategory, 0, std::nullopt};
  std::vector<std::string> names;
  for (std::uint32_t g = 0; g < lexicon.categories.size(); ++g) {
    if (lexicon.categories[g].id == name && slash == std::string_view::npos) {
      selection.group = g;
      return selection;
    }
    names.push_back(lexicon.categories[g].id);
  }
  for (std::uint32_t g = 0; g < lexicon.contrasts.size(); ++g) {
    const Contrast& contrast = lexicon.contrasts[g];
    names.push_back(contrast.id);
    if (contrast.id != name) {
      continue;
    }
    selection.kind = EntryKind::kContrastOption;
    selection.group = g;
    if (slash == std::string_view::npos) {
      return selection;
    }
    const std::string_view option = rest.substr(slash + 1);
    std::vector<std::string> options;
    for (std::uint32_t o = 0; o < contrast.options.size(); ++o) {
      if (contrast.options[o].id == option) {
        selection.option = o;
        return selection;
      }
      options.push_back(contrast.options[o].id);
    }
    throw InputError(fmt::format("pattern '{}': contrast '{}' has no option '{}'{}", pattern,
                                 contrast.id, option, did_you_mean(option, options)));
  }
  throw InputError(fmt::format("pattern '{}': lexicon '{}' has no category or contrast '{}'{}",
                               pattern, lexicon.id, name, did_you_mean(name, names)));
}

Selection select(const std::vector<Lexicon>& lexicons, std::string_view pattern) {
  const std::size_t colon = pattern.find(':');
  if (colon != std::string_view::npos) {
    const std::string_view id = pattern.substr(0, colon);
    for (const Lexicon& lexicon : lexicons) {
      if (lexicon.id == id) {
        return select_entry(lexicon, pattern, pattern.substr(colon + 1));
      }
    }
  }
  if (const std::string problem = term_text_problem(pattern); !problem.empty()) {
    throw InputError(fmt::format("pattern '{}': {}", pattern, problem));
  }
  Selection selection;
  selection.lexicon.id = "pattern";
  selection.lexicon.origin = "<pattern>";
  selection.lexicon.categories.push_back(
      Category{"pattern", "pattern", "", {Term{std::string(pattern), 1.0, false}}});
  return selection;
}

// `text` with each run of white space shown as one space.
std::string flatten(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space) {
      out.push_back(' ');
    }
    space = false;
    out.push_back(c);
  }
  if (space) {
    out.push_back(' ');
  }
  return out;
}

}  // namespace

KwicHit make_hit(const Document& doc, const tokenise::TokenisedText& text, const Match& m,
                 const Matcher& matcher, std::size_t window_tokens) {
  const std::uint32_t last = m.first_token + m.token_count - 1;
  const std::size_t left_token = m.first_token > window_tokens ? m.first_token - window_tokens : 0;
  const std::size_t right_token = std::min(text.tokens.size() - 1, last + window_tokens);
  const std::string_view all = doc.text;
  KwicHit hit;
  hit.document = doc.id;
  hit.outlet = doc.outlet;
  hit.sentence = m.sentence;
  hit.voice = m.voice;
  hit.scare_quoted = m.scare_quoted;
  hit.term = matcher.term_text(m);
  hit.hit = flatten(all.substr(m.begin, m.end - m.begin));
  if (window_tokens > 0) {
    const std::uint32_t left_begin = text.tokens[left_token].begin;
    hit.left = flatten(all.substr(left_begin, m.begin - left_begin));
    const std::uint32_t right_end = std::max(text.tokens[right_token].end, m.end);
    hit.right = flatten(all.substr(m.end, right_end - m.end));
  }
  return hit;
}

std::vector<KwicHit> find_in_context(const Corpus& corpus, const std::vector<Lexicon>& lexicons,
                                     std::string_view pattern, const KwicOptions& options) {
  if (!options.outlet.empty() && corpus.outlet_index(options.outlet) == corpus.outlets.size()) {
    std::vector<std::string> ids;
    for (const Outlet& outlet : corpus.outlets) {
      ids.push_back(outlet.id);
    }
    throw InputError(
        fmt::format("unknown outlet '{}'{}", options.outlet, did_you_mean(options.outlet, ids)));
  }
  Selection selection = select(lexicons, pattern);
  const EntryKind kind = selection.kind;
  const std::uint32_t group = selection.group;
  const std::optional<std::uint32_t> option = selection.option;
  const Matcher matcher({std::move(selection.lexicon)});
  std::vector<KwicHit> hits;
  for (const Document& doc : corpus.documents) {
    if (!options.outlet.empty() && doc.outlet != options.outlet) {
      continue;
    }
    const tokenise::TokenisedText text = tokenise::tokenise(doc.text);
    for (const Match& m : matcher.match(text)) {
      if (m.kind != kind || m.group != group || (option && m.option != *option)) {
        continue;
      }
      hits.push_back(make_hit(doc, text, m, matcher, options.window_tokens));
    }
  }
  return hits;
}

}  // namespace framelens::lexicon
