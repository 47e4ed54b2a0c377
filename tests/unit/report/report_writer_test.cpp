#include "report/report_writer.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>

#include "core/error.hpp"
#include "pipeline.hpp"

using namespace framelens;
namespace fs = std::filesystem;

namespace {

report::ReportInput small_input() {
  report::ReportInput input;
  input.corpus_name = "small";
  input.document_count = 1;
  input.documents.push_back({"d", "a", "T", "", "", "d.txt"});
  input.comparison.outlets.push_back({"a", "A", 1, 10, 1, {{"t", "regime", 1, 100, 1}}});
  input.comparison.cosine = Eigen::MatrixXd::Identity(1, 1);
  input.comparison.jsd = Eigen::MatrixXd::Zero(1, 1);
  return input;
}

// A fresh folder under the build tree for one test.
fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("framelens-writer-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void touch(const fs::path& path, const std::string& content = "x") {
  std::ofstream(path, std::ios::binary) << content;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("every rendered report file has a known name", "[report]") {
  const auto& known = report::report_file_names();
  for (const auto& [name, content] : report::render_report_files(small_input())) {
    CHECK(std::find(known.begin(), known.end(), name) != known.end());
    CHECK_FALSE(content.empty());
  }
}

TEST_CASE("write_report writes the whole set and replaces an old report", "[report]") {
  const fs::path root = scratch("replace");
  const fs::path out = root / "report";
  const auto first = report::write_report(out, small_input());
  CHECK(first.size() == report::render_report_files(small_input()).size());
  for (const auto& path : first) {
    CHECK(fs::is_regular_file(path));
  }
  report::ReportInput changed = small_input();
  changed.corpus_name = "changed";
  report::write_report(out, changed);
  CHECK(slurp(out / "report.md").find("changed") != std::string::npos);
  // No staging or backup folder is left beside the report.
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(root)) {
    ++entries;
  }
  CHECK(entries == 1);
  fs::remove_all(root);
}

TEST_CASE("write_report refuses a folder that holds an input file", "[report]") {
  const fs::path root = scratch("input");
  touch(root / "corpus.yaml");
  report::ReportInput input = small_input();
  input.inputs.push_back({"manifest", (root / "corpus.yaml").string(), "00"});
  CHECK_THROWS_WITH(report::write_report(root, input),
                    root.string() + ": the output folder contains the input file '" +
                        (root / "corpus.yaml").string() + "'; choose another folder with -o");
  CHECK_THROWS_AS(report::write_report(root / ".." / root.filename(), input), InputError);
  CHECK(slurp(root / "corpus.yaml") == "x");
  fs::remove_all(root);
}

TEST_CASE("write_report refuses a folder with files that are not a report", "[report]") {
  const fs::path root = scratch("foreign");
  touch(root / "notes.txt", "keep me");
  CHECK_THROWS_WITH(report::write_report(root, small_input()),
                    root.string() +
                        ": the output folder holds 'notes.txt', which is not a framelens report "
                        "file; choose an empty or new folder with -o");
  CHECK(slurp(root / "notes.txt") == "keep me");
  touch(root / "file");
  CHECK_THROWS_AS(report::write_report(root / "file", small_input()), InputError);
  fs::remove_all(root);
}

TEST_CASE("a run refuses a bad output folder before it matches anything", "[report]") {
  // A long run must not fail at the very end on a folder it could have
  // refused at the start: the check comes once the inputs are known, before
  // the first progress stage that matches documents.
  const fs::path dir = scratch("early");
  std::ofstream(dir / "notes.txt") << "keep\n";
  RunConfig config;
  config.corpus = {fs::path(FRAMELENS_TEST_DATA) / "mini"};
  config.lexicons = {fs::path(FRAMELENS_TEST_DATA) / "lexicons" / "test.yaml"};
  config.output_dir = dir;
  std::vector<std::string> stages;
  CHECK_THROWS_AS(run_pipeline(config, [&](const std::string& stage) { stages.push_back(stage); }),
                  InputError);
  CHECK(stages == std::vector<std::string>{"loading lexicons", "reading corpus"});
  CHECK(fs::exists(dir / "notes.txt"));

  report::check_output_folder(scratch("fresh") / "new", {});  // a new folder is fine
  CHECK_THROWS_AS(report::check_output_folder(dir, {}), InputError);
}

TEST_CASE("written report files hold the bytes rendered in memory", "[report]") {
  // matches.csv is written to disk as it is made rather than rendered first;
  // with enough matches to pass the table's 64 KB buffer several times, the
  // file must still be byte for byte what render_report_files() gives.
  report::ReportInput input = small_input();
  input.matches.entries.push_back({"lex", "category", "regime", "regime, \"the\""});
  input.matches.speakers.push_back("lex/kerry");
  for (std::size_t i = 0; i < 6000; ++i) {
    report::MatchRecord record;
    record.source_begin = 10 * i;
    record.source_end = 10 * i + 6;
    record.sentence = static_cast<std::uint32_t>(i / 7);
    record.voice = i % 3 == 0 ? "quoted" : "narrative";
    record.speaker = i % 3 == 0 ? 0 : report::MatchRecord::kNoSpeaker;
    input.matches.records.push_back(record);
  }
  const fs::path out = scratch("bytes") / "report";
  report::write_report(out, input);
  for (const auto& [name, content] : report::render_report_files(input)) {
    INFO(name);
    CHECK(slurp(out / name) == content);
  }
  // And whole: a header and 6,000 rows, the last one last.
  const std::string matches = slurp(out / "matches.csv");
  CHECK(matches.size() > 3 * 64 * 1024);
  CHECK(std::count(matches.begin(), matches.end(), '\n') == 6001);
  CHECK(matches.ends_with(",59990,59996,857,narrative,\n"));
  fs::remove_all(out.parent_path());
}
