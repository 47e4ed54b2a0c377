#include "core/yaml_util.hpp"

#include <fmt/format.h>

#include <vector>

#include "core/error.hpp"
#include "core/text_util.hpp"

namespace framelens::yaml {

std::string where(std::string_view origin, const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return std::string(origin);
  }
  return fmt::format("{}:{}:{}", origin, mark.line + 1, mark.column + 1);
}

YAML::Node parse(std::string_view text, std::string_view origin) {
  try {
    return YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    throw InputError(fmt::format("{}:{}:{}: YAML syntax error: {}", origin, e.mark.line + 1,
                                 e.mark.column + 1, e.msg));
  }
}

std::string_view type_name(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "a string";
    case YAML::NodeType::Null:
      return "nothing";
    case YAML::NodeType::Undefined:
      break;
  }
  return "nothing";
}

void check_keys(const YAML::Node& node, std::initializer_list<std::string_view> allowed,
                std::string_view origin, std::string_view what) {
  if (!node.IsMap()) {
    throw InputError(
        fmt::format("{}: {} must be a map, got {}", where(origin, node), what, type_name(node)));
  }
  const std::vector<std::string_view> names(allowed);
  for (const auto& item : node) {
    const std::string key = item.first.as<std::string>();
    bool known = false;
    for (std::string_view name : names) {
      known = known || key == name;
    }
    if (!known) {
      const std::string suggestion = closest_match(key, names);
      std::string message =
          fmt::format("{}: unknown key '{}' in {}", where(origin, item.first), key, what);
      if (!suggestion.empty()) {
        message += fmt::format(" (did you mean '{}'?)", suggestion);
      } else {
        message += fmt::format(" (expected one of: {})", fmt::join(names, ", "));
      }
      throw InputError(message);
    }
  }
}

std::string optional_string(const YAML::Node& node, std::string_view key, std::string_view origin,
                            std::string fallback) {
  const YAML::Node value = node[std::string(key)];
  if (!value || value.IsNull()) {
    return fallback;
  }
  if (!value.IsScalar()) {
    throw InputError(fmt::format("{}: '{}' must be a string, got {}", where(origin, value), key,
                                 type_name(value)));
  }
  return value.as<std::string>();
}

std::string required_string(const YAML::Node& node, std::string_view key, std::string_view origin,
                            std::string_view what) {
  std::string value = optional_string(node, key, origin);
  if (value.empty()) {
    throw InputError(fmt::format("{}: {} needs a non-empty '{}'", where(origin, node), what, key));
  }
  return value;
}

}  // namespace framelens::yaml
