#include "report/html_report.hpp"

#include <catch2/catch.hpp>

#include "core/hash.hpp"
#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "text_count.hpp"

using namespace framelens;
using Catch::Contains;
using framelens::test::count;

namespace {

// A report whose every corpus string tries to break out of the page.
report::ReportInput hostile_input() {
  report::ReportInput input;
  input.corpus_name = "<script>alert(1)</script>";
  input.corpus_description = "Quotes \" and ' and </textarea>";
  input.document_count = 2;
  input.lexicons.push_back({"t", 1, "t.yaml", 2});
  input.inputs.push_back({"document", "a/<b>.txt", "00ff"});
  input.warnings.push_back({"a/<b>.txt", "<i>bad</i> encoding"});
  input.documents.push_back({"d1", "evil", "<img src=x onerror=alert(1)>", "2031-03-02",
                             "javascript:alert(document.cookie)", "a/<b>.txt"});
  input.documents.push_back(
      {"d2", "plain", "Ordinary", "", "https://example.org/a?b=1&c=\"2\"", "b.txt"});
  auto& comparison = input.comparison;
  comparison.outlets.push_back(
      {"evil", "Evil \"News\" </textarea>", 1, 100, 2, {{"t", "<b>regime</b>", 2, 20, 2}}});
  comparison.outlets.push_back({"plain", "Plain", 1, 100, 1, {{"t", "talks", 1, 10, 1}}});
  comparison.cosine = Eigen::MatrixXd::Identity(2, 2);
  comparison.jsd = Eigen::MatrixXd::Zero(2, 2);
  comparison.cosine(0, 1) = comparison.cosine(1, 0) = 0.25;
  comparison.jsd(0, 1) = comparison.jsd(1, 0) = 0.75;

  report::EvidenceSet evil;
  evil.feature = report::term_key("t", "<b>regime</b>");
  evil.outlet = "evil";
  evil.matches_total = 2;
  evil.sentences_total = 3;
  evil.shown.push_back(
      {0, 4, "He said </textarea><script>alert('x')</script> <b>regime</b>.", {{47, 60}}});
  report::EvidenceSet plain;
  plain.feature = report::term_key("t", "talks");
  plain.outlet = "plain";
  plain.matches_total = 1;
  plain.sentences_total = 1;
  plain.shown.push_back({1, 0, "Talks resumed.", {{0, 5}}});
  input.evidence.sets = {plain, evil};
  std::sort(input.evidence.sets.begin(), input.evidence.sets.end(),
            [](const auto& a, const auto& b) { return a.feature < b.feature; });
  return input;
}

std::string between(const std::string& text, const std::string& open, const std::string& close) {
  const std::size_t begin = text.find(open);
  REQUIRE(begin != std::string::npos);
  const std::size_t end = text.find(close, begin + open.size());
  REQUIRE(end != std::string::npos);
  return text.substr(begin + open.size(), end - begin - open.size());
}

}  // namespace

TEST_CASE("report.html renders hostile corpus text as text", "[report]") {
  const std::string html = report::render_html(hostile_input());
  CHECK(count(html, "<script") == 1);  // the page's own script only
  CHECK(count(html, "</textarea>") == 0);
  CHECK(count(html, "<img") == 0);
  CHECK(count(html, "<b>regime") == 0);
  CHECK_THAT(html, Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_THAT(html, Contains("He said &lt;/textarea&gt;&lt;script&gt;alert(&#39;x&#39;)"
                            "&lt;/script&gt; <mark>&lt;b&gt;regime&lt;/b&gt;</mark>."));
  CHECK_THAT(html, Contains("Evil &quot;News&quot; &lt;/textarea&gt;"));
  CHECK_THAT(html, Contains("&lt;i&gt;bad&lt;/i&gt; encoding"));
}

TEST_CASE("report.html links only http(s) URLs and shows the others as text", "[report]") {
  const std::string html = report::render_html(hostile_input());
  CHECK_THAT(html, !Contains("href=\"javascript"));
  CHECK_THAT(html, Contains("<span class=\"mono\">javascript:alert(document.cookie)</span>"));
  CHECK_THAT(html, Contains("<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\""));
  CHECK_THAT(html, !Contains("src=\""));
  CHECK_THAT(html, !Contains("url("));
}

TEST_CASE("report.html allows only its own script through the CSP", "[report]") {
  const std::string html = report::render_html(hostile_input());
  const std::string script = between(html, "<script>", "</script>");
  const std::string hex = sha256_hex(script);
  std::string digest;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    digest.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  const std::string csp = between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
  CHECK_THAT(csp, Contains("default-src 'none'"));
  CHECK_THAT(csp, Contains("script-src 'sha256-" + report::base64(digest) + "'"));
  CHECK_THAT(csp, !Contains("unsafe-eval"));
}

TEST_CASE("report.html links figures to the evidence behind them", "[report]") {
  const report::ReportInput input = hostile_input();
  const std::string html = report::render_html(input);
  const std::size_t index = input.evidence.index_of(report::term_key("t", "talks"), "plain");
  const std::string anchor = "ev-" + std::to_string(index);
  CHECK_THAT(html, Contains("<a href=\"#" + anchor + "\">"));
  CHECK_THAT(html, Contains("<details id=\"" + anchor + "\">"));
  CHECK_THAT(html, Contains("2 more sentences not shown."));
  CHECK_THAT(html, Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                            "id=\"heatmap-cosine\""));
  CHECK_THAT(html, Contains("<th scope=\"row\">"));
  CHECK_THAT(html, Contains("@media print"));
}

TEST_CASE("report.html lists at most 300 articles", "[report]") {
  report::ReportInput input = hostile_input();
  input.documents.resize(301, input.documents[1]);
  const std::string html = report::render_html(input);
  CHECK_THAT(html,
             Contains("The first 300 in corpus order; <code>report.json</code> lists all 301."));
  CHECK(count(html, ">Ordinary</a></td>") == 299);
}

TEST_CASE("report.html words the summary without claiming certainty", "[report]") {
  const std::string html = report::render_html(hostile_input());
  CHECK_THAT(html, Contains("most alike are <b>Evil &quot;News&quot; &lt;/textarea&gt;</b> and "
                            "<b>Plain</b> (similarity 0.25"));
  CHECK_THAT(html, Contains("None of them carries a margin of error"));
  CHECK(report::render_html(hostile_input()) == html);
}

TEST_CASE("report.html cites each article once per evidence set, linking to its row", "[report]") {
  report::ReportInput input = hostile_input();
  // Two sentences of document 0 in the set of "evil".
  auto& shown =
      input.evidence.sets[input.evidence.index_of(report::term_key("t", "<b>regime</b>"), "evil")]
          .shown;
  shown.push_back(shown.front());
  shown.back().sentence = 5;
  const std::string html = report::render_html(input);
  CHECK(count(html, "<a href=\"#doc-0\">") == 1);
  CHECK(count(html, "<tr id=\"doc-0\">") == 1);
  CHECK(count(html, "<q>He said") == 2);
}
