#include "ingest/ingest_options.hpp"

#include <string>

#include "core/error.hpp"
#include "core/text_util.hpp"

namespace framelens::ingest {

InputEncoding parse_input_encoding(std::string_view name) {
  const std::string lower = ascii_lower(name);
  if (lower == "utf-8" || lower == "utf8") {
    return InputEncoding::kUtf8;
  }
  if (lower == "windows-1252" || lower == "cp1252") {
    return InputEncoding::kWindows1252;
  }
  if (lower == "latin-1" || lower == "latin1" || lower == "iso-8859-1") {
    return InputEncoding::kLatin1;
  }
  throw InputError("--input-encoding: unknown encoding '" + std::string(name) +
                   "'; expected utf-8, windows-1252 or latin-1");
}

OnInvalid parse_on_invalid(std::string_view name) {
  if (name == "error") {
    return OnInvalid::kError;
  }
  if (name == "replace") {
    return OnInvalid::kReplace;
  }
  if (name == "skip") {
    return OnInvalid::kSkip;
  }
  throw InputError("--on-invalid: unknown value '" + std::string(name) +
                   "'; expected error, replace or skip");
}

DuplicatePolicy parse_duplicate_policy(std::string_view name) {
  if (name == "keep") {
    return DuplicatePolicy::kKeep;
  }
  if (name == "drop-exact") {
    return DuplicatePolicy::kDropExact;
  }
  if (name == "drop-near") {
    return DuplicatePolicy::kDropNear;
  }
  throw InputError("--duplicates: unknown value '" + std::string(name) +
                   "'; expected keep, drop-exact or drop-near");
}

}  // namespace framelens::ingest
