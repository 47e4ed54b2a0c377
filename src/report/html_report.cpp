#include "report/html_report.hpp"

#include <fmt/format.h>

#include <array>

#include "core/hash.hpp"
#include "report/html_assets.hpp"
#include "report/html_escape.hpp"
#include "report/html_sections.hpp"

namespace framelens::report {
namespace html {

Context::Context(const ReportInput& input) : input_(&input) {
  for (std::size_t i = 0; i < input.comparison.outlets.size(); ++i) {
    names_[input.comparison.outlets[i].id] = input.comparison.outlets[i].name;
    outlet_order_.push_back(i);
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
  const auto& outlets = context.input().comparison.outlets;
  const auto& order = context.outlet_order();
  out += fmt::format("<table><caption>{}</caption><thead><tr><td></td>", caption);
  for (const std::size_t c : order) {
    out += "<th scope=\"col\">" + escape_html(outlets[c].id) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  for (const std::size_t r : order) {
    out += "<tr><th scope=\"row\">" + escape_html(outlets[r].name) + "</th>";
    for (const std::size_t c : order) {
      out += fmt::format("<td class=\"num\">{:.3f}</td>",
                         matrix(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)));
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

}  // namespace html

namespace {

// Sections in page order. Figures come before the evidence section, which
// lists the evidence they link to. A new figure is a new render function
// and one line here.
constexpr std::array<html::Section, 7> kSections = {{
    {"summary", "Summary", html::render_summary},
    {"outlets", "Outlets", html::render_outlets},
    {"similarity", "How alike the outlets are", html::render_similarity},
    {"terms", "Most used terms", html::render_terms},
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
  for (const html::Section& section : kSections) {
    section.render(body, context);
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
  for (const html::Section& section : kSections) {
    out += fmt::format("<li><a href=\"#{}\">{}</a></li>", section.id, section.heading);
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
