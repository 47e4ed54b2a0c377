#pragma once

#include <Eigen/SparseCore>
#include <string>
#include <vector>

#include "compare/analysis.hpp"

namespace framelens::compare {

/// The window a date "YYYY-MM-DD" falls in: "YYYY-MM" for "month", the ISO
/// 8601 week "YYYY-Www" for "week" (weeks start on Monday; week 1 holds the
/// year's first Thursday). Empty when the date is empty or malformed.
/// Throws std::invalid_argument for another window name.
[[nodiscard]] std::string window_of(const std::string& date, const std::string& window);

/// Documents as the event and time figures see them.
struct DatedCounts {
  const Eigen::SparseMatrix<double, Eigen::RowMajor>* terms = nullptr;       ///< docs x terms.
  const Eigen::SparseMatrix<double, Eigen::RowMajor>* categories = nullptr;  ///< docs x cats.
  const Eigen::VectorXd* tokens = nullptr;                                   ///< Per document.
  std::vector<std::size_t> outlet_of;                                        ///< Per document.
  std::vector<std::string> event;  ///< Per document, may be empty.
  std::vector<std::string> date;   ///< Per document, may be empty.
  std::size_t outlets = 0;
};

/// JSD (bits) of term counts between outlets within each event (events in
/// sorted order; documents without an event are left out), then pooled: for
/// each pair, the mean of its per-event JSDs weighted by the pair's tokens in
/// that event (both outlets together), over the events where both outlets
/// have term matches. Pooling within events keeps differences in what was
/// covered from passing as differences in how. Empty without events.
[[nodiscard]] EventsFigures compare_events(const DatedCounts& docs);

/// Per window (chronological) and outlet: documents, tokens, term matches,
/// category rates per 1,000 tokens, and drift: the JSD (bits) of the outlet's
/// term counts from its previous window with matches. Undated documents are
/// counted in `undated` and left out. Empty when `window` is empty.
[[nodiscard]] std::vector<WindowFigures> compare_windows(const DatedCounts& docs,
                                                         const std::string& window,
                                                         std::size_t& undated);

}  // namespace framelens::compare
