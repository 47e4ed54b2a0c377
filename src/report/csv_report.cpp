#include "report/csv_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <sstream>
#include <stdexcept>

#include "core/text_util.hpp"
#include "report/csv_analysis.hpp"

namespace framelens::report {

namespace {

// Text a table with a sink holds before passing it on.
constexpr std::size_t kFlushBytes = 64 * 1024;

}  // namespace

CsvTable::CsvTable(std::vector<std::string> header, std::ostream* sink)
    : columns_(header.size()), sink_(sink) {
  write_row(header);
}

void CsvTable::flush() {
  if (sink_ != nullptr) {
    sink_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }
}

void CsvTable::add_row(const std::vector<std::string>& cells) {
  if (cells.size() != columns_) {
    throw std::invalid_argument(
        fmt::format("CSV row has {} cells, the header has {}", cells.size(), columns_));
  }
  write_row(cells);
}

void CsvTable::write_row(const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) {
      text_.push_back(',');
    }
    text_ += csv_field(cells[i]);
  }
  text_.push_back('\n');
  if (sink_ != nullptr && text_.size() >= kFlushBytes) {
    flush();
  }
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
  return std::isfinite(value) ? fixed_decimals(value, decimals) : std::string();
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
  return table.take();
}

void write_matches_csv(const ReportInput& input, std::ostream& out) {
  CsvTable table({"document", "outlet", "lexicon", "kind", "entry", "term", "start", "end",
                  "sentence", "voice", "speaker"},
                 &out);
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
  table.flush();
}

std::string render_matches_csv(const ReportInput& input) {
  std::ostringstream out;
  write_matches_csv(input, out);
  return std::move(out).str();
}

namespace {

std::vector<std::string> outlet_ids(const ReportInput& input) {
  std::vector<std::string> ids;
  for (const compare::OutletProfile& outlet : input.comparison.outlets) {
    ids.push_back(outlet.id);
  }
  return ids;
}

}  // namespace

std::string render_similarity_csv(const ReportInput& input) {
  return matrix_csv(outlet_ids(input), input.comparison.cosine);
}

std::string render_divergence_csv(const ReportInput& input) {
  return matrix_csv(outlet_ids(input), input.comparison.jsd);
}

}  // namespace framelens::report
