#include <catch2/catch.hpp>

#include "analysis_fixture.hpp"
#include "report/svg_charts.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;
using framelens::test::count;

TEST_CASE("distinctive words are diverging bars ordered by z", "[report]") {
  const report::ReportInput input = test::analysis_input();
  const std::string out = test::render_section(input, report::html::render_keyness);
  const std::size_t talks = out.find(">talks</text>");
  const std::size_t ceasefire = out.find(">&lt;em&gt;ceasefire&lt;/em&gt;</text>");
  const std::size_t regime = out.find(">regime</text>");
  REQUIRE(talks != std::string::npos);
  REQUIRE(ceasefire != std::string::npos);
  REQUIRE(regime != std::string::npos);
  CHECK(talks < ceasefire);
  CHECK(ceasefire < regime);
  // Over-used words right of zero in one colour, under-used left in another.
  CHECK(count(out, std::string("fill=\"") + std::string(report::svg::categorical_colour(4))) == 2);
  CHECK(count(out, std::string("fill=\"") + std::string(report::svg::categorical_colour(5))) == 1);
  CHECK_THAT(out, Contains("talks: 2.5 (12 uses here, 3 in the rest; 0.0 vs 0.0 per 1,000 words; "
                           "adjusted p 0.010)"));
  CHECK_THAT(out, Contains("<td class=\"num\">0.010</td>"));
  CHECK_THAT(out, Contains("120 words tested."));
}

TEST_CASE("distinctive words link to term evidence and respect the top-terms cap", "[report]") {
  report::ReportInput input = test::analysis_input();
  const std::size_t index = input.evidence.index_of(report::term_key("lex", "talks"), "alpha");
  std::string out = test::render_section(input, report::html::render_keyness);
  CHECK_THAT(out, Contains("<a href=\"#ev-" + std::to_string(index) + "\">"));
  input.options.top_terms = 1;
  out = test::render_section(input, report::html::render_keyness);
  CHECK_THAT(out, Contains(">talks</text>"));
  CHECK_THAT(out, Contains(">regime</text>"));
  CHECK_THAT(out, !Contains("ceasefire"));
}
