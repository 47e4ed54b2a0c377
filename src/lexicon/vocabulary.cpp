#include "lexicon/vocabulary.hpp"

#include "lexicon/stemmer.hpp"

namespace framelens::lexicon {
namespace {

Stemmer& thread_stemmer() {
  thread_local Stemmer stemmer;
  return stemmer;
}

}  // namespace

std::uint32_t Vocabulary::WordTrie::child(std::uint32_t node, char byte) const {
  if (node == 0) {
    return root_children_[static_cast<unsigned char>(byte)];
  }
  for (const auto& [edge, next] : nodes_[node].children) {
    if (edge == byte) {
      return next;
    }
  }
  return 0;
}

std::uint32_t Vocabulary::WordTrie::insert(std::string_view text, bool prefix,
                                           std::uint32_t symbol_if_new) {
  std::uint32_t node = 0;
  for (const char byte : text) {
    std::uint32_t next = child(node, byte);
    if (next == 0) {
      next = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      if (node == 0) {
        root_children_[static_cast<unsigned char>(byte)] = next;
      } else {
        nodes_[node].children.emplace_back(byte, next);
      }
    }
    node = next;
  }
  std::uint32_t& symbol = prefix ? nodes_[node].prefix : nodes_[node].exact;
  if (symbol == StringTable::kMissing) {
    symbol = symbol_if_new;
  }
  return symbol;
}

std::uint32_t Vocabulary::WordTrie::find(std::string_view word,
                                         std::vector<std::uint32_t>& prefixes) const {
  if (word.empty()) {
    return nodes_[0].exact;
  }
  std::uint32_t node = 0;
  for (const char byte : word) {
    node = child(node, byte);
    if (node == 0) {
      return StringTable::kMissing;
    }
    if (nodes_[node].prefix != StringTable::kMissing) {
      prefixes.push_back(nodes_[node].prefix);
    }
  }
  return nodes_[node].exact;
}

std::uint32_t Vocabulary::intern(StepKind kind, std::string_view text) {
  std::uint32_t symbol = 0;
  switch (kind) {
    case StepKind::kForm:
    case StepKind::kPrefix:
      symbol = forms_.insert(text, kind == StepKind::kPrefix, next_symbol_);
      break;
    case StepKind::kSurface:
    case StepKind::kSurfacePrefix:
      has_surface_steps_ = true;
      symbol = surfaces_.insert(text, kind == StepKind::kSurfacePrefix, next_symbol_);
      break;
    case StepKind::kStem:
      symbol = stems_.insert(text, next_symbol_);
      break;
  }
  if (symbol == next_symbol_) {
    ++next_symbol_;
  }
  return symbol;
}

void Vocabulary::add_unit(const tokenise::TokenisedText& text, const tokenise::Token& unit,
                          UnitSymbols& out) const {
  std::vector<std::uint32_t>& prefixes = out.scratch;
  const auto append_longest_first = [&] {
    for (std::size_t i = prefixes.size(); i > 0; --i) {
      out.symbols.push_back(prefixes[i - 1]);
    }
  };
  const std::string_view surface = text.surface(unit);
  if (has_surface_steps_ && (surface.empty() || surfaces_.may_hold(surface))) {
    prefixes.clear();
    const std::uint32_t exact = surfaces_.find(surface, prefixes);
    if (exact != StringTable::kMissing) {
      out.symbols.push_back(exact);
    }
    append_longest_first();
  }
  const std::string_view form = text.form(unit);
  prefixes.clear();
  const std::uint32_t exact =
      form.empty() || forms_.may_hold(form) ? forms_.find(form, prefixes) : StringTable::kMissing;
  if (exact != StringTable::kMissing) {
    out.symbols.push_back(exact);
  }
  if (stems_.size() > 0) {
    const std::string stem = thread_stemmer().stem(form);
    const std::uint32_t stemmed = stems_.find(stem, StringTable::hash(stem));
    if (stemmed != StringTable::kMissing) {
      out.symbols.push_back(stemmed);
    }
  }
  append_longest_first();
}

void Vocabulary::symbols_of(const tokenise::TokenisedText& text, UnitSymbols& out) const {
  out.begin.clear();
  out.symbols.clear();
  out.begin.reserve(text.tokens.size() + text.parts.size() + 1);
  for (const std::vector<tokenise::Token>* units : {&text.tokens, &text.parts}) {
    for (const tokenise::Token& unit : *units) {
      out.begin.push_back(static_cast<std::uint32_t>(out.symbols.size()));
      add_unit(text, unit, out);
    }
  }
  out.begin.push_back(static_cast<std::uint32_t>(out.symbols.size()));
}

}  // namespace framelens::lexicon
