#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "lexicon/kwic.hpp"
#include "lexicon/matcher.hpp"

namespace framelens::lexicon {

/// How often one term (or actor alias) of a lexicon matched in a corpus.
struct TermCoverage {
  std::string lexicon;  ///< Lexicon id.
  std::string entry;    ///< "category-id", "contrast-id/option-id" or "actor:actor-id".
  std::string term;     ///< Term text (or alias) as written in the lexicon.
  std::size_t matches = 0;
  std::size_t quoted = 0;     ///< Matches in quoted voice (of `matches`).
  std::size_t documents = 0;  ///< Documents with at least one match.
  std::size_t outlets = 0;    ///< Outlets with at least one match.
  /// Up to CoverageOptions::samples_per_term matches with context, spread
  /// over outlets: each outlet's first match in corpus order, taken outlet
  /// by outlet (corpus order) until the cap is reached, then each outlet's
  /// second match, and so on.
  std::vector<KwicHit> samples;
};

/// Options of measure_coverage.
struct CoverageOptions {
  std::size_t samples_per_term = 0;  ///< Sample matches kept per term (0: none).
  std::size_t window_tokens = 6;     ///< Tokens of context on each side of a sample.
};

/// Every term of the matcher's lexicons with its counts, in declaration
/// order: per lexicon its categories, then contrast options, then actors.
struct Coverage {
  std::vector<TermCoverage> terms;
  std::size_t documents = 0;  ///< Documents searched.
};

/// Tokenises and matches every document of `corpus` and counts, per term,
/// its matches and the documents and outlets it occurs in. Terms that never
/// matched are listed with zero counts.
[[nodiscard]] Coverage measure_coverage(const Corpus& corpus, const Matcher& matcher,
                                        const CoverageOptions& options = {});

/// A Markdown validation report of `coverage` on the corpus named
/// `corpus_name`: per lexicon and entry, each term's matches (quoted among
/// them), documents and outlets, its samples in context so a reader can judge
/// precision, and the terms that never matched.
[[nodiscard]] std::string render_coverage_markdown(const Coverage& coverage,
                                                   std::string_view corpus_name);

}  // namespace framelens::lexicon
