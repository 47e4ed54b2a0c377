#include "ingest/record.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "ingest/document_builder.hpp"

namespace framelens::ingest {

std::string* record_field(Record& record, std::string_view name) {
  if (name == "id") {
    return &record.id;
  }
  if (name == "outlet") {
    return &record.outlet;
  }
  if (name == "text") {
    return &record.text;
  }
  if (name == "title") {
    return &record.title;
  }
  if (name == "date") {
    return &record.date;
  }
  if (name == "url") {
    return &record.url;
  }
  if (name == "author") {
    return &record.author;
  }
  if (name == "event") {
    return &record.event;
  }
  return nullptr;
}

void add_record(Record record, std::string_view container, const IngestOptions& options,
                Corpus& corpus) {
  const std::string origin = fmt::format("{}:{}", container, record.line);
  if (!record.has_outlet || record.outlet.empty()) {
    corpus.warnings.push_back({origin, "record has no 'outlet'; skipped"});
    return;
  }
  if (!record.has_text) {
    corpus.warnings.push_back({origin, "record has no 'text'; skipped"});
    return;
  }
  Document doc;
  doc.id = record.id.empty()
               ? fmt::format("{}:{}", std::filesystem::path(container).stem().string(), record.line)
               : record.id;
  doc.outlet = record.outlet;
  doc.title = std::move(record.title);
  doc.date = std::move(record.date);
  doc.url = std::move(record.url);
  doc.author = std::move(record.author);
  doc.event = std::move(record.event);
  doc.source_path = std::string(container);
  doc.source_line = record.line;
  if (!build_document(doc, record.text, InputKind::kDecodedString, TrimRules{}, options, origin,
                      corpus.warnings)) {
    return;
  }
  if (corpus.outlet_index(doc.outlet) == corpus.outlets.size()) {
    corpus.outlets.push_back(Outlet{doc.outlet, doc.outlet, "", ""});
  }
  corpus.documents.push_back(std::move(doc));
}

std::ifstream open_container(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError(path.string() + ": cannot open file (does it exist and is it readable?)");
  }
  return in;
}

void warn_unknown_fields(const std::vector<std::string>& unknown, std::string_view where,
                         std::string_view what, std::vector<Warning>& warnings) {
  if (unknown.empty()) {
    return;
  }
  std::string names;
  for (const std::string& name : unknown) {
    names += (names.empty() ? "'" : ", '") + name + "'";
  }
  warnings.push_back({std::string(where), fmt::format("ignored unknown {} {} (known: {})", what,
                                                      names, fmt::join(kRecordFields, ", "))});
}

}  // namespace framelens::ingest
