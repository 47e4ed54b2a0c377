#pragma once

#include <string>
#include <vector>

#include "core/source_map.hpp"

namespace framelens {

/// A stretch of the input that cleaning removed, kept so reports can say what
/// was dropped (design: "what was trimmed is reported, never silently lost").
struct Removal {
  std::size_t source_begin = 0;  ///< Byte offset in the input.
  std::size_t source_end = 0;    ///< One past the last removed byte.
  std::string reason;            ///< e.g. "before start_at", "drop_lines ^Advertisement$".
  std::string excerpt;           ///< The start of the removed text, for display (quote_excerpt).
};

/// One article after ingest: metadata plus the cleaned text that every later
/// stage reads. Offsets in `text` map back to the input through `source_map`.
struct Document {
  std::string id;               ///< Stable id: from the input, else derived from path or line.
  std::string outlet;           ///< Outlet id (key into Corpus::outlets).
  std::string title;            ///< May be empty.
  std::string date;             ///< ISO 8601 (YYYY-MM-DD) or empty.
  std::string url;              ///< May be empty.
  std::string author;           ///< May be empty.
  std::string event;            ///< Event id or empty.
  std::string source_path;      ///< File the text came from (for JSONL/CSV, the container file).
  std::size_t source_line = 0;  ///< JSONL/CSV: line where the document's record starts; else 0.
  std::string text;             ///< Trimmed, normalised UTF-8.
  /// text byte offset -> source byte offset: into the file's bytes for a
  /// whole-file document, into the decoded `text` string of the record for
  /// JSONL and CSV (source_line > 0).
  SourceMap source_map;
  std::vector<Removal> removed;  ///< What trimming dropped, in input order.
};

/// A news outlet as declared by the corpus (or derived from a folder name).
struct Outlet {
  std::string id;
  std::string name;  ///< Display name; defaults to the id.
  std::string country;
  std::string kind;
};

/// Something wrong with one input that did not stop the run.
struct Warning {
  std::string source;   ///< File (and position) the warning is about.
  std::string message;  ///< What is wrong and what was done about it.
};

/// Every document of a run, with the outlets they belong to. Outlets keep the
/// order in which they were declared (manifest) or found (sorted folders).
struct Corpus {
  std::string name;
  std::string description;
  std::vector<Outlet> outlets;
  std::vector<Document> documents;
  std::vector<Warning> warnings;

  /// Index of outlet `id` in `outlets`, or outlets.size() when unknown.
  [[nodiscard]] std::size_t outlet_index(const std::string& id) const {
    for (std::size_t i = 0; i < outlets.size(); ++i) {
      if (outlets[i].id == id) {
        return i;
      }
    }
    return outlets.size();
  }
};

}  // namespace framelens
