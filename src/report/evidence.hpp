#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compare/attribution.hpp"
#include "core/document.hpp"
#include "lexicon/match.hpp"
#include "lexicon/matcher.hpp"
#include "report/report_input.hpp"
#include "tokenise/token.hpp"

namespace framelens::report {

/// Evidence keys name a feature the same way in every writer:
/// "term:<lexicon>/<term text>", "category:<lexicon>/<category id>",
/// "option:<lexicon>/<contrast id>/<option id>", "actor:<lexicon>/<actor id>".
[[nodiscard]] std::string term_key(std::string_view lexicon, std::string_view term);
[[nodiscard]] std::string category_key(std::string_view lexicon, std::string_view category);
[[nodiscard]] std::string option_key(std::string_view lexicon, std::string_view contrast,
                                     std::string_view option);
[[nodiscard]] std::string actor_key(std::string_view lexicon, std::string_view actor);

/// Longest evidence sentence kept whole, in bytes; longer ones are cut to a
/// window around their first match.
inline constexpr std::size_t kMaxEvidenceBytes = 360;

/// Turns one sentence of `text` into evidence: whitespace runs collapse to one
/// space, `spans` (byte ranges of `text` inside the sentence, any order) become
/// sorted, merged marks, and a sentence longer than kMaxEvidenceBytes is cut
/// on UTF-8 boundaries around its first span with "…" at the cut ends.
[[nodiscard]] EvidenceSentence make_evidence_sentence(std::string_view text,
                                                      tokenise::Sentence sentence,
                                                      std::vector<Highlight> spans);

/// Gathers, document by document, the match records for matches.csv and the
/// evidence sentences of every term, category, contrast option and actor per
/// outlet, keeping at most `per_feature` sentences of each (first one sentence
/// from each document, then further sentences in text order).
class EvidenceCollector {
 public:
  EvidenceCollector(const lexicon::Matcher& matcher, std::size_t per_feature);

  /// Adds document `index` (its position in the corpus; call in index order)
  /// with its tokenised text, its matches and the attribution of each of
  /// `text.quotations` (compare::attribute_quotes). Match spans must lie
  /// within `doc.text` and sentence indices within `text.sentences`.
  void add(std::size_t index, const Document& doc, const tokenise::TokenisedText& text,
           const std::vector<lexicon::Match>& matches,
           const std::vector<compare::QuoteAttribution>& quotes);

  /// The evidence sets, sorted by (feature, outlet). Leaves the collector empty.
  [[nodiscard]] Evidence take_evidence();

  /// Every match, in the order added. Leaves the table empty.
  [[nodiscard]] MatchTable take_matches();

 private:
  struct Pending {
    std::size_t matches_total = 0;
    std::size_t sentences_total = 0;
    std::size_t last_document = static_cast<std::size_t>(-1);
    std::vector<EvidenceSentence> firsts;  // first sentence of each document
    std::vector<EvidenceSentence> extras;  // further sentences
  };
  std::vector<std::string> keys_of(const lexicon::Match& m) const;

  const lexicon::Matcher* matcher_;
  std::size_t per_feature_;
  std::map<std::pair<std::string, std::string>, Pending> pending_;
  MatchTable matches_;
  // (lexicon, kind, group, option, term) -> index into matches_.entries
  std::map<std::array<std::uint32_t, 5>, std::size_t> entry_index_;
};

}  // namespace framelens::report
