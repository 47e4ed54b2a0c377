#include "report/html_report.hpp"

#include <fmt/format.h>

#include <array>
#include <vector>

#include "core/hash.hpp"
#include "report/html_assets.hpp"
#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"

namespace framelens::report {
namespace html {

namespace {

// The clustering order applies only when the analysis saw exactly the
// outlets of the comparison, in the same order, and is a permutation of them.
bool usable_order(const ReportInput& input) {
  const auto& outlets = input.comparison.outlets;
  const auto& analysed = input.analysis.outlets;
  const auto& order = input.analysis.map.order;
  if (analysed.size() != outlets.size() || order.size() != outlets.size()) {
    return false;
  }
  std::vector<bool> seen(outlets.size(), false);
  for (std::size_t i = 0; i < outlets.size(); ++i) {
    if (analysed[i].id != outlets[i].id || order[i] >= outlets.size() || seen[order[i]]) {
      return false;
    }
    seen[order[i]] = true;
  }
  return true;
}

}  // namespace

Context::Context(const ReportInput& input) : input_(&input) {
  for (std::size_t i = 0; i < input.comparison.outlets.size(); ++i) {
    names_[input.comparison.outlets[i].id] = input.comparison.outlets[i].name;
    outlet_order_.push_back(i);
  }
  if (usable_order(input)) {
    outlet_order_ = input.analysis.map.order;
    clustered_ = true;
  }
}

std::string Context::evidence_href(const std::string& feature, const std::string& outlet) {
  const std::size_t index = input_->evidence.index_of(feature, outlet);
  if (index >= input_->evidence.sets.size()) {
    return {};
  }
  linked_.insert(index);
  return fmt::format("#ev-{}", index);
}

const std::string& Context::outlet_name(const std::string& id) const {
  const auto it = names_.find(id);
  return it == names_.end() ? id : it->second;
}

void open_section(std::string& out, const char* id, const char* heading) {
  out += fmt::format("<section id=\"{}\" aria-labelledby=\"{}-h\"><h2 id=\"{}-h\">{}</h2>\n", id,
                     id, id, heading);
}

void matrix_table(std::string& out, const Context& context, const Eigen::MatrixXd& matrix,
                  const char* caption) {
  compare::OutletMatrix rows(static_cast<std::size_t>(matrix.rows()));
  for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
    for (Eigen::Index c = 0; c < matrix.cols(); ++c) {
      rows[static_cast<std::size_t>(r)].push_back(matrix(r, c));
    }
  }
  outlet_matrix_table(out, context, rows, caption, 3);
}

}  // namespace html

namespace {

// Sections in page order. Figures come before the evidence section, which
// lists the evidence they link to. A new figure is a new render function
// and one line here. Label choices follow the summary: the same referent
// named differently is what readers come for.
constexpr std::array<html::Section, 13> kSections = {{
    {"summary", "Summary", html::render_summary},
    {"contrasts", "Naming choices", html::render_contrasts},
    {"frames", "Frames", html::render_frames},
    {"keyness", "Distinctive words", html::render_keyness},
    {"voices", "Whose words", html::render_voices},
    {"similarity", "How alike the outlets are", html::render_similarity},
    {"pairs", "More than chance?", html::render_pairs},
    {"events", "Events and time", html::render_events, html::has_events},
    {"terms", "Most used terms", html::render_terms},
    {"outlets", "Outlets", html::render_outlets},
    {"evidence", "Evidence", html::render_evidence},
    {"methods", "Methods", html::render_methods},
    {"inputs", "Inputs and warnings", html::render_inputs},
}};

// 'sha256-…' source for the Content-Security-Policy, so only this exact
// script may run.
std::string script_hash_source(std::string_view script) {
  const std::string hex = sha256_hex(script);
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return "'sha256-" + base64(bytes) + "'";
}

}  // namespace

std::string render_html(const ReportInput& input) {
  html::Context context(input);
  std::string body;
  std::vector<const html::Section*> shown;
  for (const html::Section& section : kSections) {
    if (section.present == nullptr || section.present(input)) {
      shown.push_back(&section);
      section.render(body, context);
    }
  }

  const std::string_view script = html::page_script();
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += fmt::format(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; img-src data:; script-src {}; base-uri 'none'; form-action 'none'\">\n",
      script_hash_source(script));
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out += "<meta name=\"generator\" content=\"framelens\">\n";
  out += "<title>framelens report: " + escape_html(input.corpus_name) + "</title>\n";
  out += "<style>";
  out += html::page_css();
  out += "</style>\n</head>\n<body>\n";
  out += "<header class=\"top\"><div class=\"wrap\"><h1>How outlets framed: " +
         escape_html(input.corpus_name) + "</h1>\n";
  if (!input.corpus_description.empty()) {
    out += "<p>" + escape_html(input.corpus_description) + "</p>\n";
  }
  out += "</div></header>\n";
  out += "<nav class=\"toc\" aria-label=\"Contents\"><div class=\"wrap\"><ol>";
  for (const html::Section* section : shown) {
    out += fmt::format("<li><a href=\"#{}\">{}</a></li>", section->id, section->heading);
  }
  out += "</ol></div></nav>\n<main class=\"wrap\">\n";
  out += body;
  out += "</main>\n<footer class=\"wrap\">Written by framelens";
  if (!input.options.generated_at.empty()) {
    out += " on " + escape_html(input.options.generated_at);
  }
  out +=
      ". This page makes no network requests; its data is in report.json and the CSV files "
      "beside it.</footer>\n";
  out += "<script>";
  out += script;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace framelens::report
