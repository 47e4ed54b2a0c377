#include "lexicon/lexicon_loader.hpp"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "core/yaml_util.hpp"

namespace framelens::lexicon {
namespace {

[[noreturn]] void fail(std::string_view origin, const YAML::Node& node, const std::string& what) {
  throw InputError(fmt::format("{}: {}", yaml::where(origin, node), what));
}

void check_term_text(std::string_view origin, const YAML::Node& node, const std::string& text) {
  if (trim_ascii(text).empty()) {
    fail(origin, node, "empty term; write the word or phrase to match");
  }
  std::size_t token_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') {
      token_start = i + 1;
    } else if (text[i] == '*') {
      const bool ends_token = i + 1 == text.size() || text[i + 1] == ' ';
      if (!ends_token || i == token_start) {
        fail(origin, node,
             fmt::format("term '{}': '*' is only allowed at the end of a word (suffix "
                         "wildcard, as in 'negotiat*')",
                         text));
      }
    }
  }
}

Term read_term(std::string_view origin, const YAML::Node& node) {
  Term term;
  if (node.IsScalar()) {
    term.text = node.as<std::string>();
  } else if (node.IsMap()) {
    yaml::check_keys(node, {"term", "weight", "case"}, origin, "a term");
    term.text = yaml::required_string(node, "term", origin, "a term");
    if (const YAML::Node weight = node["weight"]) {
      try {
        term.weight = weight.as<double>();
      } catch (const YAML::Exception&) {
        fail(origin, weight,
             fmt::format("weight must be a number, got '{}'",
                         yaml::optional_string(node, "weight", origin)));
      }
      if (!std::isfinite(term.weight) || term.weight <= 0) {
        fail(origin, weight,
             fmt::format("weight of '{}' must be a positive finite number, got {}", term.text,
                         weight.as<std::string>()));
      }
    }
    const std::string case_mode = yaml::optional_string(node, "case", origin, "insensitive");
    if (case_mode != "sensitive" && case_mode != "insensitive") {
      fail(origin, node["case"],
           fmt::format("case must be 'sensitive' or 'insensitive', got '{}'", case_mode));
    }
    term.case_sensitive = case_mode == "sensitive";
  } else {
    fail(
        origin, node,
        fmt::format("a term must be a string or a map with 'term', got {}", yaml::type_name(node)));
  }
  check_term_text(origin, node, term.text);
  return term;
}

std::vector<Term> read_terms(std::string_view origin, const YAML::Node& owner,
                             std::string_view owner_name) {
  const YAML::Node terms = owner["terms"];
  if (!terms || !terms.IsSequence() || terms.size() == 0) {
    fail(origin, terms ? terms : owner,
         fmt::format("{} needs a non-empty 'terms' list", owner_name));
  }
  std::vector<Term> out;
  std::set<std::string> seen;
  for (const YAML::Node& node : terms) {
    Term term = read_term(origin, node);
    if (!seen.insert(term.text).second) {
      fail(origin, node, fmt::format("term '{}' is listed twice in {}", term.text, owner_name));
    }
    out.push_back(std::move(term));
  }
  return out;
}

// Ids must be unique within their list.
void claim_id(std::set<std::string>& ids, std::string_view origin, const YAML::Node& node,
              const std::string& id, std::string_view kind) {
  if (!ids.insert(id).second) {
    fail(origin, node, fmt::format("{} id '{}' is used twice", kind, id));
  }
}

std::vector<Category> read_categories(std::string_view origin, const YAML::Node& list) {
  std::vector<Category> out;
  std::set<std::string> ids;
  for (const YAML::Node& node : list) {
    yaml::check_keys(node, {"id", "label", "description", "terms"}, origin, "a category");
    Category category;
    category.id = yaml::required_string(node, "id", origin, "a category");
    claim_id(ids, origin, node["id"], category.id, "category");
    category.label = yaml::optional_string(node, "label", origin, category.id);
    category.description = yaml::optional_string(node, "description", origin);
    category.terms = read_terms(origin, node, "category '" + category.id + "'");
    out.push_back(std::move(category));
  }
  return out;
}

std::vector<Contrast> read_contrasts(std::string_view origin, const YAML::Node& list) {
  std::vector<Contrast> out;
  std::set<std::string> ids;
  for (const YAML::Node& node : list) {
    yaml::check_keys(node, {"id", "label", "description", "options"}, origin, "a contrast");
    Contrast contrast;
    contrast.id = yaml::required_string(node, "id", origin, "a contrast");
    claim_id(ids, origin, node["id"], contrast.id, "contrast");
    contrast.label = yaml::optional_string(node, "label", origin, contrast.id);
    contrast.description = yaml::optional_string(node, "description", origin);
    const YAML::Node options = node["options"];
    if (!options || !options.IsSequence() || options.size() < 2) {
      fail(origin, options ? options : node,
           fmt::format("contrast '{}' needs an 'options' list with at least two options",
                       contrast.id));
    }
    std::set<std::string> option_ids;
    std::map<std::string, std::string> term_owner;
    for (const YAML::Node& option_node : options) {
      yaml::check_keys(option_node, {"id", "label", "terms"}, origin, "a contrast option");
      ContrastOption option;
      option.id = yaml::required_string(option_node, "id", origin, "a contrast option");
      claim_id(option_ids, origin, option_node["id"], option.id, "option");
      option.label = yaml::optional_string(option_node, "label", origin, option.id);
      option.terms = read_terms(origin, option_node, "option '" + option.id + "'");
      for (std::size_t i = 0; i < option.terms.size(); ++i) {
        const auto [owner, fresh] = term_owner.emplace(option.terms[i].text, option.id);
        if (!fresh) {
          fail(origin, option_node["terms"][i],
               fmt::format("term '{}' is in options '{}' and '{}' of contrast '{}'; a term "
                           "may name only one option",
                           option.terms[i].text, owner->second, option.id, contrast.id));
        }
      }
      contrast.options.push_back(std::move(option));
    }
    out.push_back(std::move(contrast));
  }
  return out;
}

std::vector<Actor> read_actors(std::string_view origin, const YAML::Node& list) {
  std::vector<Actor> out;
  std::set<std::string> ids;
  for (const YAML::Node& node : list) {
    yaml::check_keys(node, {"id", "label", "group", "aliases"}, origin, "an actor");
    Actor actor;
    actor.id = yaml::required_string(node, "id", origin, "an actor");
    claim_id(ids, origin, node["id"], actor.id, "actor");
    actor.label = yaml::optional_string(node, "label", origin, actor.id);
    actor.group = yaml::optional_string(node, "group", origin, actor.id);
    const YAML::Node aliases = node["aliases"];
    if (!aliases || !aliases.IsSequence() || aliases.size() == 0) {
      fail(origin, aliases ? aliases : node,
           fmt::format("actor '{}' needs a non-empty 'aliases' list", actor.id));
    }
    for (const YAML::Node& alias : aliases) {
      if (!alias.IsScalar() || trim_ascii(alias.as<std::string>()).empty()) {
        fail(origin, alias,
             fmt::format("aliases of actor '{}' must be non-empty strings", actor.id));
      }
      actor.aliases.push_back(alias.as<std::string>());
    }
    out.push_back(std::move(actor));
  }
  return out;
}

const YAML::Node& require_list(std::string_view origin, const YAML::Node& node,
                               std::string_view key) {
  if (node && !node.IsSequence()) {
    fail(origin, node, fmt::format("'{}' must be a list, got {}", key, yaml::type_name(node)));
  }
  return node;
}

}  // namespace

Lexicon parse_lexicon(std::string_view text, std::string_view origin) {
  const YAML::Node root = yaml::parse(text, origin);
  yaml::check_keys(root,
                   {"lexicon", "version", "language", "description", "sources", "stemming",
                    "categories", "contrasts", "actors"},
                   origin, "a lexicon");
  Lexicon lexicon;
  lexicon.origin = std::string(origin);
  lexicon.id = yaml::required_string(root, "lexicon", origin, "a lexicon");
  if (const YAML::Node version = root["version"]) {
    try {
      lexicon.version = version.as<int>();
    } catch (const YAML::Exception&) {
      fail(origin, version, "version must be a whole number");
    }
  }
  lexicon.language = yaml::optional_string(root, "language", origin, "en");
  lexicon.description = yaml::optional_string(root, "description", origin);
  const std::string stemming = yaml::optional_string(root, "stemming", origin, "none");
  if (stemming != "none") {
    fail(origin, root["stemming"],
         fmt::format("stemming '{}' is not available; use 'none'", stemming));
  }
  if (const YAML::Node sources = require_list(origin, root["sources"], "sources")) {
    for (const YAML::Node& source : sources) {
      lexicon.sources.push_back(source.as<std::string>());
    }
  }
  if (const YAML::Node list = require_list(origin, root["categories"], "categories")) {
    lexicon.categories = read_categories(origin, list);
  }
  if (const YAML::Node list = require_list(origin, root["contrasts"], "contrasts")) {
    lexicon.contrasts = read_contrasts(origin, list);
  }
  if (const YAML::Node list = require_list(origin, root["actors"], "actors")) {
    lexicon.actors = read_actors(origin, list);
  }
  if (lexicon.categories.empty() && lexicon.contrasts.empty() && lexicon.actors.empty()) {
    fail(origin, root, "lexicon has no categories, contrasts or actors");
  }
  return lexicon;
}

Lexicon load_lexicon(const std::filesystem::path& path) {
  return parse_lexicon(read_file(path), path.string());
}

}  // namespace framelens::lexicon
