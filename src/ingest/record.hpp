#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// One document of a JSONL or CSV file, as its fields were given.
struct Record {
  std::size_t line = 0;  ///< 1-based line where the record starts.
  std::string id;
  std::string outlet;
  std::string text;
  std::string title;
  std::string date;
  std::string url;
  std::string author;
  std::string event;
  bool has_outlet = false;  ///< The key or column was present (even if empty).
  bool has_text = false;
};

/// The keys (JSONL) and columns (CSV) a record may have, in documentation order.
inline constexpr std::array<std::string_view, 8> kRecordFields = {
    "id", "outlet", "text", "title", "date", "url", "author", "event"};

/// The member of `record` for field `name` (one of kRecordFields), or nullptr.
[[nodiscard]] std::string* record_field(Record& record, std::string_view name);

/// Turns a record of container file `container` into a document and appends it
/// (and its outlet, when new: display name = id) to `corpus`. The id is the
/// record's `id`, else `<file stem>:<line>`. A record without outlet or text is
/// left out with a warning naming `container:line`; so is one build_document
/// rejects.
void add_record(Record record, std::string_view container, const IngestOptions& options,
                Corpus& corpus);

/// Opens a JSONL or CSV file for streaming. Throws InputError naming it when
/// it cannot be opened.
[[nodiscard]] std::ifstream open_container(const std::filesystem::path& path);

/// A warning listing unknown keys or columns that were ignored, or nothing
/// when `unknown` is empty.
void warn_unknown_fields(const std::vector<std::string>& unknown, std::string_view where,
                         std::string_view what, std::vector<Warning>& warnings);

}  // namespace framelens::ingest
