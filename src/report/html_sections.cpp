#include "report/html_sections.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/summary_facts.hpp"
#include "report/svg_charts.hpp"

namespace framelens::report::html {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

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

void render_summary(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  const auto& outlets = input.comparison.outlets;
  const SummaryFacts facts = summary_facts(input);
  open_section(out, "summary", "Summary");
  out += fmt::format(
      "<p class=\"lead\">This report compares how {} wrote about the same events: {}, read for "
      "the words listed in {}. Wherever a figure names a word, you can open the sentences it "
      "came from.</p>\n",
      plural(outlets.size(), "outlet", "outlets"),
      plural(input.document_count, "article", "articles"),
      plural(input.lexicons.size(), "lexicon", "lexicons"));
  out += "<ul class=\"facts\">";
  out += fmt::format("<li><b>{}</b>outlets</li><li><b>{}</b>articles</li>", outlets.size(),
                     input.document_count);
  out += fmt::format("<li><b>{:.0f}</b>term matches</li><li><b>{}</b>lexicons</li>", facts.matches,
                     input.lexicons.size());
  out += fmt::format("<li><b>{}</b>warnings</li></ul>\n", input.warnings.size());

  out += "<h3>What stands out</h3>\n<ul class=\"findings\">\n";
  if (facts.matches <= 0) {
    out +=
        "<li>No lexicon term was found in any article, so the outlets cannot be compared on "
        "their words. Check that the lexicons fit the corpus's language and topic.</li>\n";
  } else if (outlets.size() < 2) {
    out += "<li>There is only one outlet, so there is nothing to compare it with.</li>\n";
  } else {
    const OutletPair alike = *facts.most_alike;
    const OutletPair apart = *facts.furthest_apart;
    out += fmt::format(
        "<li>Most alike in their choice of words: <b>{}</b> and <b>{}</b> (similarity {:.2f}, "
        "where 1 is the same mix of terms).</li>\n",
        escape_html(outlets[alike.first].name), escape_html(outlets[alike.second].name),
        alike.value);
    out += fmt::format(
        "<li>Furthest apart: <b>{}</b> and <b>{}</b> (divergence {:.2f}, where 0 is identical "
        "and 1 means no term in common).</li>\n",
        escape_html(outlets[apart.first].name), escape_html(outlets[apart.second].name),
        apart.value);
    for (const auto& outlet : outlets) {
      if (outlet.top_terms.empty()) {
        out +=
            fmt::format("<li><b>{}</b>: no lexicon term matched.</li>\n", escape_html(outlet.name));
        continue;
      }
      const compare::TermUse& top = outlet.top_terms.front();
      const std::string href = context.evidence_href(term_key(top.lexicon, top.term), outlet.id);
      std::string term = "“" + escape_html(top.term) + "”";
      if (!href.empty()) {
        term = "<a href=\"" + href + "\">" + term + "</a>";
      }
      out +=
          fmt::format("<li><b>{}</b>: most used term {}, {} (about {:.1f} per 1,000 words).</li>\n",
                      escape_html(outlet.name), term,
                      plural(static_cast<std::size_t>(top.count), "time", "times"), top.per_1k);
    }
  }
  out += "</ul>\n";
  out += fmt::format(
      "<p class=\"caution\"><b>How sure can we be?</b> These numbers describe these {} only. "
      "None of them carries a margin of error, and the smallest outlet has {}: one article more "
      "or less could move its figures noticeably. Treat small differences as noise, and read the "
      "evidence sentences before drawing conclusions.</p>\n",
      plural(input.document_count, "article", "articles"),
      plural(facts.fewest_documents, "article", "articles"));
  out += "</section>\n";
}

void render_outlets(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  open_section(out, "outlets", "Outlets");
  out +=
      "<table><caption>Articles and words per outlet. A match is one occurrence of a lexicon "
      "term.</caption><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Id</th>"
      "<th scope=\"col\">Articles</th><th scope=\"col\">Words</th><th scope=\"col\">Term "
      "matches</th><th scope=\"col\">Matches per 1,000 words</th></tr></thead><tbody>\n";
  for (const auto& outlet : input.comparison.outlets) {
    const double rate = outlet.tokens > 0 ? 1000.0 * outlet.matches / outlet.tokens : 0.0;
    out += fmt::format(
        "<tr><th scope=\"row\">{}</th><td><code>{}</code></td><td class=\"num\">{}</td>"
        "<td class=\"num\">{:.0f}</td><td class=\"num\">{:.0f}</td><td class=\"num\">{:.1f}</td>"
        "</tr>\n",
        escape_html(outlet.name), escape_html(outlet.id), outlet.documents, outlet.tokens,
        outlet.matches, rate);
  }
  out += "</tbody></table>\n";

  // A large corpus would make this list most of the page; report.json has all.
  constexpr std::size_t kMaxListed = 300;
  const std::size_t listed = std::min(input.documents.size(), kMaxListed);
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
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>\n",
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
  out += "<details><summary>The same numbers as tables</summary><div class=\"body\">";
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
