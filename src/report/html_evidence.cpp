#include <fmt/format.h>

#include <algorithm>

#include "report/html_escape.hpp"
#include "report/html_sections.hpp"

namespace framelens::report::html {
namespace {

// "term:lex/text" -> "“text” (lex)"; other kinds name their kind.
std::string feature_label(const std::string& key) {
  const std::size_t colon = key.find(':');
  const std::size_t slash = key.find('/', colon == std::string::npos ? 0 : colon);
  if (colon == std::string::npos || slash == std::string::npos) {
    return escape_html(key);
  }
  const std::string kind = key.substr(0, colon);
  const std::string lexicon = key.substr(colon + 1, slash - colon - 1);
  const std::string name = key.substr(slash + 1);
  if (kind == "term") {
    return "“" + escape_html(name) + "” <span class=\"note\">(" + escape_html(lexicon) + ")</span>";
  }
  return escape_html(kind) + " <b>" + escape_html(name) + "</b> <span class=\"note\">(" +
         escape_html(lexicon) + ")</span>";
}

// Articles in the article list are cited by an in-page link to their row,
// which holds the URL: the same article is cited many times, and repeating
// its URL each time made up a large part of the page.
void citation(std::string& out, const DocumentInfo& doc, std::size_t index) {
  out += "<span class=\"cite\">";
  if (!doc.date.empty()) {
    out += escape_html(doc.date) + " · ";
  }
  if (index < kArticlesListed) {
    out += fmt::format("<a href=\"#doc-{}\">{}</a>", index,
                       escape_html(doc.title.empty() ? doc.id : doc.title));
  } else {
    out += document_title_html(doc);
  }
  out += "</span>";
}

// The shown sentences grouped by article, articles in order of first
// appearance, so each article is cited once per evidence set.
std::vector<std::vector<const EvidenceSentence*>> by_document(const EvidenceSet& set) {
  std::vector<std::vector<const EvidenceSentence*>> groups;
  for (const EvidenceSentence& sentence : set.shown) {
    const auto group = std::find_if(groups.begin(), groups.end(), [&sentence](const auto& g) {
      return g.front()->document == sentence.document;
    });
    if (group == groups.end()) {
      groups.push_back({&sentence});
    } else {
      group->push_back(&sentence);
    }
  }
  return groups;
}

}  // namespace

std::string document_title_html(const DocumentInfo& doc) {
  const std::string title = escape_html(doc.title.empty() ? doc.id : doc.title);
  if (is_safe_link(doc.url)) {
    return "<a href=\"" + escape_html(doc.url) + "\" rel=\"noreferrer\">" + title + "</a>";
  }
  if (doc.url.empty()) {
    return title;
  }
  return title + " <span class=\"mono\">" + escape_html(doc.url) + "</span>";
}

void render_evidence(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  open_section(out, "evidence", "Evidence");
  out += fmt::format(
      "<p class=\"note\">The sentences behind the figures, with the matched words marked. At "
      "most {} sentences are shown per term and outlet, one from each article first; "
      "<code>matches.csv</code> lists every match with its position in the article.</p>\n",
      input.options.evidence_per_feature);
  out +=
      "<p class=\"print-only\">Printed here: the evidence opened on screen before printing. "
      "Every set is in the page itself.</p>\n";
  const std::string& voice = input.analysis.parameters.voice;
  if (!input.analysis.outlets.empty() && voice != "all") {
    out += fmt::format(
        "<p class=\"note\">The sentences include matches both inside and outside quotation "
        "marks, while the figures count only the <b>{}</b> ones, so a set can hold more "
        "matches than its figure counts.</p>\n",
        escape_html(voice));
  }
  if (context.linked_evidence().empty()) {
    out += "<p>No figure has evidence to show: no lexicon term matched.</p>\n</section>\n";
    return;
  }
  // Within an outlet, evidence is listed alphabetically by what it is about
  // ("army" before "ceasefire"), whatever its kind or lexicon.
  std::vector<std::size_t> linked(context.linked_evidence().begin(),
                                  context.linked_evidence().end());
  const auto& sets = input.evidence.sets;
  std::stable_sort(linked.begin(), linked.end(), [&sets](std::size_t a, std::size_t b) {
    const auto name = [](const std::string& key) { return key.substr(key.find('/') + 1); };
    return name(sets[a].feature) < name(sets[b].feature);
  });
  for (const auto& outlet : input.comparison.outlets) {
    bool heading = false;
    for (const std::size_t index : linked) {
      const EvidenceSet& set = sets[index];
      if (set.outlet != outlet.id) {
        continue;
      }
      if (!heading) {
        out += "<h3>" + escape_html(outlet.name) + "</h3>\n";
        heading = true;
      }
      out += fmt::format(
          "<details id=\"ev-{}\"><summary>{}: {} of {} ({})</summary>"
          "<div class=\"body\"><ul class=\"sources\">\n",
          index, feature_label(set.feature), set.shown.size(),
          set.sentences_total == 1 ? "1 sentence"
                                   : fmt::format("{} sentences", set.sentences_total),
          set.matches_total == 1 ? "1 match" : fmt::format("{} matches", set.matches_total));
      for (const auto& group : by_document(set)) {
        out += "<li>";
        citation(out, input.documents.at(group.front()->document), group.front()->document);
        for (const EvidenceSentence* sentence : group) {
          out += "<q>" + marked_html(sentence->text, sentence->marks) + "</q>";
        }
        out += "</li>\n";
      }
      out += "</ul>";
      if (set.sentences_total > set.shown.size()) {
        const std::size_t more = set.sentences_total - set.shown.size();
        out += fmt::format("<p class=\"more\">{} more {} not shown.</p>", more,
                           more == 1 ? "sentence" : "sentences");
      }
      out += "</div></details>\n";
    }
  }
  out += "</section>\n";
}

}  // namespace framelens::report::html
