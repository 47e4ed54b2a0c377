// framelens command line: a thin layer over the library. Parses options into
// plain config structs, calls the library, and maps exceptions to exit codes:
// 0 ok, 1 gate failed, 2 bad usage or input, 3 internal error.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "core/error.hpp"
#include "pipeline.hpp"

namespace {

constexpr int kExitBadInput = 2;
constexpr int kExitInternal = 3;

void add_report_command(CLI::App& app, framelens::RunConfig& config) {
  CLI::App* report = app.add_subcommand(
      "report", "Compare how outlets frame the same events and write a report folder.");
  report
      ->add_option("corpus", config.corpus,
                   "Corpus: a folder with one sub-folder per outlet, or a corpus.yaml manifest "
                   "(repeatable)")
      ->required()
      ->check(CLI::ExistingPath);
  report
      ->add_option("-l,--lexicon", config.lexicons,
                   "Lexicon YAML file (repeatable); default: the shipped lexicons")
      ->check(CLI::ExistingFile);
  report->add_option("-o,--output", config.output_dir, "Folder to write the report into")
      ->capture_default_str();
  report->add_option("--top-terms", config.top_terms, "Terms listed per outlet")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  report->add_flag("--allow-outside", config.allow_outside,
                   "Let a manifest name files outside its own folder");
}

int run_report(const framelens::RunConfig& config) {
  const bool show_progress = isatty(STDERR_FILENO) != 0;
  const auto progress = [show_progress](const std::string& stage) {
    if (show_progress) {
      std::cerr << "framelens: " << stage << "...\n";
    }
  };
  const framelens::RunResult result = framelens::run_pipeline(config, progress);
  for (const framelens::Warning& warning : result.report.warnings) {
    std::cerr << "framelens: warning: " << warning.source << ": " << warning.message << "\n";
  }
  std::cout << "report written to " << config.output_dir.string() << "/\n";
  for (const auto& path : result.written) {
    std::cout << "  " << path.string() << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"framelens: compare how news outlets frame the same events."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "framelens 0.1.0");
  framelens::RunConfig report_config;
  add_report_command(app, report_config);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "framelens: error: " << e.what() << "\n"
              << "Run 'framelens --help' for usage.\n";
    return kExitBadInput;
  }

  try {
    if (app.got_subcommand("report")) {
      return run_report(report_config);
    }
    return kExitBadInput;
  } catch (const framelens::InputError& e) {
    std::cerr << "framelens: error: " << e.what() << "\n";
    return kExitBadInput;
  } catch (const std::exception& e) {
    std::cerr << "framelens: internal error: " << e.what() << "\n";
    return kExitInternal;
  } catch (...) {
    std::cerr << "framelens: internal error: unknown exception\n";
    return kExitInternal;
  }
}
