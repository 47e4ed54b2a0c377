#include "lexicon/vocabulary.hpp"

#include <memory>

#include "lexicon/stemmer.hpp"

namespace framelens::lexicon {
namespace {

Stemmer& thread_stemmer() {
  thread_local Stemmer stemmer;
  return stemmer;
}

}  // namespace

void Vocabulary::PrefixSet::add(std::string_view prefix, std::uint32_t symbol) {
  if (prefix.size() < 64) {
    lengths |= std::uint64_t{1} << prefix.size();
    table.insert(prefix, symbol);
    return;
  }
  for (const auto& [text, id] : long_prefixes) {
    if (text == prefix) {
      return;
    }
  }
  long_prefixes.emplace_back(std::string(prefix), symbol);
}

std::uint64_t Vocabulary::PrefixSet::find_all(std::string_view word,
                                              std::vector<std::uint32_t>& out,
                                              std::vector<std::uint32_t>& scratch) const {
  std::uint64_t hash = StringTable::kHashSeed;
  if (lengths == 0 && long_prefixes.empty()) {
    for (char byte : word) {
      hash = StringTable::hash_extend(hash, byte);
    }
    return hash;
  }
  scratch.clear();
  for (std::size_t length = 1; length <= word.size(); ++length) {
    hash = StringTable::hash_extend(hash, word[length - 1]);
    if (length < 64 && ((lengths >> length) & 1U) != 0) {
      const std::uint32_t symbol = table.find(word.substr(0, length), hash);
      if (symbol != StringTable::kMissing) {
        scratch.push_back(symbol);
      }
    }
  }
  for (const auto& [text, id] : long_prefixes) {
    if (word.starts_with(text)) {
      scratch.push_back(id);
    }
  }
  out.insert(out.end(), scratch.rbegin(), scratch.rend());
  return hash;
}

std::uint32_t Vocabulary::intern(StepKind kind, std::string_view text) {
  StringTable* table = nullptr;
  PrefixSet* prefixes = nullptr;
  switch (kind) {
    case StepKind::kForm:
      table = &forms_;
      break;
    case StepKind::kSurface:
      table = &surfaces_;
      has_surface_steps_ = true;
      break;
    case StepKind::kStem:
      table = &stems_;
      break;
    case StepKind::kPrefix:
      prefixes = &prefixes_;
      break;
    case StepKind::kSurfacePrefix:
      prefixes = &surface_prefixes_;
      has_surface_steps_ = true;
      break;
  }
  if (table != nullptr) {
    const std::uint32_t symbol = table->insert(text, next_symbol_);
    if (symbol == next_symbol_) {
      ++next_symbol_;
    }
    return symbol;
  }
  if (text.size() < 64) {
    const std::uint32_t existing = prefixes->table.find(text, StringTable::hash(text));
    if (existing != StringTable::kMissing) {
      return existing;
    }
  }
  for (const auto& [long_text, symbol] : prefixes->long_prefixes) {
    if (long_text == text) {
      return symbol;
    }
  }
  prefixes->add(text, next_symbol_);
  return next_symbol_++;
}

void Vocabulary::add_unit(const tokenise::TokenisedText& text, const tokenise::Token& unit,
                          UnitSymbols& out, std::vector<std::uint32_t>& scratch) const {
  if (has_surface_steps_) {
    const std::string_view surface = text.surface(unit);
    const std::size_t mark = out.symbols.size();
    const std::uint64_t hash = surface_prefixes_.find_all(surface, out.symbols, scratch);
    const std::uint32_t exact = surfaces_.find(surface, hash);
    if (exact != StringTable::kMissing) {
      out.symbols.insert(out.symbols.begin() + static_cast<std::ptrdiff_t>(mark), exact);
    }
  }
  const std::string_view form = text.form(unit);
  const std::size_t mark = out.symbols.size();
  const std::uint64_t hash = prefixes_.find_all(form, out.symbols, scratch);
  std::size_t front = mark;
  const std::uint32_t exact = forms_.find(form, hash);
  if (exact != StringTable::kMissing) {
    out.symbols.insert(out.symbols.begin() + static_cast<std::ptrdiff_t>(front++), exact);
  }
  if (stems_.size() > 0) {
    const std::string stem = thread_stemmer().stem(form);
    const std::uint32_t stemmed = stems_.find(stem, StringTable::hash(stem));
    if (stemmed != StringTable::kMissing) {
      out.symbols.insert(out.symbols.begin() + static_cast<std::ptrdiff_t>(front), stemmed);
    }
  }
}

void Vocabulary::symbols_of(const tokenise::TokenisedText& text, UnitSymbols& out) const {
  out.begin.clear();
  out.symbols.clear();
  out.begin.reserve(text.tokens.size() + text.parts.size() + 1);
  std::vector<std::uint32_t> scratch;
  for (const std::vector<tokenise::Token>* units : {&text.tokens, &text.parts}) {
    for (const tokenise::Token& unit : *units) {
      out.begin.push_back(static_cast<std::uint32_t>(out.symbols.size()));
      add_unit(text, unit, out, scratch);
    }
  }
  out.begin.push_back(static_cast<std::uint32_t>(out.symbols.size()));
}

}  // namespace framelens::lexicon
