#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace framelens::ingest {

/// One outlet's share of the corpus.
struct OutletSummary {
  std::string id;
  std::string name;
  std::size_t documents = 0;
  std::size_t tokens = 0;  ///< Word tokens (tokenise::tokenise) in its documents.
  std::string first_date;  ///< Earliest document date, empty when none is dated.
  std::string last_date;
};

/// One document as `framelens inspect` shows it.
struct DocumentSummary {
  std::string id;
  std::string outlet;
  std::string origin;  ///< File, with `:line` for a JSONL or CSV record.
  std::string title;
  std::string date;
  std::size_t text_bytes = 0;  ///< Bytes of cleaned text.
  std::size_t tokens = 0;
  std::size_t removed_bytes = 0;  ///< Input bytes trimming removed.
  std::vector<Removal> removed;
};

/// The health of a corpus: what `framelens inspect` prints.
struct InspectReport {
  std::string corpus_name;
  std::vector<OutletSummary> outlets;  ///< In corpus order, empty outlets included.
  std::vector<DocumentSummary> documents;
  std::vector<Warning> warnings;
  std::size_t tokens = 0;
  /// True when the corpus can be compared: documents from at least two outlets.
  bool usable = false;
  std::string verdict;  ///< One sentence saying why it is or is not usable.
};

/// Summarises a loaded corpus. Tokens are counted with tokenise::tokenise on
/// each document's cleaned text, as the report does.
[[nodiscard]] InspectReport inspect_corpus(const Corpus& corpus);

}  // namespace framelens::ingest
