#include "ingest/jsonl_reader.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "core/error.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {
const fs::path kData = fs::path(FRAMELENS_TEST_DATA) / "ingest";

Corpus parse(const std::string& text, const ingest::IngestOptions& options = {}) {
  std::istringstream in(text);
  Corpus corpus;
  ingest::parse_jsonl(in, "in.jsonl", options, corpus);
  return corpus;
}
}  // namespace

TEST_CASE("a JSONL file gives one document per object line with its metadata", "[ingest]") {
  Corpus corpus;
  ingest::load_jsonl(kData / "good.jsonl", {}, corpus);
  const std::string origin = (kData / "good.jsonl").string();
  REQUIRE(corpus.documents.size() == 3);
  const Document& first = corpus.documents[0];
  CHECK(first.id == "a1");
  CHECK(first.outlet == "alpha");
  CHECK(first.title == "Talks open");
  CHECK(first.date == "2031-03-02");
  CHECK(first.url == "https://example.org/a1");
  CHECK(first.author == "A. Writer");
  CHECK(first.event == "talks");
  CHECK(first.source_line == 1);
  CHECK(first.text == "The talks opened in Saltmere.\nDelegates said \u201cwe are here\u201d.");
  // Offsets point into the decoded "text" string: the closing quote.
  const std::size_t close = first.text.find("\u201d");
  CHECK(first.source_map.to_source(close) == close);

  const Document& second = corpus.documents[1];
  CHECK(second.id == "good:3");  // no id: file stem and line
  CHECK(second.date == "20310303");
  CHECK(second.text == "Rebels boycott the talks - again.");
  REQUIRE(corpus.outlets.size() == 2);
  CHECK(corpus.outlets[1].id == "beta");
  CHECK(corpus.outlets[1].name == "beta");
  REQUIRE(corpus.warnings.size() == 1);
  CHECK(corpus.warnings[0].source == origin);
  CHECK(corpus.warnings[0].message ==
        "ignored unknown key(s) 'lang', 'source' (known: id, outlet, text, title, date, url, "
        "author, event)");
}

TEST_CASE("bad JSONL lines are skipped with a warning naming the line", "[ingest]") {
  Corpus corpus;
  ingest::load_jsonl(kData / "bad.jsonl", {}, corpus);
  const std::string origin = (kData / "bad.jsonl").string();
  REQUIRE(corpus.documents.size() == 1);
  REQUIRE(corpus.warnings.size() == 6);
  CHECK(corpus.warnings[0].source == origin + ":2");
  CHECK(corpus.warnings[0].message.starts_with("not valid JSON (syntax error while parsing value"));
  CHECK(corpus.warnings[0].message.ends_with("; line skipped"));
  CHECK(corpus.warnings[1].source == origin + ":3");
  CHECK(corpus.warnings[1].message ==
        "expected a JSON object with 'outlet' and 'text', got an array; line skipped");
  CHECK(corpus.warnings[2].source == origin + ":4");
  CHECK(corpus.warnings[2].message == "record has no 'text'; skipped");
  CHECK(corpus.warnings[3].source == origin + ":5");
  CHECK(corpus.warnings[3].message == "record has no 'outlet'; skipped");
  CHECK(corpus.warnings[4].source == origin + ":6");
  CHECK(corpus.warnings[4].message == "'title' must be a string, got an object; record skipped");
  CHECK(corpus.warnings[5].source == origin + ":7");
  CHECK(corpus.warnings[5].message == "empty document; skipped");
}

TEST_CASE("invalid UTF-8 in JSONL is an error with line, column and byte offset", "[ingest]") {
  const fs::path path = kData / "invalid_utf8.jsonl";
  Corpus corpus;
  SECTION("by default the run stops") {
    REQUIRE_THROWS_WITH(
        ingest::load_jsonl(path, {}, corpus),
        path.string() +
            ":2:32: invalid UTF-8 (byte 0xE9 at byte offset 65); if the file is not UTF-8 pass "
            "--input-encoding=windows-1252 (or latin-1), or pass --on-invalid=replace or "
            "--on-invalid=skip to go on");
  }
  SECTION("replace puts U+FFFD in its place and warns") {
    ingest::IngestOptions options;
    options.on_invalid = ingest::OnInvalid::kReplace;
    ingest::load_jsonl(path, options, corpus);
    REQUIRE(corpus.documents.size() == 2);
    CHECK(corpus.documents[1].text == "caf\uFFFD au lait");
    REQUIRE(corpus.warnings.size() == 1);
    CHECK(corpus.warnings[0].source == path.string() + ":2:32");
    CHECK(corpus.warnings[0].message ==
          "invalid UTF-8 (byte 0xE9 at byte offset 65); replaced 1 bad byte(s) with U+FFFD "
          "(--on-invalid=replace)");
  }
  SECTION("skip leaves the record out and warns") {
    ingest::IngestOptions options;
    options.on_invalid = ingest::OnInvalid::kSkip;
    ingest::load_jsonl(path, options, corpus);
    REQUIRE(corpus.documents.size() == 1);
    REQUIRE(corpus.warnings.size() == 1);
    CHECK(corpus.warnings[0].message ==
          "invalid UTF-8 (byte 0xE9 at byte offset 65); skipped (--on-invalid=skip)");
  }
  SECTION("latin-1 transcodes the line") {
    ingest::IngestOptions options;
    options.encoding = ingest::InputEncoding::kLatin1;
    ingest::load_jsonl(path, options, corpus);
    REQUIRE(corpus.documents.size() == 2);
    CHECK(corpus.documents[1].text == "caf\u00e9 au lait");
    CHECK(corpus.warnings.empty());
  }
}

TEST_CASE("JSONL records are checked for binary data and size", "[ingest]") {
  SECTION("a NUL character") {
    const Corpus corpus = parse("{\"outlet\": \"a\", \"text\": \"x\\u0000y\"}\n");
    CHECK(corpus.documents.empty());
    REQUIRE(corpus.warnings.size() == 1);
    CHECK(corpus.warnings[0].source == "in.jsonl:1");
    CHECK(corpus.warnings[0].message == "binary data (NUL byte at byte offset 1); skipped");
  }
  SECTION("over the size limit") {
    ingest::IngestOptions options;
    options.max_document_bytes = 4;
    const Corpus corpus = parse("{\"outlet\": \"a\", \"text\": \"12345\"}\n", options);
    CHECK(corpus.documents.empty());
    REQUIRE(corpus.warnings.size() == 1);
    CHECK(corpus.warnings[0].message ==
          "document is 5 bytes, over the limit of 4 bytes; skipped (raise --max-document-bytes "
          "to keep it)");
  }
  SECTION("a BOM and CRLF line ends are accepted") {
    const Corpus corpus = parse("\xEF\xBB\xBF{\"outlet\": \"a\", \"text\": \"ok\"}\r\n");
    REQUIRE(corpus.documents.size() == 1);
    CHECK(corpus.documents[0].text == "ok");
  }
}
