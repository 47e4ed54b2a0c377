#include "report/markdown_summary.hpp"

#include <catch2/catch.hpp>

#include "analysis_fixture.hpp"

using namespace framelens;
using Catch::Contains;

TEST_CASE("report.md's summary states the same findings as report.html's", "[report]") {
  report::ReportInput input = test::analysis_input();
  std::string out;
  report::render_markdown_summary(out, input);
  CHECK_THAT(out, Contains("The intervals do not overlap."));
  CHECK_THAT(out, Contains("1 of 3 pairs of outlets differ in their overall choice of terms by "
                           "more than chance: **Alpha** and **Beta** (p = 0.010)."));
  // The hostile outlet name is escaped for Markdown.
  CHECK_THAT(out, Contains("**\\<b\\>Gamma\\</b\\>** has low evidence (1 document(s) (\\< 2)): "
                           "its figures are shown, but no difference involving it is claimed."));
  CHECK_THAT(out, Contains("**Alpha** uses “talks” clearly more than the other outlets"));
  CHECK_THAT(out, !Contains("ceasefire"));
  CHECK_THAT(out, Contains("drawing each outlet's articles again at random 1000 times"));
  CHECK_THAT(out, !Contains("no margin of error"));

  input.analysis.terms.pairs[0].difference_supported = false;
  input.analysis.terms.pairs[0].null.p_value = 0.3;
  input.analysis.contrasts[0].outlets[0].low_evidence = true;
  out.clear();
  report::render_markdown_summary(out, input);
  CHECK_THAT(out, Contains("But no pair of outlets differs"));
  CHECK_THAT(out, Contains("too few ways to shuffle them"));
  CHECK_THAT(out, Contains("No naming choice separates two outlets clearly"));
  CHECK_THAT(out, !Contains("The intervals do not overlap."));
}

TEST_CASE("report.md's summary without matches says why nothing is compared", "[report]") {
  report::ReportInput input;
  std::string out;
  report::render_markdown_summary(out, input);
  CHECK_THAT(out, Contains("No lexicon term was found in any article"));
}
