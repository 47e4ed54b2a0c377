#pragma once

#include <cstddef>
#include <string>

namespace framelens::test {

/// Occurrences of `needle` in `text`, overlapping ones included.
inline std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

}  // namespace framelens::test
