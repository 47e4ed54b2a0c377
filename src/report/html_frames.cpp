#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"

namespace framelens::report::html {
namespace {

bool never_matched(const compare::FrameFigures& frames, std::size_t category) {
  return std::all_of(frames.outlets.begin(), frames.outlets.end(), [category](const auto& row) {
    return category >= row.categories.size() || row.categories[category].weighted_count <= 0;
  });
}

// Bars are scaled per lexicon: frames of one lexicon compete for the same
// words, those of different lexicons do not.
double lexicon_max(const compare::FrameFigures& frames, const std::string& lexicon) {
  double max = 0;
  for (std::size_t c = 0; c < frames.category_ids.size(); ++c) {
    if (frames.lexicons[c] != lexicon) {
      continue;
    }
    for (const auto& row : frames.outlets) {
      if (c < row.categories.size()) {
        max = std::max(max, row.categories[c].per_1k.value);
      }
    }
  }
  return max;
}

void rate_cell(std::string& out, const compare::CategoryFigure& figure, double max,
               const std::string& href) {
  const compare::Estimate& rate = figure.per_1k;
  out += "<td class=\"num rate\">" + linked(href, fixed(rate.value, 1));
  if (rate.has_interval) {
    out += " <span class=\"ci\">" + fixed(rate.low, 1) + "–" + fixed(rate.high, 1) + "</span>";
  }
  const double width = max > 0 ? 100.0 * rate.value / max : 0.0;
  out += "<span class=\"bar\" aria-hidden=\"true\"><b style=\"width:" + fixed(width, 0) +
         "%\"></b></span></td>";
}

}  // namespace

void render_frames(std::string& out, Context& context) {
  const compare::Analysis& analysis = context.input().analysis;
  const compare::FrameFigures& frames = analysis.frames;
  open_section(out, "frames", "Frames");
  if (frames.category_ids.empty() || frames.outlets.empty()) {
    out +=
        "<p>The lexicons define no frames (categories of words), so there are no frame "
        "profiles to show.</p>\n</section>\n";
    return;
  }
  out +=
      "<p class=\"lead\">A frame is a family of words about one side of a story: diplomacy, "
      "military action, human suffering. Each number is how often an outlet used a frame's "
      "words per 1,000 words it wrote (a term's lexicon weight counts as that many uses), with "
      "the 95% interval in grey beside it. The bars compare outlets within one lexicon. Select a "
      "number to read the sentences.</p>\n";
  out +=
      "<div class=\"figure\"><table class=\"frames\"><caption>Frame words per 1,000 words, "
      "with 95% interval</caption><thead><tr><th scope=\"col\">Frame</th>";
  for (const auto& row : frames.outlets) {
    out += "<th scope=\"col\">" + outlet_cell(analysis, row.outlet) + "</th>";
  }
  out += "</tr></thead><tbody>\n";
  std::string lexicon;
  double max = 0;
  std::vector<std::string> unused;
  for (std::size_t c = 0; c < frames.category_ids.size(); ++c) {
    if (never_matched(frames, c)) {
      unused.push_back(frames.category_labels[c]);
      continue;
    }
    if (frames.lexicons[c] != lexicon) {
      lexicon = frames.lexicons[c];
      max = lexicon_max(frames, lexicon);
      out += fmt::format(
          "<tr class=\"group\"><th scope=\"colgroup\" colspan=\"{}\">Lexicon <code>{}</code></th>"
          "</tr>\n",
          frames.outlets.size() + 1, escape_html(lexicon));
    }
    out += "<tr><th scope=\"row\">" + escape_html(frames.category_labels[c]) + "</th>";
    const std::string key = category_key(frames.lexicons[c], frames.category_ids[c]);
    for (const auto& row : frames.outlets) {
      if (c >= row.categories.size()) {
        out += "<td class=\"num\">–</td>";
        continue;
      }
      const compare::CategoryFigure& figure = row.categories[c];
      if (figure.weighted_count <= 0 && !(figure.per_1k.has_interval && figure.per_1k.high > 0)) {
        out += "<td class=\"num zero\">0</td>";
        continue;
      }
      rate_cell(out, figure, max,
                figure.weighted_count > 0
                    ? context.evidence_href(key, analysis.outlets[row.outlet].id)
                    : std::string());
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
  if (!unused.empty()) {
    out += "<p class=\"note\">No outlet used any word of these frames: ";
    for (std::size_t i = 0; i < unused.size(); ++i) {
      out += (i ? ", " : "") + escape_html(unused[i]);
    }
    out += ".</p>\n";
  }
  std::set<std::string> methods;
  for (const auto& row : frames.outlets) {
    methods.insert(row.interval_method);
  }
  out += "<p class=\"note\">Intervals: ";
  std::size_t i = 0;
  for (const std::string& method : methods) {
    out += (i++ ? "; " : "") + escape_html(method);
  }
  out += ".</p>\n</section>\n";
}

}  // namespace framelens::report::html
