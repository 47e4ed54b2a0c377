#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/report_input.hpp"

namespace framelens::report {

/// A file of the report folder and how to render it: `render` in memory;
/// `write`, when set, the same bytes straight to a stream (for files that
/// grow with the corpus).
struct ReportFile {
  std::string_view name;
  std::string (*render)(const ReportInput&);
  void (*write)(const ReportInput&, std::ostream&) = nullptr;
};

/// The report's files in writing order.
[[nodiscard]] const std::vector<ReportFile>& report_files();

/// Every file name a report folder may hold. write_report() replaces an
/// existing folder only when it holds nothing else.
[[nodiscard]] const std::vector<std::string_view>& report_file_names();

/// Every report file as (name, content), rendered in memory, in writing order.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> render_report_files(
    const ReportInput& input);

/// Throws InputError when write_report(dir, ...) would refuse `dir` for a
/// report on `inputs` (see there). Writes nothing; lets a run check its
/// output folder before the long work rather than after it.
void check_output_folder(const std::filesystem::path& dir, const std::vector<InputFile>& inputs);

/// Renders the report files one at a time (so at most one is in memory at
/// once, and matches.csv is written as it is made), writes each into a
/// temporary sibling folder and renames that folder into place as `dir`, so
/// `dir` afterwards holds either the complete new report or, on failure,
/// what it held before.
///
/// Throws InputError when `dir` is or contains one of input.inputs (a corpus
/// or lexicon file), is not a folder, or holds files that are not report
/// files (see report_file_names()); Error when writing fails.
/// Returns the paths written, in writing order.
std::vector<std::filesystem::path> write_report(const std::filesystem::path& dir,
                                                const ReportInput& input);

}  // namespace framelens::report
