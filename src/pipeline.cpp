#include "pipeline.hpp"

#include <fmt/chrono.h>

#include <chrono>
#include <set>

#include "compare/analyse.hpp"
#include "compare/attribution.hpp"
#include "compare/outlet_comparison.hpp"
#include "core/error.hpp"
#include "core/hash.hpp"
#include "core/text_util.hpp"
#include "ingest/corpus_loader.hpp"
#include "lexicon/lexicon_loader.hpp"
#include "lexicon/matcher.hpp"
#include "lexicon/shipped_lexicons.hpp"
#include "report/evidence.hpp"
#include "report/report_writer.hpp"
#include "tokenise/tokeniser.hpp"
#include "vectorise/feature_counts.hpp"
#include "vectorise/vocabulary.hpp"
#include "vectorise/weighting.hpp"

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
  for (lexicon::LoadedLexicon& loaded : lexicon::load_lexicon_list(config.lexicons)) {
    inputs.push_back({"lexicon", loaded.lexicon.origin, sha256_hex(loaded.bytes)});
    lexicons.push_back(std::move(loaded.lexicon));
  }
  return lexicons;
}

vectorise::VoiceFilter parse_voice(const std::string& name) {
  for (auto v : {vectorise::VoiceFilter::kNarrative, vectorise::VoiceFilter::kQuoted,
                 vectorise::VoiceFilter::kAll}) {
    if (name == vectorise::to_string(v)) {
      return v;
    }
  }
  throw InputError("unknown voice '" + name + "' (expected narrative, quoted or all)");
}

compare::AnalysisParameters analysis_parameters(const RunConfig& config) {
  compare::AnalysisParameters p;
  p.voice = config.voice;
  p.weighting = vectorise::to_string(vectorise::parse_weighting(config.weighting));
  p.seed = config.seed;
  p.bootstrap = config.bootstrap;
  p.permutations = config.permutations;
  p.prior_strength = config.prior_strength;
  p.top_terms = config.top_terms;
  p.bigrams = config.bigrams;
  if (!config.window.empty() && config.window != "week" && config.window != "month") {
    throw InputError("unknown window '" + config.window + "' (expected week or month)");
  }
  if (!(config.prior_strength > 0)) {
    throw InputError("prior strength must be positive");
  }
  p.window = config.window;
  return p;
}

Eigen::VectorXd to_vector(const std::vector<double>& values) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(values.size()));
  for (std::size_t i = 0; i < values.size(); ++i) {
    out(static_cast<Eigen::Index>(i)) = values[i];
  }
  return out;
}

// Manifests among the corpus arguments (a .yaml file, or a folder's
// corpus.yaml), recorded so the report names them and never overwrites them.
void add_manifests(const RunConfig& config, std::vector<report::InputFile>& inputs) {
  for (const std::filesystem::path& path : config.corpus) {
    const std::string extension = ascii_lower(path.extension().string());
    const std::filesystem::path manifest =
        std::filesystem::is_directory(path) ? path / "corpus.yaml" : path;
    if ((extension == ".yaml" || extension == ".yml" || manifest != path) &&
        std::filesystem::is_regular_file(manifest)) {
      inputs.push_back({"manifest", manifest.string(), sha256_hex(read_file(manifest))});
    }
  }
}

std::string utc_now() {
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}",
                     std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace

RunResult run_pipeline(const RunConfig& config, const ProgressFn& progress) {
  RunResult result;
  report::ReportInput& report = result.report;

  notify(progress, "loading lexicons");
  std::vector<lexicon::Lexicon> lexicons = load_lexicons(config, report.inputs);
  for (const lexicon::Lexicon& lex : lexicons) {
    report.lexicons.push_back({lex.id, lex.version, lex.origin, lex.term_count()});
  }
  const lexicon::Matcher matcher(std::move(lexicons));

  notify(progress, "reading corpus");
  Corpus corpus = ingest::load_corpus(config.corpus, config.ingest);
  add_manifests(config, report.inputs);
  // A JSONL or CSV file holds many documents: hash each input file once.
  std::set<std::string> hashed;
  for (const Document& doc : corpus.documents) {
    if (hashed.insert(doc.source_path).second) {
      report.inputs.push_back(
          {"document", doc.source_path, sha256_hex(read_file(doc.source_path))});
    }
    report.documents.push_back({doc.id, doc.outlet, doc.title, doc.date, doc.url, doc.source_path});
  }

  // Every input is known now: a bad output folder fails here, not after the
  // matching and analysis.
  report::check_output_folder(config.output_dir, report.inputs);

  notify(progress, "matching " + std::to_string(corpus.documents.size()) + " documents");
  const vectorise::VoiceFilter voice = parse_voice(config.voice);
  const compare::AnalysisParameters parameters = analysis_parameters(config);
  const std::vector<std::size_t> actor_offsets = compare::actor_offsets(matcher.lexicons());
  compare::AnalysisInput input;
  vectorise::VocabularyBuilder vocabulary({config.bigrams, true, voice});
  std::vector<std::vector<lexicon::Match>> matches;
  std::vector<std::size_t> token_totals;
  std::vector<double> narrative_tokens;
  std::vector<double> quoted_tokens;
  std::vector<double> quoted_matches;
  report::EvidenceCollector evidence(matcher, config.evidence_per_term);
  // One TokenisedText reused across documents keeps its token and form buffers' capacity.
  tokenise::TokenisedText tokens;
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    tokenise::tokenise(doc.text, tokens);
    std::vector<lexicon::Match> found = matcher.match(tokens);
    input.quotes.push_back(compare::attribute_quotes(tokens, found, actor_offsets));
    evidence.add(d, doc, tokens, found, input.quotes.back());
    vocabulary.add(tokens);
    std::size_t kept = 0;
    double quoted = 0;
    for (const tokenise::Token& token : tokens.tokens) {
      kept += vectorise::keeps(voice, token.voice) ? 1U : 0U;
      quoted += token.voice == tokenise::Voice::kQuoted ? 1 : 0;
    }
    narrative_tokens.push_back(static_cast<double>(tokens.tokens.size()) - quoted);
    quoted_tokens.push_back(quoted);
    // Counted as lexicon matches are: a term once per span.
    double quoted_terms = 0;
    std::vector<lexicon::Match> voiced;
    const std::vector<bool> occurrence = vectorise::term_occurrences(matcher, found);
    for (std::size_t i = 0; i < found.size(); ++i) {
      const lexicon::Match& m = found[i];
      if (occurrence[i] && m.voice == tokenise::Voice::kQuoted) {
        quoted_terms += 1;
      }
      if (vectorise::keeps(voice, m.voice)) {
        voiced.push_back(m);
      }
    }
    quoted_matches.push_back(quoted_terms);
    matches.push_back(std::move(voiced));
    token_totals.push_back(kept);
  }
  report.evidence = evidence.take_evidence();
  report.matches = evidence.take_matches();

  notify(progress, "comparing outlets");
  vectorise::FeatureCounts counts = vectorise::count_features(matcher, matches, token_totals);
  matches.clear();
  report.corpus_name = corpus.name.empty() ? "corpus" : corpus.name;
  report.corpus_description = corpus.description;
  report.options.top_terms = config.top_terms;
  report.options.evidence_per_feature = config.evidence_per_term;
  if (config.timestamp) {
    report.options.generated_at = utc_now();
  }
  report.document_count = corpus.documents.size();
  report.warnings = corpus.warnings;
  report.comparison = compare::compare_outlets(corpus, counts, config.top_terms);

  notify(progress, "analysing");
  std::vector<std::size_t> outlet_row(corpus.outlets.size(), corpus.outlets.size());
  for (const compare::OutletProfile& outlet : report.comparison.outlets) {
    outlet_row[corpus.outlet_index(outlet.id)] = input.outlet_ids.size();
    input.outlet_ids.push_back(outlet.id);
    input.outlet_names.push_back(outlet.name);
  }
  for (const Document& doc : corpus.documents) {
    input.outlet_of.push_back(outlet_row[corpus.outlet_index(doc.outlet)]);
    input.event.push_back(doc.event);
    input.date.push_back(doc.date);
  }
  input.lexicon = std::move(counts);
  input.vocabulary = vocabulary.finish();
  input.narrative_tokens = to_vector(narrative_tokens);
  input.quoted_tokens = to_vector(quoted_tokens);
  input.quoted_matches = to_vector(quoted_matches);
  input.actors = compare::actor_table(matcher.lexicons());
  report.analysis = compare::analyse(input, parameters);
  compare::with_matrices(report.comparison, report.analysis.terms);

  notify(progress, "writing report");
  result.written = report::write_report(config.output_dir, report);
  return result;
}

}  // namespace framelens
