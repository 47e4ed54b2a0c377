#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"

namespace framelens::report::html {
namespace {

// Caps that keep the section a screenful or two on a large corpus;
// report.json has every value.
constexpr std::size_t kMaxPairs = 45;
constexpr std::size_t kMaxEventRows = 30;
constexpr std::size_t kMaxEventColumns = 6;
constexpr std::size_t kMaxWindows = 60;

void capped_note(std::string& out, std::size_t shown, std::size_t total, const char* what) {
  if (shown < total) {
    out += fmt::format(
        "<p class=\"note\">The first {} of {} {}; <code>report.json</code> has all.</p>\n", shown,
        total, what);
  }
}

std::string matrix_value(const compare::OutletMatrix& m, std::size_t a, std::size_t b) {
  if (a >= m.size() || b >= m[a].size() || !std::isfinite(m[a][b])) {
    return "–";
  }
  return fixed(m[a][b], 3);
}

void outlet_header(std::string& out, const compare::Analysis& analysis, const char* first) {
  out += "<thead><tr><th scope=\"col\">" + std::string(first) + "</th>";
  for (const auto& outlet : analysis.outlets) {
    out += "<th scope=\"col\">" + escape_html(outlet.id) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
}

void events_tables(std::string& out, const compare::Analysis& analysis) {
  const compare::EventsFigures& events = analysis.events;
  out +=
      "<p class=\"note\">Outlets may cover different events, and what they cover changes their "
      "words. Comparing outlets within each event, then averaging (weighted by words), keeps "
      "that from passing for a difference in how they framed the same event. When the "
      "within-event divergence is clearly lower than the overall one, part of the overall gap "
      "comes from covering different events. Divergence also grows as the text compared "
      "shrinks, so within-event values tend to run higher even when nothing differs.</p>\n";
  out += "<table><caption>Words each outlet wrote per event (– : not covered)</caption>";
  outlet_header(out, analysis, "Event");
  const std::size_t rows = std::min(events.events.size(), kMaxEventRows);
  for (std::size_t e = 0; e < rows; ++e) {
    const compare::EventFigures& event = events.events[e];
    out += "<tr><th scope=\"row\">" + escape_html(event.event) + "</th>";
    for (std::size_t o = 0; o < analysis.outlets.size(); ++o) {
      const double tokens = o < event.tokens.size() ? event.tokens[o] : 0.0;
      out += tokens > 0 ? fmt::format("<td class=\"num\">{:.0f}</td>", tokens)
                        : std::string("<td class=\"num\">–</td>");
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
  capped_note(out, rows, events.events.size(), "events");
  const std::size_t n = analysis.outlets.size();
  const bool per_event = events.events.size() <= kMaxEventColumns;
  if (n < 2 || n * (n - 1) / 2 > kMaxPairs) {
    return;
  }
  out +=
      "<table><caption>Divergence of each pair in bits: overall, and within events "
      "(– : never covered the same event)</caption><thead><tr><th scope=\"col\">Pair</th>"
      "<th scope=\"col\">Overall</th><th scope=\"col\">Within events</th>";
  for (std::size_t e = 0; per_event && e < events.events.size(); ++e) {
    out += "<th scope=\"col\">" + escape_html(events.events[e].event) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = a + 1; b < n; ++b) {
      out += "<tr><th scope=\"row\">" + escape_html(analysis.outlets[a].id) + " – " +
             escape_html(analysis.outlets[b].id) + "</th><td class=\"num\">" +
             matrix_value(analysis.terms.jsd, a, b) + "</td><td class=\"num\">" +
             matrix_value(events.pooled_jsd, a, b) + "</td>";
      for (std::size_t e = 0; per_event && e < events.events.size(); ++e) {
        out += "<td class=\"num\">" + matrix_value(events.events[e].jsd, a, b) + "</td>";
      }
      out += "</tr>\n";
    }
  }
  out += "</tbody></table>\n";
}

void windows_table(std::string& out, const compare::Analysis& analysis) {
  out += fmt::format(
      "<table><caption>Articles per {} and drift: the divergence of an outlet's terms from its "
      "previous period, in bits (– : first period or no match)</caption>",
      escape_html(analysis.parameters.window));
  outlet_header(out, analysis, "Period");
  const std::size_t rows = std::min(analysis.windows.size(), kMaxWindows);
  for (std::size_t w = 0; w < rows; ++w) {
    const compare::WindowFigures& window = analysis.windows[w];
    out += "<tr><th scope=\"row\">" + escape_html(window.window) + "</th>";
    for (const compare::WindowOutlet& cell : window.outlets) {
      out += fmt::format("<td class=\"num\">{} art.<br><span class=\"ci\">{}</span></td>",
                         cell.documents, cell.has_drift ? fixed(cell.drift, 3) : "–");
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
  capped_note(out, rows, analysis.windows.size(), "periods");
  if (analysis.documents_without_date > 0) {
    out += fmt::format("<p class=\"note\">{} articles have no date and are left out here.</p>\n",
                       analysis.documents_without_date);
  }
}

}  // namespace

bool has_events(const ReportInput& input) {
  return !input.analysis.events.events.empty() || !input.analysis.windows.empty();
}

void render_events(std::string& out, Context& context) {
  const compare::Analysis& analysis = context.input().analysis;
  open_section(out, "events", "Events and time");
  if (!analysis.events.events.empty()) {
    out += "<h3>Within each event</h3>\n";
    events_tables(out, analysis);
  }
  if (!analysis.windows.empty()) {
    out += "<h3>Over time</h3>\n";
    windows_table(out, analysis);
  }
  out += "</section>\n";
}

}  // namespace framelens::report::html
