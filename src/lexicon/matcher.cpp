#include "lexicon/matcher.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include "tokenise/tokeniser.hpp"

namespace framelens::lexicon {
namespace {

// What a term's match stands for, before lexicon and position are known.
struct Entry {
  EntryKind kind;
  std::uint32_t group;
  std::uint32_t option;
  std::uint32_t term;
};

// One token of a compiled term.
struct Step {
  std::string text;  // folded form, surface form when case-sensitive
  bool prefix = false;
  bool case_sensitive = false;
  bool operator<(const Step& other) const {
    return std::tie(text, prefix, case_sensitive) <
           std::tie(other.text, other.prefix, other.case_sensitive);
  }
};

std::vector<Step> compile_term(const Term& term) {
  std::vector<Step> steps;
  std::string_view rest = term.text;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    const bool prefix = word.ends_with('*');
    if (prefix) {
      word.remove_suffix(1);
    }
    const tokenise::TokenisedText tokens = tokenise::tokenise(word);
    for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
      const tokenise::Token& token = tokens.tokens[i];
      const bool last = i + 1 == tokens.tokens.size();
      steps.push_back(Step{term.case_sensitive ? token.surface : token.form, prefix && last,
                           term.case_sensitive});
    }
  }
  return steps;
}

bool step_accepts(const Step& step, const tokenise::Token& token) {
  const std::string& text = step.case_sensitive ? token.surface : token.form;
  return step.prefix ? text.starts_with(step.text) : text == step.text;
}

}  // namespace

// A trie over term steps. Terminal nodes carry every entry whose term ends
// there. Children are few per node, so a sorted map is fast enough and keeps
// iteration deterministic.
struct Matcher::Automaton {
  struct Node {
    std::map<Step, std::size_t> children;
    std::vector<Entry> entries;
  };
  std::vector<Node> nodes{1};

  void add(const std::vector<Step>& steps, const Entry& entry) {
    if (steps.empty()) {
      return;
    }
    std::size_t node = 0;
    for (const Step& step : steps) {
      auto found = nodes[node].children.find(step);
      if (found == nodes[node].children.end()) {
        nodes.emplace_back();
        found = nodes[node].children.emplace(step, nodes.size() - 1).first;
      }
      node = found->second;
    }
    nodes[node].entries.push_back(entry);
  }

  // Longest term starting at token `first`: (token count, terminal node), or
  // (0, 0) when none does.
  std::pair<std::size_t, std::size_t> longest(const std::vector<tokenise::Token>& tokens,
                                              std::size_t first) const {
    std::pair<std::size_t, std::size_t> best{0, 0};
    walk(tokens, first, 0, 0, best);
    return best;
  }

  void walk(const std::vector<tokenise::Token>& tokens, std::size_t at, std::size_t depth,
            std::size_t node, std::pair<std::size_t, std::size_t>& best) const {
    if (!nodes[node].entries.empty() && depth > best.first) {
      best = {depth, node};
    }
    if (at >= tokens.size()) {
      return;
    }
    for (const auto& [step, child] : nodes[node].children) {
      if (step_accepts(step, tokens[at])) {
        walk(tokens, at + 1, depth + 1, child, best);
      }
    }
  }
};

Matcher::Matcher(std::vector<Lexicon> lexicons) : lexicons_(std::move(lexicons)) {
  for (const Lexicon& lexicon : lexicons_) {
    auto terms = std::make_unique<Automaton>();
    for (std::uint32_t c = 0; c < lexicon.categories.size(); ++c) {
      const auto& category_terms = lexicon.categories[c].terms;
      for (std::uint32_t t = 0; t < category_terms.size(); ++t) {
        terms->add(compile_term(category_terms[t]), Entry{EntryKind::kCategory, c, 0, t});
      }
    }
    for (std::uint32_t c = 0; c < lexicon.contrasts.size(); ++c) {
      const auto& options = lexicon.contrasts[c].options;
      for (std::uint32_t o = 0; o < options.size(); ++o) {
        for (std::uint32_t t = 0; t < options[o].terms.size(); ++t) {
          terms->add(compile_term(options[o].terms[t]), Entry{EntryKind::kContrastOption, c, o, t});
        }
      }
    }
    auto actors = std::make_unique<Automaton>();
    for (std::uint32_t a = 0; a < lexicon.actors.size(); ++a) {
      for (std::uint32_t alias = 0; alias < lexicon.actors[a].aliases.size(); ++alias) {
        // Aliases are names: matched case-sensitively so "Kerry" is not "kerry".
        actors->add(compile_term(Term{lexicon.actors[a].aliases[alias], 1.0, true}),
                    Entry{EntryKind::kActor, a, 0, alias});
      }
    }
    terms_.push_back(std::move(terms));
    actors_.push_back(std::move(actors));
  }
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

std::vector<Match> Matcher::match(const tokenise::TokenisedText& text) const {
  std::vector<Match> out;
  const auto& tokens = text.tokens;
  for (std::uint32_t lexicon = 0; lexicon < lexicons_.size(); ++lexicon) {
    for (const Automaton* automaton : {terms_[lexicon].get(), actors_[lexicon].get()}) {
      std::size_t first = 0;
      while (first < tokens.size()) {
        const auto [length, node] = automaton->longest(tokens, first);
        if (length == 0) {
          ++first;
          continue;
        }
        for (const Entry& entry : automaton->nodes[node].entries) {
          Match m;
          m.lexicon = lexicon;
          m.kind = entry.kind;
          m.group = entry.group;
          m.option = entry.option;
          m.term = entry.term;
          m.first_token = static_cast<std::uint32_t>(first);
          m.token_count = static_cast<std::uint32_t>(length);
          m.begin = tokens[first].begin;
          m.end = tokens[first + length - 1].end;
          m.sentence = tokens[first].sentence;
          m.voice = tokens[first].voice;
          out.push_back(m);
        }
        first += length;
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return std::tie(a.lexicon, a.begin) < std::tie(b.lexicon, b.begin);
  });
  return out;
}

const std::string& Matcher::term_text(const Match& m) const {
  const Lexicon& lexicon = lexicons_[m.lexicon];
  switch (m.kind) {
    case EntryKind::kCategory:
      return lexicon.categories[m.group].terms[m.term].text;
    case EntryKind::kContrastOption:
      return lexicon.contrasts[m.group].options[m.option].terms[m.term].text;
    case EntryKind::kActor:
      break;
  }
  return lexicon.actors[m.group].aliases[m.term];
}

double Matcher::term_weight(const Match& m) const {
  const Lexicon& lexicon = lexicons_[m.lexicon];
  switch (m.kind) {
    case EntryKind::kCategory:
      return lexicon.categories[m.group].terms[m.term].weight;
    case EntryKind::kContrastOption:
      return lexicon.contrasts[m.group].options[m.option].terms[m.term].weight;
    case EntryKind::kActor:
      break;
  }
  return 1.0;
}

}  // namespace framelens::lexicon
