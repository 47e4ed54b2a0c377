#include "report/report_writer.hpp"

#include <algorithm>
#include <system_error>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "report/csv_analysis.hpp"
#include "report/csv_report.hpp"
#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/markdown_report.hpp"

namespace framelens::report {
namespace {

namespace fs = std::filesystem;

// Absolute, normalised, without a trailing separator, so "out/", "./out" and
// "out" name the same folder.
fs::path normalised(const fs::path& path) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(path), ec);
  if (ec) {
    out = fs::absolute(path).lexically_normal();
  }
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path()) {
    out = out.parent_path();
  }
  return out;
}

bool is_within(const fs::path& inner, const fs::path& outer) {
  auto it = inner.begin();
  for (const fs::path& part : outer) {
    if (it == inner.end() || *it != part) {
      return false;
    }
    ++it;
  }
  return true;
}

void check_target(const fs::path& dir, const fs::path& target,
                  const std::vector<InputFile>& inputs) {
  for (const InputFile& file : inputs) {
    if (file.path.rfind("<builtin>", 0) == 0) {
      continue;
    }
    if (is_within(normalised(file.path), target)) {
      throw InputError(dir.string() + ": the output folder contains the input file '" + file.path +
                       "'; choose another folder with -o");
    }
  }
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(target, ec);
  if (!fs::exists(status)) {
    return;
  }
  if (!fs::is_directory(status)) {
    throw InputError(dir.string() + ": exists and is not a folder; choose another folder with -o");
  }
  const auto& known = report_file_names();
  for (const fs::directory_entry& entry : fs::directory_iterator(target)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || std::find(known.begin(), known.end(), name) == known.end()) {
      throw InputError(dir.string() + ": the output folder holds '" + name +
                       "', which is not a framelens report file; choose an empty or new folder "
                       "with -o");
    }
  }
}

void remove_quietly(const fs::path& path) {
  std::error_code ignored;
  fs::remove_all(path, ignored);
}

}  // namespace

const std::vector<ReportFile>& report_files() {
  static const std::vector<ReportFile> files = {
      {"report.html", render_html},
      {"report.md", render_markdown},
      {"report.json", render_json},
      {"similarity.csv", render_similarity_csv},
      {"divergence.csv", render_divergence_csv},
      {"matches.csv", render_matches_csv, write_matches_csv},
      {"contrasts.csv",
       [](const ReportInput& input) { return render_contrasts_csv(input.analysis); }},
      {"frames.csv", [](const ReportInput& input) { return render_frames_csv(input.analysis); }},
      {"keyness.csv", [](const ReportInput& input) { return render_keyness_csv(input.analysis); }},
  };
  return files;
}

const std::vector<std::string_view>& report_file_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const ReportFile& file : report_files()) {
      out.push_back(file.name);
    }
    return out;
  }();
  return names;
}

std::vector<std::pair<std::string, std::string>> render_report_files(const ReportInput& input) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const ReportFile& file : report_files()) {
    files.emplace_back(file.name, file.render(input));
  }
  return files;
}

void check_output_folder(const fs::path& dir, const std::vector<InputFile>& inputs) {
  const fs::path target = normalised(dir);
  if (target == target.root_path() || !target.has_filename()) {
    throw InputError(dir.string() + ": cannot write a report over the root folder");
  }
  check_target(dir, target, inputs);
}

std::vector<fs::path> write_report(const fs::path& dir, const ReportInput& input) {
  check_output_folder(dir, input.inputs);
  const fs::path target = normalised(dir);

  const fs::path parent = target.parent_path();
  const std::string name = target.filename().string();
  const fs::path staging = parent / ("." + name + ".framelens-new");
  const fs::path previous = parent / ("." + name + ".framelens-old");
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) {
    throw Error(parent.string() + ": cannot create folder: " + ec.message());
  }
  remove_quietly(staging);
  fs::create_directory(staging, ec);
  if (ec) {
    throw Error(staging.string() + ": cannot create folder: " + ec.message());
  }
  try {
    // One file in memory at a time, and matches.csv (on a large corpus
    // several times the size of the corpus) not even that.
    for (const ReportFile& file : report_files()) {
      if (file.write != nullptr) {
        write_file_atomically(staging / file.name,
                              [&](std::ostream& out) { file.write(input, out); });
      } else {
        write_file_atomically(staging / file.name, file.render(input));
      }
    }
  } catch (...) {
    remove_quietly(staging);
    throw;
  }

  // Swap the finished folder in. Between the two renames `dir` is briefly
  // absent, but never holds a mix of old and new files.
  const bool replacing = fs::exists(target);
  if (replacing) {
    remove_quietly(previous);
    fs::rename(target, previous, ec);
    if (ec) {
      remove_quietly(staging);
      throw Error(dir.string() + ": cannot replace the old report: " + ec.message());
    }
  }
  fs::rename(staging, target, ec);
  if (ec) {
    if (replacing) {
      std::error_code ignored;
      fs::rename(previous, target, ignored);
    }
    remove_quietly(staging);
    throw Error(dir.string() + ": cannot move the new report into place: " + ec.message());
  }
  if (replacing) {
    remove_quietly(previous);
  }

  std::vector<fs::path> written;
  for (const ReportFile& file : report_files()) {
    written.push_back(dir / file.name);
  }
  return written;
}

}  // namespace framelens::report
