#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace framelens::compare {

/// A square matrix over the outlets of an Analysis, row-major: values[i][j]
/// is the figure for outlets[i] and outlets[j].
using OutletMatrix = std::vector<std::vector<double>>;

/// A point estimate with its 95% interval. `has_interval` is false when no
/// interval could be formed (for example no matches at all).
struct Estimate {
  double value = 0;
  double low = 0;
  double high = 0;
  bool has_interval = false;
};

/// Settings every figure was computed with; all are written to report.json.
struct AnalysisParameters {
  std::string voice = "narrative";  ///< Tokens and matches used: narrative, quoted or all.
  std::string weighting = "count";  ///< Weighting of the vectors compared by cosine.
  std::uint64_t seed = 20240601;    ///< Seed of the bootstrap and permutation engines.
  std::size_t bootstrap = 1000;     ///< Bootstrap replicates (0: no intervals).
  std::size_t permutations = 1000;  ///< Permutations of the null baseline (0: not run).
  double prior_strength = 1000;     ///< α₀ of the log-odds Dirichlet prior (pseudo-counts).
  std::size_t top_terms = 15;       ///< Key terms listed per comparison and direction.
  std::string window;               ///< "week", "month" or empty (no time figures).
  bool bigrams = false;             ///< Open vocabulary includes bigrams.
  // Low-evidence thresholds: an outlet below any of them is flagged.
  std::size_t min_documents = 2;
  double min_tokens = 500;
  double min_matches = 10;
};

/// One outlet as the analysis saw it (only outlets with documents).
struct OutletSummary {
  std::string id;
  std::string name;
  std::size_t documents = 0;
  double tokens = 0;            ///< Tokens of the analysed voice.
  double narrative_tokens = 0;  ///< Tokens outside quotations.
  double quoted_tokens = 0;     ///< Tokens inside quotations.
  double matches = 0;           ///< Lexicon term matches of the analysed voice.
  double quoted_matches = 0;    ///< Lexicon term matches inside quotations (any voice setting).
  bool low_evidence = false;
  std::vector<std::string> low_evidence_reasons;  ///< e.g. "1 document(s) (< 2)".
};

/// One feature's share of a pair's JSD.
struct Contribution {
  std::string lexicon;  ///< Empty for the open vocabulary.
  std::string feature;  ///< Term or form.
  double bits = 0;      ///< ½ p log2(p/m) + ½ q log2(q/m); all contributions sum to the JSD.
  double share_a = 0;   ///< p_f: the feature's share of outlet a's counts.
  double share_b = 0;   ///< q_f.
};

/// Null baseline of a pair's JSD: outlet labels shuffled among the pair's
/// documents (group sizes kept), JSD recomputed each time.
struct NullBaseline {
  bool testable = false;
  std::string reason;  ///< Why not testable (empty when testable).
  double mean = 0;     ///< Mean JSD under the null (bits).
  double q95 = 0;      ///< 95th percentile of the null JSDs.
  double p_value = 1;  ///< (1 + #{null ≥ observed}) / (1 + permutations).
};

/// Everything about one pair of outlets on one feature space.
struct PairFigures {
  std::size_t a = 0;  ///< Index into Analysis::outlets.
  std::size_t b = 0;
  Estimate cosine;      ///< Cosine of weighted vectors, bootstrap interval.
  Estimate jsd;         ///< JSD in bits, bootstrap interval.
  double jsd_sqrt = 0;  ///< √JSD (SciPy's jensenshannon distance, base 2).
  NullBaseline null;
  std::vector<Contribution> top_contributions;  ///< Largest first.
  /// True only when both outlets have enough evidence and the permutation test
  /// rejects "no difference" at 5%. Summaries assert a difference only then.
  bool difference_supported = false;
};

/// Cosine and JSD of every outlet pair on one feature space.
struct SpaceComparison {
  std::string space;  ///< "lexicon terms" or "open vocabulary".
  std::string weighting;
  OutletMatrix cosine;             ///< Diagonal 1.
  OutletMatrix jsd;                ///< Bits, diagonal 0.
  OutletMatrix jsd_sqrt;           ///< √JSD, a metric.
  std::vector<PairFigures> pairs;  ///< a < b, in outlet order.
  bool intervals = false;          ///< Bootstrap intervals computed.
  bool null_baselines = false;     ///< Null baselines computed (each pair says if testable).
};

/// One term's keyness in one comparison.
struct KeyTerm {
  std::string term;
  std::string lexicon;  ///< Lexicon of the term (lexicon-term keyness); empty for open vocabulary.
  double count_focus = 0;
  double count_reference = 0;
  double per_1k_focus = 0;  ///< Per 1,000 tokens of the focus.
  double per_1k_reference = 0;
  double log_odds = 0;  ///< δ of Monroe et al. (natural log); > 0: favoured by the focus.
  double z = 0;         ///< δ / √var(δ).
  double chi2 = 0;      ///< Pearson, 2x2 table, no continuity correction.
  double chi2_p = 1;
  double chi2_q = 1;  ///< Benjamini–Hochberg adjusted over the comparison's terms.
  double g2 = 0;      ///< Log-likelihood ratio (Dunning 1993).
  double g2_p = 1;
  double g2_q = 1;
};

/// Focus vs reference (another outlet, or all other outlets).
struct KeynessComparison {
  std::size_t focus = 0;
  std::size_t reference = 0;  ///< Outlet index; ignored when against_rest.
  bool against_rest = true;
  std::size_t terms_tested = 0;
  std::vector<KeyTerm> over;   ///< Highest z first (favoured by the focus).
  std::vector<KeyTerm> under;  ///< Lowest z first (favoured by the reference).
};

struct KeynessFigures {
  std::string space;                            ///< "open vocabulary" or "lexicon terms".
  std::vector<KeynessComparison> against_rest;  ///< One per outlet.
  std::vector<KeynessComparison> pairs;         ///< focus < reference.
};

/// One option's use by one outlet.
struct OptionShare {
  double count = 0;
  Estimate share;  ///< count / all matches of the contrast by the outlet.
};

struct ContrastOutlet {
  std::size_t outlet = 0;
  double total = 0;  ///< Matches of any option.
  /// "bootstrap percentile over documents or wilson score, whichever is
  /// wider" (at each end), or "wilson score (one document)".
  std::string interval_method;
  std::vector<OptionShare> options;  ///< In the contrast's option order.
  bool low_evidence = false;         ///< Fewer than min_matches uses, or fewer than 2 documents.
};

struct ContrastFigures {
  std::string lexicon;
  std::string id;
  std::string label;
  std::vector<std::string> option_ids;
  std::vector<std::string> option_labels;
  std::vector<ContrastOutlet> outlets;  ///< In Analysis::outlets order.
  /// JSD (bits) between outlets' option distributions; NaN (null in JSON)
  /// where either outlet never used any option, as there is no choice to compare.
  OutletMatrix jsd;
};

struct CategoryFigure {
  double weighted_count = 0;  ///< Σ matches x term weight.
  Estimate per_1k;            ///< weighted_count per 1,000 tokens.
  Estimate share;             ///< weighted_count / all categories of the lexicon.
};

struct FrameOutlet {
  std::size_t outlet = 0;
  std::string interval_method;
  std::vector<CategoryFigure> categories;  ///< In FrameFigures::category_ids order.
};

struct FrameFigures {
  std::vector<std::string> lexicons;  ///< Lexicon of each category.
  std::vector<std::string> category_ids;
  std::vector<std::string> category_labels;
  std::vector<FrameOutlet> outlets;
};

/// Quoted words given to one speaker (actor or actor group).
struct VoiceShare {
  std::string id;  ///< Actor id, group name, or "unattributed".
  std::string label;
  double quoted_tokens = 0;
  double share = 0;  ///< Of the outlet's quoted tokens.
};

struct OutletVoices {
  std::size_t outlet = 0;
  std::size_t quotations = 0;
  std::size_t attributed = 0;
  double quoted_tokens = 0;
  std::vector<VoiceShare> by_actor;  ///< Largest first, then id; "unattributed" included.
  std::vector<VoiceShare> by_group;
};

/// Classical MDS of the √JSD matrix of lexicon terms, and the heatmap order.
struct MapFigures {
  std::vector<std::array<double, 2>> coordinates;  ///< Per outlet.
  std::array<double, 2> eigenvalues{};             ///< Of the double-centred matrix.
  double variance_explained = 0;                   ///< (λ1 + λ2) / Σ positive λ.
  std::vector<std::size_t> order;                  ///< Average-linkage leaf order of outlets.
};

/// Outlet comparison within one event.
struct EventFigures {
  std::string event;
  std::vector<double> tokens;  ///< Per outlet (0: not covered).
  OutletMatrix jsd;            ///< NaN where either outlet has no term match in the event.
};

struct EventsFigures {
  std::vector<EventFigures> events;
  OutletMatrix pooled_jsd;     ///< Token-weighted mean of per-event JSDs; NaN if never both.
  OutletMatrix pooled_weight;  ///< Tokens behind each pooled value.
};

/// One outlet in one time window.
struct WindowOutlet {
  std::size_t documents = 0;
  double tokens = 0;
  double matches = 0;
  std::vector<double> category_per_1k;  ///< FrameFigures::category_ids order.
  double drift = 0;                     ///< JSD (bits) of terms from the outlet's previous window.
  bool has_drift = false;               ///< False in its first window or without matches.
};

struct WindowFigures {
  std::string window;  ///< "2015-W44" or "2015-11".
  std::vector<WindowOutlet> outlets;
};

/// Every figure of the analysis stage. Outlet indices point into `outlets`.
struct Analysis {
  AnalysisParameters parameters;
  std::vector<OutletSummary> outlets;
  SpaceComparison terms;        ///< Lexicon terms, with intervals and null baselines.
  SpaceComparison vocabulary;   ///< Open vocabulary baseline (no intervals).
  KeynessFigures keyness;       ///< Open vocabulary.
  KeynessFigures term_keyness;  ///< Lexicon terms.
  std::vector<ContrastFigures> contrasts;
  FrameFigures frames;
  std::vector<OutletVoices> voices;
  MapFigures map;
  EventsFigures events;
  std::vector<WindowFigures> windows;  ///< Chronological; empty without dates or window.
  std::size_t vocabulary_size = 0;
  std::size_t documents_without_date = 0;
};

}  // namespace framelens::compare
