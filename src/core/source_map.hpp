#pragma once

#include <cstddef>
#include <vector>

namespace framelens {

/// Maps byte offsets in a document's cleaned text back to byte offsets in the
/// bytes the input gave (the file's bytes, or the decoded JSON/CSV string).
///
/// The map is a list of runs. A run of equal text and source length maps byte
/// for byte; a run of unequal length (a normalised character such as a curly
/// quote folded to ASCII) maps each of its text bytes to the run's first
/// source byte, so evidence always points at the start of the original
/// character.
class SourceMap {
 public:
  /// Appends a run covering the next `text_length` bytes of cleaned text,
  /// which came from `source_length` bytes starting at `source_offset`.
  /// Adjacent byte-for-byte runs are merged.
  void append(std::size_t text_length, std::size_t source_offset, std::size_t source_length);

  /// Appends `text_length` bytes of text that replace the character of
  /// `source_length` bytes at `source_offset` (a folded quote, a transcoded
  /// byte, U+FFFD for an invalid byte). Every one of those text bytes maps to
  /// `source_offset`, even when the two lengths happen to be equal.
  void append_replacement(std::size_t text_length, std::size_t source_offset,
                          std::size_t source_length);

  /// Source offset of text byte `text_offset`. An offset equal to the text
  /// length maps to the end of the last run. Throws std::out_of_range past that.
  [[nodiscard]] std::size_t to_source(std::size_t text_offset) const;

  /// Total cleaned-text bytes covered.
  [[nodiscard]] std::size_t text_size() const;

  /// The identity map of a text of `size` bytes starting at source offset 0.
  [[nodiscard]] static SourceMap identity(std::size_t size);

  /// The map of `text_to_middle` followed by `middle_to_source`: for cleaning
  /// done in steps (decode, trim, normalise), each step maps its output to its
  /// input and the composition maps the final text to the original bytes.
  /// `text_to_middle` must only refer to offsets within middle_to_source's text.
  [[nodiscard]] static SourceMap compose(const SourceMap& text_to_middle,
                                         const SourceMap& middle_to_source);

  struct Run {
    std::size_t text_begin;
    std::size_t source_begin;
    std::size_t text_length;
    std::size_t source_length;
  };
  [[nodiscard]] const std::vector<Run>& runs() const { return runs_; }

 private:
  std::vector<Run> runs_;
};

}  // namespace framelens
