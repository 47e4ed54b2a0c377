#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "compare/analysis.hpp"
#include "compare/attribution.hpp"
#include "vectorise/feature_counts.hpp"
#include "vectorise/vocabulary.hpp"

namespace framelens::compare {

/// What the analysis reads, one entry per document where per document.
/// `lexicon` and `vocabulary` hold the counts and tokens of the analysed voice only.
struct AnalysisInput {
  std::vector<std::string> outlet_ids;  ///< Outlets with at least one document.
  std::vector<std::string> outlet_names;
  std::vector<std::size_t> outlet_of;  ///< Per document: index into outlet_ids.
  std::vector<std::string> event;      ///< Per document (may be empty).
  std::vector<std::string> date;       ///< Per document, YYYY-MM-DD or empty.
  vectorise::FeatureCounts lexicon;    ///< Lexicon features of the analysed voice.
  vectorise::Vocabulary vocabulary;    ///< Open vocabulary of the analysed voice.
  Eigen::VectorXd narrative_tokens;    ///< Per document, whatever the voice setting.
  Eigen::VectorXd quoted_tokens;
  Eigen::VectorXd quoted_matches;  ///< Lexicon term matches inside quotations.
  std::vector<ActorRef> actors;
  std::vector<std::vector<QuoteAttribution>> quotes;  ///< Per document.
};

/// Computes every figure of Analysis (see analysis.hpp for each one's
/// definition) with the given parameters. Deterministic for a given seed and
/// independent of the order in which outlets are listed. Throws
/// std::invalid_argument for inconsistent input sizes.
[[nodiscard]] Analysis analyse(const AnalysisInput& input, const AnalysisParameters& parameters);

}  // namespace framelens::compare
