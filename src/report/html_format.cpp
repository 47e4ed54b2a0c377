#include "report/html_format.hpp"

#include <fmt/format.h>

#include <cmath>
#include <utility>
#include <vector>

#include "core/text_util.hpp"
#include "report/evidence.hpp"
#include "report/html_escape.hpp"

namespace framelens::report::html {

std::string plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string fixed(double value, int decimals) { return fixed_decimals(value, decimals); }

std::string percent(double share) { return fixed(100.0 * share, 0) + "%"; }

std::string percent_interval(const compare::Estimate& estimate) {
  if (!estimate.has_interval) {
    return {};
  }
  return fixed(100.0 * estimate.low, 0) + "–" + fixed(100.0 * estimate.high, 0) + "%";
}

std::string with_interval(const compare::Estimate& estimate, int decimals) {
  std::string out = fixed(estimate.value, decimals);
  if (estimate.has_interval) {
    out += " (" + fixed(estimate.low, decimals) + "–" + fixed(estimate.high, decimals) + ")";
  }
  return out;
}

std::string low_evidence_badge(std::string_view why) {
  return "<span class=\"badge\" title=\"" + escape_html(why) + "\">⚠ low evidence</span>";
}

std::string low_evidence_reasons(const compare::OutletSummary& outlet) {
  std::string out;
  for (const std::string& reason : outlet.low_evidence_reasons) {
    out += (out.empty() ? "" : "; ") + reason;
  }
  return out;
}

std::string linked(const std::string& href, const std::string& inner_html) {
  if (href.empty()) {
    return inner_html;
  }
  return "<a href=\"" + escape_html(href) + "\">" + inner_html + "</a>";
}

std::string outlet_cell(const compare::Analysis& analysis, std::size_t index) {
  const compare::OutletSummary& outlet = analysis.outlets.at(index);
  std::string out = escape_html(outlet.name);
  if (outlet.low_evidence) {
    out += " " + low_evidence_badge(low_evidence_reasons(outlet));
  }
  return out;
}

void outlet_matrix_table(std::string& out, const Context& context,
                         const compare::OutletMatrix& matrix, std::string_view caption,
                         int decimals) {
  // Comparison and analysis list the same outlets in the same order in any
  // real run; the labels come from whichever matches the matrix.
  std::vector<std::pair<std::string, std::string>> labels;
  const auto& analysed = context.input().analysis.outlets;
  const auto& compared = context.input().comparison.outlets;
  if (analysed.size() == matrix.size()) {
    for (const auto& outlet : analysed) {
      labels.emplace_back(outlet.id, outlet.name);
    }
  } else {
    for (const auto& outlet : compared) {
      labels.emplace_back(outlet.id, outlet.name);
    }
  }
  if (labels.size() != matrix.size()) {
    return;  // a matrix over other outlets: nothing to label it with
  }
  std::vector<std::size_t> order = context.outlet_order();
  if (order.size() != matrix.size()) {
    order.clear();
    for (std::size_t i = 0; i < matrix.size(); ++i) {
      order.push_back(i);
    }
  }
  out += "<table><caption>" + escape_html(caption) + "</caption><thead><tr><td></td>";
  for (const std::size_t c : order) {
    out += "<th scope=\"col\">" + escape_html(labels[c].first) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  for (const std::size_t r : order) {
    out += "<tr><th scope=\"row\">" + escape_html(labels[r].second) + "</th>";
    for (const std::size_t c : order) {
      const double value = c < matrix[r].size() ? matrix[r][c] : std::nan("");
      out += "<td class=\"num\">" + (std::isfinite(value) ? fixed(value, decimals) : "–") + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

std::string word_evidence_href(Context& context, const std::string& word,
                               const std::string& outlet) {
  for (const LexiconInfo& lexicon : context.input().lexicons) {
    std::string href = context.evidence_href(term_key(lexicon.id, word), outlet);
    if (!href.empty()) {
      return href;
    }
  }
  return {};
}

}  // namespace framelens::report::html
