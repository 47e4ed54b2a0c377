#include "ingest/document_builder.hpp"

namespace framelens::ingest {

void build_text(Document& doc, std::string_view bytes, const TrimRules& rules,
                std::string_view origin) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  std::size_t offset = 0;
  if (bytes.starts_with(kBom)) {
    offset = kBom.size();
  }
  TrimResult trimmed = apply_trim(bytes.substr(offset), rules, origin);
  doc.text = std::move(trimmed.text);
  for (const SourceMap::Run& run : trimmed.source_map.runs()) {
    doc.source_map.append(run.text_length, run.source_begin + offset, run.source_length);
  }
  for (Removal& removal : trimmed.removed) {
    removal.source_begin += offset;
    removal.source_end += offset;
    doc.removed.push_back(std::move(removal));
  }
}

}  // namespace framelens::ingest
