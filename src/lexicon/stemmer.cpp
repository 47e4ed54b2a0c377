#include "lexicon/stemmer.hpp"

#include <libstemmer.h>

#include <climits>

#include "core/error.hpp"

namespace framelens::lexicon {

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  if (stemmer_ == nullptr) {
    throw Error("libstemmer has no English stemmer for UTF-8");
  }
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::stem(std::string_view word) {
  if (word.size() > INT_MAX) {
    return std::string(word);
  }
  const sb_symbol* stemmed = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (stemmed == nullptr) {
    throw Error("libstemmer ran out of memory");
  }
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace framelens::lexicon
