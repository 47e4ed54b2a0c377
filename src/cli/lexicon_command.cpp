#include <fmt/format.h>

#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "ingest/corpus_loader.hpp"
#include "lexicon/coverage.hpp"
#include "lexicon/lexicon_loader.hpp"
#include "lexicon/shipped_lexicons.hpp"

namespace framelens::cli {
namespace {

struct LexiconConfig {
  std::vector<std::filesystem::path> check_files;
  std::vector<std::filesystem::path> corpora;
  std::vector<std::filesystem::path> coverage_lexicons;
  ingest::IngestOptions ingest;
  lexicon::CoverageOptions coverage{3, 6};
  std::string format = "tsv";
};

std::string sizes(const lexicon::Lexicon& lex) {
  std::size_t options = 0;
  for (const auto& contrast : lex.contrasts) {
    options += contrast.options.size();
  }
  return fmt::format("{} categories, {} contrasts, {} options, {} terms, {} actors",
                     lex.categories.size(), lex.contrasts.size(), options, lex.term_count(),
                     lex.actors.size());
}

int run_check(const LexiconConfig& config) {
  int status = kExitOk;
  std::map<std::string, std::string> origin_of_id;
  for (const auto& path : config.check_files) {
    try {
      const lexicon::Lexicon lex = lexicon::load_lexicon(path);
      const auto [other, fresh] = origin_of_id.emplace(lex.id, path.string());
      if (!fresh) {
        throw InputError(fmt::format("{}: lexicon id '{}' is also used by {}", path.string(),
                                     lex.id, other->second));
      }
      std::cout << fmt::format("{}: lexicon '{}': {}\n", path.string(), lex.id, sizes(lex));
    } catch (const InputError& e) {
      std::cerr << "framelens: error: " << e.what() << "\n";
      status = kExitBadInput;
    }
  }
  return status;
}

int run_coverage(const LexiconConfig& config) {
  std::vector<lexicon::Lexicon> lexicons;
  for (lexicon::LoadedLexicon& loaded : lexicon::load_lexicon_list(config.coverage_lexicons)) {
    lexicons.push_back(std::move(loaded.lexicon));
  }
  const Corpus corpus = ingest::load_corpus(config.corpora, config.ingest);
  for (const Warning& warning : corpus.warnings) {
    std::cerr << "framelens: warning: " << warning.source << ": " << warning.message << "\n";
  }
  const lexicon::Matcher matcher(std::move(lexicons));
  lexicon::CoverageOptions options = config.coverage;
  if (config.format != "markdown") {
    options.samples_per_term = 0;
  }
  const lexicon::Coverage coverage = lexicon::measure_coverage(corpus, matcher, options);
  if (config.format == "markdown") {
    std::cout << lexicon::render_coverage_markdown(
        coverage, corpus.name.empty() ? config.corpora.front().string() : corpus.name);
    return kExitOk;
  }
  std::cout << "lexicon\tentry\tterm\tmatches\tquoted\tdocuments\toutlets\n";
  std::size_t never = 0;
  for (const auto& term : coverage.terms) {
    std::cout << fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", term.lexicon, term.entry, term.term,
                             term.matches, term.quoted, term.documents, term.outlets);
    never += term.matches == 0 ? 1 : 0;
  }
  std::cout << fmt::format("\nnever matched in {} documents: {} of {} terms\n", coverage.documents,
                           never, coverage.terms.size());
  for (const auto& term : coverage.terms) {
    if (term.matches == 0) {
      std::cout << fmt::format("  {}\t{}\t{}\n", term.lexicon, term.entry, term.term);
    }
  }
  return kExitOk;
}

}  // namespace

Command add_lexicon_command(CLI::App& parent) {
  auto config = std::make_shared<LexiconConfig>();
  CLI::App* app =
      parent.add_subcommand("lexicon", "Check lexicons and see how they cover a corpus.");
  app->require_subcommand(1);
  CLI::App* check = app->add_subcommand(
      "check", "Validate lexicon files (.yaml, .dic, word lists) and print their sizes.");
  check->add_option("files", config->check_files, "Lexicon files")
      ->required()
      ->check(CLI::ExistingFile);
  CLI::App* coverage =
      app->add_subcommand("coverage",
                          "Count each term's matches, documents and outlets in a corpus; list the "
                          "terms that never matched.");
  coverage->add_option("corpus", config->corpora, kCorpusHelp)
      ->required()
      ->check(CLI::ExistingPath);
  coverage
      ->add_option("-l,--lexicon", config->coverage_lexicons,
                   "Lexicon file (repeatable); 'shipped' stands for the shipped lexicons, which "
                   "are the default")
      ->check(lexicon_file());
  coverage
      ->add_option("--format", config->format,
                   "tsv: one row per term; markdown: a validation report with sample "
                   "matches in context")
      ->capture_default_str()
      ->check(CLI::IsMember({"tsv", "markdown"}));
  coverage
      ->add_option("--samples", config->coverage.samples_per_term,
                   "Sample matches per term in the markdown report, spread over outlets")
      ->capture_default_str()
      ->check(CLI::Range(0, 100));
  add_ingest_flags(*coverage, config->ingest);

  return {app,
          [config, check] { return check->parsed() ? run_check(*config) : run_coverage(*config); }};
}

}  // namespace framelens::cli
