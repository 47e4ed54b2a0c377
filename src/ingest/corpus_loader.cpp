#include "ingest/corpus_loader.hpp"

#include <set>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "ingest/directory_reader.hpp"

namespace framelens::ingest {

Corpus load_corpus(std::span<const std::filesystem::path> inputs, const IngestOptions& options) {
  Corpus corpus;
  for (const std::filesystem::path& input : inputs) {
    std::error_code ec;
    if (!std::filesystem::exists(input, ec)) {
      throw InputError(input.string() + ": no such file or folder");
    }
    const std::string extension = ascii_lower(input.extension().string());
    if (std::filesystem::is_directory(input)) {
      if (std::filesystem::is_regular_file(input / "corpus.yaml")) {
        load_manifest(input / "corpus.yaml", options.manifest, corpus);
      } else {
        read_directory(input, corpus);
      }
    } else if (extension == ".yaml" || extension == ".yml") {
      load_manifest(input, options.manifest, corpus);
    } else {
      throw InputError(input.string() +
                       ": unknown corpus format; give a folder with one sub-folder per outlet, "
                       "or a corpus.yaml manifest");
    }
  }
  std::set<std::string> ids;
  for (const Document& doc : corpus.documents) {
    if (!ids.insert(doc.id).second) {
      throw InputError(doc.source_path + ": document id '" + doc.id +
                       "' occurs twice; give each document a distinct id");
    }
  }
  if (corpus.documents.empty()) {
    throw InputError("the corpus holds no documents");
  }
  return corpus;
}

}  // namespace framelens::ingest
