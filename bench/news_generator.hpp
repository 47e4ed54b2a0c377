#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace framelens::bench {

/// Mostly-ASCII news-like text of at least `bytes` bytes: paragraphs of
/// sentences over a Zipf-like vocabulary, with quotations, numbers
/// ("14,000"), abbreviations ("U.S."), hyphenated words, possessives and a
/// few non-ASCII names. The same `seed` gives the same text on every platform.
[[nodiscard]] std::string generate_news(std::size_t bytes, std::uint64_t seed);

/// News-like documents of 3-8 KB each (as generate_news), together at least
/// `bytes` bytes.
[[nodiscard]] std::vector<std::string> generate_documents(std::size_t bytes, std::uint64_t seed);

/// A lexicon of `term_count` terms in 20 categories shaped like a framing
/// lexicon, drawn from the same vocabulary as generate_news: about 60% single
/// words, 28% two- and three-word phrases, 10% suffix wildcards that cut one
/// to three letters off a word (prefixes of at least 4 letters) and 2%
/// case-sensitive capitalised words.
[[nodiscard]] lexicon::Lexicon generate_lexicon(std::size_t term_count, std::uint64_t seed);

/// The lexicon of the first benchmarks: 5% wildcards on 3-5 letter prefixes of
/// the syllable-built vocabulary, so wildcards match about a fifth of all
/// tokens. Kept to compare with earlier numbers; not a realistic lexicon.
[[nodiscard]] lexicon::Lexicon generate_dense_lexicon(std::size_t term_count, std::uint64_t seed);

}  // namespace framelens::bench
