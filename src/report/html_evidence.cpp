#include <fmt/format.h>

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
    return "“" + escape_html(name) + "” <span class=\"note\">(" + escape_html(lexicon) +
           ")</span>";
  }
  return escape_html(kind) + " <b>" + escape_html(name) + "</b> <span class=\"note\">(" +
         escape_html(lexicon) + ")</span>";
}

void citation(std::string& out, const Context& context, const DocumentInfo& doc,
              std::uint32_t sentence) {
  out += "<span class=\"cite\">" + escape_html(context.outlet_name(doc.outlet));
  if (!doc.date.empty()) {
    out += " · " + escape_html(doc.date);
  }
  const std::string title = escape_html(doc.title.empty() ? doc.id : doc.title);
  if (is_safe_link(doc.url)) {
    out += " · <a href=\"" + escape_html(doc.url) + "\" rel=\"noopener noreferrer\">" + title +
           "</a>";
  } else {
    out += " · " + title;
    if (!doc.url.empty()) {
      out += " <span class=\"mono\">" + escape_html(doc.url) + "</span>";
    }
  }
  out += fmt::format(" · <code>{}</code> sentence {}</span>", escape_html(doc.id), sentence + 1);
}

}  // namespace

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
  for (const auto& outlet : input.comparison.outlets) {
    bool heading = false;
    for (const std::size_t index : context.linked_evidence()) {
      const EvidenceSet& set = input.evidence.sets[index];
      if (set.outlet != outlet.id) {
        continue;
      }
      if (!heading) {
        out += "<h3>" + escape_html(outlet.name) + "</h3>\n";
        heading = true;
      }
      out += fmt::format(
          "<details id=\"ev-{}\"><summary>{} in {}: {} of {} ({})</summary>"
          "<div class=\"body\"><ol class=\"sentences\">\n",
          index, feature_label(set.feature), escape_html(outlet.name), set.shown.size(),
          set.sentences_total == 1 ? "1 sentence" : fmt::format("{} sentences", set.sentences_total),
          set.matches_total == 1 ? "1 match" : fmt::format("{} matches", set.matches_total));
      for (const EvidenceSentence& sentence : set.shown) {
        out += "<li><q class=\"sentence\">" + marked_html(sentence.text, sentence.marks) + "</q>";
        citation(out, context, input.documents.at(sentence.document), sentence.sentence);
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
