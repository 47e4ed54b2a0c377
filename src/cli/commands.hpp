#pragma once

// The CLI layer: the only code that knows CLI11. Each command lives in its own
// file, registers its options on a sub-command, and returns the function that
// runs it after parsing. Library errors propagate to main() as exceptions.

#include <CLI/CLI.hpp>
#include <functional>

#include "ingest/ingest_options.hpp"

namespace framelens::cli {

/// Exit codes (design §6).
inline constexpr int kExitOk = 0;
inline constexpr int kExitGateFailed = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitInternal = 3;

/// Runs a parsed command and returns its exit code.
using CommandRunner = std::function<int()>;

/// A registered sub-command and what runs it.
struct Command {
  CLI::App* app = nullptr;
  CommandRunner run;
};

/// True when progress should be shown: stderr is a terminal.
[[nodiscard]] bool stderr_is_terminal();

Command add_report_command(CLI::App& parent);
Command add_inspect_command(CLI::App& parent);

/// Registers the flags that control how a corpus is read (encoding, bad bytes,
/// size limit, duplicates, --strict, --allow-outside) on `app`, writing to `options`.
void add_ingest_flags(CLI::App& app, ingest::IngestOptions& options);

}  // namespace framelens::cli
