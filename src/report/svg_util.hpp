#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "core/text_util.hpp"
#include "report/html_escape.hpp"

// Helpers shared by the SVG chart writers; not part of the report API.
namespace framelens::report::svg::detail {

/// A coordinate with one decimal: short, and the same bytes on every run.
inline std::string coord(double value) { return fixed_decimals(value, 1); }

/// Approximate width in pixels of `text` at the charts' 12px font: enough to
/// lay out labels without measuring glyphs.
inline double text_width(std::string_view text) {
  double chars = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
      chars += 1;
    }
  }
  return chars * 6.8;
}

/// Longest label, in pixels, after shortening to `max_chars`.
template <typename Range, typename Get>
double label_column(const Range& items, Get get, std::size_t max_chars) {
  double width = 0;
  for (const auto& item : items) {
    width = std::max(width, text_width(shorten(get(item), max_chars)));
  }
  return width;
}

/// Opens an <svg> with a <title> that screen readers announce.
inline std::string open_svg(std::string_view id, std::string_view title, double width,
                            double height) {
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{0}\" viewBox=\"0 0 {1} "
      "{2}\" width=\"{1}\" height=\"{2}\" role=\"img\" aria-labelledby=\"{0}-t\">"
      "<title id=\"{0}-t\">",
      id, coord(width), coord(height));
  append_escaped(out, title);
  out += "</title>";
  return out;
}

/// A text element; `content` is escaped.
inline std::string text(double x, double y, std::string_view anchor, std::string_view content,
                        std::string_view css_class = {}) {
  std::string out =
      fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\"", coord(x), coord(y), anchor);
  if (!css_class.empty()) {
    out += fmt::format(" class=\"{}\"", css_class);
  }
  out += ">";
  append_escaped(out, content);
  out += "</text>";
  return out;
}

/// Wraps `inner` in an in-page link when `href` is non-empty. Only "#…"
/// fragments are accepted: charts never link out of the page.
inline std::string link(std::string_view href, const std::string& inner) {
  if (href.empty() || href.front() != '#') {
    return inner;
  }
  return "<a href=\"" + escape_html(href) + "\">" + inner + "</a>";
}

}  // namespace framelens::report::svg::detail
