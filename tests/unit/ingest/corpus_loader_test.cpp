#include "ingest/corpus_loader.hpp"

#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "ingest/manifest_reader.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {
const fs::path kData = FRAMELENS_TEST_DATA;
}

TEST_CASE("a folder corpus gives one outlet per sub-folder, in sorted order", "[ingest]") {
  const std::vector<fs::path> inputs = {kData / "mini"};
  const Corpus corpus = ingest::load_corpus(inputs, {});
  REQUIRE(corpus.outlets.size() == 3);
  CHECK(corpus.outlets[0].id == "alpha");
  CHECK(corpus.outlets[2].id == "gamma");
  REQUIRE(corpus.documents.size() == 4);
  CHECK(corpus.documents[0].id == "alpha/one");
  CHECK(corpus.documents[3].outlet == "gamma");
}

TEST_CASE("a manifest reads metadata, applies trims and drops a BOM", "[ingest]") {
  const std::vector<fs::path> inputs = {kData / "manifest" / "corpus.yaml"};
  const Corpus corpus = ingest::load_corpus(inputs, {});
  CHECK(corpus.name == "mini-manifest");
  REQUIRE(corpus.documents.size() == 2);
  const Document& alpha = corpus.documents[0];
  CHECK(alpha.title == "Talks open");
  CHECK(alpha.date == "2031-03-02");
  CHECK(alpha.event == "talks");
  CHECK(alpha.text == "Talks open\n\nThe government opened peace talks.\nThe rebels came too.\n");
  CHECK(alpha.removed.size() == 3);
  const Document& beta = corpus.documents[1];
  CHECK(beta.text.starts_with("Regime digs in"));
  CHECK(beta.source_map.to_source(0) == 3);  // after the BOM
}

TEST_CASE("every character of trimmed text maps back to the same source byte", "[ingest]") {
  const std::vector<fs::path> inputs = {kData / "manifest" / "corpus.yaml"};
  const Corpus corpus = ingest::load_corpus(inputs, {});
  for (const Document& doc : corpus.documents) {
    const std::string source = read_file(doc.source_path);
    for (std::size_t i = 0; i < doc.text.size(); ++i) {
      REQUIRE(source[doc.source_map.to_source(i)] == doc.text[i]);
    }
  }
}

TEST_CASE("manifest errors name the manifest line and column", "[ingest]") {
  Corpus corpus;
  SECTION("unknown outlet, with a suggestion") {
    const std::string text =
        "outlets:\n  alpha: {name: A}\ndocuments:\n  - file: x.txt\n    outlet: alpah\n";
    REQUIRE_THROWS_WITH(
        ingest::parse_manifest(text, "m.yaml", kData / "manifest", {}, corpus),
        "m.yaml:5:13: unknown outlet 'alpah' (did you mean 'alpha'?); declare it under 'outlets'");
  }
  SECTION("missing file") {
    const std::string text =
        "outlets:\n  alpha: {name: A}\ndocuments:\n  - file: nope.txt\n    outlet: alpha\n";
    REQUIRE_THROWS_WITH(ingest::parse_manifest(text, "m.yaml", "dir", {}, corpus),
                        "m.yaml:4:11: file 'nope.txt' not found (looked for dir/nope.txt)");
  }
  SECTION("file outside the manifest's folder") {
    const std::string text =
        "outlets:\n  alpha: {name: A}\ndocuments:\n  - file: ../mini/alpha/one.txt\n"
        "    outlet: alpha\n";
    REQUIRE_THROWS_WITH(
        ingest::parse_manifest(text, "m.yaml", kData / "manifest", {}, corpus),
        "m.yaml:4:11: file '../mini/alpha/one.txt' is outside the manifest's folder; move it "
        "inside or pass --allow-outside");
  }
  SECTION("unknown key") {
    const std::string text =
        "outlets:\n  alpha: {name: A}\ndocuments:\n  - file: x.txt\n"
        "    outlet: alpha\n    titel: T\n";
    REQUIRE_THROWS_WITH(ingest::parse_manifest(text, "m.yaml", "dir", {}, corpus),
                        "m.yaml:6:5: unknown key 'titel' in a document (did you mean 'title'?)");
  }
}

TEST_CASE("an unknown kind of input is refused with the accepted kinds", "[ingest]") {
  const std::vector<fs::path> inputs = {kData / "lexicons" / "test.yaml.missing"};
  REQUIRE_THROWS_AS(ingest::load_corpus(inputs, {}), InputError);
}
