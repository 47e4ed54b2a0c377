#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "ingest/corpus_loader.hpp"
#include "lexicon/kwic.hpp"
#include "lexicon/lexicon_loader.hpp"
#include "lexicon/shipped_lexicons.hpp"

namespace framelens::cli {
namespace {

struct KwicConfig {
  std::vector<std::filesystem::path> inputs;  // corpora, then the pattern last
  std::vector<std::filesystem::path> lexicons;
  lexicon::KwicOptions options;
  ingest::IngestOptions ingest;
};

std::string voice_label(const lexicon::KwicHit& hit) {
  return hit.scare_quoted ? "scare-quoted" : tokenise::to_string(hit.voice);
}

}  // namespace

Command add_kwic_command(CLI::App& parent) {
  auto config = std::make_shared<KwicConfig>();
  CLI::App* app = parent.add_subcommand(
      "kwic",
      "Show every occurrence of a term, wildcard or lexicon entry with its context, document, "
      "outlet, sentence and voice.");
  app->add_option("corpus_and_pattern", config->inputs,
                  "Corpora (folders, corpus.yaml manifests, .jsonl or .csv files), then PATTERN: "
                  "a term ('proxy war'), "
                  "a wildcard ('negotiat*'), LEXICON:CATEGORY or LEXICON:CONTRAST[/OPTION]")
      ->required()
      ->expected(2, -1);
  app->add_option("-l,--lexicon", config->lexicons,
                  "Lexicon file for LEXICON:... patterns (repeatable); default: the shipped "
                  "lexicons")
      ->check(lexicon_file());
  app->add_option("--outlet", config->options.outlet, "Only documents of this outlet id");
  app->add_option("--window", config->options.window_tokens, "Tokens of context on each side")
      ->capture_default_str()
      ->check(CLI::Range(0, 200));
  add_ingest_flags(*app, config->ingest);

  return {
      app, [config] {
        const std::string pattern = config->inputs.back().string();
        std::vector<std::filesystem::path> corpora(config->inputs.begin(),
                                                   config->inputs.end() - 1);
        for (const auto& corpus : corpora) {
          if (!std::filesystem::exists(corpus)) {
            throw InputError("corpus '" + corpus.string() + "' does not exist");
          }
        }
        // A plain term needs no lexicon; LEXICON:... patterns name one.
        std::vector<lexicon::Lexicon> lexicons;
        if (!config->lexicons.empty() || pattern.find(':') != std::string::npos) {
          for (lexicon::LoadedLexicon& loaded : lexicon::load_lexicon_list(config->lexicons)) {
            lexicons.push_back(std::move(loaded.lexicon));
          }
        }
        const Corpus corpus = ingest::load_corpus(corpora, config->ingest);
        for (const Warning& warning : corpus.warnings) {
          std::cerr << "framelens: warning: " << warning.source << ": " << warning.message << "\n";
        }
        const auto hits = lexicon::find_in_context(corpus, lexicons, pattern, config->options);
        std::cout << "document\toutlet\tsentence\tvoice\tcontext\n";
        for (const lexicon::KwicHit& hit : hits) {
          std::cout << hit.document << '\t' << hit.outlet << '\t' << hit.sentence + 1 << '\t'
                    << voice_label(hit) << '\t' << hit.left << '[' << hit.hit << ']' << hit.right
                    << '\n';
        }
        std::cerr << "framelens: " << hits.size() << (hits.size() == 1 ? " hit" : " hits")
                  << " for '" << pattern << "' in " << corpus.documents.size() << " documents\n";
        return kExitOk;
      }};
}

}  // namespace framelens::cli
