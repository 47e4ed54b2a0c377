#include "report/svg_charts.hpp"

#include <array>
#include <stdexcept>

#include "report/svg_util.hpp"

namespace framelens::report::svg {
namespace {

using detail::coord;

struct Rgb {
  double r, g, b;
};

// Samples of the viridis colour map (van der Walt and Smith, matplotlib),
// from its dark end to its light end.
constexpr std::array<Rgb, 9> kViridis = {{{68, 1, 84},
                                          {71, 44, 122},
                                          {59, 81, 139},
                                          {44, 113, 142},
                                          {33, 144, 141},
                                          {39, 173, 129},
                                          {92, 200, 99},
                                          {170, 220, 50},
                                          {253, 231, 37}}};

constexpr std::array<std::string_view, 8> kOkabeIto = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                       "#56B4E9", "#D55E00", "#F0E442", "#000000"};

double clamp01(double t) { return std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0; }

}  // namespace

std::string_view categorical_colour(std::size_t index) {
  return kOkabeIto[index % kOkabeIto.size()];
}

std::string sequential_colour(double t) {
  // 0 maps to viridis' light end, 1 to its dark end. The light end is
  // lightened towards white so empty cells do not shout.
  const double u = (1.0 - clamp01(t)) * static_cast<double>(kViridis.size() - 1);
  const auto i = static_cast<std::size_t>(std::min(u, static_cast<double>(kViridis.size() - 2)));
  const double f = u - static_cast<double>(i);
  const Rgb& a = kViridis[i];
  const Rgb& b = kViridis[i + 1];
  const double wash = 0.35 * (1.0 - clamp01(t)) * (1.0 - clamp01(t));
  const auto channel = [f, wash](double x, double y) {
    const double v = x + (y - x) * f;
    return static_cast<int>(std::lround(v + (255.0 - v) * wash));
  };
  return fmt::format("#{:02x}{:02x}{:02x}", channel(a.r, b.r), channel(a.g, b.g),
                     channel(a.b, b.b));
}

bool needs_light_text(double t) { return clamp01(t) > 0.45; }

std::string heatmap(const HeatmapSpec& spec) {
  const std::size_t n = spec.labels.size();
  if (static_cast<std::size_t>(spec.values.rows()) != n ||
      static_cast<std::size_t>(spec.values.cols()) != n) {
    throw std::invalid_argument("heatmap: matrix size does not match the labels");
  }
  std::vector<std::size_t> order = spec.order;
  if (order.empty()) {
    for (std::size_t i = 0; i < n; ++i) {
      order.push_back(i);
    }
  }
  std::vector<bool> seen(n, false);
  if (order.size() != n) {
    throw std::invalid_argument("heatmap: order is not a permutation of the rows");
  }
  for (const std::size_t i : order) {
    if (i >= n || seen[i]) {
      throw std::invalid_argument("heatmap: order is not a permutation of the rows");
    }
    seen[i] = true;
  }

  constexpr std::size_t kMaxLabel = 22;
  constexpr double kCell = 54;
  const double label_width = detail::label_column(
                                 spec.labels, [](const std::string& s) { return s; }, kMaxLabel) +
                             10;
  // Column labels are drawn at -45°, so they need label_width·sin 45° above
  // the grid and as much again to the right of the last column's centre.
  const double slant = label_width * 0.72;
  const double top = slant + 14;
  const double width = label_width + kCell * (static_cast<double>(n) - 0.5) + slant + 12;
  const double height = top + kCell * static_cast<double>(n) + 8;
  const double span = spec.high - spec.low;

  std::string out = detail::open_svg(spec.id, spec.title, width, height);
  for (std::size_t r = 0; r < n; ++r) {
    const std::string label = shorten(spec.labels[order[r]], kMaxLabel);
    const double y = top + kCell * (static_cast<double>(r) + 0.5) + 4;
    out += detail::text(label_width - 6, y, "end", label);
    const double x = label_width + kCell * (static_cast<double>(r) + 0.5);
    out += fmt::format("<g transform=\"translate({},{}) rotate(-45)\">", coord(x), coord(top - 6));
    out += detail::text(0, 0, "start", label);
    out += "</g>";
  }
  for (std::size_t r = 0; r < n; ++r) {
    for (std::size_t c = 0; c < n; ++c) {
      const double value =
          spec.values(static_cast<Eigen::Index>(order[r]), static_cast<Eigen::Index>(order[c]));
      const double t = span > 0 ? (value - spec.low) / span : 0.0;
      const double x = label_width + kCell * static_cast<double>(c);
      const double y = top + kCell * static_cast<double>(r);
      const std::string shown = fixed_decimals(value, spec.decimals);
      out +=
          fmt::format("<g><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>",
                      coord(x), coord(y), coord(kCell - 2), coord(kCell - 2), sequential_colour(t));
      append_escaped(out, spec.labels[order[r]] + " vs " + spec.labels[order[c]] + ": " +
                              spec.value_name + " " + shown);
      out += "</title></rect>";
      out += detail::text(x + (kCell - 2) / 2, y + (kCell - 2) / 2 + 4, "middle", shown,
                          needs_light_text(t) ? "cell light" : "cell");
      out += "</g>";
    }
  }
  out += "</svg>";
  return out;
}

std::string scatter_map(const ScatterSpec& spec) {
  constexpr double kPlot = 360;
  constexpr double kMargin = 24;
  constexpr std::size_t kMaxLabel = 24;
  double min_x = 0, max_x = 0, min_y = 0, max_y = 0;
  for (std::size_t i = 0; i < spec.points.size(); ++i) {
    const Point& p = spec.points[i];
    min_x = i == 0 ? p.x : std::min(min_x, p.x);
    max_x = i == 0 ? p.x : std::max(max_x, p.x);
    min_y = i == 0 ? p.y : std::min(min_y, p.y);
    max_y = i == 0 ? p.y : std::max(max_y, p.y);
  }
  // One scale for both axes keeps distances true.
  const double extent = std::max({max_x - min_x, max_y - min_y, 1e-12});
  const double scale = kPlot / extent;
  const double label_room = detail::label_column(
                                spec.points, [](const Point& p) { return p.label; }, kMaxLabel) +
                            12;
  const double width = kPlot + 2 * kMargin + label_room;
  const double height = kPlot + 2 * kMargin;
  const double centre_x = (min_x + max_x) / 2;
  const double centre_y = (min_y + max_y) / 2;

  std::string out = detail::open_svg(spec.id, spec.title, width, height);
  out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"frame\"/>",
                     coord(kMargin / 2), coord(kMargin / 2), coord(kPlot + kMargin),
                     coord(kPlot + kMargin));
  for (const Point& p : spec.points) {
    const double x = kMargin + kPlot / 2 + (p.x - centre_x) * scale;
    // SVG y grows downwards; data y grows upwards.
    const double y = kMargin + kPlot / 2 - (p.y - centre_y) * scale;
    out += fmt::format("<g><circle cx=\"{}\" cy=\"{}\" r=\"7\" fill=\"{}\"><title>", coord(x),
                       coord(y), categorical_colour(p.colour));
    append_escaped(out, p.label);
    out += "</title></circle>";
    out += detail::text(x + 11, y + 4, "start", shorten(p.label, kMaxLabel));
    out += "</g>";
  }
  out += "</svg>";
  return out;
}

}  // namespace framelens::report::svg
