#include "pipeline.hpp"

#include <set>

#include "compare/outlet_comparison.hpp"
#include "core/hash.hpp"
#include "core/text_util.hpp"
#include "ingest/corpus_loader.hpp"
#include "lexicon/lexicon_loader.hpp"
#include "lexicon/matcher.hpp"
#include "lexicon/shipped_lexicons.hpp"
#include "report/report_writer.hpp"
#include "tokenise/tokeniser.hpp"
#include "vectorise/feature_counts.hpp"

namespace framelens {
namespace {

void notify(const ProgressFn& progress, const std::string& stage) {
  if (progress) {
    progress(stage);
  }
}

// Lexicons and the hashes of the files they came from.
std::vector<lexicon::Lexicon> load_lexicons(const RunConfig& config,
                                            std::vector<report::InputFile>& inputs) {
  std::vector<lexicon::Lexicon> lexicons;
  if (config.lexicons.empty()) {
    for (const lexicon::EmbeddedFile& file : lexicon::shipped_lexicon_files()) {
      const std::string origin = "<builtin>/" + std::string(file.name);
      lexicons.push_back(lexicon::parse_lexicon(file.content, origin));
      inputs.push_back({"lexicon", origin, sha256_hex(file.content)});
    }
  } else {
    for (const std::filesystem::path& path : config.lexicons) {
      const std::string bytes = read_file(path);
      lexicons.push_back(lexicon::parse_lexicon(bytes, path.string()));
      inputs.push_back({"lexicon", path.string(), sha256_hex(bytes)});
    }
  }
  return lexicons;
}

std::size_t term_count(const lexicon::Lexicon& lexicon) {
  std::size_t terms = 0;
  for (const auto& category : lexicon.categories) {
    terms += category.terms.size();
  }
  for (const auto& contrast : lexicon.contrasts) {
    for (const auto& option : contrast.options) {
      terms += option.terms.size();
    }
  }
  return terms;
}

}  // namespace

RunResult run_pipeline(const RunConfig& config, const ProgressFn& progress) {
  RunResult result;
  report::ReportInput& report = result.report;

  notify(progress, "loading lexicons");
  std::vector<lexicon::Lexicon> lexicons = load_lexicons(config, report.inputs);
  for (const lexicon::Lexicon& lex : lexicons) {
    report.lexicons.push_back({lex.id, lex.version, lex.origin, term_count(lex)});
  }
  const lexicon::Matcher matcher(std::move(lexicons));

  notify(progress, "reading corpus");
  Corpus corpus = ingest::load_corpus(config.corpus, config.ingest);
  // A JSONL or CSV file holds many documents: hash each input file once.
  std::set<std::string> hashed;
  for (const Document& doc : corpus.documents) {
    if (hashed.insert(doc.source_path).second) {
      report.inputs.push_back(
          {"document", doc.source_path, sha256_hex(read_file(doc.source_path))});
    }
  }

  notify(progress, "matching " + std::to_string(corpus.documents.size()) + " documents");
  std::vector<std::vector<lexicon::Match>> matches;
  std::vector<std::size_t> token_totals;
  tokenise::TokenisedText tokens;
  for (const Document& doc : corpus.documents) {
    tokenise::tokenise(doc.text, tokens);
    matches.push_back(matcher.match(tokens));
    token_totals.push_back(tokens.tokens.size());
  }

  notify(progress, "comparing outlets");
  const vectorise::FeatureCounts counts = vectorise::count_features(matcher, matches, token_totals);
  report.corpus_name = corpus.name.empty() ? "corpus" : corpus.name;
  report.document_count = corpus.documents.size();
  report.warnings = corpus.warnings;
  report.comparison = compare::compare_outlets(corpus, counts, config.top_terms);

  notify(progress, "writing report");
  result.written = report::write_report(config.output_dir, report);
  return result;
}

}  // namespace framelens
