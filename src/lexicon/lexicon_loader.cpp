#include "lexicon/lexicon_loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "core/yaml_util.hpp"
#include "lexicon/dictionary_reader.hpp"
#include "lexicon/term_check.hpp"

namespace framelens::lexicon {
namespace {

// Collects every problem of one file so they are reported together.
class Problems {
 public:
  explicit Problems(std::string_view origin) : origin_(origin) {}

  std::string_view origin() const { return origin_; }

  void add(const YAML::Node& node, const std::string& what) {
    messages_.push_back(fmt::format("{}: {}", yaml::where(origin_, node), what));
  }

  // Runs `read`; an InputError it throws (already positioned) is recorded.
  // Returns false when it threw.
  template <typename Read>
  bool attempt(Read&& read) {
    try {
      read();
      return true;
    } catch (const InputError& e) {
      messages_.emplace_back(e.what());
      return false;
    }
  }

  // Records every key of map `node` not in `allowed`, with a suggestion.
  // Returns false when `node` is not a map.
  bool check_keys(const YAML::Node& node, std::initializer_list<std::string_view> allowed,
                  std::string_view what) {
    if (!node.IsMap()) {
      add(node, fmt::format("{} must be a map, got {}", what, yaml::type_name(node)));
      return false;
    }
    const std::vector<std::string_view> names(allowed);
    for (const auto& item : node) {
      const std::string key = item.first.as<std::string>();
      if (std::find(names.begin(), names.end(), key) != names.end()) {
        continue;
      }
      const std::string suggestion = closest_match(key, names);
      add(item.first,
          suggestion.empty()
              ? fmt::format("unknown key '{}' in {} (expected one of: {})", key, what,
                            fmt::join(names, ", "))
              : fmt::format("unknown key '{}' in {} (did you mean '{}'?)", key, what, suggestion));
    }
    return true;
  }

  std::string string(const YAML::Node& node, std::string_view key, std::string fallback = {}) {
    std::string value = fallback;
    attempt([&] { value = yaml::optional_string(node, key, origin_, fallback); });
    return value;
  }

  std::string required(const YAML::Node& node, std::string_view key, std::string_view what) {
    std::string value;
    attempt([&] { value = yaml::required_string(node, key, origin_, what); });
    return value;
  }

  void throw_if_any() const {
    if (!messages_.empty()) {
      throw InputError(fmt::format("{}", fmt::join(messages_, "\n")));
    }
  }

 private:
  std::string origin_;
  std::vector<std::string> messages_;
};

// Sets `term.weight` from `node` when it is a positive finite number.
void read_weight(Problems& problems, const YAML::Node& node, Term& term) {
  double weight = 0;
  try {
    weight = node.as<double>();
  } catch (const YAML::Exception&) {
    problems.add(node, fmt::format("weight of '{}' must be a number, got {}", term.text,
                                   node.IsScalar() ? "'" + node.as<std::string>() + "'"
                                                   : std::string(yaml::type_name(node))));
    return;
  }
  if (!std::isfinite(weight) || weight <= 0) {
    problems.add(node, fmt::format("weight of '{}' must be a positive finite number, got {}",
                                   term.text, node.as<std::string>()));
    return;
  }
  term.weight = weight;
}

std::optional<Term> read_term(Problems& problems, const YAML::Node& node) {
  Term term;
  if (node.IsScalar()) {
    term.text = node.as<std::string>();
  } else if (node.IsMap()) {
    problems.check_keys(node, {"term", "weight", "case"}, "a term");
    term.text = problems.required(node, "term", "a term");
    if (term.text.empty()) {
      return std::nullopt;
    }
    if (const YAML::Node weight = node["weight"]) {
      read_weight(problems, weight, term);
    }
    const std::string case_mode = problems.string(node, "case", "insensitive");
    if (case_mode != "sensitive" && case_mode != "insensitive") {
      problems.add(node["case"],
                   fmt::format("case must be 'sensitive' or 'insensitive', got '{}'", case_mode));
    }
    term.case_sensitive = case_mode == "sensitive";
  } else {
    problems.add(node, fmt::format("a term must be a string or a map with 'term', got {}",
                                   yaml::type_name(node)));
    return std::nullopt;
  }
  if (const std::string problem = term_text_problem(term.text); !problem.empty()) {
    problems.add(node, problem);
    return std::nullopt;
  }
  return term;
}

std::vector<Term> read_terms(Problems& problems, const YAML::Node& owner,
                             std::string_view owner_name) {
  const YAML::Node terms = owner["terms"];
  std::vector<Term> out;
  if (!terms || !terms.IsSequence() || terms.size() == 0) {
    problems.add(terms ? terms : owner,
                 fmt::format("{} needs a non-empty 'terms' list", owner_name));
    return out;
  }
  std::set<std::string> seen;
  for (const YAML::Node& node : terms) {
    std::optional<Term> term = read_term(problems, node);
    if (!term) {
      continue;
    }
    if (!seen.insert(term->text).second) {
      problems.add(node, fmt::format("term '{}' is listed twice in {}", term->text, owner_name));
      continue;
    }
    out.push_back(std::move(*term));
  }
  return out;
}

// Ids must be non-empty and unique within their list.
void claim_id(Problems& problems, std::set<std::string>& ids, const YAML::Node& node,
              const std::string& id, std::string_view kind) {
  if (!id.empty() && !ids.insert(id).second) {
    problems.add(node, fmt::format("{} id '{}' is used twice", kind, id));
  }
}

std::vector<Category> read_categories(Problems& problems, const YAML::Node& list) {
  std::vector<Category> out;
  std::set<std::string> ids;
  for (const YAML::Node& node : list) {
    if (!problems.check_keys(node, {"id", "label", "description", "terms"}, "a category")) {
      continue;
    }
    Category category;
    category.id = problems.required(node, "id", "a category");
    claim_id(problems, ids, node["id"], category.id, "category");
    category.label = problems.string(node, "label", category.id);
    category.description = problems.string(node, "description");
    category.terms = read_terms(problems, node, "category '" + category.id + "'");
    out.push_back(std::move(category));
  }
  return out;
}

ContrastOption read_option(Problems& problems, const YAML::Node& node, std::set<std::string>& ids,
                           std::map<std::string, std::string>& term_owner,
                           const std::string& contrast_id) {
  ContrastOption option;
  option.id = problems.required(node, "id", "a contrast option");
  claim_id(problems, ids, node["id"], option.id, "option");
  option.label = problems.string(node, "label", option.id);
  option.terms = read_terms(problems, node, "option '" + option.id + "'");
  const YAML::Node term_nodes = node["terms"];
  for (std::size_t i = 0; i < term_nodes.size(); ++i) {
    const YAML::Node term_node = term_nodes[i];
    const YAML::Node text_node = term_node.IsMap() ? term_node["term"] : term_node;
    if (!text_node || !text_node.IsScalar() || text_node.Scalar().empty()) {
      continue;  // read_terms has reported it
    }
    const std::string& text = text_node.Scalar();
    const auto [owner, fresh] = term_owner.emplace(text, option.id);
    if (!fresh && owner->second != option.id) {
      problems.add(term_node,
                   fmt::format("term '{}' is in options '{}' and '{}' of contrast '{}'; a term "
                               "may name only one option",
                               text, owner->second, option.id, contrast_id));
    }
  }
  return option;
}

std::vector<Contrast> read_contrasts(Problems& problems, const YAML::Node& list) {
  std::vector<Contrast> out;
  std::set<std::string> ids;
  for (const YAML::Node& node : list) {
    if (!problems.check_keys(node, {"id", "label", "description", "options"}, "a contrast")) {
      continue;
    }
    Contrast contrast;
    contrast.id = problems.required(node, "id", "a contrast");
    claim_id(problems, ids, node["id"], contrast.id, "contrast");
    contrast.label = problems.string(node, "label", contrast.id);
    contrast.description = problems.string(node, "description");
    const YAML::Node options = node["options"];
    if (!options || !options.IsSequence() || options.size() < 2) {
      problems.add(options ? options : node,
                   fmt::format("contrast '{}' needs an 'options' list with at least two options",
                               contrast.id));
      continue;
    }
    std::set<std::string> option_ids;
    std::map<std::string, std::string> term_owner;
    for (const YAML::Node& option_node : options) {
      if (problems.check_keys(option_node, {"id", "label", "terms"}, "a contrast option")) {
        contrast.options.push_back(
            read_option(problems, option_node, option_ids, term_owner, contrast.id));
      }
    }
    out.push_back(std::move(contrast));
  }
  return out;
}

std::vector<Actor> read_actors(Problems& problems, const YAML::Node& list) {
  std::vector<Actor> out;
  std::set<std::string> ids;
  for (const YAML::Node& node : list) {
    if (!problems.check_keys(node, {"id", "label", "group", "aliases"}, "an actor")) {
      continue;
    }
    Actor actor;
    actor.id = problems.required(node, "id", "an actor");
    claim_id(problems, ids, node["id"], actor.id, "actor");
    actor.label = problems.string(node, "label", actor.id);
    actor.group = problems.string(node, "group", actor.id);
    const YAML::Node aliases = node["aliases"];
    if (!aliases || !aliases.IsSequence() || aliases.size() == 0) {
      problems.add(aliases ? aliases : node,
                   fmt::format("actor '{}' needs a non-empty 'aliases' list", actor.id));
      continue;
    }
    for (const YAML::Node& alias : aliases) {
      if (!alias.IsScalar() || !term_text_problem(alias.Scalar()).empty() ||
          alias.Scalar().find('*') != std::string::npos) {
        problems.add(alias, fmt::format("aliases of actor '{}' must be names (non-empty strings "
                                        "with letters and no '*'), got {}",
                                        actor.id,
                                        alias.IsScalar() ? "'" + alias.Scalar() + "'"
                                                         : std::string(yaml::type_name(alias))));
        continue;
      }
      actor.aliases.push_back(alias.Scalar());
    }
    out.push_back(std::move(actor));
  }
  return out;
}

// `node` when it is absent or a list; a problem (and an empty node) otherwise.
YAML::Node list_at(Problems& problems, const YAML::Node& root, std::string_view key) {
  const YAML::Node node = root[std::string(key)];
  if (node && !node.IsNull() && !node.IsSequence()) {
    problems.add(node, fmt::format("'{}' must be a list, got {}", key, yaml::type_name(node)));
    return YAML::Node();
  }
  return node;
}

void read_header(Problems& problems, const YAML::Node& root, Lexicon& lexicon) {
  lexicon.id = problems.required(root, "lexicon", "a lexicon");
  if (const YAML::Node version = root["version"]) {
    try {
      lexicon.version = version.as<int>();
    } catch (const YAML::Exception&) {
      problems.add(version, fmt::format("version must be a whole number, got '{}'",
                                        version.IsScalar() ? version.Scalar() : "a list or map"));
    }
  }
  lexicon.language = problems.string(root, "language", "en");
  lexicon.description = problems.string(root, "description");
  const std::string stemming = problems.string(root, "stemming", "none");
  if (stemming == "english") {
    lexicon.stemming = Stemming::kEnglish;
  } else if (stemming != "none") {
    problems.add(root["stemming"],
                 fmt::format("stemming must be 'none' or 'english', got '{}'", stemming));
  }
  if (const YAML::Node sources = list_at(problems, root, "sources")) {
    for (const YAML::Node& source : sources) {
      if (!source.IsScalar()) {
        problems.add(source,
                     fmt::format("each source must be a string, got {}", yaml::type_name(source)));
        continue;
      }
      lexicon.sources.push_back(source.Scalar());
    }
  }
}

}  // namespace

Lexicon parse_lexicon(std::string_view text, std::string_view origin) {
  const YAML::Node root = yaml::parse(text, origin);
  Problems problems(origin);
  Lexicon lexicon;
  lexicon.origin = std::string(origin);
  if (!problems.check_keys(root,
                           {"lexicon", "version", "language", "description", "sources", "stemming",
                            "categories", "contrasts", "actors"},
                           "a lexicon")) {
    problems.throw_if_any();
  }
  read_header(problems, root, lexicon);
  if (const YAML::Node list = list_at(problems, root, "categories")) {
    lexicon.categories = read_categories(problems, list);
  }
  if (const YAML::Node list = list_at(problems, root, "contrasts")) {
    lexicon.contrasts = read_contrasts(problems, list);
  }
  if (const YAML::Node list = list_at(problems, root, "actors")) {
    lexicon.actors = read_actors(problems, list);
  }
  if (!root["categories"] && !root["contrasts"] && !root["actors"]) {
    problems.add(root, "lexicon has no categories, contrasts or actors");
  }
  problems.throw_if_any();
  return lexicon;
}

Lexicon load_lexicon(const std::filesystem::path& path) {
  const std::string extension = ascii_lower(path.extension().string());
  const std::string text = read_file(path);
  if (extension == ".yaml" || extension == ".yml") {
    return parse_lexicon(text, path.string());
  }
  if (extension == ".dic") {
    return parse_dic(text, path.string());
  }
  return parse_word_list(text, path.string());
}

}  // namespace framelens::lexicon
