#include <string>

#include "cli/commands.hpp"
#include "core/error.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::cli {
namespace {

// A CLI11 option whose value is parsed by one of the ingest::parse_* functions,
// so the accepted names and the messages live in one place.
template <typename Value>
void add_parsed_option(CLI::App& app, const std::string& name, Value& target,
                       Value (*parse)(std::string_view), const std::string& description,
                       const std::string& type_name) {
  app.add_option_function<std::string>(
         name, [&target, parse](const std::string& value) { target = parse(value); }, description)
      ->type_name(type_name)
      ->check(CLI::Validator(
          [parse](std::string& value) -> std::string {
            try {
              static_cast<void>(parse(value));
              return {};
            } catch (const InputError& error) {
              return error.what();
            }
          },
          "", ""));
}

}  // namespace

void add_ingest_flags(CLI::App& app, ingest::IngestOptions& options) {
  add_parsed_option(app, "--input-encoding", options.encoding, &ingest::parse_input_encoding,
                    "Encoding of the corpus files (default utf-8)", "utf-8|windows-1252|latin-1");
  add_parsed_option(app, "--on-invalid", options.on_invalid, &ingest::parse_on_invalid,
                    "Bytes that are not valid in the encoding: stop (error, the default), put "
                    "U+FFFD in their place (replace) or leave the document out (skip)",
                    "error|replace|skip");
  add_parsed_option(app, "--duplicates", options.duplicates, &ingest::parse_duplicate_policy,
                    "Duplicate documents are always reported; keep them (default), drop later "
                    "exact copies (drop-exact), or also drop later near-copies from other "
                    "outlets (drop-near)",
                    "keep|drop-exact|drop-near");
  app.add_option("--near-duplicate-threshold", options.near_duplicate_threshold,
                 "Shingle (word 5-gram) Jaccard similarity at which documents of different "
                 "outlets count as near-duplicates")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 1.0));
  app.add_option("--max-document-bytes", options.max_document_bytes,
                 "Documents larger than this are left out with a warning")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_flag("--strict", options.strict, "Treat every warning about the corpus as an error");
  app.add_flag("--allow-outside", options.allow_outside,
               "Let a manifest name files outside its own folder");
}

}  // namespace framelens::cli
