// The same corpus given as a manifest, as JSONL and as CSV yields identical
// documents. The JSONL and CSV files are written at test time into the build
// folder from the manifest's files, with what trimming removed left out, as a
// scraper export of the cleaned articles would hold them.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/text_util.hpp"
#include "ingest/corpus_loader.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {

// The real corpus beside the project; tests that need it skip when it is absent.
const fs::path kSyriaManifest =
    fs::path(FRAMELENS_SOURCE_DIR) / ".." / "shared" / "corpora" / "syria-talks" / "corpus.yaml";

// The article's text as the manifest's trim rules leave it, before normalisation.
std::string kept_text(const Document& doc) {
  const std::string bytes = read_file(doc.source_path);
  std::string kept;
  std::size_t at = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (const Removal& removal : doc.removed) {
    if (removal.source_begin > at) {
      kept.append(bytes, at, removal.source_begin - at);
    }
    at = std::max(at, removal.source_end);
  }
  if (at < bytes.size()) {
    kept.append(bytes, at);
  }
  return kept;
}

std::string csv_field(const std::string& value) {
  std::string out = "\"";
  for (const char c : value) {
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return out + "\"";
}

void write_conversions(const Corpus& corpus, const fs::path& jsonl, const fs::path& csv) {
  std::ofstream json_out(jsonl, std::ios::binary);
  std::ofstream csv_out(csv, std::ios::binary);
  csv_out << "id,outlet,title,date,url,author,event,text\r\n";
  for (const Document& doc : corpus.documents) {
    const std::string text = kept_text(doc);
    nlohmann::ordered_json record = {
        {"id", doc.id},   {"outlet", doc.outlet}, {"title", doc.title}, {"date", doc.date},
        {"url", doc.url}, {"author", doc.author}, {"event", doc.event}, {"text", text}};
    json_out << record.dump() << "\n";
    for (const std::string* field :
         {&doc.id, &doc.outlet, &doc.title, &doc.date, &doc.url, &doc.author, &doc.event, &text}) {
      csv_out << csv_field(*field) << (field == &text ? "\r\n" : ",");
    }
  }
}

void require_same_documents(const Corpus& expected, const Corpus& actual) {
  REQUIRE(actual.documents.size() == expected.documents.size());
  CHECK(actual.warnings.empty());
  for (std::size_t i = 0; i < expected.documents.size(); ++i) {
    const Document& want = expected.documents[i];
    const Document& got = actual.documents[i];
    INFO("document " << want.id);
    CHECK(got.id == want.id);
    CHECK(got.outlet == want.outlet);
    CHECK(got.title == want.title);
    CHECK(got.date == want.date);
    CHECK(got.url == want.url);
    CHECK(got.author == want.author);
    CHECK(got.event == want.event);
    CHECK(got.text == want.text);
  }
}

void check_formats_agree(const fs::path& manifest, const std::string& name) {
  const std::vector<fs::path> manifest_input = {manifest};
  const Corpus from_manifest = ingest::load_corpus(manifest_input, {});
  const fs::path out = FRAMELENS_INGEST_TEST_OUTPUT;
  fs::create_directories(out);
  const fs::path jsonl = out / (name + ".jsonl");
  const fs::path csv = out / (name + ".csv");
  write_conversions(from_manifest, jsonl, csv);
  SECTION("as JSONL") {
    const std::vector<fs::path> inputs = {jsonl};
    require_same_documents(from_manifest, ingest::load_corpus(inputs, {}));
  }
  SECTION("as CSV") {
    const std::vector<fs::path> inputs = {csv};
    require_same_documents(from_manifest, ingest::load_corpus(inputs, {}));
  }
}

}  // namespace

TEST_CASE("the demo corpus as manifest, JSONL and CSV gives identical documents", "[ingest]") {
  check_formats_agree(fs::path(FRAMELENS_SOURCE_DIR) / "examples" / "demo" / "corpus.yaml", "demo");
}

TEST_CASE("the Syria talks corpus as manifest, JSONL and CSV gives identical documents",
          "[ingest][shared]") {
  const fs::path manifest = kSyriaManifest;
  if (!fs::is_regular_file(manifest)) {
    WARN("shared corpus not present; skipped");
    return;
  }
  check_formats_agree(manifest, "syria-talks");
}

TEST_CASE("the Syria talks corpus loads with its trims applied and no warnings",
          "[ingest][shared]") {
  const fs::path manifest = kSyriaManifest;
  if (!fs::is_regular_file(manifest)) {
    WARN("shared corpus not present; skipped");
    return;
  }
  const std::vector<fs::path> inputs = {manifest};
  const Corpus corpus = ingest::load_corpus(inputs, {});
  CHECK(corpus.warnings.empty());
  REQUIRE(corpus.outlets.size() == 4);
  REQUIRE(corpus.documents.size() == 5);
  for (const Document& doc : corpus.documents) {
    if (doc.outlet == "aijac") {
      CHECK(doc.text.find("Palestinian Red Crescent workers") == std::string::npos);
      CHECK(doc.text.find("Back to Top") == std::string::npos);
      CHECK(doc.text.starts_with("Syrian peace talks fail"));
    }
    if (doc.outlet == "wsws") {
      CHECK(doc.text.find("To contact the WSWWS") == std::string::npos);
      CHECK_FALSE(doc.removed.empty());
    }
  }
}
