#include <catch2/catch.hpp>
#include <cmath>

#include "analysis_fixture.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;

TEST_CASE("events and time appear only when the analysis has them", "[report]") {
  report::ReportInput input = test::analysis_input();
  CHECK_FALSE(report::html::has_events(input));
  compare::EventFigures event;
  event.event = "talks <1>";
  event.tokens = {100, 0, 50};
  const double nan = std::nan("");
  event.jsd = {{0, nan, 0.25}, {nan, 0, nan}, {0.25, nan, 0}};
  input.analysis.events.events.push_back(event);
  input.analysis.events.pooled_jsd = event.jsd;
  CHECK(report::html::has_events(input));
  const std::string out = test::render_section(input, report::html::render_events);
  CHECK_THAT(out, Contains("<th scope=\"row\">talks &lt;1&gt;</th><td class=\"num\">100</td>"
                           "<td class=\"num\">–</td><td class=\"num\">50</td>"));
  CHECK_THAT(out, Contains("<th scope=\"row\">alpha – beta</th><td class=\"num\">0.200</td>"
                           "<td class=\"num\">–</td><td class=\"num\">–</td>"));
  CHECK_THAT(out, Contains("<th scope=\"row\">alpha – gamma</th><td class=\"num\">0.600</td>"
                           "<td class=\"num\">0.250</td>"));
}
