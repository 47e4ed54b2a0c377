#pragma once

#include <Eigen/Dense>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/report_input.hpp"

namespace framelens::report {

/// A CSV table: RFC 4180 quoting (a field with a comma, double quote, CR or
/// LF, or leading or trailing space, is wrapped in double quotes and its
/// quotes doubled), LF line endings, a header row. Rows are written out as
/// they are added: matches.csv has millions of rows on a large corpus, and
/// keeping each cell as a string until the end cost several times the
/// file's size in memory. Given a sink, the table passes its text on to it
/// every 64 KB, so not even the text is held.
class CsvTable {
 public:
  explicit CsvTable(std::vector<std::string> header, std::ostream* sink = nullptr);

  /// Appends a row. Throws std::invalid_argument when it has a different
  /// number of cells than the header.
  void add_row(const std::vector<std::string>& cells);

  /// The table as CSV text, ending in a newline (without a sink).
  [[nodiscard]] const std::string& render() const { return text_; }

  /// The CSV text, moved out (the table is left empty; without a sink).
  [[nodiscard]] std::string take() { return std::move(text_); }

  /// Passes the text not yet written on to the sink. Call once the last row
  /// is added.
  void flush();

 private:
  void write_row(const std::vector<std::string>& cells);

  std::size_t columns_;
  std::ostream* sink_;
  std::string text_;
};

/// One field quoted as RFC 4180 requires (unchanged when no quoting is needed).
[[nodiscard]] std::string csv_field(std::string_view text);

/// `value` with exactly `decimals` digits after the point ("-0" printed as
/// "0"), so equal numbers give equal bytes on every platform.
[[nodiscard]] std::string csv_number(double value, int decimals = 6);

/// A square matrix: header "outlet" then the ids; each row starts with its id.
[[nodiscard]] std::string matrix_csv(const std::vector<std::string>& ids,
                                     const Eigen::MatrixXd& matrix);

/// matches.csv: one row per lexicon match, offsets into the input's bytes.
[[nodiscard]] std::string render_matches_csv(const ReportInput& input);

/// matches.csv written to `out` as it is made (the same bytes as
/// render_matches_csv), for corpora where the file is too large to hold.
void write_matches_csv(const ReportInput& input, std::ostream& out);

/// similarity.csv: the outlets' cosine similarity matrix.
[[nodiscard]] std::string render_similarity_csv(const ReportInput& input);

/// divergence.csv: the outlets' Jensen–Shannon divergence matrix.
[[nodiscard]] std::string render_divergence_csv(const ReportInput& input);

}  // namespace framelens::report
