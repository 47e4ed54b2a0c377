#pragma once

#include <filesystem>
#include <span>

#include "core/document.hpp"
#include "ingest/manifest_reader.hpp"

namespace framelens::ingest {

/// Options for reading a corpus.
struct IngestOptions {
  ManifestOptions manifest;
};

/// Reads every input into one corpus. Each input is a folder with one
/// sub-folder per outlet, a folder holding `corpus.yaml`, or a `.yaml`/`.yml`
/// manifest. Throws InputError for unknown kinds of input, for a document id
/// that occurs twice, and for an empty result.
[[nodiscard]] Corpus load_corpus(std::span<const std::filesystem::path> inputs,
                                 const IngestOptions& options);

}  // namespace framelens::ingest
