#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"
#include "report/svg_charts.hpp"

namespace framelens::report::html {
namespace {

constexpr const char* kUnattributed = "unattributed";
// Okabe–Ito has eight colours; more groups would repeat one.
constexpr std::size_t kMaxGroups = 6;
constexpr std::size_t kPeopleListed = 4;

void narrative_chart(std::string& out, const compare::Analysis& analysis) {
  svg::StackedBarSpec spec;
  spec.id = "voice-mix";
  spec.title = "Share of each outlet's words that are its own (narrative) and that are quoted";
  spec.series = {"Own words (narrative)", "Quoted words"};
  for (std::size_t o = 0; o < analysis.outlets.size(); ++o) {
    const compare::OutletSummary& outlet = analysis.outlets[o];
    const double total = outlet.narrative_tokens + outlet.quoted_tokens;
    svg::StackedRow row;
    row.label = outlet.name;
    row.badge = outlet.low_evidence ? "low evidence" : "";
    const double quoted = total > 0 ? outlet.quoted_tokens / total : 0.0;
    row.segments.push_back(
        {total > 0 ? 1.0 - quoted : 0.0, "", fmt::format("{:.0f} words", outlet.narrative_tokens)});
    row.segments.push_back({quoted, "", fmt::format("{:.0f} words", outlet.quoted_tokens)});
    spec.rows.push_back(std::move(row));
  }
  out += svg::stacked_bar_chart(spec);
}

// Groups by quoted words over all outlets, largest first; "unattributed"
// always last so the chart ends with what nobody is said to have spoken.
std::vector<std::string> group_order(const std::vector<compare::OutletVoices>& voices,
                                     std::map<std::string, std::string>& labels) {
  std::map<std::string, double> totals;
  for (const auto& v : voices) {
    for (const auto& g : v.by_group) {
      totals[g.id] += g.quoted_tokens;
      labels[g.id] = g.label;
    }
  }
  std::vector<std::string> ids;
  for (const auto& [id, total] : totals) {
    if (id != kUnattributed) {
      ids.push_back(id);
    }
  }
  std::stable_sort(ids.begin(), ids.end(), [&totals](const std::string& a, const std::string& b) {
    return totals[a] > totals[b];
  });
  if (totals.count(kUnattributed) != 0) {
    ids.emplace_back(kUnattributed);
  }
  return ids;
}

void group_chart(std::string& out, const compare::Analysis& analysis) {
  std::map<std::string, std::string> labels;
  const std::vector<std::string> ids = group_order(analysis.voices, labels);
  if (ids.empty()) {
    return;
  }
  // Small groups beyond the palette share one "other groups" segment.
  std::vector<std::string> series;
  std::map<std::string, std::size_t> column;
  for (const std::string& id : ids) {
    const bool named = series.size() < kMaxGroups || id == kUnattributed;
    if (!named && column.count("") == 0) {
      column[""] = series.size();
      series.emplace_back("other groups");
    }
    if (named) {
      column[id] = series.size();
      series.push_back(labels[id]);
    } else {
      column[id] = column[""];
    }
  }
  svg::StackedBarSpec spec;
  spec.id = "voice-groups";
  spec.title = "Who is quoted: share of each outlet's quoted words by speaker group";
  spec.series = series;
  for (const compare::OutletVoices& v : analysis.voices) {
    svg::StackedRow row;
    row.label = analysis.outlets.at(v.outlet).name;
    row.badge = v.quotations == 0 ? "no quotations" : "";
    row.segments.resize(series.size());
    std::vector<double> words(series.size(), 0.0);
    for (const compare::VoiceShare& g : v.by_group) {
      row.segments[column[g.id]].value += g.share;
      words[column[g.id]] += g.quoted_tokens;
    }
    for (std::size_t s = 0; s < series.size(); ++s) {
      row.segments[s].tooltip = fmt::format("{:.0f} quoted words", words[s]);
    }
    spec.rows.push_back(std::move(row));
  }
  out += svg::stacked_bar_chart(spec);
}

std::string people(Context& context, const compare::OutletVoices& v, const std::string& outlet) {
  std::string out;
  std::size_t listed = 0;
  for (const compare::VoiceShare& actor : v.by_actor) {
    if (actor.id == kUnattributed || listed == kPeopleListed) {
      continue;
    }
    const std::size_t slash = actor.id.find('/');
    const std::string href =
        slash == std::string::npos
            ? std::string()
            : context.evidence_href(
                  actor_key(actor.id.substr(0, slash), actor.id.substr(slash + 1)), outlet);
    out += (listed++ ? ", " : "") + linked(href, escape_html(actor.label)) + " " +
           percent(actor.share);
  }
  return out.empty() ? "–" : out;
}

}  // namespace

void render_voices(std::string& out, Context& context) {
  const compare::Analysis& analysis = context.input().analysis;
  open_section(out, "voices", "Whose words");
  if (analysis.outlets.empty()) {
    out += "<p>No outlet to show.</p>\n</section>\n";
    return;
  }
  out += fmt::format(
      "<p class=\"lead\">Words inside quotation marks are someone else's; the rest are the "
      "outlet's own, its <em>narrative</em>. The figures in this report count the <b>{}</b> "
      "words. The first chart shows how much of each outlet's text is quoted; the second, "
      "whose words those are, by the groups the lexicons assign to speakers.</p>\n",
      escape_html(analysis.parameters.voice));
  out += "<div class=\"grid\">\n<div class=\"figure\">\n<h3>Own words and quoted words</h3>\n";
  narrative_chart(out, analysis);
  out += "</div>\n<div class=\"figure\">\n<h3>Who is quoted</h3>\n";
  group_chart(out, analysis);
  out += "</div>\n</div>\n";
  out +=
      "<table><caption>Quotations per outlet. A quotation is attributed when the speech verb "
      "next to it (“said”, “told”) has a speaker's name in its sentence; “unattributed” "
      "quotations have no named speaker. Names link to the sentences that mention the "
      "speaker.</caption>"
      "<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Quotations</th>"
      "<th scope=\"col\">Attributed</th><th scope=\"col\">Quoted words</th>"
      "<th scope=\"col\">Unattributed</th><th scope=\"col\">Most quoted speakers</th>"
      "</tr></thead><tbody>\n";
  for (const compare::OutletVoices& v : analysis.voices) {
    const std::string& id = analysis.outlets.at(v.outlet).id;
    double unattributed = 0;
    for (const compare::VoiceShare& g : v.by_group) {
      if (g.id == kUnattributed) {
        unattributed = g.share;
      }
    }
    out += fmt::format(
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{:.0f}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
        outlet_cell(analysis, v.outlet), v.quotations, v.attributed, v.quoted_tokens,
        v.quoted_tokens > 0 ? percent(unattributed) : "–", people(context, v, id));
  }
  out += "</tbody></table>\n</section>\n";
}

}  // namespace framelens::report::html
