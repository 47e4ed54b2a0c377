#include "report/csv_analysis.hpp"

#include <fmt/format.h>

#include <cmath>
#include <vector>

#include "report/csv_report.hpp"

namespace framelens::report {
namespace {

// Value, low and high of an estimate; the bounds are empty without an interval.
void add_estimate(std::vector<std::string>& row, const compare::Estimate& estimate) {
  row.push_back(csv_number(estimate.value));
  row.push_back(estimate.has_interval ? csv_number(estimate.low) : std::string());
  row.push_back(estimate.has_interval ? csv_number(estimate.high) : std::string());
}

// p-values span many orders of magnitude: fixed decimals would print the
// smallest as 0, so they keep six significant digits instead.
std::string csv_p(double p) { return std::isfinite(p) ? fmt::format("{:.6g}", p) : std::string(); }

const std::string& outlet_id(const compare::Analysis& analysis, std::size_t outlet) {
  return analysis.outlets.at(outlet).id;
}

void add_key_terms(CsvTable& table, const compare::Analysis& analysis,
                   const compare::KeynessFigures& figures,
                   const compare::KeynessComparison& comparison) {
  const std::string reference =
      comparison.against_rest ? "rest" : outlet_id(analysis, comparison.reference);
  for (const auto* direction : {&comparison.over, &comparison.under}) {
    for (const compare::KeyTerm& term : *direction) {
      table.add_row({figures.space, outlet_id(analysis, comparison.focus), reference,
                     direction == &comparison.over ? "over" : "under", term.lexicon, term.term,
                     csv_number(term.count_focus, 0), csv_number(term.per_1k_focus),
                     csv_number(term.count_reference, 0), csv_number(term.per_1k_reference),
                     csv_number(term.log_odds), csv_number(term.z), csv_number(term.chi2),
                     csv_p(term.chi2_p), csv_p(term.chi2_q), csv_number(term.g2), csv_p(term.g2_p),
                     csv_p(term.g2_q)});
    }
  }
}

}  // namespace

std::string render_contrasts_csv(const compare::Analysis& analysis) {
  CsvTable table({"lexicon", "contrast", "option", "outlet", "count", "share", "ci_low", "ci_high",
                  "interval_method", "low_evidence"});
  for (const compare::ContrastFigures& contrast : analysis.contrasts) {
    for (const compare::ContrastOutlet& row : contrast.outlets) {
      for (std::size_t o = 0; o < row.options.size(); ++o) {
        std::vector<std::string> cells = {contrast.lexicon, contrast.id, contrast.option_ids.at(o),
                                          outlet_id(analysis, row.outlet),
                                          csv_number(row.options[o].count, 0)};
        add_estimate(cells, row.options[o].share);
        cells.push_back(row.interval_method);
        cells.push_back(row.low_evidence ? "true" : "false");
        table.add_row(std::move(cells));
      }
    }
  }
  return table.take();
}

std::string render_frames_csv(const compare::Analysis& analysis) {
  CsvTable table({"lexicon", "category", "outlet", "weighted_count", "rate_per_1k", "rate_ci_low",
                  "rate_ci_high", "share", "share_ci_low", "share_ci_high", "interval_method"});
  const compare::FrameFigures& frames = analysis.frames;
  for (const compare::FrameOutlet& row : frames.outlets) {
    for (std::size_t c = 0; c < row.categories.size(); ++c) {
      const compare::CategoryFigure& figure = row.categories[c];
      std::vector<std::string> cells = {frames.lexicons.at(c), frames.category_ids.at(c),
                                        outlet_id(analysis, row.outlet),
                                        csv_number(figure.weighted_count)};
      add_estimate(cells, figure.per_1k);
      add_estimate(cells, figure.share);
      cells.push_back(row.interval_method);
      table.add_row(std::move(cells));
    }
  }
  return table.take();
}

std::string render_keyness_csv(const compare::Analysis& analysis) {
  CsvTable table({"space", "outlet", "reference", "direction", "lexicon", "term", "count",
                  "rate_per_1k", "reference_count", "reference_rate_per_1k", "log_odds", "z",
                  "chi2", "chi2_p", "chi2_q", "g2", "g2_p", "g2_q"});
  for (const compare::KeynessFigures* figures : {&analysis.keyness, &analysis.term_keyness}) {
    for (const compare::KeynessComparison& comparison : figures->against_rest) {
      add_key_terms(table, analysis, *figures, comparison);
    }
    for (const compare::KeynessComparison& comparison : figures->pairs) {
      add_key_terms(table, analysis, *figures, comparison);
    }
  }
  return table.take();
}

}  // namespace framelens::report
