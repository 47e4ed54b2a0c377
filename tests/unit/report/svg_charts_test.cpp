#include "report/svg_charts.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

#include "text_count.hpp"

using namespace framelens::report;
using Catch::Contains;
using framelens::test::count;

namespace {

svg::HeatmapSpec two_by_two() {
  svg::HeatmapSpec spec;
  spec.id = "hm";
  spec.title = "Similarity <of> outlets";
  spec.labels = {"Alpha", "Beta & Co"};
  spec.values.resize(2, 2);
  spec.values << 1.0, 0.25, 0.25, 1.0;
  spec.value_name = "cosine";
  return spec;
}

}  // namespace

TEST_CASE("sequential colours run from pale to dark and clamp", "[report]") {
  CHECK(svg::sequential_colour(1.0) == "#440154");
  CHECK(svg::sequential_colour(2.0) == "#440154");
  CHECK(svg::sequential_colour(-1.0) == svg::sequential_colour(0.0));
  CHECK(svg::sequential_colour(0.0) != svg::sequential_colour(0.5));
  CHECK(svg::needs_light_text(0.9));
  CHECK_FALSE(svg::needs_light_text(0.1));
  CHECK(svg::categorical_colour(0) == svg::categorical_colour(8));
}

TEST_CASE("heatmap draws one titled cell per pair and escapes labels", "[report]") {
  const std::string out = svg::heatmap(two_by_two());
  CHECK_THAT(out, Contains("<title id=\"hm-t\">Similarity &lt;of&gt; outlets</title>"));
  CHECK(count(out, "<rect") == 4);
  CHECK_THAT(out, Contains("Alpha vs Beta &amp; Co: cosine 0.25"));
  CHECK_THAT(out, !Contains("Beta & Co"));
  CHECK_THAT(out, Contains(">1.00</text>"));
}

TEST_CASE("heatmap follows the display order it is given", "[report]") {
  svg::HeatmapSpec spec = two_by_two();
  const std::string input_order = svg::heatmap(spec);
  spec.order = {1, 0};
  const std::string reordered = svg::heatmap(spec);
  // The first row label drawn is the first label in display order.
  CHECK(input_order.find(">Alpha</text>") < input_order.find(">Beta &amp; Co</text>"));
  CHECK(reordered.find(">Beta &amp; Co</text>") < reordered.find(">Alpha</text>"));
  CHECK(count(reordered, "<rect") == 4);

  SECTION("an order that is not a permutation is rejected") {
    spec.order = {0, 0};
    CHECK_THROWS_AS(svg::heatmap(spec), std::invalid_argument);
    spec.order = {0};
    CHECK_THROWS_AS(svg::heatmap(spec), std::invalid_argument);
    spec.order = {0, 2};
    CHECK_THROWS_AS(svg::heatmap(spec), std::invalid_argument);
  }
  SECTION("a matrix of the wrong size is rejected") {
    spec.order.clear();
    spec.labels.push_back("Gamma");
    CHECK_THROWS_AS(svg::heatmap(spec), std::invalid_argument);
  }
}

TEST_CASE("bar chart puts negative bars left of zero and links only in-page", "[report]") {
  svg::BarSpec spec;
  spec.id = "bars";
  spec.title = "Word shift";
  spec.width = 400 + 48 + 48 + 6.8 * 10 + 10;  // a 400px plot beside "government"
  spec.bars = {{"regime", 2.0, "#ev-1", "5 uses"}, {"government", -1.0, "javascript:alert(1)", ""}};
  const std::string out = svg::bar_chart(spec);
  CHECK_THAT(out, Contains("<a href=\"#ev-1\">"));
  CHECK_THAT(out, !Contains("javascript"));
  CHECK_THAT(out, Contains("regime: 2.0 (5 uses)"));
  CHECK_THAT(out, Contains("government: -1.0"));
  CHECK(count(out, "<rect") == 2);
  // Domain [-1, 2] over 400px: the negative bar is 1/3 of the width of the
  // positive one and ends where the positive one starts.
  CHECK_THAT(out, Contains("width=\"133.3\""));
  CHECK_THAT(out, Contains("width=\"266.7\""));
}

TEST_CASE("stacked bars draw segments in series colours, whiskers and badges", "[report]") {
  svg::StackedBarSpec spec;
  spec.id = "st";
  spec.title = "Naming the government";
  spec.series = {"government", "regime"};
  spec.rows = {{"Alpha", {{0.75, "#ev-2", ""}, {0.25, "", ""}}, {{0.6, 0.9}}, ""},
               {"Beta", {{0.5, "", ""}, {0.5, "", ""}}, {}, "few matches"}};
  const std::string out = svg::stacked_bar_chart(spec);
  CHECK(count(out, "fill=\"" + std::string(svg::categorical_colour(0)) + "\"") == 3);
  CHECK(count(out, "class=\"whisker\"") == 1);
  CHECK_THAT(out, Contains("Alpha: interval 60% to 90%"));
  CHECK_THAT(out, Contains("Alpha, government: 75%"));
  CHECK_THAT(out, Contains("⚠ few matches"));
  CHECK_THAT(out, Contains("<a href=\"#ev-2\">"));
  // Values are written on segments wide enough to hold them.
  CHECK_THAT(out, Contains(">75%</text>"));
  spec.rows[0].segments = {{1.0, "", "9 of 9"}, {0.0, "", ""}};
  const std::string full = svg::stacked_bar_chart(spec);
  CHECK_THAT(full, Contains("Alpha, government: 100% (9 of 9)"));
  CHECK_THAT(full, !Contains("Alpha, regime"));  // an empty segment is not drawn
  spec.axis_max = 0;
  CHECK_THROWS_AS(svg::stacked_bar_chart(spec), std::invalid_argument);
}

TEST_CASE("scatter map keeps equal scales on both axes", "[report]") {
  svg::ScatterSpec spec;
  spec.id = "map";
  spec.title = "Outlet map";
  spec.points = {{"A", 0.0, 0.0, 0}, {"B", 2.0, 0.0, 1}, {"C <x>", 0.0, 1.0, 2}};
  const std::string out = svg::scatter_map(spec);
  // Extent 2 over 360px: x from 24 to 384; y spans half of that around the middle.
  CHECK_THAT(out, Contains("cx=\"24.0\" cy=\"294.0\""));
  CHECK_THAT(out, Contains("cx=\"384.0\" cy=\"294.0\""));
  CHECK_THAT(out, Contains("cx=\"24.0\" cy=\"114.0\""));
  CHECK_THAT(out, Contains(">C &lt;x&gt;</text>"));
}
