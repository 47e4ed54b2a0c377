#include "core/source_map.hpp"

#include <algorithm>
#include <stdexcept>

namespace framelens {

void SourceMap::append(std::size_t text_length, std::size_t source_offset,
                       std::size_t source_length) {
  if (text_length == 0) {
    return;
  }
  const std::size_t text_begin = text_size();
  if (!runs_.empty() && text_length == source_length) {
    Run& last = runs_.back();
    if (last.text_length == last.source_length &&
        last.source_begin + last.source_length == source_offset) {
      last.text_length += text_length;
      last.source_length += source_length;
      return;
    }
  }
  runs_.push_back(Run{text_begin, source_offset, text_length, source_length});
}

std::size_t SourceMap::text_size() const {
  return runs_.empty() ? 0 : runs_.back().text_begin + runs_.back().text_length;
}

std::size_t SourceMap::to_source(std::size_t text_offset) const {
  const std::size_t size = text_size();
  if (text_offset > size) {
    throw std::out_of_range("SourceMap::to_source: offset past the end of the text");
  }
  if (runs_.empty()) {
    return 0;
  }
  if (text_offset == size) {
    return runs_.back().source_begin + runs_.back().source_length;
  }
  // First run whose start is after the offset, then step back one.
  auto after =
      std::upper_bound(runs_.begin(), runs_.end(), text_offset,
                       [](std::size_t offset, const Run& run) { return offset < run.text_begin; });
  const Run& run = *std::prev(after);
  const std::size_t within = text_offset - run.text_begin;
  return run.text_length == run.source_length ? run.source_begin + within : run.source_begin;
}

SourceMap SourceMap::identity(std::size_t size) {
  SourceMap map;
  map.append(size, 0, size);
  return map;
}

}  // namespace framelens
