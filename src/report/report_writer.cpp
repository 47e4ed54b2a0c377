#include "report/report_writer.hpp"

#include <string>
#include <utility>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "report/json_report.hpp"
#include "report/markdown_report.hpp"

namespace framelens::report {

std::vector<std::filesystem::path> write_report(const std::filesystem::path& dir,
                                                const ReportInput& input) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"report.json", render_json(input)},
      {"report.md", render_markdown(input)},
  };
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    throw Error(dir.string() + ": cannot create report folder: " + ec.message());
  }
  std::vector<std::filesystem::path> written;
  for (const auto& [name, content] : files) {
    write_file_atomically(dir / name, content);
    written.push_back(dir / name);
  }
  return written;
}

}  // namespace framelens::report
