#include <catch2/catch.hpp>

#include "analysis_fixture.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;

TEST_CASE("pairs table gives the verdict the permutation test supports", "[report]") {
  const std::string out = test::render_section(test::analysis_input(), report::html::render_pairs);
  CHECK_THAT(out, Contains("<td class=\"num\">0.200 (0.150–0.300)</td>"));
  CHECK_THAT(out, Contains("<b>more than chance</b>"));
  CHECK_THAT(out, Contains("not testable: an outlet has only one document"));
  // "war" of two lexicons: each names its lexicon.
  CHECK_THAT(out, Contains("war</a></span> <span class=\"n\">(lex)</span>"));
  CHECK_THAT(out, Contains("war</span> <span class=\"n\">(frames)</span>"));
}

TEST_CASE("the outlet map is drawn with an honest caption", "[report]") {
  report::ReportInput input = test::analysis_input();
  std::string out = test::render_section(input, report::html::render_pairs);
  CHECK_THAT(out, Contains("id=\"outlet-map\""));
  CHECK_THAT(out,
             Contains("Three outlets always fit on a flat page, so these distances are exact."));
  input.analysis.map.coordinates.pop_back();
  out = test::render_section(input, report::html::render_pairs);
  CHECK_THAT(out, !Contains("id=\"outlet-map\""));
}

TEST_CASE("heatmaps follow the clustering order when it matches the outlets", "[report]") {
  report::ReportInput input = test::analysis_input();
  std::string out = test::render_section(input, report::html::render_similarity);
  const std::size_t heatmap = out.find("id=\"heatmap-cosine\"");
  REQUIRE(heatmap != std::string::npos);
  // Order {gamma, alpha, beta}: row labels are drawn in that order.
  const std::size_t gamma =
      out.find("text-anchor=\"end\">&lt;b&gt;Gamma&lt;/b&gt;</text>", heatmap);
  const std::size_t alpha = out.find("text-anchor=\"end\">Alpha</text>", heatmap);
  const std::size_t beta = out.find("text-anchor=\"end\">Beta</text>", heatmap);
  CHECK(gamma < alpha);
  CHECK(alpha < beta);
  CHECK_THAT(out, Contains("ordered so that outlets with similar word choice sit next"));
  // An order over other outlets than the comparison's is ignored.
  input.analysis.outlets[0].id = "other";
  out = test::render_section(input, report::html::render_similarity);
  CHECK(out.find("text-anchor=\"end\">Alpha</text>") <
        out.find("text-anchor=\"end\">&lt;b&gt;Gamma&lt;/b&gt;</text>"));
  CHECK_THAT(out, !Contains("ordered so that"));
}
