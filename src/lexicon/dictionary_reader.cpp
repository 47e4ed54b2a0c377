#include "lexicon/dictionary_reader.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <set>
#include <vector>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "lexicon/term_check.hpp"

namespace framelens::lexicon {
namespace {

// Lines of `text` without their line ends, a byte-order mark dropped.
std::vector<std::string_view> split_lines(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) {
    text.remove_prefix(3);
  }
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    if (line.ends_with('\r')) {
      line.remove_suffix(1);
    }
    lines.push_back(line);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
  }
  return lines;
}

std::vector<std::string_view> split_fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) {
      ++at;
    }
    const std::size_t begin = at;
    while (at < line.size() && line[at] != ' ' && line[at] != '\t') {
      ++at;
    }
    if (at > begin) {
      fields.push_back(line.substr(begin, at - begin));
    }
  }
  return fields;
}

bool is_number(std::string_view field) {
  return !field.empty() && field.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string lexicon_id(std::string_view origin) {
  return std::filesystem::path(origin).stem().string();
}

}  // namespace

Lexicon parse_dic(std::string_view text, std::string_view origin) {
  const std::vector<std::string_view> lines = split_lines(text);
  std::size_t at = 0;
  while (at < lines.size() && trim_ascii(lines[at]).empty()) {
    ++at;
  }
  if (at == lines.size() || trim_ascii(lines[at]) != "%") {
    throw InputError(fmt::format(
        "{}:{}:1: a .dic file starts with a '%' line, then 'NUMBER NAME' category lines and "
        "another '%' line",
        origin, at == lines.size() ? 1 : at + 1));
  }
  const std::size_t header_line = at + 1;
  std::map<std::string, std::size_t> category_of_number;
  Lexicon lexicon;
  lexicon.id = lexicon_id(origin);
  lexicon.origin = std::string(origin);
  for (++at; at < lines.size() && trim_ascii(lines[at]) != "%"; ++at) {
    const std::vector<std::string_view> fields = split_fields(lines[at]);
    if (fields.size() < 2 || !is_number(fields[0]) ||
        category_of_number.contains(std::string(fields[0]))) {
      continue;
    }
    category_of_number.emplace(std::string(fields[0]), lexicon.categories.size());
    Category category;
    category.id = std::string(fields[1]);
    category.label = category.id;
    lexicon.categories.push_back(std::move(category));
  }
  if (at == lines.size()) {
    throw InputError(fmt::format("{}:{}:1: the category header opened by '%' is never closed",
                                 origin, header_line));
  }
  std::vector<std::set<std::string>> seen(lexicon.categories.size());
  for (++at; at < lines.size(); ++at) {
    const std::vector<std::string_view> fields = split_fields(lines[at]);
    std::size_t words = 0;
    while (words < fields.size() && !is_number(fields[words])) {
      ++words;
    }
    if (words == 0) {
      continue;
    }
    std::string term_text(fields[0]);
    for (std::size_t i = 1; i < words; ++i) {
      term_text += ' ';
      term_text += fields[i];
    }
    if (!term_text_problem(term_text).empty()) {
      continue;
    }
    for (std::size_t i = words; i < fields.size(); ++i) {
      const auto found = category_of_number.find(std::string(fields[i]));
      if (found == category_of_number.end() || !seen[found->second].insert(term_text).second) {
        continue;
      }
      lexicon.categories[found->second].terms.push_back(Term{term_text, 1.0, false});
    }
  }
  std::erase_if(lexicon.categories, [](const Category& c) { return c.terms.empty(); });
  if (lexicon.categories.empty()) {
    throw InputError(fmt::format("{}: no category of the dictionary has an entry", origin));
  }
  return lexicon;
}

Lexicon parse_word_list(std::string_view text, std::string_view origin) {
  Lexicon lexicon;
  lexicon.id = lexicon_id(origin);
  lexicon.origin = std::string(origin);
  Category category;
  category.id = lexicon.id;
  category.label = lexicon.id;
  std::vector<std::string> problems;
  std::set<std::string> seen;
  const std::vector<std::string_view> lines = split_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const std::string_view term = trim_ascii(line);
    if (term.empty() || term.starts_with('#')) {
      continue;
    }
    if (const std::string problem = term_text_problem(term); !problem.empty()) {
      const std::size_t column = static_cast<std::size_t>(term.data() - line.data()) + 1;
      problems.push_back(fmt::format("{}:{}:{}: {}", origin, i + 1, column, problem));
      continue;
    }
    if (seen.insert(std::string(term)).second) {
      category.terms.push_back(Term{std::string(term), 1.0, false});
    }
  }
  if (!problems.empty()) {
    throw InputError(fmt::format("{}", fmt::join(problems, "\n")));
  }
  if (category.terms.empty()) {
    throw InputError(fmt::format("{}: the word list has no terms", origin));
  }
  lexicon.categories.push_back(std::move(category));
  return lexicon;
}

}  // namespace framelens::lexicon
