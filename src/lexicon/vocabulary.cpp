#include "lexicon/vocabulary.hpp"

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "lexicon/stemmer.hpp"

namespace framelens::lexicon {
namespace {

Stemmer& thread_stemmer() {
  thread_local Stemmer stemmer;
  return stemmer;
}

}  // namespace

std::uint32_t Vocabulary::intern(StepKind kind, std::string_view text) {
  if (id_ != 0) {
    throw std::logic_error("Vocabulary: intern after finish");
  }
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

void Vocabulary::finish(std::vector<std::uint64_t> tags) {
  if (id_ != 0) {
    throw std::logic_error("Vocabulary: finished twice");
  }
  tags_ = std::move(tags);
  tags_.resize(next_symbol_, 0);
  forms_.freeze();
  surfaces_.freeze();
  // Ids are never reused, so a cache filled for a vocabulary since destroyed
  // cannot serve a new one that happens to live at the same address.
  static std::atomic<std::uint64_t> last_id{0};
  id_ = ++last_id;
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
  if (id_ == 0) {
    throw std::logic_error("Vocabulary: symbols_of before finish");
  }
  const std::size_t unit_count = text.tokens.size() + text.parts.size();
  out.begin.resize(unit_count + 1);
  out.tags.resize(unit_count);
  out.cache.serve(id_);
  // A unit's symbols depend on its surface when some step is case-sensitive,
  // else on its folded form alone; and the tokeniser derives the form from
  // the surface (tokeniser_test checks this), so the surface keys both.
  const std::string& keys = has_surface_steps_ ? text.text : text.forms;
  // Bytes that may be read: up to the string's end and its terminating NUL.
  const char* const readable_end = keys.data() + keys.size() + 1;
  // out.symbols is filled through `n` with room kept ahead, so that a cached
  // word's one symbol is copied whether or not it has one (most words have
  // none or one, and a branch on which would often be mispredicted).
  std::vector<std::uint32_t>& symbols = out.symbols;
  std::size_t n = 0;
  symbols.resize(unit_count + 64);  // grown below when words have several
  std::size_t u = 0;
  for (const std::vector<tokenise::Token>* units : {&text.tokens, &text.parts}) {
    for (const tokenise::Token& unit : *units) {
      out.begin[u] = static_cast<std::uint32_t>(n);
      const std::string_view key =
          has_surface_steps_
              ? std::string_view(keys.data() + unit.begin, unit.end - unit.begin)
              : std::string_view(keys.data() + unit.form_begin, unit.form_end - unit.form_begin);
      const WordCache::Lookup cached =
          out.cache.lookup(key, static_cast<std::size_t>(readable_end - key.data()));
      if (cached.found) {
        out.tags[u++] = out.cache.tag(cached);
        const std::uint32_t count = out.cache.symbol_count(cached);
        if (n + count + 1 > symbols.size()) {
          symbols.resize(2 * (n + count + 1));
        }
        const std::uint32_t* const found = out.cache.symbols(cached);
        symbols[n] = found[0];
        n += std::min<std::uint32_t>(count, 1);
        for (std::uint32_t i = 1; i < count; ++i) {
          symbols[n++] = found[i];
        }
        continue;
      }
      symbols.resize(n);
      add_unit(text, unit, out);
      std::uint64_t tag = 0;
      for (std::size_t i = n; i < symbols.size(); ++i) {
        tag |= tags_[symbols[i]];
      }
      out.tags[u++] = tag;
      out.cache.store(cached, key, std::span<const std::uint32_t>(symbols).subspan(n), tag);
      n = symbols.size();
      symbols.resize(n + 64);
    }
  }
  symbols.resize(n);
  out.begin[u] = static_cast<std::uint32_t>(n);
}

}  // namespace framelens::lexicon
