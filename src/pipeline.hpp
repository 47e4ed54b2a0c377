#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ingest/ingest_options.hpp"
#include "report/report_input.hpp"

namespace framelens {

/// Everything `framelens report` needs, filled by the CLI or by a caller of
/// the library.
struct RunConfig {
  std::vector<std::filesystem::path> corpus;    ///< Folders, manifests, JSONL or CSV files.
  std::vector<std::filesystem::path> lexicons;  ///< YAML lexicons; empty: the shipped ones.
  std::filesystem::path output_dir = "reports/latest";
  std::size_t top_terms = 15;         ///< Terms listed per outlet.
  std::size_t evidence_per_term = 5;  ///< Evidence sentences kept per term and outlet.
  bool timestamp = false;             ///< Record the UTC time of the run (reports then differ).
  ingest::IngestOptions ingest;       ///< How the corpus is read (encodings, limits, duplicates).
  /// Analysis settings (compare::AnalysisParameters documents each): voice
  /// "narrative" | "quoted" | "all"; weighting "count" | "rate" | "tfidf" |
  /// "sublinear"; window "" | "week" | "month".
  std::string voice = "narrative";
  std::string weighting = "count";
  std::uint64_t seed = 20240601;
  std::size_t bootstrap = 1000;
  std::size_t permutations = 1000;
  double prior_strength = 1000;
  std::string window;
  bool bigrams = false;
};

/// What a run produced.
struct RunResult {
  report::ReportInput report;
  std::vector<std::filesystem::path> written;  ///< Report files, in writing order.
};

/// Called with a short description of each stage as it starts; the CLI shows
/// it as progress. May be empty.
using ProgressFn = std::function<void(const std::string& stage)>;

/// Runs ingest, tokenising, matching, counting, comparison and report writing.
/// Throws InputError for bad input and Error for failures to write.
[[nodiscard]] RunResult run_pipeline(const RunConfig& config, const ProgressFn& progress = {});

}  // namespace framelens
