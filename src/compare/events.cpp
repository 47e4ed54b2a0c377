#include "compare/events.hpp"

#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <stdexcept>

#include "compare/divergence.hpp"
#include "compare/resampling.hpp"

namespace framelens::compare {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

long long year_of_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return static_cast<long long>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

bool parse_date(const std::string& date, int& y, unsigned& m, unsigned& d) {
  if (date.size() < 10 || date[4] != '-' || date[7] != '-') {
    return false;
  }
  try {
    y = std::stoi(date.substr(0, 4));
    m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
    d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
  } catch (const std::exception&) {
    return false;
  }
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

OutletMatrix nan_matrix(std::size_t n) {
  return OutletMatrix(n, std::vector<double>(n, std::numeric_limits<double>::quiet_NaN()));
}

}  // namespace

std::string window_of(const std::string& date, const std::string& window) {
  if (window != "week" && window != "month") {
    throw std::invalid_argument("unknown window '" + window + "'");
  }
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (!parse_date(date, y, m, d)) {
    return "";
  }
  char buffer[64];
  if (window == "month") {
    std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, m);
    return buffer;
  }
  const long long days = days_from_civil(y, m, d);
  const long long weekday = ((days % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday: 4
  const long long thursday = days + 4 - weekday;
  const long long iso_year = year_of_days(thursday);
  const long long week = (thursday - days_from_civil(iso_year, 1, 1)) / 7 + 1;
  std::snprintf(buffer, sizeof buffer, "%04lld-W%02lld", iso_year, week);
  return buffer;
}

EventsFigures compare_events(const DatedCounts& docs) {
  EventsFigures out;
  std::map<std::string, std::vector<std::size_t>> by_event;
  for (std::size_t d = 0; d < docs.event.size(); ++d) {
    if (!docs.event[d].empty()) {
      by_event[docs.event[d]].push_back(d);
    }
  }
  if (by_event.empty()) {
    return out;
  }
  const std::size_t n = docs.outlets;
  Eigen::MatrixXd weighted_sum =
      Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  Eigen::MatrixXd weights = weighted_sum;
  for (const auto& [event, members] : by_event) {
    std::vector<std::vector<std::size_t>> groups(n);
    EventFigures figures;
    figures.event = event;
    figures.tokens.assign(n, 0.0);
    for (const std::size_t d : members) {
      groups[docs.outlet_of[d]].push_back(d);
      figures.tokens[docs.outlet_of[d]] += (*docs.tokens)(static_cast<Eigen::Index>(d));
    }
    const Eigen::MatrixXd sums = sum_rows(*docs.terms, groups);
    figures.jsd = nan_matrix(n);
    for (std::size_t a = 0; a < n; ++a) {
      for (std::size_t b = 0; b < n; ++b) {
        const auto ia = static_cast<Eigen::Index>(a);
        const auto ib = static_cast<Eigen::Index>(b);
        if (sums.row(ia).sum() <= 0 || sums.row(ib).sum() <= 0) {
          continue;
        }
        const double jsd =
            a == b ? 0.0 : jensen_shannon(sums.row(ia).transpose(), sums.row(ib).transpose());
        figures.jsd[a][b] = jsd;
        const double w = figures.tokens[a] + figures.tokens[b];
        weighted_sum(ia, ib) += w * jsd;
        weights(ia, ib) += w;
      }
    }
    out.events.push_back(std::move(figures));
  }
  out.pooled_jsd = nan_matrix(n);
  out.pooled_weight.assign(n, std::vector<double>(n, 0.0));
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t b = 0; b < n; ++b) {
      const double w = weights(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b));
      out.pooled_weight[a][b] = w;
      if (w > 0) {
        out.pooled_jsd[a][b] =
            weighted_sum(static_cast<Eigen::Index>(a), static_cast<Eigen::Index>(b)) / w;
      }
    }
  }
  return out;
}

std::vector<WindowFigures> compare_windows(const DatedCounts& docs, const std::string& window,
                                           std::size_t& undated) {
  undated = 0;
  std::vector<WindowFigures> out;
  if (window.empty()) {
    return out;
  }
  std::map<std::string, std::vector<std::size_t>> by_window;
  for (std::size_t d = 0; d < docs.date.size(); ++d) {
    const std::string key = window_of(docs.date[d], window);
    if (key.empty()) {
      ++undated;
    } else {
      by_window[key].push_back(d);
    }
  }
  const std::size_t n = docs.outlets;
  std::vector<Eigen::VectorXd> previous(n);  // last window's term counts with matches
  for (const auto& [key, members] : by_window) {
    std::vector<std::vector<std::size_t>> groups(n);
    for (const std::size_t d : members) {
      groups[docs.outlet_of[d]].push_back(d);
    }
    const Eigen::MatrixXd terms = sum_rows(*docs.terms, groups);
    const Eigen::MatrixXd categories = sum_rows(*docs.categories, groups);
    WindowFigures figures;
    figures.window = key;
    for (std::size_t o = 0; o < n; ++o) {
      const auto row = static_cast<Eigen::Index>(o);
      WindowOutlet w;
      w.documents = groups[o].size();
      for (const std::size_t d : groups[o]) {
        w.tokens += (*docs.tokens)(static_cast<Eigen::Index>(d));
      }
      w.matches = terms.row(row).sum();
      for (Eigen::Index c = 0; c < categories.cols(); ++c) {
        w.category_per_1k.push_back(w.tokens > 0 ? 1000.0 * categories(row, c) / w.tokens : 0.0);
      }
      if (w.matches > 0) {
        const Eigen::VectorXd current = terms.row(row).transpose();
        if (previous[o].size() > 0) {
          w.drift = jensen_shannon(previous[o], current);
          w.has_drift = true;
        }
        previous[o] = current;
      }
      figures.outlets.push_back(std::move(w));
    }
    out.push_back(std::move(figures));
  }
  return out;
}

}  // namespace framelens::compare
