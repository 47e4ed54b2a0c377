#include <stdexcept>

#include "report/svg_charts.hpp"
#include "report/svg_util.hpp"

namespace framelens::report::svg {
namespace {

using detail::coord;

constexpr std::size_t kMaxLabel = 28;
constexpr double kPlotWidth = 380;
constexpr std::size_t kLegendChars3 = 16;
constexpr std::size_t kLegendChars2 = 25;
// Narrower segments have no room for "100%" at the chart's font size.
constexpr double kMinLabelledSegment = 30;

// Okabe–Ito blue and black need white text; the others read best in black.
bool dark_colour(std::size_t series) {
  const std::size_t i = series % 8;
  return i == 0 || i == 7;
}

}  // namespace

std::string bar_chart(const BarSpec& spec) {
  constexpr double kRow = 22;
  constexpr double kBar = 15;
  double lo = 0;
  double hi = 0;
  for (const Bar& bar : spec.bars) {
    lo = std::min(lo, bar.value);
    hi = std::max(hi, bar.value);
  }
  if (hi - lo <= 0) {
    hi = lo + 1;
  }
  const double label_width = detail::label_column(
                                 spec.bars, [](const Bar& b) { return b.label; }, kMaxLabel) +
                             10;
  const double value_room = 48;  // numbers printed beside the bars
  const double left = label_width + (lo < 0 ? value_room : 0);
  const double plot_width = std::max(spec.width - left - value_room, 120.0);
  const double scale = plot_width / (hi - lo);
  const double zero = left + (0 - lo) * scale;
  const double top = 6;
  const double bottom = top + kRow * static_cast<double>(spec.bars.size());
  const double width = left + plot_width + value_room;
  const double height = bottom + (spec.axis_label.empty() ? 6 : 24);

  std::string out = detail::open_svg(spec.id, spec.title, width, height);
  for (std::size_t i = 0; i < spec.bars.size(); ++i) {
    const Bar& bar = spec.bars[i];
    const double y = top + kRow * static_cast<double>(i);
    const double x0 = bar.value < 0 ? zero + bar.value * scale : zero;
    const double length = std::abs(bar.value) * scale;
    const std::string value = fixed_decimals(bar.value, spec.decimals);
    std::string row = fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>", coord(x0),
        coord(y + (kRow - kBar) / 2), coord(std::max(length, 1.0)), coord(kBar),
        categorical_colour(bar.value < 0 ? spec.negative_colour : spec.positive_colour));
    append_escaped(row, bar.label + ": " + value);
    if (!bar.tooltip.empty()) {
      append_escaped(row, " (" + bar.tooltip + ")");
    }
    row += "</title></rect>";
    const double text_y = y + kRow / 2 + 4;
    row += detail::text(label_width - 6, text_y, "end", shorten(bar.label, kMaxLabel),
                        bar.href.empty() ? "" : "linked");
    row += bar.value < 0 ? detail::text(x0 - 4, text_y, "end", value, "value")
                         : detail::text(x0 + length + 4, text_y, "start", value, "value");
    out += "<g>" + detail::link(bar.href, row) + "</g>";
  }
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"axis\"/>",
                     coord(zero), coord(top - 2), coord(bottom + 2));
  if (!spec.axis_label.empty()) {
    out +=
        detail::text(left + plot_width / 2, bottom + 18, "middle", spec.axis_label, "axis-label");
  }
  out += "</svg>";
  return out;
}

std::string stacked_bar_chart(const StackedBarSpec& spec) {
  if (!(spec.axis_max > 0)) {
    throw std::invalid_argument("stacked bar chart: axis_max must be positive");
  }
  constexpr double kRow = 28;
  constexpr double kBar = 18;
  constexpr double kLegendRow = 20;
  const double label_width =
      detail::label_column(
          spec.rows, [](const StackedRow& r) { return r.label; }, kMaxLabel) +
      10;
  double badge_width = 0;
  for (const StackedRow& row : spec.rows) {
    // Room for the "⚠ " prefix and the badge's bold face.
    badge_width = std::max(badge_width, 1.15 * detail::text_width(row.badge) + 34);
  }
  const double scale = kPlotWidth / spec.axis_max;
  // Long series names get two legend columns so they are not cut short.
  std::size_t columns = 3;
  for (const std::string& name : spec.series) {
    if (shorten(name, kLegendChars3).size() < name.size()) {
      columns = 2;
    }
  }
  const std::size_t legend_chars = columns == 3 ? kLegendChars3 : kLegendChars2;
  const double top =
      kLegendRow * static_cast<double>((spec.series.size() + columns - 1) / columns) + 8;
  const double bottom = top + kRow * static_cast<double>(spec.rows.size());
  const double width = label_width + kPlotWidth + badge_width + 12;
  const double height = bottom + 22;
  const auto tick = [&spec](double value) {
    return spec.percent ? fixed_decimals(100.0 * value, 0) + "%" : fixed_decimals(value, 2);
  };

  std::string out = detail::open_svg(spec.id, spec.title, width, height);
  for (std::size_t s = 0; s < spec.series.size(); ++s) {
    const double x = label_width +
                     static_cast<double>(s % columns) * (kPlotWidth / static_cast<double>(columns));
    const double y = 4 + kLegendRow * static_cast<double>(s / columns);
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>", coord(x),
                       coord(y), categorical_colour(s));
    out += detail::text(x + 16, y + 10, "start", shorten(spec.series[s], legend_chars));
  }
  for (int i = 0; i <= 4; ++i) {
    const double value = spec.axis_max * i / 4.0;
    const double x = label_width + value * scale;
    out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"tick\"/>",
                       coord(x), coord(top), coord(bottom + 3));
    out += detail::text(x, bottom + 16, "middle", tick(value), "value");
  }
  for (std::size_t r = 0; r < spec.rows.size(); ++r) {
    const StackedRow& row = spec.rows[r];
    const double y = top + kRow * static_cast<double>(r);
    const double bar_y = y + (kRow - kBar) / 2;
    out += detail::text(label_width - 6, y + kRow / 2 + 4, "end", shorten(row.label, kMaxLabel));
    double x = label_width;
    for (std::size_t s = 0; s < row.segments.size(); ++s) {
      const Segment& segment = row.segments[s];
      const double length = std::max(segment.value, 0.0) * scale;
      if (length <= 0) {
        continue;  // nothing to see, and its legend entry names it already
      }
      std::string rect =
          fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>",
                      coord(x), coord(bar_y), coord(length), coord(kBar), categorical_colour(s));
      append_escaped(rect, row.label + ", " +
                               (s < spec.series.size() ? spec.series[s] : std::string("?")) + ": " +
                               tick(segment.value));
      if (!segment.tooltip.empty()) {
        append_escaped(rect, " (" + segment.tooltip + ")");
      }
      rect += "</title></rect>";
      if (length >= kMinLabelledSegment) {
        rect += detail::text(x + length / 2, bar_y + kBar / 2 + 4, "middle", tick(segment.value),
                             dark_colour(s) ? "seg light" : "seg");
      }
      out += detail::link(segment.href, rect);
      x += length;
    }
    for (const Whisker& whisker : row.whiskers) {
      const double x1 = label_width + std::clamp(whisker.low, 0.0, spec.axis_max) * scale;
      const double x2 = label_width + std::clamp(whisker.high, 0.0, spec.axis_max) * scale;
      const double mid = y + kRow / 2;
      out +=
          fmt::format("<path class=\"whisker\" d=\"M{0} {2}V{3}M{0} {4}H{1}M{1} {2}V{3}\"><title>",
                      coord(x1), coord(x2), coord(mid - 6), coord(mid + 6), coord(mid));
      append_escaped(out,
                     row.label + ": interval " + tick(whisker.low) + " to " + tick(whisker.high));
      out += "</title></path>";
    }
    if (!row.badge.empty()) {
      out += detail::text(label_width + kPlotWidth + 8, y + kRow / 2 + 4, "start", "⚠ " + row.badge,
                          "badge");
    }
  }
  out += "</svg>";
  return out;
}

}  // namespace framelens::report::svg
