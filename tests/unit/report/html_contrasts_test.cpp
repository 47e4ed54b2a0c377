#include <catch2/catch.hpp>

#include "analysis_fixture.hpp"
#include "report/svg_charts.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;
using framelens::test::count;

TEST_CASE("naming choices draw each outlet's shares as stacked bar widths", "[report]") {
  const std::string out =
      test::render_section(test::analysis_input(), report::html::render_contrasts);
  // The plot is 380px wide: a 75% share is 285px, 25% is 95px, 100% the whole bar.
  CHECK_THAT(out, Contains("width=\"285.0\" height=\"18.0\" fill=\"" +
                           std::string(report::svg::categorical_colour(0)) + "\""));
  CHECK_THAT(out, Contains("width=\"95.0\" height=\"18.0\" fill=\"" +
                           std::string(report::svg::categorical_colour(1)) + "\""));
  CHECK_THAT(out, Contains("width=\"380.0\""));
  // Shares are written on the bars too, so colour is not the only cue.
  CHECK_THAT(out, Contains(">75%</text>"));
  CHECK_THAT(out, Contains("Alpha, Government: 75% (15 of 20 uses, 95% interval 60–90%)"));
}

TEST_CASE("naming choices show intervals, counts and the interval method", "[report]") {
  const std::string out =
      test::render_section(test::analysis_input(), report::html::render_contrasts);
  CHECK_THAT(out, Contains("<th scope=\"col\">Regime &lt;script&gt;</th>"));
  CHECK_THAT(out, Contains("<span class=\"n\">(15)</span><br><span class=\"ci\">60–90%</span>"));
  CHECK_THAT(out, Contains("alpha bootstrap percentile over documents; beta bootstrap percentile "
                           "over documents; gamma wilson score (one document)"));
  // Gamma's unused name keeps its Wilson interval: with one document it is informative.
  CHECK_THAT(out, Contains("0%</a> <span class=\"n\">(0)</span><br><span class=\"ci\">0–49%") ||
                      Contains("0% <span class=\"n\">(0)</span><br><span class=\"ci\">0–49%"));
}

TEST_CASE("naming choices flag low evidence and leave it out of comparisons", "[report]") {
  const std::string out =
      test::render_section(test::analysis_input(), report::html::render_contrasts);
  CHECK(count(out, "⚠ low evidence</text>") == 1);
  CHECK(count(out, "<span class=\"badge\"") == 1);
  CHECK_THAT(out, Contains("&lt;b&gt;Gamma&lt;/b&gt; <span class=\"badge\" title=\"4 uses of these "
                           "names (fewer than 10) or a single article\">"));
  // Only alpha and beta have enough uses, so they are both the most and the least different pair.
  CHECK_THAT(out, Contains("the most different choices are <b>Alpha</b> and <b>Beta</b> "
                           "(divergence 0.31 bits"));
  CHECK_THAT(out, !Contains("most alike are"));
}

TEST_CASE("naming choices link shares to their evidence sentences", "[report]") {
  const report::ReportInput input = test::analysis_input();
  const std::string out = test::render_section(input, report::html::render_contrasts);
  const std::size_t index =
      input.evidence.index_of(report::option_key("lex", "naming", "government"), "alpha");
  REQUIRE(index < input.evidence.sets.size());
  CHECK_THAT(out, Contains("<a href=\"#ev-" + std::to_string(index) + "\">75%</a>"));
  CHECK(count(out, "<script") == 0);
  CHECK(count(out, "<b>Gamma") == 0);
}

TEST_CASE("a report without contrasts says so", "[report]") {
  report::ReportInput input = test::analysis_input();
  input.analysis.contrasts.clear();
  const std::string out = test::render_section(input, report::html::render_contrasts);
  CHECK_THAT(out, Contains("define no contrasts"));
}
