#include "report/csv_analysis.hpp"

#include <catch2/catch.hpp>

using namespace framelens;

namespace {

compare::Analysis two_outlets() {
  compare::Analysis analysis;
  analysis.outlets.resize(2);
  analysis.outlets[0].id = "alpha";
  analysis.outlets[1].id = "beta, the";
  return analysis;
}

}  // namespace

TEST_CASE("contrasts.csv has one row per option and outlet, bounds empty without an interval",
          "[report]") {
  compare::Analysis analysis = two_outlets();
  compare::ContrastFigures contrast;
  contrast.lexicon = "t";
  contrast.id = "naming";
  contrast.option_ids = {"government", "regime"};
  compare::ContrastOutlet a;
  a.outlet = 0;
  a.total = 4;
  a.interval_method = "bootstrap percentile over documents";
  a.options = {{3, {0.75, 0.5, 1, true}}, {1, {0.25, 0, 0.5, true}}};
  compare::ContrastOutlet b;
  b.outlet = 1;
  b.interval_method = "wilson score";
  b.low_evidence = true;
  b.options = {{0, {}}, {0, {}}};
  contrast.outlets = {a, b};
  analysis.contrasts.push_back(contrast);
  CHECK(report::render_contrasts_csv(analysis) ==
        "lexicon,contrast,option,outlet,count,share,ci_low,ci_high,interval_method,low_evidence\n"
        "t,naming,government,alpha,3,0.750000,0.500000,1.000000,bootstrap percentile over "
        "documents,false\n"
        "t,naming,regime,alpha,1,0.250000,0.000000,0.500000,bootstrap percentile over "
        "documents,false\n"
        "t,naming,government,\"beta, the\",0,0.000000,,,wilson score,true\n"
        "t,naming,regime,\"beta, the\",0,0.000000,,,wilson score,true\n");
}

TEST_CASE("frames.csv gives rate and share with their intervals", "[report]") {
  compare::Analysis analysis = two_outlets();
  analysis.frames.lexicons = {"frames"};
  analysis.frames.category_ids = {"economic"};
  compare::FrameOutlet row;
  row.outlet = 1;
  row.interval_method = "wilson score";
  row.categories = {{2.5, {1.25, 0.5, 2, true}, {0.125, 0.1, 0.2, true}}};
  analysis.frames.outlets = {row};
  CHECK(report::render_frames_csv(analysis) ==
        "lexicon,category,outlet,weighted_count,rate_per_1k,rate_ci_low,rate_ci_high,share,"
        "share_ci_low,share_ci_high,interval_method\n"
        "frames,economic,\"beta, the\",2.500000,1.250000,0.500000,2.000000,0.125000,0.100000,"
        "0.200000,wilson score\n");
}

TEST_CASE("keyness.csv lists over- then under-used terms, p-values in significant digits",
          "[report]") {
  compare::Analysis analysis = two_outlets();
  analysis.keyness.space = "open vocabulary";
  compare::KeynessComparison rest;
  rest.focus = 0;
  compare::KeyTerm over{"regime", "", 12,      1,       6,  0.5,  1.5,
                        3.25,     20, 7.7e-12, 1.5e-11, 21, 4e-6, 8e-6};
  compare::KeyTerm under{"government", "", 0,      9,      0,  4.5,    -2,
                         -2.5,         9,  0.0027, 0.0027, 12, 0.0005, 0.001};
  rest.over = {over};
  rest.under = {under};
  analysis.keyness.against_rest = {rest};
  compare::KeynessComparison pair = rest;
  pair.against_rest = false;
  pair.reference = 1;
  pair.under.clear();
  pair.over[0].lexicon = "conflict";
  analysis.term_keyness.space = "lexicon terms";
  analysis.term_keyness.pairs = {pair};
  const std::string csv = report::render_keyness_csv(analysis);
  CHECK(csv ==
        "space,outlet,reference,direction,lexicon,term,count,rate_per_1k,reference_count,"
        "reference_rate_per_1k,log_odds,z,chi2,chi2_p,chi2_q,g2,g2_p,g2_q\n"
        "open vocabulary,alpha,rest,over,,regime,12,6.000000,1,0.500000,1.500000,3.250000,"
        "20.000000,7.7e-12,1.5e-11,21.000000,4e-06,8e-06\n"
        "open vocabulary,alpha,rest,under,,government,0,0.000000,9,4.500000,-2.000000,-2.500000,"
        "9.000000,0.0027,0.0027,12.000000,0.0005,0.001\n"
        "lexicon terms,alpha,\"beta, "
        "the\",over,conflict,regime,12,6.000000,1,0.500000,1.500000,3.250000,"
        "20.000000,7.7e-12,1.5e-11,21.000000,4e-06,8e-06\n");
}
