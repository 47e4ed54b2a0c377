#include "report/markdown_report.hpp"

#include <fmt/format.h>

#include "report/markdown_analysis.hpp"

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

}  // namespace

std::string render_markdown(const ReportInput& input) {
  const compare::OutletComparison& comparison = input.comparison;
  std::string out;
  out += fmt::format("# framelens report: {}\n\n", escape_cell(input.corpus_name));
  out += fmt::format("{} documents from {} outlets, matched against {} lexicons.\n\n",
                     input.document_count, comparison.outlets.size(), input.lexicons.size());

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
  }

  out += render_analysis_markdown(input.analysis);

  if (!input.warnings.empty()) {
    out += "## Warnings\n\n";
    for (const Warning& warning : input.warnings) {
      out += fmt::format("- {}: {}\n", escape_cell(warning.source), escape_cell(warning.message));
    }
    out += "\n";
  }
  out += "## Inputs\n\n| role | file | SHA-256 |\n|---|---|---|\n";
  for (const InputFile& file : input.inputs) {
    out += fmt::format("| {} | {} | `{}` |\n", file.role, escape_cell(file.path), file.sha256);
  }
  return out;
}

}  // namespace framelens::report
