#pragma once

#include <Eigen/Dense>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace framelens::report::svg {

/// Okabe–Ito colour `index` (cycling over its 8 colours), safe for the
/// common forms of colour blindness.
[[nodiscard]] std::string_view categorical_colour(std::size_t index);

/// A viridis-like sequential colour for `t` in [0, 1] (clamped), running from
/// pale yellow (0) to dark purple (1), so "more" reads as darker in colour and
/// in grey-scale print.
[[nodiscard]] std::string sequential_colour(double t);

/// True when text drawn on sequential_colour(t) should be white.
[[nodiscard]] bool needs_light_text(double t);

/// A square matrix of outlet-by-outlet values.
struct HeatmapSpec {
  std::string id;     ///< Unique in the page; only [a-z0-9-] (it becomes an element id).
  std::string title;  ///< Read by screen readers and shown as a tooltip.
  std::vector<std::string> labels;  ///< Row and column labels, in matrix order.
  Eigen::MatrixXd values;           ///< labels.size() x labels.size().
  std::vector<std::size_t> order;   ///< Display order (a permutation); empty: matrix order.
  double low = 0.0;                 ///< Value drawn palest.
  double high = 1.0;                ///< Value drawn darkest.
  int decimals = 2;                 ///< Digits printed in each cell.
  std::string value_name;           ///< Names the value in cell tooltips ("cosine").
};

/// The heatmap as an inline <svg> element. Throws std::invalid_argument when
/// the sizes disagree or `order` is not a permutation.
[[nodiscard]] std::string heatmap(const HeatmapSpec& spec);

/// One bar of a bar chart.
struct Bar {
  std::string label;
  double value = 0.0;
  std::string href;     ///< In-page link ("#ev-3") or empty; never corpus text.
  std::string tooltip;  ///< Extra text for the bar's <title>; may be empty.
};

/// Horizontal bars from a zero line: negative values go left, positive right
/// (a word-shift chart when both occur; a plain bar chart when all are >= 0).
struct BarSpec {
  std::string id;
  std::string title;
  std::vector<Bar> bars;  ///< Drawn top to bottom in this order.
  std::string axis_label;
  int decimals = 1;
  double width = 520;               ///< Total width in px, so charts side by side share one scale.
  std::size_t positive_colour = 4;  ///< Okabe–Ito index for values >= 0.
  std::size_t negative_colour = 5;  ///< Okabe–Ito index for values < 0.
};

[[nodiscard]] std::string bar_chart(const BarSpec& spec);

/// One coloured part of a stacked bar, in axis units (e.g. a share in [0, 1]).
struct Segment {
  double value = 0.0;
  std::string href;     ///< In-page link or empty.
  std::string tooltip;  ///< Extra text for the segment's <title> ("21 of 25 uses"); may be empty.
};

/// An interval drawn as a whisker over a row, in axis units (e.g. a 95%
/// interval of the cumulative share at a segment's right edge).
struct Whisker {
  double low = 0.0;
  double high = 0.0;
};

/// One row of a stacked bar chart.
struct StackedRow {
  std::string label;
  std::vector<Segment> segments;  ///< One per series, in series order.
  std::vector<Whisker> whiskers;
  std::string badge;  ///< Short warning drawn after the bar ("few matches"), or empty.
};

/// Horizontal stacked bars with a legend. Segments wide enough to hold it
/// carry their value as text, so the chart does not rely on colour alone.
struct StackedBarSpec {
  std::string id;
  std::string title;
  std::vector<std::string> series;  ///< Legend names; series i gets categorical_colour(i).
  std::vector<StackedRow> rows;
  double axis_max = 1.0;  ///< Value at the right end of the axis.
  bool percent = true;    ///< Axis ticks and tooltips as percentages of axis_max = 1.
};

[[nodiscard]] std::string stacked_bar_chart(const StackedBarSpec& spec);

/// One labelled point of a scatter map.
struct Point {
  std::string label;
  double x = 0.0;
  double y = 0.0;
  std::size_t colour = 0;  ///< Okabe–Ito index.
};

/// A 2-D map of points drawn with equal scales on both axes (distances on
/// the page are proportional to distances in the data).
struct ScatterSpec {
  std::string id;
  std::string title;
  std::vector<Point> points;
};

[[nodiscard]] std::string scatter_map(const ScatterSpec& spec);

}  // namespace framelens::report::svg
