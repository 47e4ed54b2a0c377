#include "compare/analyse.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "compare/events.hpp"
#include "compare/keyness.hpp"
#include "compare/label_choice.hpp"
#include "compare/map.hpp"
#include "compare/pairwise.hpp"
#include "fmt/format.h"
#include "vectorise/weighting.hpp"

namespace framelens::compare {
namespace {

using vectorise::FeatureKind;

// Columns of one feature kind as a features x selected 0/1 matrix, so that
// counts * selection keeps those columns and stays sparse.
SparseRows select_columns(const SparseRows& counts, const std::vector<Eigen::Index>& columns) {
  Eigen::SparseMatrix<double> selection(counts.cols(), static_cast<Eigen::Index>(columns.size()));
  std::vector<Eigen::Triplet<double>> ones;
  for (std::size_t k = 0; k < columns.size(); ++k) {
    ones.emplace_back(columns[k], static_cast<Eigen::Index>(k), 1.0);
  }
  selection.setFromTriplets(ones.begin(), ones.end());
  return SparseRows(counts * selection);
}

std::vector<Eigen::Index> columns_of(const std::vector<vectorise::Feature>& features,
                                     FeatureKind kind) {
  std::vector<Eigen::Index> out;
  for (std::size_t f = 0; f < features.size(); ++f) {
    if (features[f].kind == kind) {
      out.push_back(static_cast<Eigen::Index>(f));
    }
  }
  return out;
}

void flag_low_evidence(OutletSummary& outlet, const AnalysisParameters& p) {
  if (outlet.documents < p.min_documents) {
    outlet.low_evidence_reasons.push_back(
        fmt::format("{} document(s) (< {})", outlet.documents, p.min_documents));
  }
  if (outlet.tokens < p.min_tokens) {
    outlet.low_evidence_reasons.push_back(
        fmt::format("{:.0f} tokens (< {:.0f})", outlet.tokens, p.min_tokens));
  }
  if (outlet.matches < p.min_matches) {
    outlet.low_evidence_reasons.push_back(
        fmt::format("{:.0f} lexicon matches (< {:.0f})", outlet.matches, p.min_matches));
  }
  outlet.low_evidence = !outlet.low_evidence_reasons.empty();
}

std::vector<VoiceShare> shares_of(const std::map<std::string, std::pair<std::string, double>>& by,
                                  double total) {
  std::vector<VoiceShare> out;
  for (const auto& [id, entry] : by) {
    out.push_back({id, entry.first, entry.second, total > 0 ? entry.second / total : 0.0});
  }
  std::stable_sort(out.begin(), out.end(), [](const VoiceShare& a, const VoiceShare& b) {
    return a.quoted_tokens > b.quoted_tokens;
  });
  return out;
}

std::vector<OutletVoices> voices_of(const AnalysisInput& input,
                                    const std::vector<std::vector<std::size_t>>& documents) {
  std::vector<OutletVoices> out;
  for (std::size_t o = 0; o < documents.size(); ++o) {
    OutletVoices v;
    v.outlet = o;
    std::map<std::string, std::pair<std::string, double>> by_actor;
    std::map<std::string, std::pair<std::string, double>> by_group;
    for (const std::size_t d : documents[o]) {
      for (const QuoteAttribution& q : input.quotes[d]) {
        if (q.scare) {
          continue;
        }
        ++v.quotations;
        v.quoted_tokens += q.tokens;
        if (q.actor == QuoteAttribution::kUnattributed) {
          by_actor["unattributed"] = {"unattributed", by_actor["unattributed"].second + q.tokens};
          by_group["unattributed"] = {"unattributed", by_group["unattributed"].second + q.tokens};
          continue;
        }
        ++v.attributed;
        const ActorRef& actor = input.actors[q.actor];
        const std::string key = actor.lexicon + "/" + actor.id;
        by_actor[key] = {actor.label, by_actor[key].second + q.tokens};
        const std::string group = actor.group.empty() ? "(no group)" : actor.group;
        by_group[group] = {group, by_group[group].second + q.tokens};
      }
    }
    v.by_actor = shares_of(by_actor, v.quoted_tokens);
    v.by_group = shares_of(by_group, v.quoted_tokens);
    out.push_back(std::move(v));
  }
  return out;
}

Eigen::MatrixXd to_eigen(const OutletMatrix& m) {
  const auto n = static_cast<Eigen::Index>(m.size());
  Eigen::MatrixXd out(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < n; ++j) {
      out(i, j) = m[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
    }
  }
  return out;
}

}  // namespace

Analysis analyse(const AnalysisInput& input, const AnalysisParameters& parameters) {
  const std::size_t docs = input.outlet_of.size();
  const auto rows = static_cast<Eigen::Index>(docs);
  if (input.lexicon.counts.rows() != rows || input.vocabulary.counts.rows() != rows ||
      input.event.size() != docs || input.date.size() != docs || input.quotes.size() != docs ||
      input.narrative_tokens.size() != rows || input.quoted_tokens.size() != rows ||
      input.quoted_matches.size() != rows || input.outlet_ids.size() != input.outlet_names.size()) {
    throw std::invalid_argument("analyse: per-document inputs differ in length");
  }
  Analysis out;
  out.parameters = parameters;
  const std::size_t n = input.outlet_ids.size();
  std::vector<std::vector<std::size_t>> documents(n);
  for (std::size_t d = 0; d < docs; ++d) {
    documents.at(input.outlet_of[d]).push_back(d);
  }
  std::vector<std::size_t> document_counts;
  for (const auto& list : documents) {
    document_counts.push_back(list.size());
  }

  const auto& features = input.lexicon.features;
  const std::vector<Eigen::Index> term_columns = columns_of(features, FeatureKind::kTerm);
  const SparseRows term_counts = select_columns(input.lexicon.counts, term_columns);
  const SparseRows category_counts =
      select_columns(input.lexicon.counts, columns_of(features, FeatureKind::kCategory));
  const Eigen::MatrixXd sums = sum_rows(input.lexicon.counts, documents);
  const Eigen::MatrixXd term_sums = sum_rows(term_counts, documents);
  Eigen::VectorXd tokens = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(n));
  Eigen::VectorXd vocabulary_tokens = tokens;

  for (std::size_t o = 0; o < n; ++o) {
    OutletSummary s;
    s.id = input.outlet_ids[o];
    s.name = input.outlet_names[o];
    s.documents = documents[o].size();
    for (const std::size_t d : documents[o]) {
      const auto row = static_cast<Eigen::Index>(d);
      s.tokens += input.lexicon.tokens(row);
      s.narrative_tokens += input.narrative_tokens(row);
      s.quoted_tokens += input.quoted_tokens(row);
      s.quoted_matches += input.quoted_matches(row);
      vocabulary_tokens(static_cast<Eigen::Index>(o)) += input.vocabulary.tokens(row);
    }
    s.matches = term_sums.row(static_cast<Eigen::Index>(o)).sum();
    tokens(static_cast<Eigen::Index>(o)) = s.tokens;
    flag_low_evidence(s, parameters);
    out.outlets.push_back(std::move(s));
  }

  // Lexicon terms: point figures, bootstrap intervals, null baselines.
  const vectorise::Weighting weighting = vectorise::parse_weighting(parameters.weighting);
  SpaceSpec term_spec;
  term_spec.space = "lexicon terms";
  term_spec.weighting = weighting;
  term_spec.feature_weights.resize(static_cast<Eigen::Index>(term_columns.size()));
  for (std::size_t k = 0; k < term_columns.size(); ++k) {
    const auto& feature = features[static_cast<std::size_t>(term_columns[k])];
    term_spec.feature_weights(static_cast<Eigen::Index>(k)) = feature.weight;
    term_spec.lexicons.push_back(feature.lexicon);
    term_spec.names.push_back(feature.key);
  }
  term_spec.idf = vectorise::smooth_idf(term_counts);
  out.terms = compare_space(term_spec, term_sums, tokens);

  LabelChoice labels(features, sums, tokens, document_counts, parameters.min_matches);
  if (parameters.bootstrap > 0 && n > 0) {
    PairIntervals intervals(term_spec, n);
    OutletBootstrap bootstrap(input.lexicon.counts, input.lexicon.tokens, documents,
                              input.outlet_ids, parameters.seed);
    Eigen::MatrixXd replicate;
    Eigen::VectorXd replicate_tokens;
    for (std::size_t r = 0; r < parameters.bootstrap; ++r) {
      bootstrap.next(replicate, replicate_tokens);
      intervals.add(replicate(Eigen::all, term_columns), replicate_tokens);
      labels.add(replicate, replicate_tokens);
    }
    intervals.finish(out.terms, document_counts);
  }
  add_null_baselines(out.terms, term_counts, documents, input.outlet_ids, parameters.permutations,
                     parameters.seed);
  for (PairFigures& pair : out.terms.pairs) {
    pair.difference_supported = !out.outlets[pair.a].low_evidence &&
                                !out.outlets[pair.b].low_evidence && pair.null.testable &&
                                pair.null.p_value < 0.05;
  }
  out.contrasts = labels.contrasts();
  out.frames = labels.frames();

  // Open vocabulary: baseline similarity and keyness.
  const Eigen::MatrixXd vocabulary_sums = sum_rows(input.vocabulary.counts, documents);
  out.vocabulary_size = input.vocabulary.forms.size();
  SpaceSpec vocabulary_spec;
  vocabulary_spec.space = "open vocabulary";
  vocabulary_spec.weighting = weighting;
  vocabulary_spec.feature_weights = Eigen::VectorXd::Ones(vocabulary_sums.cols());
  vocabulary_spec.idf = vectorise::smooth_idf(input.vocabulary.counts);
  vocabulary_spec.lexicons.assign(input.vocabulary.forms.size(), "");
  vocabulary_spec.names = input.vocabulary.forms;
  out.vocabulary = compare_space(vocabulary_spec, vocabulary_sums, vocabulary_tokens);
  out.keyness =
      keyness_all("open vocabulary", vocabulary_sums, vocabulary_tokens, input.vocabulary.forms,
                  parameters.prior_strength, parameters.top_terms);
  out.term_keyness =
      keyness_all("lexicon terms", term_sums, tokens, term_spec.names, parameters.prior_strength,
                  parameters.top_terms, term_spec.lexicons);

  out.voices = voices_of(input, documents);

  const Eigen::MatrixXd distances = to_eigen(out.terms.jsd_sqrt);
  out.map = classical_mds(distances);
  out.map.order = cluster_order(distances, input.outlet_ids);

  DatedCounts dated;
  dated.terms = &term_counts;
  dated.categories = &category_counts;
  dated.tokens = &input.lexicon.tokens;
  dated.outlet_of = input.outlet_of;
  dated.event = input.event;
  dated.date = input.date;
  dated.outlets = n;
  out.events = compare_events(dated);
  out.windows = compare_windows(dated, parameters.window, out.documents_without_date);
  return out;
}

}  // namespace framelens::compare
