// framelens command line: a thin layer over the library. Registers the
// commands, parses, runs the chosen one, and maps exceptions to exit codes:
// 0 ok, 2 bad usage or bad input (or, for inspect, an unusable corpus),
// 3 internal error. 1 is kept for CI gates, which framelens does not have yet.
#include <unistd.h>

#include <iostream>
#include <vector>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "lexicon/shipped_lexicons.hpp"

namespace framelens::cli {

bool stderr_is_terminal() { return isatty(STDERR_FILENO) != 0; }

const CLI::Validator& lexicon_file() {
  static const CLI::Validator validator(
      [](std::string& value) -> std::string {
        if (value == framelens::lexicon::kShippedKeyword) {
          return {};
        }
        return CLI::ExistingFile(value);
      },
      "FILE|shipped");
  return validator;
}

}  // namespace framelens::cli

int main(int argc, char** argv) {
  using namespace framelens::cli;
  CLI::App app{"framelens: compare how news outlets frame the same events."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "framelens 0.1.0");
  const std::vector<Command> commands = {
      add_report_command(app),
      add_inspect_command(app),
      add_lexicon_command(app),
      add_kwic_command(app),
  };

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
    for (const Command& command : commands) {
      if (command.app->parsed()) {
        return command.run();
      }
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
