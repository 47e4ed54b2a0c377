#include "ingest/manifest_reader.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "core/yaml_util.hpp"
#include "ingest/document_builder.hpp"

namespace framelens::ingest {
namespace {

TrimRules read_trim(const YAML::Node& node, std::string_view origin) {
  TrimRules rules;
  if (!node) {
    return rules;
  }
  yaml::check_keys(node, {"start_at", "end_before", "drop_lines"}, origin, "trim");
  rules.start_at = yaml::optional_string(node, "start_at", origin);
  rules.end_before = yaml::optional_string(node, "end_before", origin);
  if (const YAML::Node lines = node["drop_lines"]) {
    if (!lines.IsSequence()) {
      throw InputError(fmt::format("{}: drop_lines must be a list of regular expressions, got {}",
                                   yaml::where(origin, lines), yaml::type_name(lines)));
    }
    for (const YAML::Node& line : lines) {
      if (!line.IsScalar()) {
        throw InputError(fmt::format("{}: drop_lines entries must be strings, got {}",
                                     yaml::where(origin, line), yaml::type_name(line)));
      }
      rules.drop_lines.push_back(line.as<std::string>());
    }
  }
  return rules;
}

void read_outlets(const YAML::Node& outlets, std::string_view origin, Corpus& corpus) {
  // Outlets declared by an earlier input of the same run may be declared again.
  const std::size_t declared_before = corpus.outlets.size();
  if (!outlets || !outlets.IsMap()) {
    throw InputError(fmt::format("{}: manifest needs an 'outlets' map (id -> name, country, kind)",
                                 yaml::where(origin, outlets ? outlets : YAML::Node())));
  }
  for (const auto& item : outlets) {
    Outlet outlet;
    outlet.id = item.first.as<std::string>();
    const YAML::Node& fields = item.second;
    yaml::check_keys(fields, {"name", "country", "kind"}, origin, "outlet '" + outlet.id + "'");
    outlet.name = yaml::optional_string(fields, "name", origin, outlet.id);
    outlet.country = yaml::optional_string(fields, "country", origin);
    outlet.kind = yaml::optional_string(fields, "kind", origin);
    const std::size_t index = corpus.outlet_index(outlet.id);
    if (index >= declared_before && index < corpus.outlets.size()) {
      throw InputError(fmt::format("{}: outlet '{}' is declared twice",
                                   yaml::where(origin, item.first), outlet.id));
    }
    if (index < declared_before) {
      const Outlet& earlier = corpus.outlets[index];
      if (earlier.name != outlet.name || earlier.country != outlet.country ||
          earlier.kind != outlet.kind) {
        corpus.warnings.push_back(
            {yaml::where(origin, item.first),
             fmt::format("outlet '{}' was declared differently by an earlier input; keeping the "
                         "first declaration (name '{}')",
                         outlet.id, earlier.name)});
      }
      continue;
    }
    corpus.outlets.push_back(std::move(outlet));
  }
}

std::filesystem::path resolve_file(const YAML::Node& entry, const std::string& file,
                                   std::string_view origin, const std::filesystem::path& base_dir,
                                   const IngestOptions& options) {
  const std::filesystem::path base = std::filesystem::weakly_canonical(base_dir);
  const std::filesystem::path path = std::filesystem::weakly_canonical(base_dir / file);
  const auto [base_end, unused] = std::mismatch(base.begin(), base.end(), path.begin(), path.end());
  if (base_end != base.end() && !options.allow_outside) {
    throw InputError(fmt::format(
        "{}: file '{}' is outside the manifest's folder; move it inside or pass --allow-outside",
        yaml::where(origin, entry["file"]), file));
  }
  // Keep the path as the user's paths spell it (not canonical), so reports
  // name files the same way on every machine.
  const std::filesystem::path as_given = (base_dir / file).lexically_normal();
  if (!std::filesystem::is_regular_file(as_given)) {
    throw InputError(fmt::format("{}: file '{}' not found (looked for {})",
                                 yaml::where(origin, entry["file"]), file, as_given.string()));
  }
  return as_given;
}

}  // namespace

void parse_manifest(std::string_view text, std::string_view origin,
                    const std::filesystem::path& base_dir, const IngestOptions& options,
                    Corpus& corpus) {
  const YAML::Node root = yaml::parse(text, origin);
  yaml::check_keys(root, {"name", "description", "language", "outlets", "documents"}, origin,
                   "the manifest");
  corpus.name = yaml::optional_string(root, "name", origin, corpus.name);
  corpus.description = yaml::optional_string(root, "description", origin, corpus.description);
  read_outlets(root["outlets"], origin, corpus);

  const YAML::Node documents = root["documents"];
  if (!documents || !documents.IsSequence() || documents.size() == 0) {
    throw InputError(fmt::format("{}: manifest needs a non-empty 'documents' list",
                                 yaml::where(origin, documents ? documents : root)));
  }
  for (const YAML::Node& entry : documents) {
    yaml::check_keys(entry,
                     {"file", "outlet", "id", "title", "date", "url", "author", "event", "trim"},
                     origin, "a document");
    const std::string file = yaml::required_string(entry, "file", origin, "a document");
    Document doc;
    doc.outlet = yaml::required_string(entry, "outlet", origin, "a document");
    if (corpus.outlet_index(doc.outlet) == corpus.outlets.size()) {
      std::vector<std::string_view> known;
      for (const Outlet& outlet : corpus.outlets) {
        known.push_back(outlet.id);
      }
      const std::string suggestion = closest_match(doc.outlet, known);
      throw InputError(
          fmt::format("{}: unknown outlet '{}'{}; declare it under 'outlets'",
                      yaml::where(origin, entry["outlet"]), doc.outlet,
                      suggestion.empty() ? "" : " (did you mean '" + suggestion + "'?)"));
    }
    const std::filesystem::path path = resolve_file(entry, file, origin, base_dir, options);
    doc.id = yaml::optional_string(entry, "id", origin,
                                   std::filesystem::path(file).replace_extension().string());
    doc.title = yaml::optional_string(entry, "title", origin);
    doc.date = yaml::optional_string(entry, "date", origin);
    doc.url = yaml::optional_string(entry, "url", origin);
    doc.author = yaml::optional_string(entry, "author", origin);
    doc.event = yaml::optional_string(entry, "event", origin);
    doc.source_path = path.string();
    const TrimRules rules = read_trim(entry["trim"], yaml::where(origin, entry));
    const std::optional<std::string> bytes = read_document_file(path, options, corpus.warnings);
    if (bytes && build_document(doc, *bytes, InputKind::kFileBytes, rules, options, doc.source_path,
                                corpus.warnings)) {
      corpus.documents.push_back(std::move(doc));
    }
  }
}

void load_manifest(const std::filesystem::path& path, const IngestOptions& options,
                   Corpus& corpus) {
  parse_manifest(read_file(path), path.string(), path.parent_path(), options, corpus);
}

}  // namespace framelens::ingest
