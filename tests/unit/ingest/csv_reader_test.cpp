#include "ingest/csv_reader.hpp"

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
  ingest::parse_csv(in, "in.csv", options, corpus);
  return corpus;
}
}  // namespace

TEST_CASE("a CSV file with a header gives one document per record", "[ingest]") {
  Corpus corpus;
  ingest::load_csv(kData / "good.csv", {}, corpus);
  CHECK(corpus.warnings.empty());
  REQUIRE(corpus.documents.size() == 3);
  const Document& first = corpus.documents[0];
  CHECK(first.id == "c1");
  CHECK(first.outlet == "alpha");
  CHECK(first.title == "Talks, day one");
  CHECK(first.date == "2031-03-02");
  CHECK(first.text == "First line.\nSecond line with \"quotes\".");
  CHECK(first.source_line == 2);
  CHECK(corpus.documents[1].id == "c2");
  CHECK(corpus.documents[1].text == "Plain text without quotes.");
  // A record that starts on line 6 (after a blank line) without an id.
  CHECK(corpus.documents[2].id == "good:6");
  CHECK(corpus.documents[2].text == "Line one\nline two");
  REQUIRE(corpus.outlets.size() == 2);
}

TEST_CASE("broken CSV quoting is an error naming the line", "[ingest]") {
  Corpus corpus;
  SECTION("a quoted field that is never closed") {
    const fs::path path = kData / "unbalanced.csv";
    REQUIRE_THROWS_WITH(
        ingest::load_csv(path, {}, corpus),
        path.string() +
            ":3: unbalanced quotes: the quoted field opened on this line is never closed");
  }
  SECTION("a quote inside an unquoted field") {
    const fs::path path = kData / "stray_quote.csv";
    REQUIRE_THROWS_WITH(ingest::load_csv(path, {}, corpus),
                        path.string() +
                            ":2:11: quote inside an unquoted field; quote the whole field and "
                            "double the quotes inside it (\"\")");
  }
  SECTION("text after a closing quote") {
    REQUIRE_THROWS_WITH(parse("outlet,text\na,\"x\"y\n"),
                        "in.csv:2:6: unexpected character after a closing quote; a quote inside "
                        "a quoted field must be doubled (\"\")");
  }
}

TEST_CASE("a CSV header must name the outlet and text columns once", "[ingest]") {
  Corpus corpus;
  const fs::path path = kData / "no_text_column.csv";
  REQUIRE_THROWS_WITH(ingest::load_csv(path, {}, corpus),
                      path.string() +
                          ":1: the CSV header needs an 'outlet' and a 'text' column; found "
                          "'outlet', 'body'");
  REQUIRE_THROWS_WITH(parse("outlet,text,Text\n"),
                      "in.csv:1: column 'text' is named twice in the header");
  REQUIRE_THROWS_WITH(parse(""),
                      "in.csv: empty CSV file; expected a header row naming 'outlet' and 'text' "
                      "columns");
}

TEST_CASE("CSV records with the wrong number of fields are skipped with a warning", "[ingest]") {
  Corpus corpus;
  const fs::path path = kData / "wrong_fields.csv";
  ingest::load_csv(path, {}, corpus);
  REQUIRE(corpus.documents.size() == 1);
  REQUIRE(corpus.warnings.size() == 2);
  CHECK(corpus.warnings[0].source == path.string() + ":3");
  CHECK(corpus.warnings[0].message == "record has 2 field(s), the header has 3; skipped");
  CHECK(corpus.warnings[1].source == path.string() + ":4");
  CHECK(corpus.warnings[1].message == "record has 4 field(s), the header has 3; skipped");
}

TEST_CASE("CSV unknown columns, empty cells and encodings", "[ingest]") {
  SECTION("unknown columns are reported once") {
    const Corpus corpus = parse("outlet,text,shares\na,hello,3\nb,bye,4\n");
    CHECK(corpus.documents.size() == 2);
    REQUIRE(corpus.warnings.size() == 1);
    CHECK(corpus.warnings[0].source == "in.csv:1");
    CHECK(corpus.warnings[0].message.starts_with("ignored unknown column(s) 'shares'"));
  }
  SECTION("an empty outlet or text is reported") {
    const Corpus corpus = parse("outlet,text\n,hello\na,\n");
    CHECK(corpus.documents.empty());
    REQUIRE(corpus.warnings.size() == 2);
    CHECK(corpus.warnings[0].source == "in.csv:2");
    CHECK(corpus.warnings[0].message == "record has no 'outlet'; skipped");
    CHECK(corpus.warnings[1].message == "empty document; skipped");
  }
  SECTION("Latin-1 bytes are an error in UTF-8 and transcoded when declared") {
    const fs::path path = kData / "latin1.csv";
    Corpus corpus;
    REQUIRE_THROWS_WITH(
        ingest::load_csv(path, {}, corpus),
        Catch::StartsWith(path.string() + ":2:11: invalid UTF-8 (byte 0xE9 at byte offset 22)"));
    ingest::IngestOptions options;
    options.encoding = ingest::InputEncoding::kLatin1;
    ingest::load_csv(path, options, corpus);
    REQUIRE(corpus.documents.size() == 2);
    CHECK(corpus.documents[0].text == "caf\u00e9 in Saltmere");
  }
}
