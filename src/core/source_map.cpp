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

void SourceMap::append_replacement(std::size_t text_length, std::size_t source_offset,
                                   std::size_t source_length) {
  if (text_length != source_length) {
    append(text_length, source_offset, source_length);
    return;
  }
  // Equal lengths would read as a byte-for-byte run, so each byte gets a run
  // of its own that points at the start of the replaced character.
  for (std::size_t i = 0; i < text_length; ++i) {
    runs_.push_back(Run{text_size(), source_offset, 1, 1});
  }
}

SourceMap SourceMap::compose(const SourceMap& text_to_middle, const SourceMap& middle_to_source) {
  SourceMap result;
  const std::vector<Run>& inner = middle_to_source.runs_;
  for (const Run& outer : text_to_middle.runs_) {
    if (outer.text_length != outer.source_length) {
      const std::size_t begin = middle_to_source.to_source(outer.source_begin);
      const std::size_t end = middle_to_source.to_source(outer.source_begin + outer.source_length);
      result.append_replacement(outer.text_length, begin, end > begin ? end - begin : 1);
      continue;
    }
    // A byte-for-byte stretch of the middle text: follow the inner runs it spans.
    std::size_t middle = outer.source_begin;
    const std::size_t middle_end = middle + outer.source_length;
    auto run = std::upper_bound(
        inner.begin(), inner.end(), middle,
        [](std::size_t offset, const Run& candidate) { return offset < candidate.text_begin; });
    if (run == inner.begin()) {
      throw std::out_of_range("SourceMap::compose: offset before the inner map");
    }
    --run;
    while (middle < middle_end) {
      if (run == inner.end()) {
        throw std::out_of_range("SourceMap::compose: offset past the inner map");
      }
      const std::size_t piece_end = std::min(middle_end, run->text_begin + run->text_length);
      const std::size_t piece = piece_end - middle;
      if (run->text_length == run->source_length) {
        result.append(piece, run->source_begin + (middle - run->text_begin), piece);
      } else {
        result.append_replacement(piece, run->source_begin, run->source_length);
      }
      middle = piece_end;
      ++run;
    }
  }
  return result;
}

SourceMap SourceMap::identity(std::size_t size) {
  SourceMap map;
  map.append(size, 0, size);
  return map;
}

}  // namespace framelens
