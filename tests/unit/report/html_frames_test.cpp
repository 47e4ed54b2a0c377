#include <catch2/catch.hpp>

#include "analysis_fixture.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;
using framelens::test::count;

TEST_CASE("frame profiles give rates with intervals and bars scaled per lexicon", "[report]") {
  const report::ReportInput input = test::analysis_input();
  const std::string out = test::render_section(input, report::html::render_frames);
  const std::size_t index =
      input.evidence.index_of(report::category_key("lex", "diplomacy"), "alpha");
  CHECK_THAT(out, Contains("<a href=\"#ev-" + std::to_string(index) +
                           "\">20.0</a> <span class=\"ci\">15.0–25.0</span>"));
  // The lexicon's largest rate is 20 per 1,000: 20 fills the bar, 10 half, 5 a quarter.
  CHECK(count(out, "style=\"width:100%\"") == 1);
  CHECK(count(out, "style=\"width:50%\"") == 2);
  CHECK(count(out, "style=\"width:25%\"") == 2);
  CHECK_THAT(out, Contains("<th scope=\"row\">War &amp; &lt;peace&gt;</th>"));
}

TEST_CASE("frame profiles list never-matched frames once instead of empty rows", "[report]") {
  const std::string out = test::render_section(test::analysis_input(), report::html::render_frames);
  CHECK_THAT(out, Contains("No outlet used any word of these frames: Unused frame."));
  CHECK_THAT(out, !Contains("<th scope=\"row\">Unused frame</th>"));
  // Beta never used "war" and has no interval there: a plain zero, no link.
  CHECK(count(out, "<td class=\"num zero\">0</td>") == 1);
  CHECK_THAT(out, Contains("Intervals: bootstrap percentile over documents; wilson score (one "
                           "document)."));
  CHECK_THAT(out, Contains("<span class=\"badge\" title=\"1 document(s) (&lt; 2)\">"));
}
