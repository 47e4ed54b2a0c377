#include <fmt/format.h>

#include "lexicon/coverage.hpp"

namespace framelens::lexicon {
namespace {

// Keeps corpus and lexicon text from breaking a table row or adding markup.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '\\' || c == '#') {
      out.push_back('\\');
    }
    out.push_back(c);
  }
  return out;
}

std::string voice_label(const KwicHit& hit) {
  return hit.scare_quoted ? "scare-quoted" : tokenise::to_string(hit.voice);
}

}  // namespace

std::string render_coverage_markdown(const Coverage& coverage, std::string_view corpus_name) {
  std::size_t matched = 0;
  for (const TermCoverage& term : coverage.terms) {
    matched += term.matches > 0 ? 1 : 0;
  }
  std::string out = fmt::format("# Lexicon validation: {}\n\n", cell(corpus_name));
  out += fmt::format(
      "{} of {} terms matched in {} documents. For each term that matched: its matches (how many "
      "of them in quoted speech), the documents and outlets it occurs in, and sample matches in "
      "context, spread over outlets, so a reader can judge whether the term fires in the sense "
      "the lexicon means. Terms that never matched are listed at the end of each lexicon.\n",
      matched, coverage.terms.size(), coverage.documents);

  std::string lexicon;
  std::string entry;
  std::vector<const TermCoverage*> unmatched;
  const auto close_lexicon = [&] {
    if (lexicon.empty()) {
      return;
    }
    out += fmt::format("\n### Never matched in `{}` ({} {})\n\n", lexicon, unmatched.size(),
                       unmatched.size() == 1 ? "term" : "terms");
    std::string line;
    for (const TermCoverage* term : unmatched) {
      line +=
          fmt::format("{}{} ({})", line.empty() ? "" : ", ", cell(term->term), cell(term->entry));
    }
    out += (line.empty() ? "None." : line) + "\n";
    unmatched.clear();
  };
  for (const TermCoverage& term : coverage.terms) {
    if (term.lexicon != lexicon) {
      close_lexicon();
      lexicon = term.lexicon;
      entry.clear();
      out += fmt::format("\n## Lexicon `{}`\n", cell(lexicon));
    }
    if (term.matches == 0) {
      unmatched.push_back(&term);
      continue;
    }
    if (term.entry != entry) {
      entry = term.entry;
      out += fmt::format(
          "\n### {}\n\n| term | matches | quoted | documents | outlets |\n"
          "|---|---:|---:|---:|---:|\n",
          cell(entry));
    }
    out += fmt::format("| {} | {} | {} | {} | {} |\n", cell(term.term), term.matches, term.quoted,
                       term.documents, term.outlets);
    for (const KwicHit& hit : term.samples) {
      out += fmt::format("| | {} · {} · {}: …{}**{}**{}… | | | |\n", cell(hit.outlet),
                         cell(hit.document), voice_label(hit), cell(hit.left), cell(hit.hit),
                         cell(hit.right));
    }
  }
  close_lexicon();
  return out;
}

}  // namespace framelens::lexicon
