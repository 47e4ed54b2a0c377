#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "pipeline.hpp"

namespace framelens::cli {

Command add_report_command(CLI::App& parent) {
  auto config = std::make_shared<RunConfig>();
  CLI::App* app = parent.add_subcommand(
      "report", "Compare how outlets frame the same events and write a report folder.");
  app->add_option("corpus", config->corpus, kCorpusHelp)->required()->check(CLI::ExistingPath);
  app->add_option("-l,--lexicon", config->lexicons,
                  "Lexicon file: YAML, .dic or word list (repeatable); 'shipped' stands for the "
                  "shipped lexicons, which are the default")
      ->check(lexicon_file());
  app->add_option("-o,--output", config->output_dir, "Folder to write the report into")
      ->capture_default_str();
  app->add_option("--top-terms", config->top_terms, "Terms listed per outlet")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  app->add_option("--evidence", config->evidence_per_term,
                  "Evidence sentences shown per term and outlet")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  app->add_flag("--timestamp", config->timestamp,
                "Record the time of the run in the report (the files then differ on each run)");
  add_ingest_flags(*app, config->ingest);
  app->add_option("--voice", config->voice,
                  "Words analysed: narrative (the outlet's own), quoted, or all")
      ->capture_default_str()
      ->check(CLI::IsMember({"narrative", "quoted", "all"}));
  app->add_option("--weighting", config->weighting,
                  "Weighting of vectors compared by cosine: count, rate, tfidf, sublinear")
      ->capture_default_str()
      ->check(CLI::IsMember({"count", "rate", "tfidf", "sublinear"}));
  app->add_option("--seed", config->seed, "Seed of the bootstrap and permutation draws")
      ->capture_default_str();
  app->add_option("--bootstrap", config->bootstrap, "Bootstrap replicates for intervals (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(0, 100000));
  app->add_option("--permutations", config->permutations,
                  "Permutations for the divergence null baseline (0: none)")
      ->capture_default_str()
      ->check(CLI::Range(0, 100000));
  app->add_option("--prior-strength", config->prior_strength,
                  "Pseudo-counts of the keyness log-odds prior (corpus frequencies)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app->add_option("--window", config->window, "Time windows for per-period figures: week, month")
      ->check(CLI::IsMember({"week", "month"}));
  app->add_flag("--bigrams", config->bigrams, "Add bigrams to the open vocabulary");

  return {app, [config] {
            const bool show_progress = stderr_is_terminal();
            const auto progress = [show_progress](const std::string& stage) {
              if (show_progress) {
                std::cerr << "framelens: " << stage << "...\n";
              }
            };
            const RunResult result = run_pipeline(*config, progress);
            for (const Warning& warning : result.report.warnings) {
              std::cerr << "framelens: warning: " << warning.source << ": " << warning.message
                        << "\n";
            }
            std::cout << "report written to " << config->output_dir.string() << "/\n";
            for (const auto& path : result.written) {
              std::cout << "  " << path.string() << "\n";
            }
            return kExitOk;
          }};
}

}  // namespace framelens::cli
