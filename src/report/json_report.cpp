#include "report/json_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "report/evidence.hpp"
#include "report/json_analysis.hpp"

namespace framelens::report {
namespace {

using Json = nlohmann::ordered_json;

double round6(double value) { return std::round(value * 1e6) / 1e6; }

Json matrix_json(const Eigen::MatrixXd& matrix) {
  Json rows = Json::array();
  for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
    Json row = Json::array();
    for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
      row.push_back(round6(matrix(i, j)));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Json documents_json(const ReportInput& input) {
  Json documents = Json::array();
  for (const DocumentInfo& doc : input.documents) {
    documents.push_back({{"id", doc.id},
                         {"outlet", doc.outlet},
                         {"title", doc.title},
                         {"date", doc.date},
                         {"url", doc.url},
                         {"path", doc.source_path}});
  }
  return documents;
}

}  // namespace

std::string render_json(const ReportInput& input) {
  const compare::OutletComparison& comparison = input.comparison;
  Json root;
  root["schema_version"] = kSchemaVersion;
  root["generator"] = "framelens";
  if (!input.options.generated_at.empty()) {
    root["generated_at"] = input.options.generated_at;
  }
  root["corpus"] = {{"name", input.corpus_name},
                    {"description", input.corpus_description},
                    {"documents", input.document_count},
                    {"outlets", comparison.outlets.size()}};
  root["options"] = {{"top_terms", input.options.top_terms},
                     {"evidence_per_term", input.options.evidence_per_feature},
                     {"evidence_max_sentence_bytes", kMaxEvidenceBytes},
                     {"rates_per", 1000}};

  Json lexicons = Json::array();
  for (const LexiconInfo& lexicon : input.lexicons) {
    lexicons.push_back({{"id", lexicon.id},
                        {"version", lexicon.version},
                        {"origin", lexicon.origin},
                        {"terms", lexicon.terms}});
  }
  root["lexicons"] = std::move(lexicons);

  Json outlets = Json::array();
  Json ids = Json::array();
  for (const compare::OutletProfile& outlet : comparison.outlets) {
    Json terms = Json::array();
    for (const compare::TermUse& use : outlet.top_terms) {
      terms.push_back({{"lexicon", use.lexicon},
                       {"term", use.term},
                       {"count", round6(use.count)},
                       {"per_1k_tokens", round6(use.per_1k)},
                       {"weighted", round6(use.weighted)}});
    }
    outlets.push_back({{"id", outlet.id},
                       {"name", outlet.name},
                       {"documents", outlet.documents},
                       {"tokens", round6(outlet.tokens)},
                       {"term_matches", round6(outlet.matches)},
                       {"top_terms", std::move(terms)}});
    ids.push_back(outlet.id);
  }
  root["outlets"] = std::move(outlets);

  root["similarity"] = {{"method", "cosine"},
                        {"features", fmt::format("lexicon terms, {} x lexicon weight",
                                                 input.analysis.parameters.weighting)},
                        {"outlets", ids},
                        {"matrix", matrix_json(comparison.cosine)}};
  root["divergence"] = {{"method", "jensen-shannon divergence"},
                        {"log_base", 2},
                        {"square_root", false},
                        {"smoothing", "none (plug-in estimate)"},
                        {"features", "lexicon terms, raw counts"},
                        {"outlets", ids},
                        {"matrix", matrix_json(comparison.jsd)}};

  root["analysis"] = analysis_json(input.analysis);
  root["documents"] = documents_json(input);
  root["matches"] = {{"count", input.matches.records.size()}, {"file", "matches.csv"}};

  Json warnings = Json::array();
  for (const Warning& warning : input.warnings) {
    warnings.push_back({{"source", warning.source}, {"message", warning.message}});
  }
  root["warnings"] = std::move(warnings);

  Json inputs = Json::array();
  for (const InputFile& file : input.inputs) {
    inputs.push_back({{"role", file.role}, {"path", file.path}, {"sha256", file.sha256}});
  }
  root["inputs"] = std::move(inputs);
  // Invalid UTF-8 from a corpus becomes U+FFFD instead of aborting the report.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace framelens::report
