#include <catch2/catch.hpp>

#include "analysis_fixture.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;

TEST_CASE("voices show narrative and quoted shares and who is quoted", "[report]") {
  const report::ReportInput input = test::analysis_input();
  const std::string out = test::render_section(input, report::html::render_voices);
  CHECK_THAT(out, Contains("Alpha, Own words (narrative): 75% (750 words)"));
  CHECK_THAT(out, Contains("Alpha, Quoted words: 25% (250 words)"));
  // "unattributed" closes the legend even when it is not the smallest group.
  const std::size_t groups = out.find("id=\"voice-groups\"");
  REQUIRE(groups != std::string::npos);
  CHECK(out.find(">government</text>", groups) < out.find(">unattributed</text>", groups));
  const std::size_t index = input.evidence.index_of(report::actor_key("lex", "minister"), "alpha");
  CHECK_THAT(out, Contains("<a href=\"#ev-" + std::to_string(index) + "\">The Minister</a> 60%"));
  CHECK_THAT(out, Contains("<td class=\"num\">40%</td>"));
}
