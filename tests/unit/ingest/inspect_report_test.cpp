#include "ingest/inspect_report.hpp"

#include <catch2/catch.hpp>

#include "ingest/corpus_loader.hpp"

using namespace framelens;
namespace fs = std::filesystem;

TEST_CASE("inspect summarises outlets, documents and trimming", "[ingest]") {
  const std::vector<fs::path> inputs = {fs::path(FRAMELENS_TEST_DATA) / "manifest" / "corpus.yaml"};
  const Corpus corpus = ingest::load_corpus(inputs, {});
  const ingest::InspectReport report = ingest::inspect_corpus(corpus);
  CHECK(report.corpus_name == "mini-manifest");
  REQUIRE(report.outlets.size() == 2);
  CHECK(report.outlets[0].name == "Alpha News");
  CHECK(report.outlets[0].documents == 1);
  CHECK(report.outlets[0].first_date == "2031-03-02");
  CHECK(report.outlets[0].last_date == "2031-03-02");
  REQUIRE(report.documents.size() == 2);
  const ingest::DocumentSummary& alpha = report.documents[0];
  // "Talks open / The government opened peace talks. / The rebels came too."
  CHECK(alpha.tokens == 11);
  CHECK(report.outlets[0].tokens == 11);
  CHECK(alpha.removed.size() == 3);
  CHECK(alpha.removed[0].excerpt == "SUBSCRIBE | Sign in");
  CHECK(alpha.removed_bytes == corpus.documents[0].removed[0].source_end +
                                   (corpus.documents[0].removed[1].source_end -
                                    corpus.documents[0].removed[1].source_begin) +
                                   (corpus.documents[0].removed[2].source_end -
                                    corpus.documents[0].removed[2].source_begin));
  CHECK(report.usable);
  CHECK(report.verdict == "usable: 2 documents from 2 outlets");
}

TEST_CASE("inspect calls a corpus with one outlet not usable", "[ingest]") {
  Corpus corpus;
  corpus.outlets = {{"alpha", "Alpha", "", ""}, {"beta", "Beta", "", ""}};
  Document doc;
  doc.id = "a";
  doc.outlet = "alpha";
  doc.text = "Only one outlet wrote.";
  corpus.documents.push_back(doc);
  corpus.warnings.push_back({"b.txt", "empty document; skipped"});
  const ingest::InspectReport report = ingest::inspect_corpus(corpus);
  CHECK_FALSE(report.usable);
  CHECK(report.verdict ==
        "not usable: documents from 1 outlet(s); a comparison needs at least two");
  CHECK(report.outlets[1].documents == 0);
  CHECK(report.warnings.size() == 1);
}
