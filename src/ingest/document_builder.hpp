#pragma once

#include <string>
#include <string_view>

#include "core/document.hpp"
#include "ingest/trim.hpp"

namespace framelens::ingest {

/// Turns a document's raw input bytes into its cleaned text: drops a UTF-8
/// byte order mark, applies `rules`, and fills `doc.text`, `doc.source_map`
/// and `doc.removed`. `origin` names the input in messages.
void build_text(Document& doc, std::string_view bytes, const TrimRules& rules,
                std::string_view origin);

}  // namespace framelens::ingest
