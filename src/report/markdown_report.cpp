#include "report/markdown_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "report/evidence.hpp"
#include "report/markdown_analysis.hpp"
#include "report/summary_facts.hpp"

namespace framelens::report {
namespace {

// Keeps corpus and lexicon text from breaking a table row or adding markup.
std::string escape_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '\\') {
      out.push_back('\\');
    }
    out.push_back(c == '\n' ? ' ' : c);
  }
  return out;
}

void matrix_table(std::string& out, const compare::OutletComparison& comparison,
                  const Eigen::MatrixXd& matrix) {
  out += "| |";
  for (const auto& outlet : comparison.outlets) {
    out += fmt::format(" {} |", escape_cell(outlet.id));
  }
  out += "\n|---|";
  for (std::size_t i = 0; i < comparison.outlets.size(); ++i) {
    out += "---:|";
  }
  out += "\n";
  for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
    out +=
        fmt::format("| **{}** |", escape_cell(comparison.outlets[static_cast<std::size_t>(i)].id));
    for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
      out += fmt::format(" {:.3f} |", matrix(i, j));
    }
    out += "\n";
  }
  out += "\n";
}

// A sentence with its marks in bold, escaped like a table cell.
std::string marked_sentence(const EvidenceSentence& sentence) {
  std::string out;
  std::size_t pos = 0;
  for (const Highlight& mark : sentence.marks) {
    if (mark.begin < pos || mark.end > sentence.text.size()) {
      continue;
    }
    out += escape_cell(std::string_view(sentence.text).substr(pos, mark.begin - pos));
    out += "**" +
           escape_cell(std::string_view(sentence.text).substr(mark.begin, mark.end - mark.begin)) +
           "**";
    pos = mark.end;
  }
  out += escape_cell(std::string_view(sentence.text).substr(pos));
  // A quoted sentence that starts like a list item or heading must stay text.
  const std::size_t digits = out.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string::npos && (out[digits] == '.' || out[digits] == ')')) {
    out.insert(digits, "\\");
  } else if (!out.empty() && (out[0] == '#' || out[0] == '-' || out[0] == '+')) {
    out.insert(0, "\\");
  }
  return out;
}

void summary(std::string& out, const ReportInput& input) {
  const auto& outlets = input.comparison.outlets;
  const SummaryFacts facts = summary_facts(input);
  out += "## Summary\n\n";
  if (facts.matches <= 0) {
    out +=
        "No lexicon term was found in any article, so the outlets cannot be compared on their "
        "words.\n\n";
    return;
  }
  if (facts.most_alike) {
    const OutletPair& alike = *facts.most_alike;
    const OutletPair& apart = *facts.furthest_apart;
    out += fmt::format(
        "- Most alike in their choice of words: **{}** and **{}** (cosine similarity {:.2f}).\n",
        escape_cell(outlets[alike.first].name), escape_cell(outlets[alike.second].name),
        alike.value);
    out += fmt::format(
        "- Furthest apart: **{}** and **{}** (Jensen–Shannon divergence {:.2f} "
        "bits).\n",
        escape_cell(outlets[apart.first].name), escape_cell(outlets[apart.second].name),
        apart.value);
  }
  for (const auto& outlet : outlets) {
    if (!outlet.top_terms.empty()) {
      const compare::TermUse& top = outlet.top_terms.front();
      out += fmt::format("- **{}**: most used term “{}” ({:.0f} times, {:.1f} per 1,000 words).\n",
                         escape_cell(outlet.name), escape_cell(top.term), top.count, top.per_1k);
    }
  }
  out += fmt::format(
      "\nThese numbers describe these {} articles only and carry no margin of error; the "
      "smallest outlet has {} {}. Treat small differences as noise and read the example "
      "sentences (all of them are in `report.html`).\n\n",
      input.document_count, facts.fewest_documents,
      facts.fewest_documents == 1 ? "article" : "articles");
}

// The first evidence sentence of an outlet's leading terms.
void examples(std::string& out, const ReportInput& input, const compare::OutletProfile& outlet) {
  constexpr std::size_t kExamples = 3;
  std::size_t shown = 0;
  std::vector<std::pair<std::size_t, std::uint32_t>> quoted;
  for (const compare::TermUse& use : outlet.top_terms) {
    if (shown == kExamples) {
      break;
    }
    const EvidenceSet* set = input.evidence.find(term_key(use.lexicon, use.term), outlet.id);
    if (set == nullptr || set->shown.empty()) {
      continue;
    }
    // The same sentence may be the first evidence of two terms (a term in two
    // lexicons); quote each sentence once.
    const EvidenceSentence& sentence = set->shown.front();
    if (std::find(quoted.begin(), quoted.end(), std::pair(sentence.document, sentence.sentence)) !=
        quoted.end()) {
      continue;
    }
    quoted.emplace_back(sentence.document, sentence.sentence);
    const DocumentInfo& doc = input.documents.at(sentence.document);
    out += fmt::format("> {}  \n> — *{}*{}\n\n", marked_sentence(sentence),
                       escape_cell(doc.title.empty() ? doc.id : doc.title),
                       doc.date.empty() ? "" : ", " + doc.date);
    ++shown;
  }
}

}  // namespace

std::string render_markdown(const ReportInput& input) {
  const compare::OutletComparison& comparison = input.comparison;
  std::string out;
  out += fmt::format("# framelens report: {}\n\n", escape_cell(input.corpus_name));
  if (!input.corpus_description.empty()) {
    out += escape_cell(input.corpus_description) + "\n\n";
  }
  out += fmt::format("{} documents from {} outlets, matched against {} lexicons.",
                     input.document_count, comparison.outlets.size(), input.lexicons.size());
  if (!input.options.generated_at.empty()) {
    out += " Generated " + input.options.generated_at + ".";
  }
  out += "\n\n";
  summary(out, input);

  out +=
      "## Outlets\n\n| outlet | name | documents | tokens | term matches "
      "|\n|---|---|---:|---:|---:|\n";
  for (const auto& outlet : comparison.outlets) {
    out += fmt::format("| {} | {} | {} | {:.0f} | {:.0f} |\n", escape_cell(outlet.id),
                       escape_cell(outlet.name), outlet.documents, outlet.tokens, outlet.matches);
  }

  out += "\n## How alike the outlets are\n\n";
  out +=
      "Cosine similarity of the outlets' lexicon-term counts (times each term's lexicon "
      "weight): 1 means the same mix of terms, 0 means no term in common.\n\n";
  matrix_table(out, comparison, comparison.cosine);
  out += "## How far apart the outlets are\n\n";
  out +=
      "Jensen–Shannon divergence of the outlets' term distributions, in bits (log base 2; "
      "the divergence, not its square root; no smoothing): 0 means identical, 1 means no "
      "term in common.\n\n";
  matrix_table(out, comparison, comparison.jsd);

  out += "## Most used terms per outlet\n\n";
  for (const auto& outlet : comparison.outlets) {
    out += fmt::format("### {}\n\n", escape_cell(outlet.name));
    if (outlet.top_terms.empty()) {
      out += "No lexicon term matched.\n\n";
      continue;
    }
    out += "| term | lexicon | count | per 1,000 tokens |\n|---|---|---:|---:|\n";
    for (const auto& use : outlet.top_terms) {
      out += fmt::format("| {} | {} | {:.0f} | {:.2f} |\n", escape_cell(use.term),
                         escape_cell(use.lexicon), use.count, use.per_1k);
    }
    out += "\n";
    examples(out, input, outlet);
  }

  out += render_analysis_markdown(input.analysis);

  if (!input.warnings.empty()) {
    out += "## Warnings\n\n";
    for (const Warning& warning : input.warnings) {
      out += fmt::format("- {}: {}\n", escape_cell(warning.source), escape_cell(warning.message));
    }
    out += "\n";
  }
  out += fmt::format(
      "## Settings\n\n- Terms listed per outlet: {}\n- Evidence sentences per term and outlet "
      "(in `report.html`): {}\n- Every match with its byte offsets: `matches.csv` ({} rows)\n\n",
      input.options.top_terms, input.options.evidence_per_feature, input.matches.records.size());
  out += "## Inputs\n\n| role | file | SHA-256 |\n|---|---|---|\n";
  for (const InputFile& file : input.inputs) {
    out += fmt::format("| {} | {} | `{}` |\n", file.role, escape_cell(file.path), file.sha256);
  }
  return out;
}

}  // namespace framelens::report
