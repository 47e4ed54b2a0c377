#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "lexicon/matcher.hpp"

namespace framelens::lexicon {

/// How often one term (or actor alias) of a lexicon matched in a corpus.
struct TermCoverage {
  std::string lexicon;  ///< Lexicon id.
  std::string entry;    ///< "category-id", "contrast-id/option-id" or "actor:actor-id".
  std::string term;     ///< Term text (or alias) as written in the lexicon.
  std::size_t matches = 0;
  std::size_t documents = 0;  ///< Documents with at least one match.
  std::size_t outlets = 0;    ///< Outlets with at least one match.
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
[[nodiscard]] Coverage measure_coverage(const Corpus& corpus, const Matcher& matcher);

}  // namespace framelens::lexicon
