#include "report/html_sections.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/svg_charts.hpp"

namespace framelens::report::html {
namespace {

void colour_scale(std::string& out, const char* low, const char* high) {
  out += "<p class=\"scale\" aria-hidden=\"true\">";
  out += low;
  out += " <span class=\"ramp\" style=\"background:linear-gradient(90deg";
  for (int i = 0; i <= 8; ++i) {
    out += "," + svg::sequential_colour(i / 8.0);
  }
  out += ")\"></span> ";
  out += high;
  out += "</p>\n";
}

}  // namespace

void render_outlets(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  open_section(out, "outlets", "Outlets");
  out +=
      "<table><caption>Articles and words per outlet. A match is one occurrence of a lexicon "
      "term.</caption><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Id</th>"
      "<th scope=\"col\">Articles</th><th scope=\"col\">Words</th><th scope=\"col\">Term "
      "matches</th><th scope=\"col\">Matches per 1,000 words</th>"
      "<th scope=\"col\">Evidence</th></tr></thead><tbody>\n";
  const auto& analysed = input.analysis.outlets;
  for (std::size_t i = 0; i < input.comparison.outlets.size(); ++i) {
    const auto& outlet = input.comparison.outlets[i];
    const double rate = outlet.tokens > 0 ? 1000.0 * outlet.matches / outlet.tokens : 0.0;
    std::string evidence = "–";
    if (i < analysed.size() && analysed[i].id == outlet.id) {
      const std::string reasons = low_evidence_reasons(analysed[i]);
      evidence = analysed[i].low_evidence ? low_evidence_badge(reasons) + " " + escape_html(reasons)
                                          : std::string("enough");
    }
    out += fmt::format(
        "<tr><th scope=\"row\">{}</th><td><code>{}</code></td><td class=\"num\">{}</td>"
        "<td class=\"num\">{:.0f}</td><td class=\"num\">{:.0f}</td><td class=\"num\">{:.1f}</td>"
        "<td>{}</td></tr>\n",
        escape_html(outlet.name), escape_html(outlet.id), outlet.documents, outlet.tokens,
        outlet.matches, rate, evidence);
  }
  out += "</tbody></table>\n";

  const std::size_t listed = std::min(input.documents.size(), kArticlesListed);
  out += fmt::format("<details><summary>All {} articles</summary><div class=\"body\">",
                     input.documents.size());
  if (listed < input.documents.size()) {
    out += fmt::format(
        "<p class=\"note\">The first {} in corpus order; <code>report.json</code> lists all "
        "{}.</p>",
        listed, input.documents.size());
  }
  out +=
      "<table><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Date</th>"
      "<th scope=\"col\">Title</th><th scope=\"col\">Id</th></tr></thead><tbody>\n";
  for (std::size_t d = 0; d < listed; ++d) {
    const DocumentInfo& doc = input.documents[d];
    out += fmt::format(
        "<tr id=\"doc-{}\"><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>\n", d,
        escape_html(context.outlet_name(doc.outlet)), escape_html(doc.date),
        document_title_html(doc), escape_html(doc.id));
  }
  out += "</tbody></table></div></details>\n</section>\n";
}

void render_similarity(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  const auto& comparison = input.comparison;
  open_section(out, "similarity", "How alike the outlets are");
  if (comparison.outlets.size() < 2) {
    out += "<p>Comparisons need at least two outlets.</p>\n</section>\n";
    return;
  }
  std::vector<std::string> labels;
  for (const auto& outlet : comparison.outlets) {
    labels.push_back(outlet.name);
  }
  if (context.clustered()) {
    out +=
        "<p class=\"note\">Rows and columns are ordered so that outlets with similar word "
        "choice sit next to each other (average-linkage clustering of the square root of the "
        "divergence).</p>\n";
  }
  out += "<div class=\"grid\">\n<div class=\"figure\">\n<h3>Similarity of word choice</h3>\n";
  out +=
      "<p class=\"note\">Cosine similarity of the outlets' term counts. 1: the same mix of "
      "terms; 0: no term in common. Darker is more alike.</p>\n";
  out += svg::heatmap({"heatmap-cosine",
                       "Heatmap of cosine similarity between outlets on lexicon terms", labels,
                       comparison.cosine, context.outlet_order(), 0.0, 1.0, 2, "similarity"});
  colour_scale(out, "0 different", "1 the same");
  out += "</div>\n<div class=\"figure\">\n<h3>Divergence of word choice</h3>\n";
  out +=
      "<p class=\"note\">Jensen–Shannon divergence of the outlets' term distributions, in bits. "
      "0: identical; 1: no term in common. Darker is further apart.</p>\n";
  out += svg::heatmap({"heatmap-jsd",
                       "Heatmap of Jensen-Shannon divergence between outlets on lexicon terms",
                       labels, comparison.jsd, context.outlet_order(), 0.0, 1.0, 2, "divergence"});
  colour_scale(out, "0 identical", "1 nothing shared");
  out += "</div>\n</div>\n";
  out += "<details class=\"alt\"><summary>The same numbers as tables</summary><div class=\"body\">";
  matrix_table(out, context, comparison.cosine, "Cosine similarity (1 = same mix of terms)");
  matrix_table(out, context, comparison.jsd, "Jensen–Shannon divergence in bits (0 = identical)");
  out += "</div></details>\n</section>\n";
}

void render_terms(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  open_section(out, "terms", "Most used terms");
  out += fmt::format(
      "<p class=\"note\">Each outlet's {} most used lexicon terms, ranked by count times the "
      "term's lexicon weight; bars show uses per 1,000 words so outlets of different sizes can "
      "be compared. Select a term to read the sentences it came from.</p>\n",
      input.options.top_terms);
  out += "<div class=\"grid\">\n";
  for (std::size_t i = 0; i < input.comparison.outlets.size(); ++i) {
    const auto& outlet = input.comparison.outlets[i];
    out += "<div class=\"figure\">\n<h3>" + escape_html(outlet.name) + "</h3>\n";
    if (outlet.top_terms.empty()) {
      out += "<p>No lexicon term matched.</p>\n</div>\n";
      continue;
    }
    svg::BarSpec spec;
    spec.id = fmt::format("terms-{}", i);
    spec.title = "Most used terms of " + outlet.name + ", uses per 1,000 words";
    spec.axis_label = "uses per 1,000 words";
    spec.decimals = 1;
    for (const compare::TermUse& use : outlet.top_terms) {
      // The same text may be a term of two lexicons; name the lexicon then.
      const auto same_text =
          std::count_if(outlet.top_terms.begin(), outlet.top_terms.end(),
                        [&use](const compare::TermUse& other) { return other.term == use.term; });
      spec.bars.push_back({same_text > 1 ? use.term + " (" + use.lexicon + ")" : use.term,
                           use.per_1k,
                           context.evidence_href(term_key(use.lexicon, use.term), outlet.id),
                           fmt::format("{:.0f} uses, lexicon {}", use.count, use.lexicon)});
    }
    // Longest bar first; the label breaks ties so the order is stable.
    std::stable_sort(spec.bars.begin(), spec.bars.end(), [](const svg::Bar& a, const svg::Bar& b) {
      return a.value != b.value ? a.value > b.value : a.label < b.label;
    });
    out += svg::bar_chart(spec);
    out += "</div>\n";
  }
  out += "</div>\n</section>\n";
}

}  // namespace framelens::report::html
