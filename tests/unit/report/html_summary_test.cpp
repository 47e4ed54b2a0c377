#include <catch2/catch.hpp>

#include "analysis_fixture.hpp"
#include "report/summary_facts.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;

TEST_CASE("a naming gap counts only between outlets with enough uses and apart intervals",
          "[report]") {
  report::ReportInput input = test::analysis_input();
  report::SummaryFacts facts = report::summary_facts(input);
  REQUIRE(facts.label_gaps.size() == 1);
  CHECK(facts.label_gaps[0].gap == Approx(0.55));
  CHECK(facts.label_gaps[0].higher != 2);
  CHECK(facts.label_gaps[0].lower != 2);
  CHECK(facts.low_evidence == std::vector<std::size_t>{2});
  // Overlapping intervals: no gap.
  auto& beta = input.analysis.contrasts[0].outlets[1];
  beta.options[0].share.high = 0.65;
  beta.options[1].share.low = 0.3;
  facts = report::summary_facts(input);
  CHECK(facts.label_gaps.empty());
}

TEST_CASE("the summary claims what intervals and tests support, and no more", "[report]") {
  report::ReportInput input = test::analysis_input();
  std::string out = test::render_section(input, report::html::render_summary);
  CHECK_THAT(out, Contains("The intervals do not overlap."));
  CHECK_THAT(out, Contains("1 of 3 pairs of outlets differ in their overall choice of terms by "
                           "more than chance: <b>Alpha</b> and <b>Beta</b> (p = 0.010)."));
  CHECK_THAT(out, Contains("<b>&lt;b&gt;Gamma&lt;/b&gt;</b>: 1 document(s) (&lt; 2). Its figures "
                           "are shown, but no difference involving it is claimed."));
  CHECK_THAT(out, Contains("<b>Alpha</b> uses “talks” clearly more than the other outlets"));
  CHECK_THAT(out, !Contains("ceasefire"));  // adjusted p 0.2: not clear
  CHECK_THAT(out, Contains("drawing each outlet's articles again at random 1000 times"));

  // Nothing supported, and 3 + 2 documents split only 10 ways.
  input.analysis.terms.pairs[0].difference_supported = false;
  input.analysis.terms.pairs[0].null.p_value = 0.3;
  input.analysis.contrasts[0].outlets[0].low_evidence = true;
  out = test::render_section(input, report::html::render_summary);
  CHECK_THAT(out, Contains("But no pair of outlets differs"));
  CHECK_THAT(out, Contains("too few ways to shuffle them"));
  CHECK_THAT(out, Contains("No <a href=\"#contrasts\">naming choice</a> separates two outlets"));
  CHECK_THAT(out, !Contains("The intervals do not overlap."));
  // The widest pair involves low-evidence gamma; the summary names a pair without it.
  CHECK_THAT(out, Contains("furthest apart are <b>Beta</b> and <b>Alpha</b>") ||
                      Contains("furthest apart are <b>Alpha</b> and <b>Beta</b>"));
}

TEST_CASE("without bootstrap intervals the summary calls no naming difference clear", "[report]") {
  report::ReportInput input = test::analysis_input();
  input.analysis.parameters.bootstrap = 0;
  for (auto& row : input.analysis.contrasts[0].outlets) {
    for (auto& option : row.options) {
      option.share.has_interval = false;
    }
  }
  const std::string out = test::render_section(input, report::html::render_summary);
  CHECK_THAT(out, Contains("computed without intervals (<code>--bootstrap 0</code>)"));
  CHECK_THAT(out, Contains("Intervals were switched off"));
  CHECK_THAT(out, !Contains("The intervals do not overlap."));
}

TEST_CASE("document splits count the ways to deal documents into two groups", "[report]") {
  CHECK(report::document_splits(3, 2) == 10);
  CHECK(report::document_splits(2, 2) == 6);
  CHECK(report::document_splits(10, 10) == 184756);
  CHECK(report::document_splits(1, 0) == 1);
  CHECK(report::document_splits(500, 500) == 1000000);
}
