#include "ingest/document_builder.hpp"

#include <fmt/format.h>

#include "core/text_util.hpp"
#include "ingest/decode.hpp"
#include "ingest/normalise.hpp"

namespace framelens::ingest {
namespace {

constexpr std::size_t kExcerptBytes = 60;

std::string too_large(std::size_t bytes, std::size_t limit) {
  return fmt::format(
      "document is {} bytes, over the limit of {} bytes; skipped (raise --max-document-bytes to "
      "keep it)",
      bytes, limit);
}

}  // namespace

bool build_document(Document& doc, std::string_view input, InputKind kind, const TrimRules& rules,
                    const IngestOptions& options, std::string_view origin,
                    std::vector<Warning>& warnings) {
  if (input.size() > options.max_document_bytes) {
    warnings.push_back({std::string(origin), too_large(input.size(), options.max_document_bytes)});
    return false;
  }
  if (const std::size_t nul = input.find('\0'); nul != std::string_view::npos) {
    warnings.push_back({std::string(origin),
                        fmt::format("binary data (NUL byte at byte offset {}); skipped", nul)});
    return false;
  }
  DecodedText decoded;
  if (kind == InputKind::kFileBytes) {
    decoded = decode_text(input, options.encoding, options.on_invalid, true);
    if (!accept_decoded(decoded, input, 0, 1, origin, options, warnings)) {
      return false;
    }
  } else {
    decoded.text = std::string(input);
    decoded.source_map = SourceMap::identity(input.size());
  }

  const TrimResult trimmed = apply_trim(decoded.text, rules, origin);
  NormalisedText normalised = normalise_text(trimmed.text);
  doc.text = std::move(normalised.text);
  doc.source_map = SourceMap::compose(SourceMap::compose(normalised.source_map, trimmed.source_map),
                                      decoded.source_map);
  doc.removed.clear();
  for (const Removal& removal : trimmed.removed) {
    const std::string_view removed_text =
        std::string_view(decoded.text)
            .substr(removal.source_begin, removal.source_end - removal.source_begin);
    doc.removed.push_back({decoded.source_map.to_source(removal.source_begin),
                           decoded.source_map.to_source(removal.source_end), removal.reason,
                           quote_excerpt(trim_ascii(removed_text), kExcerptBytes)});
  }
  if (trim_ascii(doc.text).empty()) {
    warnings.push_back({std::string(origin), doc.removed.empty()
                                                 ? "empty document; skipped"
                                                 : "empty document after trimming; skipped"});
    return false;
  }
  return true;
}

std::optional<std::string> read_document_file(const std::filesystem::path& path,
                                              const IngestOptions& options,
                                              std::vector<Warning>& warnings) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > options.max_document_bytes) {
    warnings.push_back({path.string(), too_large(size, options.max_document_bytes)});
    return std::nullopt;
  }
  return read_file(path);
}

std::string document_origin(const Document& doc) {
  return doc.source_line == 0 ? doc.source_path
                              : fmt::format("{}:{}", doc.source_path, doc.source_line);
}

}  // namespace framelens::ingest
