#include "ingest/corpus_loader.hpp"

#include <fmt/format.h>

#include <set>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/directory_reader.hpp"
#include "ingest/document_builder.hpp"
#include "ingest/duplicates.hpp"
#include "ingest/jsonl_reader.hpp"
#include "ingest/manifest_reader.hpp"

namespace framelens::ingest {
namespace {

void load_input(const std::filesystem::path& input, const IngestOptions& options, Corpus& corpus) {
  std::error_code ec;
  if (!std::filesystem::exists(input, ec)) {
    throw InputError(input.string() + ": no such file or folder");
  }
  const std::string extension = ascii_lower(input.extension().string());
  if (std::filesystem::is_directory(input)) {
    if (std::filesystem::is_regular_file(input / "corpus.yaml")) {
      load_manifest(input / "corpus.yaml", options, corpus);
    } else {
      read_directory(input, options, corpus);
    }
  } else if (extension == ".yaml" || extension == ".yml") {
    load_manifest(input, options, corpus);
  } else if (extension == ".jsonl" || extension == ".ndjson") {
    load_jsonl(input, options, corpus);
  } else if (extension == ".csv") {
    load_csv(input, options, corpus);
  } else {
    throw InputError(input.string() +
                     ": unknown corpus format; give a folder with one sub-folder per outlet, a "
                     "corpus.yaml manifest, a .jsonl file or a .csv file");
  }
}

}  // namespace

Corpus load_corpus(std::span<const std::filesystem::path> inputs, const IngestOptions& options) {
  Corpus corpus;
  for (const std::filesystem::path& input : inputs) {
    load_input(input, options, corpus);
  }
  std::set<std::string> ids;
  for (const Document& doc : corpus.documents) {
    if (!ids.insert(doc.id).second) {
      throw InputError(document_origin(doc) + ": document id '" + doc.id +
                       "' occurs twice; give each document a distinct id");
    }
  }
  check_duplicates(corpus, options);
  if (options.strict && !corpus.warnings.empty()) {
    const Warning& first = corpus.warnings.front();
    throw InputError(fmt::format("{}: {} (--strict makes warnings errors; {} warning(s) in all)",
                                 first.source, first.message, corpus.warnings.size()));
  }
  if (corpus.documents.empty()) {
    if (corpus.warnings.empty()) {
      throw InputError("the corpus holds no documents");
    }
    const Warning& first = corpus.warnings.front();
    throw InputError(fmt::format(
        "the corpus holds no documents: every one was left out ({} warning(s), the first: {}: {})",
        corpus.warnings.size(), first.source, first.message));
  }
  return corpus;
}

}  // namespace framelens::ingest
