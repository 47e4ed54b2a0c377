#pragma once

#include <algorithm>
#include <string>
#include <tuple>

#include "report/evidence.hpp"
#include "report/html_sections.hpp"
#include "report/report_input.hpp"

namespace framelens::test {

/// A report over three outlets with hand-picked analysis figures: "alpha"
/// (3 documents), "beta" (2) and "gamma" (1 document, flagged low evidence),
/// whose name tries to break out of the page. Figures are chosen so the
/// expected output can be worked out by hand.
inline report::ReportInput analysis_input() {
  using compare::Estimate;
  report::ReportInput input;
  input.corpus_name = "fixture";
  input.document_count = 6;
  input.lexicons.push_back({"lex", 1, "lex.yaml", 4});
  const char* ids[] = {"alpha", "beta", "gamma"};
  const char* names[] = {"Alpha", "Beta", "<b>Gamma</b>"};
  const std::size_t documents[] = {3, 2, 1};
  auto& a = input.analysis;
  for (std::size_t o = 0; o < 3; ++o) {
    input.comparison.outlets.push_back({ids[o], names[o], documents[o], 1000, 40, {}});
    compare::OutletSummary s;
    s.id = ids[o];
    s.name = names[o];
    s.documents = documents[o];
    s.tokens = 1000;
    s.narrative_tokens = 750;
    s.quoted_tokens = 250;
    s.matches = 40;
    a.outlets.push_back(s);
  }
  a.outlets[2].low_evidence = true;
  a.outlets[2].low_evidence_reasons = {"1 document(s) (< 2)"};
  input.comparison.cosine = Eigen::MatrixXd::Identity(3, 3);
  input.comparison.jsd = Eigen::MatrixXd::Zero(3, 3);
  const double jsd[3][3] = {{0, 0.2, 0.6}, {0.2, 0, 0.5}, {0.6, 0.5, 0}};
  a.terms.jsd.assign(3, std::vector<double>(3, 0.0));
  for (Eigen::Index i = 0; i < 3; ++i) {
    for (Eigen::Index j = 0; j < 3; ++j) {
      input.comparison.jsd(i, j) = jsd[i][j];
      input.comparison.cosine(i, j) = 1.0 - jsd[i][j];
      a.terms.jsd[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)] = jsd[i][j];
    }
  }

  // Contrast: alpha says "government" 75% of 20 uses, beta "regime" 80% of 10;
  // gamma (one document) has 4 uses and Wilson intervals.
  compare::ContrastFigures contrast;
  contrast.lexicon = "lex";
  contrast.id = "naming";
  contrast.label = "How the <state> is named";
  contrast.option_ids = {"government", "regime"};
  contrast.option_labels = {"Government", "Regime <script>"};
  contrast.outlets.push_back({0,
                              20,
                              "bootstrap percentile over documents",
                              {{15, Estimate{0.75, 0.6, 0.9, true}}, {5, {0.25, 0.1, 0.4, true}}},
                              false});
  contrast.outlets.push_back({1,
                              10,
                              "bootstrap percentile over documents",
                              {{2, {0.2, 0.0, 0.3, true}}, {8, {0.8, 0.7, 1.0, true}}},
                              false});
  contrast.outlets.push_back({2,
                              4,
                              "wilson score (one document)",
                              {{4, {1.0, 0.51, 1.0, true}}, {0, {0.0, 0.0, 0.49, true}}},
                              true});
  contrast.jsd = {{0, 0.31, 0.55}, {0.31, 0, 0.72}, {0.55, 0.72, 0}};
  a.contrasts.push_back(contrast);

  // Frames: one lexicon, two categories; "unused" never matched.
  a.frames.lexicons = {"lex", "lex", "lex"};
  a.frames.category_ids = {"diplomacy", "war", "unused"};
  a.frames.category_labels = {"Diplomacy", "War & <peace>", "Unused frame"};
  for (std::size_t o = 0; o < 3; ++o) {
    compare::FrameOutlet row;
    row.outlet = o;
    row.interval_method = o == 2 ? "wilson score (one document)"
                                 : "bootstrap percentile over "
                                   "documents";
    const double diplomacy = o == 0 ? 20.0 : 10.0;
    row.categories.push_back({diplomacy, {diplomacy, diplomacy - 5, diplomacy + 5, true}, {}});
    row.categories.push_back({o == 1 ? 0.0 : 5.0, {o == 1 ? 0.0 : 5.0, 0, 8, o != 1}, {}});
    row.categories.push_back({0, {0, 0, 0, true}, {}});
    a.frames.outlets.push_back(row);
  }

  // Keyness of alpha against the rest.
  compare::KeynessComparison k;
  k.focus = 0;
  k.terms_tested = 120;
  compare::KeyTerm over;
  over.term = "talks";
  over.count_focus = 12;
  over.count_reference = 3;
  over.z = 2.5;
  over.g2_q = 0.01;
  compare::KeyTerm over2 = over;
  over2.term = "<em>ceasefire</em>";
  over2.z = 1.5;
  over2.g2_q = 0.2;
  compare::KeyTerm under = over;
  under.term = "regime";
  under.count_focus = 0;
  under.count_reference = 9;
  under.z = -2.0;
  under.g2_q = 0.03;
  k.over = {over, over2};
  k.under = {under};
  a.keyness.against_rest.push_back(k);

  // Voices: alpha quotes the minister and someone unnamed.
  compare::OutletVoices v;
  v.outlet = 0;
  v.quotations = 4;
  v.attributed = 3;
  v.quoted_tokens = 100;
  v.by_actor = {{"lex/minister", "The Minister", 60, 0.6},
                {"unattributed", "unattributed", 40, 0.4}};
  v.by_group = {{"unattributed", "unattributed", 40, 0.4}, {"government", "government", 60, 0.6}};
  a.voices.push_back(v);

  // Pairs: alpha–beta differs beyond chance; alpha–gamma cannot be tested.
  compare::PairFigures ab;
  ab.a = 0;
  ab.b = 1;
  ab.jsd = {0.2, 0.15, 0.3, true};
  ab.jsd_sqrt = 0.447;
  ab.null = {true, "", 0.05, 0.09, 0.01};
  ab.difference_supported = true;
  ab.top_contributions = {{"lex", "war", 0.05, 0.1, 0.0}, {"frames", "war", 0.04, 0.0, 0.1}};
  compare::PairFigures ac;
  ac.a = 0;
  ac.b = 2;
  ac.jsd = {0.6, 0.5, 0.7, true};
  ac.null.reason = "not testable: an outlet has only one document";
  compare::PairFigures bc = ac;
  bc.a = 1;
  bc.jsd = {0.5, 0.4, 0.6, true};
  a.terms.pairs = {ab, ac, bc};

  a.map.coordinates = {{0.0, 0.1}, {0.1, 0.0}, {-0.4, 0.2}};
  a.map.order = {2, 0, 1};
  a.map.variance_explained = 1.0;

  const auto evidence = [&input](const std::string& feature, const std::string& outlet) {
    report::EvidenceSet set;
    set.feature = feature;
    set.outlet = outlet;
    set.matches_total = 1;
    set.sentences_total = 1;
    set.shown.push_back({0, 0, "Talks resumed.", {{0, 5}}});
    input.evidence.sets.push_back(set);
  };
  evidence(report::option_key("lex", "naming", "government"), "alpha");
  evidence(report::category_key("lex", "diplomacy"), "alpha");
  evidence(report::term_key("lex", "talks"), "alpha");
  evidence(report::actor_key("lex", "minister"), "alpha");
  evidence(report::term_key("lex", "war"), "alpha");
  std::sort(input.evidence.sets.begin(), input.evidence.sets.end(),
            [](const auto& x, const auto& y) {
              return std::tie(x.feature, x.outlet) < std::tie(y.feature, y.outlet);
            });
  input.documents.push_back({"d1", "alpha", "Talks", "2031-03-02", "", "a.txt"});
  return input;
}

/// Renders one section of `input` into a string.
template <typename Render>
std::string render_section(const report::ReportInput& input, Render render) {
  report::html::Context context(input);
  std::string out;
  render(out, context);
  return out;
}

}  // namespace framelens::test
