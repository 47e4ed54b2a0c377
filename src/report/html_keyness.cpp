#include <fmt/format.h>

#include <algorithm>

#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"
#include "report/svg_charts.hpp"

namespace framelens::report::html {
namespace {

// Over-used words (largest z first) then under-used ones, each list capped,
// all ordered by z so the chart reads from "most ours" down to "least ours".
std::vector<const compare::KeyTerm*> shown_terms(const compare::KeynessComparison& comparison,
                                                 std::size_t cap) {
  std::vector<const compare::KeyTerm*> out;
  for (std::size_t i = 0; i < comparison.over.size() && i < cap; ++i) {
    out.push_back(&comparison.over[i]);
  }
  for (std::size_t i = 0; i < comparison.under.size() && i < cap; ++i) {
    out.push_back(&comparison.under[i]);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const compare::KeyTerm* a, const compare::KeyTerm* b) {
                     return a->z != b->z ? a->z > b->z : a->term < b->term;
                   });
  return out;
}

std::string p_text(double p) { return p < 0.001 ? std::string("< 0.001") : fixed(p, 3); }

void term_table(std::string& out, const std::vector<const compare::KeyTerm*>& terms,
                const std::vector<std::string>& hrefs) {
  out +=
      "<details class=\"alt\"><summary>The same words as a table</summary><div "
      "class=\"body\"><table>"
      "<thead><tr><th scope=\"col\">Word</th><th scope=\"col\">z</th><th scope=\"col\">Uses "
      "here</th><th scope=\"col\">Uses in the rest</th><th scope=\"col\">Per 1,000 words "
      "here</th><th scope=\"col\">Per 1,000 words in the rest</th><th scope=\"col\">Adjusted p "
      "(G², Benjamini–Hochberg)</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const compare::KeyTerm& t = *terms[i];
    out += fmt::format(
        "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{:.0f}</td>"
        "<td class=\"num\">{:.0f}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td></tr>\n",
        linked(hrefs[i], escape_html(t.term)), fixed(t.z, 2), t.count_focus, t.count_reference,
        fixed(t.per_1k_focus, 1), fixed(t.per_1k_reference, 1), p_text(t.g2_q));
  }
  out += "</tbody></table></div></details>\n";
}

}  // namespace

void render_keyness(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  const compare::Analysis& analysis = input.analysis;
  open_section(out, "keyness", "Distinctive words");
  if (analysis.keyness.against_rest.empty()) {
    out += "<p>Distinctive words need at least two outlets.</p>\n</section>\n";
    return;
  }
  const std::size_t cap = input.options.top_terms;
  out += fmt::format(
      "<p class=\"lead\">Which words does each outlet use more, or less, than all the other "
      "outlets together? This looks at every word, not only the lexicons' lists. Bars to the "
      "right are words an outlet uses more than the rest; bars to the left, words it uses less. "
      "The length is a z-score: the difference measured against the wobble chance alone would "
      "give, so beyond about 2 chance rarely explains it. Up to {} words each way.</p>\n"
      "<p class=\"note\">Small function words such as “the” and “of” are left out, but no word "
      "is dropped for being common: in coverage of one event the key names appear "
      "everywhere. Thousands of words are tested at once, so a word counts as clearly "
      "distinctive only when its adjusted p (in the tooltip and the table) is below 0.05. Words "
      "that are also lexicon terms link to their sentences.</p>\n",
      cap);
  out += "<div class=\"grid\">\n";
  for (const compare::KeynessComparison& comparison : analysis.keyness.against_rest) {
    if (comparison.focus >= analysis.outlets.size()) {
      continue;
    }
    const compare::OutletSummary& outlet = analysis.outlets[comparison.focus];
    out += "<div class=\"figure\">\n<h3>" + outlet_cell(analysis, comparison.focus) + "</h3>\n";
    const std::vector<const compare::KeyTerm*> terms = shown_terms(comparison, cap);
    if (terms.empty()) {
      out += "<p>No word sets this outlet apart.</p>\n</div>\n";
      continue;
    }
    svg::BarSpec spec;
    spec.id = fmt::format("keyness-{}", comparison.focus);
    spec.title = "Words " + outlet.name +
                 " uses more (right) or less (left) than the other outlets, as z-scores";
    spec.axis_label = "z-score: ← less than the rest · more than the rest →";
    spec.decimals = 1;
    std::vector<std::string> hrefs;
    for (const compare::KeyTerm* t : terms) {
      hrefs.push_back(word_evidence_href(context, t->term, outlet.id));
      spec.bars.push_back(
          {t->term, t->z, hrefs.back(),
           fmt::format("{:.0f} uses here, {:.0f} in the rest; {} vs {} per 1,000 words; "
                       "adjusted p {}",
                       t->count_focus, t->count_reference, fixed(t->per_1k_focus, 1),
                       fixed(t->per_1k_reference, 1), p_text(t->g2_q))});
    }
    out += svg::bar_chart(spec);
    out += fmt::format("<p class=\"note\">{} words tested.</p>\n", comparison.terms_tested);
    term_table(out, terms, hrefs);
    out += "</div>\n";
  }
  out += "</div>\n</section>\n";
}

}  // namespace framelens::report::html
