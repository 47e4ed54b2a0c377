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
  CHECK(alpha.removed[0].excerpt.size() > 0);
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

TEST_CASE("a folder corpus reports binary, empty and foreign files and goes on", "[ingest]") {
  const fs::path folder = kData / "ingest" / "folder";
  const std::vector<fs::path> inputs = {folder};
  const Corpus corpus = ingest::load_corpus(inputs, {});
  REQUIRE(corpus.documents.size() == 2);
  CHECK(corpus.documents[0].id == "alpha/one");
  CHECK(corpus.documents[1].text == "The rebels' spokesman spoke.\n");
  CHECK(corpus.documents[1].source_map.to_source(10) == 13);  // the apostrophe, after the BOM
  REQUIRE(corpus.warnings.size() == 3);
  CHECK(corpus.warnings[0].source == (folder / "alpha" / "archive.txt").string());
  CHECK(corpus.warnings[0].message == "binary data (NUL byte at byte offset 4); skipped");
  CHECK(corpus.warnings[1].source == (folder / "alpha" / "empty.txt").string());
  CHECK(corpus.warnings[1].message == "empty document; skipped");
  CHECK(corpus.warnings[2].source == (folder / "alpha" / "notes.pdf").string());
  CHECK(corpus.warnings[2].message == "not a .txt or .md file; ignored");

  ingest::IngestOptions strict;
  strict.strict = true;
  REQUIRE_THROWS_WITH(ingest::load_corpus(inputs, strict),
                      (folder / "alpha" / "archive.txt").string() +
                          ": binary data (NUL byte at byte offset 4); skipped (--strict makes "
                          "warnings errors; 3 warning(s) in all)");
}

TEST_CASE("articles that are not UTF-8 stop the run unless an encoding is declared", "[ingest]") {
  const fs::path manifest = kData / "ingest" / "encodings.yaml";
  const std::vector<fs::path> inputs = {manifest};
  const std::string bad_file = (kData / "ingest" / "invalid_utf8.txt").string();
  REQUIRE_THROWS_WITH(ingest::load_corpus(inputs, {}),
                      bad_file +
                          ":2:8: invalid UTF-8 (byte 0xE9 at byte offset 22); if the file is not "
                          "UTF-8 pass --input-encoding=windows-1252 (or latin-1), or pass "
                          "--on-invalid=replace or --on-invalid=skip to go on");

  ingest::IngestOptions options;
  options.encoding = ingest::InputEncoding::kWindows1252;
  const Corpus corpus = ingest::load_corpus(inputs, options);
  REQUIRE(corpus.documents.size() == 2);
  CHECK(corpus.documents[0].text == "Talks resumed.\nThe caf\u00e9 was shut.\n");
  const Document& quoted = corpus.documents[1];
  CHECK(quoted.text == "He said \u201cpeace\u201d - twice.\n");
  // Offsets still point at the original single bytes.
  CHECK(quoted.source_map.to_source(quoted.text.find("peace")) == 9);
  CHECK(quoted.source_map.to_source(quoted.text.find('-')) == 16);
  CHECK(quoted.source_map.to_source(quoted.text.find("twice")) == 18);

  options.encoding = ingest::InputEncoding::kUtf8;
  options.on_invalid = ingest::OnInvalid::kReplace;
  const Corpus replaced = ingest::load_corpus(inputs, options);
  REQUIRE(replaced.documents.size() == 2);
  CHECK(replaced.documents[0].text == "Talks resumed.\nThe caf\uFFFD was shut.\n");
  REQUIRE(replaced.warnings.size() == 2);
  CHECK(replaced.warnings[1].message ==
        "invalid UTF-8 (byte 0x93 at byte offset 8); replaced 3 bad byte(s) with U+FFFD "
        "(--on-invalid=replace)");

  // cp1252.txt's bytes are not UTF-8 either, so skipping leaves nothing.
  options.on_invalid = ingest::OnInvalid::kSkip;
  REQUIRE_THROWS_WITH(ingest::load_corpus(inputs, options),
                      "the corpus holds no documents: every one was left out (2 warning(s), the "
                      "first: " +
                          bad_file +
                          ":2:8: invalid UTF-8 (byte 0xE9 at byte offset 22); skipped "
                          "(--on-invalid=skip))");
}

TEST_CASE("several inputs of different formats combine into one corpus", "[ingest]") {
  const std::vector<fs::path> inputs = {kData / "ingest" / "good.jsonl",
                                        kData / "ingest" / "good.csv", kData / "ingest" / "folder"};
  const Corpus corpus = ingest::load_corpus(inputs, {});
  CHECK(corpus.documents.size() == 8);
  REQUIRE(corpus.outlets.size() == 2);
  CHECK(corpus.outlets[0].id == "alpha");
  CHECK(corpus.outlets[1].id == "beta");
}
