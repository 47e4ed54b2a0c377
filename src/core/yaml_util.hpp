#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace framelens::yaml {

/// `origin:line:col` of a node, 1-based (yaml-cpp counts from 0).
[[nodiscard]] std::string where(std::string_view origin, const YAML::Node& node);

/// Parses `text`, turning yaml-cpp syntax errors into an InputError that names
/// `origin` with 1-based line and column.
[[nodiscard]] YAML::Node parse(std::string_view text, std::string_view origin);

/// Throws InputError at the first key of map `node` not in `allowed`, with a
/// "did you mean" suggestion when one is close. Throws when `node` is not a map.
void check_keys(const YAML::Node& node, std::initializer_list<std::string_view> allowed,
                std::string_view origin, std::string_view what);

/// The scalar at `node[key]`, or `fallback` when absent. Throws InputError
/// when present but not a scalar.
[[nodiscard]] std::string optional_string(const YAML::Node& node, std::string_view key,
                                          std::string_view origin, std::string fallback = {});

/// The scalar at `node[key]`. Throws InputError when missing, empty or not a scalar.
[[nodiscard]] std::string required_string(const YAML::Node& node, std::string_view key,
                                          std::string_view origin, std::string_view what);

/// A short name for a node's type in messages: "a map", "a list", "a string".
[[nodiscard]] std::string_view type_name(const YAML::Node& node);

}  // namespace framelens::yaml
