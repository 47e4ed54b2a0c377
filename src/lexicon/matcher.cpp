#include "lexicon/matcher.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <string_view>

#include "lexicon/stemmer.hpp"
#include "lexicon/string_table.hpp"
#include "lexicon/vocabulary.hpp"
#include "tokenise/tokeniser.hpp"

namespace framelens::lexicon {
namespace {

constexpr std::uint32_t kNoNode = std::numeric_limits<std::uint32_t>::max();

// What a term's match stands for, before lexicon and position are known.
struct Entry {
  EntryKind kind;
  std::uint32_t group;
  std::uint32_t option;
  std::uint32_t term;
};

// A unit of the text: a whole token (part < 0) or one part of a compound.
struct Pos {
  std::uint32_t token = 0;
  std::int32_t part = -1;
};

// Node flags (Compiled::node_flags).
constexpr std::uint8_t kEnds = 1;
constexpr std::uint8_t kGoesOn = 2;

std::uint64_t edge_key(std::uint32_t node, std::uint32_t symbol) {
  return (std::uint64_t{node} << 32) | symbol;
}

}  // namespace

struct Matcher::Compiled {
  Vocabulary vocabulary;
  EdgeTable edges;                          // (node, symbol) -> child node
  std::vector<std::vector<Entry>> entries;  // per node: the terms ending there
  // Per node: kEnds when a term ends there, kGoesOn when some term goes on
  // from it. Most terms are one word, so most walks end at a node that does
  // not go on, and one byte spares them a hash probe for every symbol of the
  // next token (and a look at the node's entry list).
  std::vector<std::uint8_t> node_flags;
  // The tries of all lexicons: trie 2l holds lexicon l's categories and
  // contrasts, trie 2l + 1 its actor aliases.
  std::vector<std::uint32_t> roots;  // per trie: its root node
  // The children of each root indexed by symbol, kNoNode where there is none.
  // Every candidate start position takes its first step from a root and most
  // walks end there, so this array replaces the hash probe of the most
  // frequent step with one load.
  std::vector<std::vector<std::uint32_t>> firsts;  // per trie

  [[nodiscard]] std::uint32_t trie_count() const {
    return static_cast<std::uint32_t>(roots.size());
  }

  // For each trie, the tokens where one of its matches can start: the tokens
  // whose own tags or whose parts' tags include it. A unit's tag has bit t
  // set when one of its symbols is a first step of trie t (t < 63); bit 63
  // stands for every trie from 63 on. A token none of whose units sets a
  // trie's bit cannot start a match of that trie, so each trie's pass visits
  // only the tokens that can.
  void start_tokens(const tokenise::TokenisedText& text, const UnitSymbols& symbols,
                    std::vector<std::vector<std::uint32_t>>& starts) const {
    starts.resize(trie_count());
    for (auto& list : starts) {
      list.clear();
    }
    const auto token_count = static_cast<std::uint32_t>(text.tokens.size());
    for (std::uint32_t t = 0; t < token_count; ++t) {
      std::uint64_t tries = symbols.tags[t];
      const tokenise::Token& token = text.tokens[t];
      for (std::uint32_t part = 0; part < token.part_count; ++part) {
        tries |= symbols.tags[token_count + token.first_part + part];
      }
      for (; tries != 0; tries &= tries - 1) {
        const auto trie = static_cast<std::uint32_t>(std::countr_zero(tries));
        if (trie < kManyTries) {
          starts[trie].push_back(t);
          continue;
        }
        for (std::uint32_t later = kManyTries; later < trie_count(); ++later) {
          starts[later].push_back(t);
        }
      }
    }
  }

  static constexpr std::uint32_t kManyTries = 63;

  std::uint32_t new_node() {
    entries.emplace_back();
    node_flags.push_back(0);
    return static_cast<std::uint32_t>(entries.size() - 1);
  }

  // The symbols of `term`'s words: each space-separated word is tokenised like
  // a document; a final '*' makes its last token a prefix step.
  std::vector<std::uint32_t> compile(const Term& term, Stemming stemming, Stemmer* stemmer) {
    std::vector<std::uint32_t> symbols;
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
        const bool wildcard = prefix && i + 1 == tokens.tokens.size();
        if (term.case_sensitive) {
          symbols.push_back(vocabulary.intern(
              wildcard ? StepKind::kSurfacePrefix : StepKind::kSurface, tokens.surface(token)));
        } else if (wildcard) {
          symbols.push_back(vocabulary.intern(StepKind::kPrefix, tokens.form(token)));
        } else if (stemming == Stemming::kEnglish) {
          symbols.push_back(vocabulary.intern(StepKind::kStem, stemmer->stem(tokens.form(token))));
        } else {
          symbols.push_back(vocabulary.intern(StepKind::kForm, tokens.form(token)));
        }
      }
    }
    return symbols;
  }

  void add(std::uint32_t root, const std::vector<std::uint32_t>& symbols, const Entry& entry) {
    if (symbols.empty()) {
      return;
    }
    std::uint32_t node = root;
    for (std::uint32_t symbol : symbols) {
      const std::uint32_t fresh = static_cast<std::uint32_t>(entries.size());
      const std::uint32_t child = edges.insert(edge_key(node, symbol), fresh);
      if (child == fresh) {
        new_node();
      }
      node_flags[node] |= kGoesOn;
      node = child;
    }
    entries[node].push_back(entry);
    node_flags[node] |= kEnds;
  }
};

namespace {

// Finds the longest term from a start unit, following every symbol a unit
// carries (a token can be both an exact word and a wildcard's prefix).
class Walker {
 public:
  Walker(const EdgeTable& edges, const std::vector<std::vector<Entry>>& entries,
         const std::vector<std::uint8_t>& node_flags, const tokenise::TokenisedText& text,
         const UnitSymbols& symbols)
      : edges_(edges), entries_(entries), node_flags_(node_flags), text_(text), symbols_(symbols) {}

  // The longest match found so far. Different patterns of one lexicon can
  // match the same longest span ("terror*" and "terrorists"); `ties` holds the
  // other terminal nodes ending there (rare, so it allocates only when
  // needed). `node` is the first found, the most specific pattern.
  struct Best {
    std::uint32_t node = kNoNode;
    Pos last;
    std::uint32_t end = 0;
    std::vector<std::uint32_t> ties;
  };

  const tokenise::Token& unit(Pos p) const {
    const tokenise::Token& token = text_.tokens[p.token];
    return p.part < 0 ? token : text_.parts[token.first_part + static_cast<std::uint32_t>(p.part)];
  }

  Pos next(Pos p) const {
    if (p.part >= 0 && static_cast<std::uint32_t>(p.part) + 1 < text_.tokens[p.token].part_count) {
      return {p.token, p.part + 1};
    }
    return {p.token + 1, -1};
  }

  // The index of `at` in UnitSymbols: tokens first, then all parts.
  std::uint32_t unit_index(Pos at) const {
    return at.part < 0
               ? at.token
               : static_cast<std::uint32_t>(text_.tokens.size()) +
                     text_.tokens[at.token].first_part + static_cast<std::uint32_t>(at.part);
  }

  // Reached trie node `child` on unit `at`: records it if a term ends there
  // and walks on from the next unit.
  void visit(std::uint32_t child, Pos at, Best& best) const {
    const std::uint8_t flags = node_flags_[child];
    if ((flags & kEnds) != 0) {
      const std::uint32_t end = unit(at).end;
      if (best.node == kNoNode || end > best.end) {
        best = {child, at, end, {}};
      } else if (end == best.end && at.token == best.last.token && at.part == best.last.part &&
                 child != best.node &&
                 std::find(best.ties.begin(), best.ties.end(), child) == best.ties.end()) {
        best.ties.push_back(child);
      }
    }
    if ((flags & kGoesOn) != 0) {
      walk(child, next(at), best);
    }
  }

  void walk(std::uint32_t node, Pos at, Best& best) const {
    if (at.token >= text_.tokens.size()) {
      return;
    }
    const std::uint32_t u = unit_index(at);
    for (std::uint32_t i = symbols_.begin[u]; i < symbols_.begin[u + 1]; ++i) {
      const std::uint32_t child = edges_.find(edge_key(node, symbols_.symbols[i]));
      if (child == EdgeTable::kMissing) {
        continue;
      }
      visit(child, at, best);
    }
  }

  // As walk() from a root whose children are `firsts` (indexed by symbol).
  void walk_from_root(const std::vector<std::uint32_t>& firsts, Pos at, Best& best) const {
    const std::uint32_t u = unit_index(at);
    for (std::uint32_t i = symbols_.begin[u]; i < symbols_.begin[u + 1]; ++i) {
      const std::uint32_t child = firsts[symbols_.symbols[i]];
      if (child != kNoNode) {
        visit(child, at, best);
      }
    }
  }

  // Leftmost-longest, non-overlapping matches of the trie whose root's
  // children are `firsts`. `starts` lists, in order, the tokens where a match
  // of this trie can begin (on the token or one of its parts); the rest are
  // skipped unseen.
  void match_all(const std::vector<std::uint32_t>& firsts, const std::vector<std::uint32_t>& starts,
                 std::uint32_t lexicon, std::vector<Match>& out) const {
    Pos pos;
    for (const std::uint32_t start_token : starts) {
      if (start_token < pos.token) {
        continue;  // inside the last match
      }
      if (start_token > pos.token) {
        pos = {start_token, -1};
      }
      while (pos.token == start_token) {
        const tokenise::Token& token = text_.tokens[pos.token];
        Best best;
        Pos start = pos;
        walk_from_root(firsts, pos, best);
        if (pos.part < 0 && token.part_count > 0) {
          // The whole compound and its first part start at the same byte:
          // the longer match wins, the whole token on a tie.
          Best from_part;
          walk_from_root(firsts, {pos.token, 0}, from_part);
          if (from_part.node != kNoNode && (best.node == kNoNode || from_part.end > best.end)) {
            best = from_part;
            start = {pos.token, 0};
          }
        }
        if (best.node == kNoNode) {
          pos = pos.part < 0 && token.part_count > 1 ? Pos{pos.token, 1}
                : pos.part < 0                       ? Pos{pos.token + 1, -1}
                                                     : next(pos);
          continue;
        }
        emit(start, best, lexicon, out);
        pos = next(best.last);
      }
    }
  }

 private:
  void emit(Pos start, const Best& best, std::uint32_t lexicon, std::vector<Match>& out) const {
    const tokenise::Token& first = unit(start);
    const std::size_t span_begin = out.size();
    emit_node(start, first, best, best.node, lexicon, span_begin, out);
    for (const std::uint32_t node : best.ties) {
      emit_node(start, first, best, node, lexicon, span_begin, out);
    }
  }

  // Credits each entry (category, contrast option, actor) once per span: a
  // tie node's pattern only counts for entries the more specific patterns
  // before it did not already credit, so "negotiations" and "negotiat*" in
  // one category count the word once, while "terror*" in one category and
  // "terrorists" in another both count it.
  void emit_node(Pos start, const tokenise::Token& first, const Best& best, std::uint32_t node,
                 std::uint32_t lexicon, std::size_t span_begin, std::vector<Match>& out) const {
    for (const Entry& entry : entries_[node]) {
      const bool credited = std::any_of(
          out.begin() + static_cast<std::ptrdiff_t>(span_begin), out.end(), [&](const Match& m) {
            return m.kind == entry.kind && m.group == entry.group && m.option == entry.option;
          });
      if (credited) {
        continue;
      }
      // Filled in place: a Match assembled on the stack and copied in would
      // reload the byte-wide fields just stored (a store-forwarding stall).
      Match& m = out.emplace_back();
      m.lexicon = lexicon;
      m.kind = entry.kind;
      m.group = entry.group;
      m.option = entry.option;
      m.term = entry.term;
      m.first_token = start.token;
      m.token_count = best.last.token - start.token + 1;
      m.begin = first.begin;
      m.end = best.end;
      m.sentence = first.sentence;
      m.voice = first.voice;
      m.scare_quoted = first.scare_quoted;
      m.partial =
          m.begin != text_.tokens[start.token].begin || m.end != text_.tokens[best.last.token].end;
    }
  }

  const EdgeTable& edges_;
  const std::vector<std::vector<Entry>>& entries_;
  const std::vector<std::uint8_t>& node_flags_;
  const tokenise::TokenisedText& text_;
  const UnitSymbols& symbols_;
};

}  // namespace

Matcher::Matcher(std::vector<Lexicon> lexicons)
    : lexicons_(std::move(lexicons)), compiled_(std::make_unique<Compiled>()) {
  Compiled& c = *compiled_;
  std::unique_ptr<Stemmer> stemmer;
  for (const Lexicon& lexicon : lexicons_) {
    if (lexicon.stemming == Stemming::kEnglish && !stemmer) {
      stemmer = std::make_unique<Stemmer>();
    }
    const std::uint32_t terms = c.new_node();
    for (std::uint32_t g = 0; g < lexicon.categories.size(); ++g) {
      const auto& category_terms = lexicon.categories[g].terms;
      for (std::uint32_t t = 0; t < category_terms.size(); ++t) {
        c.add(terms, c.compile(category_terms[t], lexicon.stemming, stemmer.get()),
              Entry{EntryKind::kCategory, g, 0, t});
      }
    }
    for (std::uint32_t g = 0; g < lexicon.contrasts.size(); ++g) {
      const auto& options = lexicon.contrasts[g].options;
      for (std::uint32_t o = 0; o < options.size(); ++o) {
        for (std::uint32_t t = 0; t < options[o].terms.size(); ++t) {
          c.add(terms, c.compile(options[o].terms[t], lexicon.stemming, stemmer.get()),
                Entry{EntryKind::kContrastOption, g, o, t});
        }
      }
    }
    const std::uint32_t actors = c.new_node();
    for (std::uint32_t a = 0; a < lexicon.actors.size(); ++a) {
      for (std::uint32_t alias = 0; alias < lexicon.actors[a].aliases.size(); ++alias) {
        // Aliases are names: matched case-sensitively so "Kerry" is not "kerry".
        c.add(
            actors,
            c.compile(Term{lexicon.actors[a].aliases[alias], 1.0, true}, Stemming::kNone, nullptr),
            Entry{EntryKind::kActor, a, 0, alias});
      }
    }
    c.roots.push_back(terms);
    c.roots.push_back(actors);
  }
  std::vector<std::uint64_t> first_step_tries(c.vocabulary.symbol_count(), 0);
  for (std::uint32_t trie = 0; trie < c.trie_count(); ++trie) {
    std::vector<std::uint32_t> children(c.vocabulary.symbol_count(), kNoNode);
    for (std::uint32_t symbol = 0; symbol < children.size(); ++symbol) {
      const std::uint32_t child = c.edges.find(edge_key(c.roots[trie], symbol));
      if (child != EdgeTable::kMissing) {
        children[symbol] = child;
        first_step_tries[symbol] |= std::uint64_t{1} << std::min(trie, Compiled::kManyTries);
      }
    }
    c.firsts.push_back(std::move(children));
  }
  c.vocabulary.finish(std::move(first_step_tries));
}

Matcher::~Matcher() = default;
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;

std::vector<Match> Matcher::match(const tokenise::TokenisedText& text) const {
  std::vector<Match> out;
  if (text.tokens.empty()) {
    return out;
  }
  // Reused across calls on one thread, so matching many small documents does
  // not allocate the symbol lists afresh each time.
  thread_local UnitSymbols symbols;
  thread_local std::vector<std::vector<std::uint32_t>> starts;
  compiled_->vocabulary.symbols_of(text, symbols);
  compiled_->start_tokens(text, symbols, starts);
  const Walker walker(compiled_->edges, compiled_->entries, compiled_->node_flags, text, symbols);
  const auto by_begin = [](const Match& a, const Match& b) { return a.begin < b.begin; };
  for (std::uint32_t lexicon = 0; lexicon < lexicons_.size(); ++lexicon) {
    // Each pass yields its matches in begin order; a stable merge puts a
    // lexicon's term and actor matches in begin order, terms first on a tie.
    const auto first = static_cast<std::ptrdiff_t>(out.size());
    const std::uint32_t terms = 2 * lexicon;
    const std::uint32_t actors = terms + 1;
    walker.match_all(compiled_->firsts[terms], starts[terms], lexicon, out);
    const auto middle = static_cast<std::ptrdiff_t>(out.size());
    walker.match_all(compiled_->firsts[actors], starts[actors], lexicon, out);
    if (middle != first && static_cast<std::ptrdiff_t>(out.size()) != middle) {
      std::inplace_merge(out.begin() + first, out.begin() + middle, out.end(), by_begin);
    }
  }
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
