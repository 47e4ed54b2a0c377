#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "lexicon/lexicon.hpp"

namespace framelens::bench {

/// Mostly-ASCII news-like text of at least `bytes` bytes: paragraphs of
/// sentences over a Zipf-like vocabulary, with quotations, numbers
/// ("14,000"), abbreviations ("U.S."), hyphenated words, possessives and a
/// few non-ASCII names. The same `seed` gives the same text on every platform.
[[nodiscard]] std::string generate_news(std::size_t bytes, std::uint64_t seed);

/// A lexicon of `term_count` terms in 20 categories, drawn from the same
/// vocabulary as generate_news: mostly single words and two-word phrases,
/// about 5% suffix wildcards and 1% case-sensitive terms.
[[nodiscard]] lexicon::Lexicon generate_lexicon(std::size_t term_count, std::uint64_t seed);

}  // namespace framelens::bench
