#include "report/csv_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "report/csv_analysis.hpp"

namespace framelens::report {

CsvTable::CsvTable(std::vector<std::string> header) : header_(std::move(header)) {}

void CsvTable::add_row(std::vector<std::string> cells) {
  if (cells.size() != header_.size()) {
    throw std::invalid_argument(
        fmt::format("CSV row has {} cells, the header has {}", cells.size(), header_.size()));
  }
  rows_.push_back(std::move(cells));
}

std::string CsvTable::render() const {
  std::string out;
  const auto write_row = [&out](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) {
        out.push_back(',');
      }
      out += csv_field(cells[i]);
    }
    out.push_back('\n');
  };
  write_row(header_);
  for (const auto& row : rows_) {
    write_row(row);
  }
  return out;
}

std::string csv_field(std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    return std::string(text);
  }
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') {
      out.push_back('"');
    }
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string csv_number(double value, int decimals) {
  if (!std::isfinite(value)) {
    return "";
  }
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  return fmt::format("{:.{}f}", rounded == 0.0 ? 0.0 : rounded, decimals);
}

std::string matrix_csv(const std::vector<std::string>& ids, const Eigen::MatrixXd& matrix) {
  std::vector<std::string> header = {"outlet"};
  header.insert(header.end(), ids.begin(), ids.end());
  CsvTable table(std::move(header));
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::vector<std::string> row = {ids[i]};
    for (std::size_t j = 0; j < ids.size(); ++j) {
      row.push_back(csv_number(matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j))));
    }
    table.add_row(std::move(row));
  }
  return table.render();
}

std::string render_matches_csv(const ReportInput& input) {
  CsvTable table({"document", "outlet", "lexicon", "kind", "entry", "term", "start", "end",
                  "sentence", "voice", "speaker"});
  for (const MatchRecord& match : input.matches.records) {
    const DocumentInfo& doc = input.documents.at(match.document);
    const MatchEntry& entry = input.matches.entries.at(match.entry);
    table.add_row({doc.id, doc.outlet, entry.lexicon, entry.kind, entry.entry, entry.term,
                   std::to_string(match.source_begin), std::to_string(match.source_end),
                   std::to_string(match.sentence), std::string(match.voice),
                   match.speaker == MatchRecord::kNoSpeaker
                       ? std::string()
                       : input.matches.speakers.at(match.speaker)});
  }
  return table.render();
}

std::vector<std::pair<std::string, std::string>> render_csv_files(const ReportInput& input) {
  std::vector<std::string> ids;
  for (const compare::OutletProfile& outlet : input.comparison.outlets) {
    ids.push_back(outlet.id);
  }
  return {
      {"similarity.csv", matrix_csv(ids, input.comparison.cosine)},
      {"divergence.csv", matrix_csv(ids, input.comparison.jsd)},
      {"matches.csv", render_matches_csv(input)},
      {"contrasts.csv", render_contrasts_csv(input.analysis)},
      {"frames.csv", render_frames_csv(input.analysis)},
      {"keyness.csv", render_keyness_csv(input.analysis)},
  };
}

}  // namespace framelens::report
