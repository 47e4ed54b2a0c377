#include <fmt/format.h>

#include <algorithm>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"
#include "report/svg_charts.hpp"

namespace framelens::report::html {
namespace {

// Beyond this many pairs (ten outlets) the table lists the furthest apart;
// report.json keeps every pair.
constexpr std::size_t kMaxPairs = 45;
constexpr std::size_t kMainTerms = 3;

std::string verdict(const compare::PairFigures& pair) {
  if (pair.difference_supported) {
    return "<b>more than chance</b>";
  }
  if (!pair.null.testable) {
    return escape_html(pair.null.reason);
  }
  if (pair.null.p_value < 0.05) {
    return "below 5%, but " + low_evidence_badge("an outlet of this pair has low evidence") +
           ": not claimed";
  }
  return "no difference shown";
}

std::string main_terms(Context& context, const compare::PairFigures& pair) {
  const compare::Analysis& analysis = context.input().analysis;
  std::string out;
  const std::size_t shown = std::min(pair.top_contributions.size(), kMainTerms);
  for (std::size_t k = 0; k < shown; ++k) {
    const compare::Contribution& c = pair.top_contributions[k];
    // Link to the sentences of the outlet that leans on the word more.
    const std::size_t heavier = c.share_a >= c.share_b ? pair.a : pair.b;
    const compare::OutletSummary& outlet = analysis.outlets[heavier];
    const std::string href = c.lexicon.empty()
                                 ? std::string()
                                 : context.evidence_href(term_key(c.lexicon, c.feature), outlet.id);
    const std::string title = fmt::format("{}: {} of {}'s term matches, {} of {}'s", c.feature,
                                          percent(c.share_a), analysis.outlets[pair.a].name,
                                          percent(c.share_b), analysis.outlets[pair.b].name);
    // The same term can sit in two lexicons; name the lexicon to tell them apart.
    const bool repeated =
        std::count_if(
            pair.top_contributions.begin(),
            pair.top_contributions.begin() + static_cast<std::ptrdiff_t>(shown),
            [&c](const compare::Contribution& other) { return other.feature == c.feature; }) > 1;
    out += (k ? ", " : "") + std::string("<span title=\"") + escape_html(title) + "\">" +
           linked(href, escape_html(c.feature)) + "</span>";
    if (repeated) {
      out += " <span class=\"n\">(" + escape_html(c.lexicon) + ")</span>";
    }
  }
  return out.empty() ? "–" : out;
}

void pairs_table(std::string& out, Context& context) {
  const compare::Analysis& analysis = context.input().analysis;
  std::vector<const compare::PairFigures*> pairs;
  for (const compare::PairFigures& pair : analysis.terms.pairs) {
    pairs.push_back(&pair);
  }
  if (pairs.size() > kMaxPairs) {
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto* a, const auto* b) { return a->jsd.value > b->jsd.value; });
    pairs.resize(kMaxPairs);
    out += fmt::format(
        "<p class=\"note\">The {} pairs furthest apart of {}; <code>report.json</code> has "
        "all.</p>\n",
        kMaxPairs, analysis.terms.pairs.size());
  }
  out +=
      "<table><caption>Divergence of each pair's lexicon terms in bits with its 95% interval, "
      "the divergence chance alone gives, the p-value, the words that add most to the gap, "
      "and the verdict.</caption><thead><tr><th scope=\"col\">Pair</th>"
      "<th scope=\"col\">Divergence (bits)</th><th scope=\"col\">√ divergence</th>"
      "<th scope=\"col\">By chance</th><th scope=\"col\">p</th>"
      "<th scope=\"col\">Main words</th><th scope=\"col\">Verdict</th></tr></thead><tbody>\n";
  for (const compare::PairFigures* pair : pairs) {
    const bool testable = pair->null.testable;
    out += fmt::format(
        "<tr><th scope=\"row\">{} – {}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
        outlet_cell(analysis, pair->a), outlet_cell(analysis, pair->b), with_interval(pair->jsd, 3),
        fixed(pair->jsd_sqrt, 3), testable ? fixed(pair->null.mean, 3) : "–",
        testable ? fixed(pair->null.p_value, 3) : "–", main_terms(context, *pair), verdict(*pair));
  }
  out += "</tbody></table>\n";
}

std::string map_caption(const compare::MapFigures& map, std::size_t outlets) {
  if (outlets == 2) {
    return "With two outlets the map is a line, and the distance between the dots is exactly "
           "their distance.";
  }
  if (outlets == 3) {
    return "Three outlets always fit on a flat page, so these distances are exact.";
  }
  return fmt::format(
      "Distances on the map are approximate: a flat page holds {} of the differences between "
      "the outlets. The table above has the exact values.",
      percent(map.variance_explained));
}

void map_figure(std::string& out, const compare::Analysis& analysis) {
  const std::size_t n = analysis.outlets.size();
  if (n < 2 || analysis.map.coordinates.size() != n) {
    return;
  }
  out +=
      "<div class=\"figure\">\n<h3>A map of the outlets</h3>\n<p class=\"note\">Outlets close "
      "together chose their terms alike; the distance between two dots stands for the square "
      "root of their divergence. The directions mean nothing by themselves.</p>\n";
  svg::ScatterSpec spec;
  spec.id = "outlet-map";
  spec.title = "Map of the outlets: closer dots chose their lexicon terms more alike";
  for (std::size_t i = 0; i < n; ++i) {
    const auto& point = analysis.map.coordinates[i];
    spec.points.push_back({analysis.outlets[i].name, point[0], point[1], 0});
  }
  out += svg::scatter_map(spec);
  out += "<p class=\"note\">" + escape_html(map_caption(analysis.map, n)) + "</p>\n</div>\n";
}

}  // namespace

void render_pairs(std::string& out, Context& context) {
  const compare::Analysis& analysis = context.input().analysis;
  open_section(out, "pairs", "More than chance?");
  if (analysis.terms.pairs.empty()) {
    out += "<p>Comparisons need at least two outlets.</p>\n</section>\n";
    return;
  }
  out += fmt::format(
      "<p class=\"lead\">Two outlets never use exactly the same words, even when they write "
      "alike, and the fewer articles there are, the bigger the gaps chance produces. So for "
      "each pair the report shuffles their articles between them {} times and measures the "
      "divergence each time. “By chance” is the average of those shuffles, and p is the share "
      "of shuffles at least as far apart as the real pair. Only when p is below 0.05 and both "
      "outlets have enough evidence does the report say they differ.</p>\n",
      analysis.parameters.permutations);
  pairs_table(out, context);
  map_figure(out, analysis);
  out += "</section>\n";
}

}  // namespace framelens::report::html
