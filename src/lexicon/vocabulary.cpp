#include "lexicon/vocabulary.hpp"

#include <algorithm>

#include "lexicon/stemmer.hpp"

namespace framelens::lexicon {
namespace {

Stemmer& thread_stemmer() {
  thread_local Stemmer stemmer;
  return stemmer;
}

}  // namespace

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

void Vocabulary::finish() {
  forms_.freeze();
  surfaces_.freeze();
}

void Vocabulary::add_unit(const tokenise::TokenisedText& text, const tokenise::Token& unit,
                          UnitSymbols& out) const {
  std::vector<std::uint32_t>& prefixes = out.scratch;
  const auto append_longest_first = [&] {
    for (std::size_t i = prefixes.size(); i > 0; --i) {
      out.symbols.push_back(prefixes[i - 1]);
    }
  };
  if (has_surface_steps_) {
    const std::string_view surface = text.surface(unit);
    prefixes.clear();
    const std::uint32_t exact = surfaces_.find(surface, prefixes);
    if (exact != WordTrie::kMissing) {
      out.symbols.push_back(exact);
    }
    append_longest_first();
  }
  const std::string_view form = text.form(unit);
  prefixes.clear();
  const std::uint32_t exact = forms_.find(form, prefixes);
  if (exact != WordTrie::kMissing) {
    out.symbols.push_back(exact);
  }
  if (stems_.size() > 0) {
    const std::string stem = thread_stemmer().stem(form);
    const std::uint32_t stemmed = stems_.find(stem);
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
