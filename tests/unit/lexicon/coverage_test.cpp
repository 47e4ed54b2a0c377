#include "lexicon/coverage.hpp"

#include <catch2/catch.hpp>

#include "ingest/corpus_loader.hpp"
#include "lexicon/lexicon_loader.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {

Corpus mini_corpus() {
  const std::vector<fs::path> inputs = {fs::path(FRAMELENS_TEST_DATA) / "mini"};
  return ingest::load_corpus(inputs, {});
}

const lexicon::TermCoverage& find(const lexicon::Coverage& coverage, const std::string& term) {
  for (const auto& row : coverage.terms) {
    if (row.term == term) {
      return row;
    }
  }
  FAIL("no term " << term);
  return coverage.terms.front();
}

}  // namespace

TEST_CASE("coverage counts matches, quoted matches, documents and outlets", "[lexicon]") {
  const lexicon::Matcher matcher(
      {lexicon::load_lexicon(fs::path(FRAMELENS_TEST_DATA) / "lexicons" / "test.yaml")});
  const lexicon::Coverage coverage = lexicon::measure_coverage(mini_corpus(), matcher, {2, 3});
  const auto& government = find(coverage, "government");
  CHECK(government.matches == 5);
  CHECK(government.documents == 3);
  CHECK(government.outlets == 2);
  SECTION("samples are spread over outlets before a second one is taken from any") {
    REQUIRE(government.samples.size() == 2);
    CHECK(government.samples[0].outlet == "alpha");
    CHECK(government.samples[1].outlet == "gamma");
    CHECK(government.samples[0].hit == "government");
  }
  SECTION("the markdown report shows samples and never-matched terms") {
    const std::string md = lexicon::render_coverage_markdown(coverage, "mini");
    CHECK_THAT(md, Catch::Contains("# Lexicon validation: mini"));
    CHECK_THAT(md, Catch::Contains("| government | 5 | 0 | 3 | 2 |"));
    CHECK_THAT(md, Catch::Contains("**government**"));
    CHECK_THAT(md, Catch::Contains("### Never matched in `test` (1 term)"));
  }
}

TEST_CASE("coverage keeps no samples unless asked", "[lexicon]") {
  const lexicon::Matcher matcher(
      {lexicon::load_lexicon(fs::path(FRAMELENS_TEST_DATA) / "lexicons" / "test.yaml")});
  const lexicon::Coverage coverage = lexicon::measure_coverage(mini_corpus(), matcher);
  CHECK(find(coverage, "government").samples.empty());
}
