#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace framelens::lexicon {

/// The Snowball English stemmer (libstemmer). Not thread-safe: give each
/// thread its own.
class Stemmer {
 public:
  /// Throws framelens::Error when libstemmer has no English stemmer.
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  /// The stem of the lower-case UTF-8 word `word` ("negotiations" -> "negoti").
  [[nodiscard]] std::string stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

}  // namespace framelens::lexicon
