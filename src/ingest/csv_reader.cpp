#include "ingest/csv_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "ingest/decode.hpp"
#include "ingest/record.hpp"

namespace framelens::ingest {
namespace {

// Reads raw records (their bytes, without the line break that ends them) and
// checks the quoting as it goes, so later steps can split fields trivially.
class RecordReader {
 public:
  RecordReader(std::istream& in, std::string_view origin) : in_(in), origin_(origin) {}

  // The next record's bytes, false at the end of the input.
  bool next(std::string& raw) {
    raw.clear();
    first_line_ = line_;
    first_offset_ = offset_;
    State state = State::kFieldStart;
    std::size_t quote_line = 0;
    std::size_t column = 0;
    std::streambuf& buffer = *in_.rdbuf();
    for (int c = buffer.sbumpc(); c != std::char_traits<char>::eof(); c = buffer.sbumpc()) {
      const char byte = static_cast<char>(c);
      ++offset_;
      ++column;
      if (byte == '\n' && state != State::kQuoted) {
        ++line_;
        if (!raw.empty() && raw.back() == '\r') {
          raw.pop_back();
        }
        return true;
      }
      raw.push_back(byte);
      if (byte == '\n') {
        ++line_;
        column = 0;
      }
      switch (state) {
        case State::kFieldStart:
          if (byte == '"') {
            state = State::kQuoted;
            quote_line = line_;
          } else if (byte != ',') {
            state = State::kUnquoted;
          }
          break;
        case State::kUnquoted:
          if (byte == '"') {
            throw InputError(fmt::format(
                "{}:{}:{}: quote inside an unquoted field; quote the whole field and double "
                "the quotes inside it (\"\")",
                origin_, line_, column));
          }
          if (byte == ',') {
            state = State::kFieldStart;
          }
          break;
        case State::kQuoted:
          if (byte == '"') {
            state = State::kQuoteInQuoted;
          }
          break;
        case State::kQuoteInQuoted:
          if (byte == '"') {
            state = State::kQuoted;
          } else if (byte == ',') {
            state = State::kFieldStart;
          } else if (byte != '\r') {
            throw InputError(fmt::format(
                "{}:{}:{}: unexpected character after a closing quote; a quote inside a quoted "
                "field must be doubled (\"\")",
                origin_, line_, column));
          }
          break;
      }
    }
    if (state == State::kQuoted) {
      throw InputError(fmt::format(
          "{}:{}: unbalanced quotes: the quoted field opened on this line is never closed", origin_,
          quote_line));
    }
    return !raw.empty();
  }

  [[nodiscard]] std::size_t first_line() const { return first_line_; }
  [[nodiscard]] std::size_t first_offset() const { return first_offset_; }

 private:
  enum class State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted };

  std::istream& in_;
  std::string_view origin_;
  std::size_t line_ = 1;
  std::size_t offset_ = 0;
  std::size_t first_line_ = 1;
  std::size_t first_offset_ = 0;
};

// Fields of a record RecordReader has checked.
std::vector<std::string> split_fields(std::string_view record) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < record.size(); ++i) {
    const char c = record[i];
    if (quoted) {
      if (c == '"' && i + 1 < record.size() && record[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  return fields;
}

struct Header {
  std::vector<std::string> columns;  // lower-cased names
};

Header read_header(const std::vector<std::string>& fields, std::string_view origin,
                   std::size_t line, std::vector<Warning>& warnings) {
  Header header;
  std::vector<std::string> unknown;
  for (const std::string& field : fields) {
    std::string name = ascii_lower(trim_ascii(field));
    for (const std::string& earlier : header.columns) {
      if (earlier == name) {
        throw InputError(
            fmt::format("{}:{}: column '{}' is named twice in the header", origin, line, name));
      }
    }
    if (!name.empty() &&
        std::find(kRecordFields.begin(), kRecordFields.end(), name) == kRecordFields.end()) {
      unknown.push_back(name);
    }
    header.columns.push_back(std::move(name));
  }
  const auto has = [&](std::string_view name) {
    return std::find(header.columns.begin(), header.columns.end(), name) != header.columns.end();
  };
  if (!has("outlet") || !has("text")) {
    std::string found;
    for (const std::string& column : header.columns) {
      found += (found.empty() ? "'" : ", '") + column + "'";
    }
    throw InputError(
        fmt::format("{}:{}: the CSV header needs an 'outlet' and a 'text' column; found {}", origin,
                    line, found));
  }
  warn_unknown_fields(unknown, fmt::format("{}:{}", origin, line), "column(s)", warnings);
  return header;
}

}  // namespace

void parse_csv(std::istream& in, std::string_view origin, const IngestOptions& options,
               Corpus& corpus) {
  RecordReader reader(in, origin);
  std::string raw;
  std::optional<Header> header;
  while (reader.next(raw)) {
    const DecodedText decoded =
        decode_text(raw, options.encoding, options.on_invalid, reader.first_offset() == 0);
    if (!accept_decoded(decoded, raw, reader.first_offset(), reader.first_line(), origin, options,
                        corpus.warnings)) {
      continue;
    }
    if (trim_ascii(decoded.text).empty()) {
      continue;
    }
    std::vector<std::string> fields = split_fields(decoded.text);
    if (!header) {
      header = read_header(fields, origin, reader.first_line(), corpus.warnings);
      continue;
    }
    if (fields.size() != header->columns.size()) {
      corpus.warnings.push_back({fmt::format("{}:{}", origin, reader.first_line()),
                                 fmt::format("record has {} field(s), the header has {}; skipped",
                                             fields.size(), header->columns.size())});
      continue;
    }
    Record record;
    record.line = reader.first_line();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      const std::string& column = header->columns[i];
      if (std::string* field = record_field(record, column)) {
        *field = std::move(fields[i]);
      }
    }
    record.has_outlet = true;
    record.has_text = true;
    add_record(std::move(record), origin, options, corpus);
  }
  if (!header) {
    throw InputError(std::string(origin) +
                     ": empty CSV file; expected a header row naming 'outlet' and 'text' columns");
  }
}

void load_csv(const std::filesystem::path& path, const IngestOptions& options, Corpus& corpus) {
  std::ifstream in = open_container(path);
  parse_csv(in, path.string(), options, corpus);
}

}  // namespace framelens::ingest
