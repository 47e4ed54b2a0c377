#include "ingest/trim.hpp"

#include <regex>

#include "core/error.hpp"

namespace framelens::ingest {
namespace {

std::vector<std::regex> compile_patterns(const std::vector<std::string>& patterns,
                                         std::string_view origin) {
  std::vector<std::regex> compiled;
  for (const std::string& pattern : patterns) {
    try {
      compiled.emplace_back(pattern, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      throw InputError(std::string(origin) + ": drop_lines: invalid regular expression '" +
                       pattern + "': " + e.what());
    }
  }
  return compiled;
}

}  // namespace

TrimResult apply_trim(std::string_view input, const TrimRules& rules, std::string_view origin) {
  TrimResult result;
  std::size_t begin = 0;
  std::size_t end = input.size();
  if (!rules.start_at.empty()) {
    begin = input.find(rules.start_at);
    if (begin == std::string_view::npos) {
      throw InputError(std::string(origin) + ": trim start_at '" + rules.start_at +
                       "' does not occur in the text; fix the rule or remove it");
    }
    if (begin > 0) {
      result.removed.push_back({0, begin, "before start_at", ""});
    }
  }
  if (!rules.end_before.empty()) {
    end = input.find(rules.end_before, begin);
    if (end == std::string_view::npos) {
      throw InputError(std::string(origin) + ": trim end_before '" + rules.end_before +
                       "' does not occur in the text after start_at; fix the rule or remove it");
    }
  }

  const std::vector<std::regex> patterns = compile_patterns(rules.drop_lines, origin);
  std::size_t line_begin = begin;
  while (line_begin < end) {
    std::size_t newline = input.find('\n', line_begin);
    const std::size_t line_end =
        newline == std::string_view::npos || newline >= end ? end : newline;
    const std::size_t next = line_end < end ? line_end + 1 : end;
    std::string_view line = input.substr(line_begin, line_end - line_begin);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    const std::string line_text(line);
    const std::regex* hit = nullptr;
    for (std::size_t i = 0; i < patterns.size() && hit == nullptr; ++i) {
      if (std::regex_search(line_text, patterns[i])) {
        hit = &patterns[i];
        result.removed.push_back({line_begin, next, "drop_lines " + rules.drop_lines[i], ""});
      }
    }
    if (hit == nullptr) {
      result.text.append(input.substr(line_begin, next - line_begin));
      result.source_map.append(next - line_begin, line_begin, next - line_begin);
    }
    line_begin = next;
  }
  if (end < input.size()) {
    result.removed.push_back({end, input.size(), "from end_before on", ""});
  }
  return result;
}

}  // namespace framelens::ingest
