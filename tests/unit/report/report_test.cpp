#include <catch2/catch.hpp>

#include "report/json_report.hpp"
#include "report/markdown_report.hpp"

using namespace framelens;

namespace {

report::ReportInput sample_input() {
  report::ReportInput input;
  input.corpus_name = "sample";
  input.document_count = 2;
  input.lexicons.push_back({"test", 1, "t.yaml", 3});
  input.inputs.push_back({"lexicon", "t.yaml", "abc"});
  auto& comparison = input.comparison;
  comparison.outlets.push_back({"a", "Alpha | News", 1, 100, 4, {{"test", "regime", 3, 30, 3}}});
  comparison.outlets.push_back({"b", "Beta", 1, 50, 1, {}});
  comparison.cosine = Eigen::MatrixXd::Identity(2, 2);
  comparison.jsd = Eigen::MatrixXd::Zero(2, 2);
  comparison.jsd(0, 1) = comparison.jsd(1, 0) = 1.0 / 3.0;
  return input;
}

}  // namespace

TEST_CASE("report.json states the method and rounds numbers", "[report]") {
  const std::string json = report::render_json(sample_input());
  CHECK_THAT(json, Catch::Contains("\"schema_version\": 1"));
  CHECK_THAT(json, Catch::Contains("\"log_base\": 2"));
  CHECK_THAT(json, Catch::Contains("0.333333"));
  CHECK_THAT(json, !Catch::Contains("0.3333333"));
}

TEST_CASE("report.md escapes table cells", "[report]") {
  const std::string md = report::render_markdown(sample_input());
  CHECK_THAT(md, Catch::Contains("Alpha \\| News"));
  CHECK_THAT(md, Catch::Contains("| regime | test | 3 | 30.00 |"));
  CHECK_THAT(md, Catch::Contains("No lexicon term matched."));
}

TEST_CASE("rendering twice gives the same bytes", "[report]") {
  CHECK(report::render_json(sample_input()) == report::render_json(sample_input()));
  CHECK(report::render_markdown(sample_input()) == report::render_markdown(sample_input()));
}
