#include "ingest/jsonl_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "ingest/decode.hpp"
#include "ingest/record.hpp"

namespace framelens::ingest {
namespace {

using nlohmann::json;

// nlohmann's message without its "[json.exception...] parse error at line 1,
// column 5: " prefix, which names neither the file nor the real line.
std::string json_reason(const json::parse_error& error) {
  const std::string what = error.what();
  const std::size_t column = what.find("column ");
  const std::size_t colon = column == std::string::npos ? column : what.find(": ", column);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

std::string_view json_type(const json& value) {
  switch (value.type()) {
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "an array";
    case json::value_t::string:
      return "a string";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::null:
      return "null";
    default:
      return "a number";
  }
}

// The record of one JSON object, or a reason to skip it.
std::string fill_record(const json& object, Record& record, std::vector<std::string>& unknown) {
  for (const auto& [key, value] : object.items()) {
    std::string* field = record_field(record, key);
    if (field == nullptr) {
      if (std::find(unknown.begin(), unknown.end(), key) == unknown.end()) {
        unknown.push_back(key);
      }
      continue;
    }
    if (value.is_null()) {
      continue;
    }
    if (value.is_string()) {
      *field = value.get<std::string>();
    } else if (value.is_number()) {
      *field = value.dump();
    } else {
      return fmt::format("'{}' must be a string, got {}; record skipped", key, json_type(value));
    }
    record.has_outlet = record.has_outlet || key == "outlet";
    record.has_text = record.has_text || key == "text";
  }
  return {};
}

}  // namespace

void parse_jsonl(std::istream& in, std::string_view origin, const IngestOptions& options,
                 Corpus& corpus) {
  std::string line;
  std::size_t line_number = 0;
  std::size_t line_offset = 0;
  std::vector<std::string> unknown;
  while (std::getline(in, line)) {
    ++line_number;
    const std::size_t offset = line_offset;
    line_offset += line.size() + 1;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    const DecodedText decoded =
        decode_text(line, options.encoding, options.on_invalid, line_number == 1);
    if (!accept_decoded(decoded, line, offset, line_number, origin, options, corpus.warnings)) {
      continue;
    }
    if (trim_ascii(decoded.text).empty()) {
      continue;
    }
    const std::string where = fmt::format("{}:{}", origin, line_number);
    json value;
    try {
      value = json::parse(decoded.text);
    } catch (const json::parse_error& error) {
      corpus.warnings.push_back(
          {where, fmt::format("not valid JSON ({}); line skipped", json_reason(error))});
      continue;
    }
    if (!value.is_object()) {
      corpus.warnings.push_back(
          {where, fmt::format("expected a JSON object with 'outlet' and 'text', got {}; line "
                              "skipped",
                              json_type(value))});
      continue;
    }
    Record record;
    record.line = line_number;
    if (const std::string problem = fill_record(value, record, unknown); !problem.empty()) {
      corpus.warnings.push_back({where, problem});
      continue;
    }
    value = json();  // the text now lives in the record only
    add_record(std::move(record), origin, options, corpus);
  }
  if (in.bad()) {
    throw InputError(std::string(origin) + ": read error");
  }
  warn_unknown_fields(unknown, origin, "key(s)", corpus.warnings);
}

void load_jsonl(const std::filesystem::path& path, const IngestOptions& options, Corpus& corpus) {
  std::ifstream in = open_container(path);
  parse_jsonl(in, path.string(), options, corpus);
}

}  // namespace framelens::ingest
