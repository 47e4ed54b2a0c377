#pragma once

// The CLI layer: the only code that knows CLI11. Each command lives in its own
// file, registers its options on a sub-command, and returns the function that
// runs it after parsing. Library errors propagate to main() as exceptions.

#include <CLI/CLI.hpp>
#include <functional>

#include "ingest/ingest_options.hpp"

namespace framelens::cli {

/// Exit codes (design §6). 1 is kept for CI gates, which do not exist yet.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitInternal = 3;

/// Runs a parsed command and returns its exit code.
using CommandRunner = std::function<int()>;

/// A registered sub-command and what runs it.
struct Command {
  CLI::App* app = nullptr;
  CommandRunner run;
};

/// Accepts an existing file or the word "shipped" (the shipped lexicons), for
/// every -l/--lexicon option.
[[nodiscard]] const CLI::Validator& lexicon_file();

/// True when progress should be shown: stderr is a terminal.
[[nodiscard]] bool stderr_is_terminal();

/// `framelens report`: the whole pipeline, writing a report folder.
Command add_report_command(CLI::App& parent);
Command add_inspect_command(CLI::App& parent);

/// Help text of a CORPUS argument: every command reads the same four formats.
inline constexpr const char* kCorpusHelp =
    "Corpus: a folder with one sub-folder per outlet, a corpus.yaml manifest, a .jsonl or a "
    ".csv file (repeatable)";

/// Registers the flags that control how a corpus is read (encoding, bad bytes,
/// size limit, duplicates, --strict, --allow-outside) on `app`, writing to `options`.
void add_ingest_flags(CLI::App& app, ingest::IngestOptions& options);

/// `framelens lexicon check FILE...` (exit 2 when a file has errors) and
/// `framelens lexicon coverage CORPUS... [-l FILE...]`.
Command add_lexicon_command(CLI::App& parent);

/// `framelens kwic CORPUS... PATTERN [--outlet X] [--window N] [-l FILE]`.
Command add_kwic_command(CLI::App& parent);

}  // namespace framelens::cli
