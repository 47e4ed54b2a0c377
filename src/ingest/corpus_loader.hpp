#pragma once

#include <filesystem>
#include <span>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// Reads every input into one corpus, in order. Each input is a folder with
/// one sub-folder per outlet, a folder holding `corpus.yaml`, a `.yaml`/`.yml`
/// manifest, a `.jsonl`/`.ndjson` file or a `.csv` file (docs/corpus-formats.md).
/// Then reports duplicates (check_duplicates).
///
/// Problems with single documents are warnings in Corpus::warnings; with
/// IngestOptions::strict the first of them is thrown as an InputError instead.
/// Throws InputError for a missing input or one of unknown kind, for a
/// document id that occurs twice, for a corpus left without documents, and
/// for the errors of the readers.
[[nodiscard]] Corpus load_corpus(std::span<const std::filesystem::path> inputs,
                                 const IngestOptions& options);

}  // namespace framelens::ingest
