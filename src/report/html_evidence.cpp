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

void citation(std::string& out, const DocumentInfo& doc) {
  out += "<span class=\"cite\">";
  if (!doc.date.empty()) {
    out += escape_html(doc.date) + " · ";
  }
  out += document_title_html(doc) + "</span>";
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
          "<div class=\"body\"><ol class=\"sentences\">\n",
          index, feature_label(set.feature), set.shown.size(),
          set.sentences_total == 1 ? "1 sentence"
                                   : fmt::format("{} sentences", set.sentences_total),
          set.matches_total == 1 ? "1 match" : fmt::format("{} matches", set.matches_total));
      for (const EvidenceSentence& sentence : set.shown) {
        out += "<li><q class=\"sentence\">" + marked_html(sentence.text, sentence.marks) + "</q>";
        citation(out, input.documents.at(sentence.document));
        out += "</li>\n";
      }
      out += "</ol>";
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
