#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/report_input.hpp"

// The sections of report.html. Each section is one function that appends a
// <section> to `out`; html_report.cpp lists them in page order.
namespace framelens::report::html {

/// What sections share while the page is rendered.
class Context {
 public:
  explicit Context(const ReportInput& input);

  [[nodiscard]] const ReportInput& input() const { return *input_; }

  /// In-page link ("#ev-N") to the evidence for `feature` in `outlet`, or ""
  /// when nothing matched. The evidence section lists every set linked here.
  [[nodiscard]] std::string evidence_href(const std::string& feature, const std::string& outlet);

  /// Indices into input().evidence.sets that some figure links to, ascending.
  [[nodiscard]] const std::set<std::size_t>& linked_evidence() const { return linked_; }

  /// Display name of outlet `id` (the id itself when unknown).
  [[nodiscard]] const std::string& outlet_name(const std::string& id) const;

  /// Outlet indices in the order matrices are displayed: the analysis's
  /// clustering order when the analysis lists the comparison's outlets in the
  /// same order (so an index means the same outlet in both), else input order.
  [[nodiscard]] const std::vector<std::size_t>& outlet_order() const { return outlet_order_; }

  /// True when outlet_order() is the analysis's clustering order.
  [[nodiscard]] bool clustered() const { return clustered_; }

 private:
  const ReportInput* input_;
  std::set<std::size_t> linked_;
  std::map<std::string, std::string> names_;
  std::vector<std::size_t> outlet_order_;
  bool clustered_ = false;
};

/// A section of the page: anchor id, heading for the contents list, the
/// function that renders it, and whether the report has anything for it
/// (nullptr: always).
struct Section {
  const char* id;
  const char* heading;
  void (*render)(std::string& out, Context& context);
  bool (*present)(const ReportInput& input) = nullptr;
};

void render_summary(std::string& out, Context& context);
void render_contrasts(std::string& out, Context& context);
void render_frames(std::string& out, Context& context);
void render_keyness(std::string& out, Context& context);
void render_voices(std::string& out, Context& context);
void render_outlets(std::string& out, Context& context);
void render_similarity(std::string& out, Context& context);
void render_pairs(std::string& out, Context& context);
void render_events(std::string& out, Context& context);
void render_terms(std::string& out, Context& context);
void render_evidence(std::string& out, Context& context);
void render_methods(std::string& out, Context& context);
void render_inputs(std::string& out, Context& context);

/// True when the analysis has events or time windows to show.
[[nodiscard]] bool has_events(const ReportInput& input);

/// Articles listed in the Outlets section (each row has id "doc-N"); a
/// large corpus would otherwise make that list most of the page.
inline constexpr std::size_t kArticlesListed = 300;

/// A document's title (its id when untitled), escaped, as a link when its URL
/// is http(s); any other URL follows as plain text.
[[nodiscard]] std::string document_title_html(const DocumentInfo& doc);

/// Opens a section with its heading.
void open_section(std::string& out, const char* id, const char* heading);

/// A table of a square outlet matrix with row and column headers.
void matrix_table(std::string& out, const Context& context, const Eigen::MatrixXd& matrix,
                  const char* caption);

}  // namespace framelens::report::html
