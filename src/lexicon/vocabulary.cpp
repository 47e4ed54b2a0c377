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
  out.symbols.clear();
  // The cache keeps, for each word, its entry: nothing when the word has no
  // symbols, else its tag (low and high 32 bits) and then its symbols.
  out.cache.serve(id_);
  // A unit's symbols depend on its surface when some step is case-sensitive,
  // else on its folded form alone; and the tokeniser derives the form from
  // the surface (tokeniser_test checks this), so the surface keys both.
  const std::string& keys = has_surface_steps_ ? text.text : text.forms;
  // Bytes that may be read: up to the string's end and its terminating NUL.
  const char* const readable_end = keys.data() + keys.size() + 1;
  std::size_t u = 0;
  for (const std::vector<tokenise::Token>* units : {&text.tokens, &text.parts}) {
    for (const tokenise::Token& unit : *units) {
      const auto first = static_cast<std::uint32_t>(out.symbols.size());
      out.begin[u] = first;
      const std::string_view key =
          has_surface_steps_
              ? std::string_view(keys.data() + unit.begin, unit.end - unit.begin)
              : std::string_view(keys.data() + unit.form_begin, unit.form_end - unit.form_begin);
      const WordCache::Lookup cached =
          out.cache.lookup(key, static_cast<std::size_t>(readable_end - key.data()));
      if (cached.found) {
        const std::span<const std::uint32_t> entry = out.cache.values(cached);
        if (entry.empty()) {
          out.tags[u++] = 0;
          continue;
        }
        out.tags[u++] = entry[0] | (std::uint64_t{entry[1]} << 32);
        for (std::size_t i = 2; i < entry.size(); ++i) {
          out.symbols.push_back(entry[i]);
        }
        continue;
      }
      add_unit(text, unit, out);
      std::uint64_t tag = 0;
      out.entry.clear();
      if (out.symbols.size() > first) {
        for (std::size_t i = first; i < out.symbols.size(); ++i) {
          tag |= tags_[out.symbols[i]];
        }
        out.entry.push_back(static_cast<std::uint32_t>(tag));
        out.entry.push_back(static_cast<std::uint32_t>(tag >> 32));
        out.entry.insert(out.entry.end(), out.symbols.begin() + first, out.symbols.end());
      }
      out.tags[u++] = tag;
      out.cache.store(cached, key, out.entry);
    }
  }
  out.begin[u] = static_cast<std::uint32_t>(out.symbols.size());
}

}  // namespace framelens::lexicon
