#include "report/json_analysis.hpp"

#include <cmath>

#include "report/json_figures.hpp"
#include "vectorise/vocabulary.hpp"

namespace framelens::report {
namespace {

using Json = nlohmann::ordered_json;

Json jsd_method(const char* features) {
  return {{"name", "jensen-shannon divergence"},
          {"log_base", 2},
          {"units", "bits"},
          {"range", "[0, 1]"},
          {"smoothing", "none (plug-in estimate on raw counts)"},
          {"features", features},
          {"square_root_also_given", true}};
}

Json space_json(const compare::SpaceComparison& s, const compare::Analysis& a) {
  const auto& p = a.parameters;
  Json pairs = Json::array();
  for (const auto& pair : s.pairs) {
    Json contributions = Json::array();
    for (const auto& c : pair.top_contributions) {
      Json item = {{"feature", c.feature}};
      if (!c.lexicon.empty()) {
        item["lexicon"] = c.lexicon;
      }
      item["bits"] = number(c.bits);
      item["share_a"] = number(c.share_a);
      item["share_b"] = number(c.share_b);
      contributions.push_back(std::move(item));
    }
    Json j = {{"a", a.outlets[pair.a].id},
              {"b", a.outlets[pair.b].id},
              {"cosine", estimate(pair.cosine)},
              {"jsd_bits", estimate(pair.jsd)},
              {"jsd_sqrt", number(pair.jsd_sqrt)}};
    if (s.null_baselines) {
      Json null = {{"testable", pair.null.testable}};
      if (pair.null.testable) {
        null["mean_jsd_bits"] = number(pair.null.mean);
        null["q95_jsd_bits"] = number(pair.null.q95);
        null["p_value"] = p_value(pair.null.p_value);
      } else {
        null["reason"] = pair.null.reason;
      }
      j["null_baseline"] = std::move(null);
      j["difference_supported"] = pair.difference_supported;
    }
    j["top_contributions"] = std::move(contributions);
    pairs.push_back(std::move(j));
  }
  Json out = {
      {"features", s.space},
      {"similarity",
       {{"name", "cosine"},
        {"weighting", s.weighting},
        {"weighting_formula",
         s.weighting == "tfidf"
             ? "tf x (ln((1 + N) / (1 + df)) + 1), L2-normalised; N, df over documents"
         : s.weighting == "sublinear" ? "1 + ln(tf) for tf > 0"
         : s.weighting == "rate"      ? "count per 1,000 tokens"
                                      : "raw count"},
        {"times_lexicon_weight", s.space == "lexicon terms"},
        {"matrix", matrix(s.cosine)}}},
      {"divergence", jsd_method(s.space == "lexicon terms" ? "lexicon terms, raw counts"
                                                           : "open vocabulary, raw counts")},
  };
  out["divergence"]["matrix_bits"] = matrix(s.jsd);
  out["divergence"]["matrix_sqrt"] = matrix(s.jsd_sqrt);
  if (s.intervals) {
    out["intervals"] = {{"method", "percentile bootstrap over documents within each outlet"},
                        {"level", 0.95},
                        {"replicates", p.bootstrap},
                        {"seed", p.seed},
                        {"note", "no interval for a pair with an outlet of one document"}};
  }
  if (s.null_baselines) {
    out["null_baseline"] = {
        {"method", "permutation of documents between the two outlets, sizes kept"},
        {"permutations", p.permutations},
        {"seed", p.seed},
        {"p_value", "(1 + #{null JSD >= observed}) / (1 + permutations)"},
        {"difference_supported", "neither outlet low evidence and p < 0.05"}};
  }
  out["pairs"] = std::move(pairs);
  return out;
}

Json key_terms(const std::vector<compare::KeyTerm>& terms) {
  Json out = Json::array();
  for (const auto& t : terms) {
    Json term = {{"term", t.term}};
    if (!t.lexicon.empty()) {
      term["lexicon"] = t.lexicon;
    }
    term.update(Json{{"count_focus", number(t.count_focus)},
                     {"count_reference", number(t.count_reference)},
                     {"per_1k_focus", number(t.per_1k_focus)},
                     {"per_1k_reference", number(t.per_1k_reference)},
                     {"log_odds", number(t.log_odds)},
                     {"z", number(t.z)},
                     {"chi2", number(t.chi2)},
                     {"chi2_p", p_value(t.chi2_p)},
                     {"chi2_p_bh", p_value(t.chi2_q)},
                     {"g2", number(t.g2)},
                     {"g2_p", p_value(t.g2_p)},
                     {"g2_p_bh", p_value(t.g2_q)}});
    out.push_back(std::move(term));
  }
  return out;
}

Json keyness_json(const compare::KeynessFigures& k, const compare::Analysis& a) {
  Json method = {
      {"name", "log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)"},
      {"log_base", "e"},
      {"prior", "corpus background frequencies scaled to alpha0 pseudo-counts"},
      {"alpha0", number(a.parameters.prior_strength)},
      {"z", "delta / sqrt(1 / (y_focus + alpha_w) + 1 / (y_reference + alpha_w))"},
      {"chi2", "Pearson chi-square on the 2x2 table, no continuity correction, df 1"},
      {"g2", "log-likelihood ratio G2 (Dunning 1993), df 1"},
      {"correction", "Benjamini-Hochberg over all terms tested in the comparison"},
      {"terms_dropped", "none: every term used by either side is tested"},
      {"listed", a.parameters.top_terms}};
  const auto comparison = [&](const compare::KeynessComparison& c) {
    return Json{{"focus", a.outlets[c.focus].id},
                {"reference", c.against_rest ? std::string("rest") : a.outlets[c.reference].id},
                {"terms_tested", c.terms_tested},
                {"over", key_terms(c.over)},
                {"under", key_terms(c.under)}};
  };
  Json rest = Json::array();
  for (const auto& c : k.against_rest) {
    rest.push_back(comparison(c));
  }
  Json pairs = Json::array();
  for (const auto& c : k.pairs) {
    pairs.push_back(comparison(c));
  }
  return {{"features", k.space},
          {"method", std::move(method)},
          {"against_rest", std::move(rest)},
          {"pairs", std::move(pairs)}};
}

}  // namespace

Json analysis_json(const compare::Analysis& a) {
  const auto& p = a.parameters;
  Json outlets = Json::array();
  for (const auto& o : a.outlets) {
    outlets.push_back({{"id", o.id},
                       {"name", o.name},
                       {"documents", o.documents},
                       {"tokens", number(o.tokens)},
                       {"narrative_tokens", number(o.narrative_tokens)},
                       {"quoted_tokens", number(o.quoted_tokens)},
                       {"lexicon_matches", number(o.matches)},
                       {"quoted_lexicon_matches", number(o.quoted_matches)},
                       {"low_evidence", o.low_evidence},
                       {"low_evidence_reasons", o.low_evidence_reasons}});
  }
  Json stop_words = Json::array();
  for (const auto w : vectorise::stop_words()) {
    stop_words.push_back(std::string(w));
  }
  Json root;
  root["parameters"] = {
      {"voice", p.voice},
      {"weighting", p.weighting},
      {"seed", p.seed},
      {"random_engine", "mt19937_64, seeded per outlet/pair stream via std::seed_seq"},
      {"bootstrap_replicates", p.bootstrap},
      {"permutations", p.permutations},
      {"prior_strength_alpha0", number(p.prior_strength)},
      {"window", p.window.empty() ? Json(nullptr) : Json(p.window)},
      {"low_evidence_thresholds",
       {{"min_documents", p.min_documents},
        {"min_tokens", number(p.min_tokens)},
        {"min_matches", number(p.min_matches)}}}};
  root["open_vocabulary"] = {{"forms", a.vocabulary_size},
                             {"unigrams", true},
                             {"bigrams", p.bigrams},
                             {"numbers_dropped", true},
                             {"stop_words", std::move(stop_words)}};
  root["outlets"] = std::move(outlets);
  root["lexicon_terms"] = space_json(a.terms, a);
  root["open_vocabulary_similarity"] = space_json(a.vocabulary, a);
  root["keyness"] = keyness_json(a.keyness, a);
  root["term_keyness"] = keyness_json(a.term_keyness, a);
  root["contrasts"] = contrasts_json(a);
  root["frames"] = frames_json(a);
  root["voices"] = voices_json(a);
  root["map"] = map_json(a);
  root["events_and_time"] = time_json(a);
  return root;
}

}  // namespace framelens::report
