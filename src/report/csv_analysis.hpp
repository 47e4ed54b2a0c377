#pragma once

#include <string>

#include "compare/analysis.hpp"

namespace framelens::report {

/// contrasts.csv: one row per contrast option and outlet with the count, the
/// share of the outlet's matches of the contrast and its 95% interval (empty
/// cells when no interval could be formed), how the interval was made and
/// whether the outlet's evidence is low.
[[nodiscard]] std::string render_contrasts_csv(const compare::Analysis& analysis);

/// frames.csv: one row per frame category and outlet: weighted count, rate
/// per 1,000 tokens and share of the lexicon's categories, each with its
/// 95% interval.
[[nodiscard]] std::string render_frames_csv(const compare::Analysis& analysis);

/// keyness.csv: one row per key term of every keyness comparison (each
/// outlet against the rest, then each pair), open vocabulary then lexicon
/// terms; the direction says whether the outlet uses the term more ("over")
/// or less ("under") than its reference.
[[nodiscard]] std::string render_keyness_csv(const compare::Analysis& analysis);

}  // namespace framelens::report
