#include "ingest/directory_reader.hpp"

#include <algorithm>
#include <vector>

#include "core/error.hpp"
#include "core/text_util.hpp"
#include "ingest/document_builder.hpp"

namespace framelens::ingest {
namespace {

std::vector<std::filesystem::path> sorted_entries(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> entries;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    entries.push_back(entry.path());
  }
  std::sort(entries.begin(), entries.end());
  return entries;
}

bool is_article(const std::filesystem::path& path) {
  const std::string extension = ascii_lower(path.extension().string());
  return extension == ".txt" || extension == ".md";
}

}  // namespace

void read_directory(const std::filesystem::path& root, const IngestOptions& options,
                    Corpus& corpus) {
  std::size_t found = 0;
  for (const std::filesystem::path& outlet_dir : sorted_entries(root)) {
    if (!std::filesystem::is_directory(outlet_dir) ||
        outlet_dir.filename().string().starts_with(".")) {
      continue;
    }
    const std::string outlet = outlet_dir.filename().string();
    for (const std::filesystem::path& file : sorted_entries(outlet_dir)) {
      if (file.filename().string().starts_with(".") || !std::filesystem::is_regular_file(file)) {
        continue;
      }
      if (!is_article(file)) {
        corpus.warnings.push_back({file.string(), "not a .txt or .md file; ignored"});
        continue;
      }
      if (corpus.outlet_index(outlet) == corpus.outlets.size()) {
        corpus.outlets.push_back(Outlet{outlet, outlet, "", ""});
      }
      Document doc;
      doc.id = outlet + "/" + file.stem().string();
      doc.outlet = outlet;
      doc.source_path = file.string();
      ++found;
      const std::optional<std::string> bytes = read_document_file(file, options, corpus.warnings);
      if (bytes && build_document(doc, *bytes, InputKind::kFileBytes, TrimRules{}, options,
                                  doc.source_path, corpus.warnings)) {
        corpus.documents.push_back(std::move(doc));
      }
    }
  }
  if (found == 0) {
    throw InputError(root.string() +
                     ": no articles found; expected one sub-folder per outlet holding .txt or "
                     ".md files, or a corpus.yaml manifest");
  }
}

}  // namespace framelens::ingest
