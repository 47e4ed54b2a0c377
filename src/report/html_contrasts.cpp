#include <fmt/format.h>

#include <set>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"
#include "report/svg_charts.hpp"

namespace framelens::report::html {
namespace {

constexpr std::size_t kMaxMatrixOutlets = 12;

struct PairValue {
  std::size_t a = 0;
  std::size_t b = 0;
  double value = 0;
};

// The most and least different pairs among rows with enough uses; a pair
// with a flagged outlet would let noise pass as a finding.
std::vector<PairValue> comparable_extremes(const compare::ContrastFigures& contrast) {
  std::vector<PairValue> out;
  for (std::size_t i = 0; i < contrast.outlets.size(); ++i) {
    for (std::size_t j = i + 1; j < contrast.outlets.size(); ++j) {
      const auto& a = contrast.outlets[i];
      const auto& b = contrast.outlets[j];
      if (a.low_evidence || b.low_evidence || a.total <= 0 || b.total <= 0 ||
          a.outlet >= contrast.jsd.size() || b.outlet >= contrast.jsd[a.outlet].size()) {
        continue;
      }
      const PairValue pair{a.outlet, b.outlet, contrast.jsd[a.outlet][b.outlet]};
      if (out.empty()) {
        out = {pair, pair};
        continue;
      }
      if (pair.value > out[0].value) {
        out[0] = pair;
      }
      if (pair.value < out[1].value) {
        out[1] = pair;
      }
    }
  }
  return out;
}

void divergence_line(std::string& out, const compare::Analysis& analysis,
                     const compare::ContrastFigures& contrast) {
  const std::vector<PairValue> extremes = comparable_extremes(contrast);
  if (extremes.empty()) {
    out +=
        "<p class=\"note\">Too few outlets use these names often enough to compare their "
        "choices.</p>\n";
    return;
  }
  const auto name = [&analysis](std::size_t i) { return escape_html(analysis.outlets[i].name); };
  out += fmt::format(
      "<p class=\"note\">Among outlets with enough uses, the most different choices are "
      "<b>{}</b> and <b>{}</b> (divergence {} bits, where 0 is the same mix of names and 1 is "
      "no name in common)",
      name(extremes[0].a), name(extremes[0].b), fixed(extremes[0].value, 2));
  if (extremes[1].a != extremes[0].a || extremes[1].b != extremes[0].b) {
    out += fmt::format("; the most alike are <b>{}</b> and <b>{}</b> ({} bits)",
                       name(extremes[1].a), name(extremes[1].b), fixed(extremes[1].value, 2));
  }
  out += ".</p>\n";
}

std::string interval_note(const compare::Analysis& analysis,
                          const compare::ContrastFigures& contrast) {
  std::set<std::string> methods;
  for (const auto& row : contrast.outlets) {
    methods.insert(row.interval_method);
  }
  if (methods.size() == 1) {
    return "Intervals: " + escape_html(*methods.begin()) + ".";
  }
  std::string out = "Intervals: ";
  for (std::size_t i = 0; i < contrast.outlets.size(); ++i) {
    const auto& row = contrast.outlets[i];
    out += (i ? "; " : "") + escape_html(analysis.outlets[row.outlet].id) + " " +
           escape_html(row.interval_method);
  }
  return out + ".";
}

std::string count_text(double count) { return fmt::format("{:.0f}", count); }

void contrast_chart(std::string& out, Context& context, const compare::ContrastFigures& contrast,
                    std::size_t index) {
  const compare::Analysis& analysis = context.input().analysis;
  svg::StackedBarSpec spec;
  spec.id = fmt::format("contrast-{}-bars", index);
  spec.title = "Share of each name for " + contrast.label + ", per outlet";
  spec.series = contrast.option_labels;
  for (const auto& row : contrast.outlets) {
    const compare::OutletSummary& outlet = analysis.outlets[row.outlet];
    svg::StackedRow bar;
    bar.label = outlet.name;
    bar.badge = row.total <= 0 ? "no uses" : row.low_evidence ? "low evidence" : "";
    for (std::size_t k = 0; k < row.options.size() && k < contrast.option_ids.size(); ++k) {
      const compare::OptionShare& option = row.options[k];
      std::string tooltip = count_text(option.count) + " of " + count_text(row.total) + " uses";
      if (option.share.has_interval) {
        tooltip += ", 95% interval " + percent_interval(option.share);
      }
      const bool used = row.total > 0 && option.count > 0;
      bar.segments.push_back(
          {used ? option.share.value : 0.0,
           used ? context.evidence_href(
                      option_key(contrast.lexicon, contrast.id, contrast.option_ids[k]), outlet.id)
                : std::string(),
           tooltip});
    }
    spec.rows.push_back(std::move(bar));
  }
  out += svg::stacked_bar_chart(spec);
}

void contrast_table(std::string& out, Context& context, const compare::ContrastFigures& contrast) {
  const compare::Analysis& analysis = context.input().analysis;
  out +=
      "<table class=\"shares\"><caption>Share of uses per name: the share, the number of uses "
      "in brackets, and below it the 95% interval. Select a share to read its "
      "sentences.</caption><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Uses</th>";
  for (const std::string& label : contrast.option_labels) {
    out += "<th scope=\"col\">" + escape_html(label) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  for (const auto& row : contrast.outlets) {
    const compare::OutletSummary& outlet = analysis.outlets[row.outlet];
    out += "<tr><th scope=\"row\">" + escape_html(outlet.name);
    if (row.low_evidence) {
      out += " " + low_evidence_badge(
                       fmt::format("{} uses of these names (fewer than {:.0f}) or a single article",
                                   count_text(row.total), analysis.parameters.min_matches));
    }
    out += "</th><td class=\"num\">" + count_text(row.total) + "</td>";
    for (std::size_t k = 0; k < row.options.size() && k < contrast.option_ids.size(); ++k) {
      const compare::OptionShare& option = row.options[k];
      if (row.total <= 0) {
        out += "<td class=\"num\">–</td>";
        continue;
      }
      // A name never used: its interval, when it is [0, 0], adds only noise.
      if (option.count <= 0 && !(option.share.has_interval && option.share.high > 0)) {
        out += "<td class=\"num zero\">0%</td>";
        continue;
      }
      const std::string href = context.evidence_href(
          option_key(contrast.lexicon, contrast.id, contrast.option_ids[k]), outlet.id);
      out += "<td class=\"num\">" + linked(href, percent(option.share.value)) +
             " <span class=\"n\">(" + count_text(option.count) + ")</span>";
      if (option.share.has_interval) {
        out += "<br><span class=\"ci\">" + percent_interval(option.share) + "</span>";
      }
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

}  // namespace

void render_contrasts(std::string& out, Context& context) {
  const compare::Analysis& analysis = context.input().analysis;
  open_section(out, "contrasts", "Naming choices");
  if (analysis.contrasts.empty()) {
    out +=
        "<p>The lexicons define no contrasts (competing names for the same thing), so there "
        "are no naming choices to compare.</p>\n</section>\n";
    return;
  }
  out += fmt::format(
      "<p class=\"lead\">The same thing can be called by different names: “the government” or "
      "“the regime”, “rebels” or “terrorists”. For each such choice, a bar shows how an outlet "
      "split its uses between the names. The table under it gives each share with its 95% "
      "interval (the range the share would likely fall in with a different handful of similar "
      "articles) and the number of uses. Select a share to read the sentences behind it.</p>\n"
      "<p class=\"note\">⚠ <b>low evidence</b> marks an outlet with fewer than {:.0f} uses of a "
      "choice's names or a single article: its bar is shown, but nothing is concluded from it. "
      "When two outlets' intervals overlap, the difference between them may be chance.</p>\n",
      analysis.parameters.min_matches);
  for (std::size_t c = 0; c < analysis.contrasts.size(); ++c) {
    const compare::ContrastFigures& contrast = analysis.contrasts[c];
    out += fmt::format("<div class=\"figure contrast\" id=\"contrast-{}\">\n<h3>", c);
    out += escape_html(contrast.label) + "</h3>\n<p class=\"note\">Lexicon <code>" +
           escape_html(contrast.lexicon) + "</code>, contrast <code>" + escape_html(contrast.id) +
           "</code>.</p>\n";
    contrast_chart(out, context, contrast, c);
    contrast_table(out, context, contrast);
    out += "<p class=\"note\">" + interval_note(analysis, contrast) + "</p>\n";
    divergence_line(out, analysis, contrast);
    // The full matrix grows with the square of the outlets; past a dozen
    // it is report.json's job.
    if (contrast.jsd.size() <= kMaxMatrixOutlets) {
      out +=
          "<details class=\"alt\"><summary>Divergence of naming choices between every "
          "pair</summary>"
          "<div class=\"body\">";
      outlet_matrix_table(out, context, contrast.jsd,
                          "Jensen–Shannon divergence of the outlets' shares of these names, in "
                          "bits (0 = same mix, 1 = no name in common)",
                          2);
      out += "</div></details>\n";
    }
    out += "</div>\n";
  }
  out += "</section>\n";
}

}  // namespace framelens::report::html
