#include "report/json_figures.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <string>

namespace framelens::report {

using Json = nlohmann::ordered_json;

Json number(double value) {
  if (!std::isfinite(value)) {
    return nullptr;
  }
  return std::round(value * 1e6) / 1e6;
}

Json p_value(double value) {
  if (!std::isfinite(value)) {
    return nullptr;
  }
  // Six significant digits, through the same shortest round-trip printing
  // nlohmann uses for every number, so the bytes stay the same everywhere.
  const std::string text = fmt::format("{:.6g}", value);
  double rounded = value;
  std::from_chars(text.data(), text.data() + text.size(), rounded);
  return rounded;
}

Json matrix(const compare::OutletMatrix& m) {
  Json rows = Json::array();
  for (const auto& row : m) {
    Json r = Json::array();
    for (const double x : row) {
      r.push_back(number(x));
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

Json estimate(const compare::Estimate& e) {
  Json j = {{"value", number(e.value)}};
  if (e.has_interval) {
    j["ci95"] = {number(e.low), number(e.high)};
  } else {
    j["ci95"] = nullptr;
  }
  return j;
}

namespace {

Json interval_note(const compare::Analysis& a) {
  return {{"level", 0.95},
          {"bootstrap", "percentile, resampling documents within each outlet"},
          {"replicates", a.parameters.bootstrap},
          {"seed", a.parameters.seed},
          {"one_document_outlets", "Wilson score interval (each match, or token, a trial)"}};
}

}  // namespace

Json contrasts_json(const compare::Analysis& a) {
  Json list = Json::array();
  for (const auto& c : a.contrasts) {
    Json outlets = Json::array();
    for (const auto& row : c.outlets) {
      Json options = Json::array();
      for (std::size_t k = 0; k < row.options.size(); ++k) {
        options.push_back({{"option", c.option_ids[k]},
                           {"count", number(row.options[k].count)},
                           {"share", estimate(row.options[k].share)}});
      }
      outlets.push_back({{"outlet", a.outlets[row.outlet].id},
                         {"total", number(row.total)},
                         {"interval_method", row.interval_method},
                         {"low_evidence", row.low_evidence},
                         {"options", std::move(options)}});
    }
    Json labels = Json::array();
    for (std::size_t k = 0; k < c.option_ids.size(); ++k) {
      labels.push_back({{"id", c.option_ids[k]}, {"label", c.option_labels[k]}});
    }
    list.push_back({{"lexicon", c.lexicon},
                    {"id", c.id},
                    {"label", c.label},
                    {"options", std::move(labels)},
                    {"outlets", std::move(outlets)},
                    {"jsd_bits", matrix(c.jsd)}});
  }
  return {{"share", "option matches / all option matches of the contrast, per outlet"},
          {"intervals", interval_note(a)},
          {"divergence", "JSD, log base 2, of outlets' option counts, no smoothing"},
          {"low_evidence", "fewer than min_matches contrast matches or fewer than 2 documents"},
          {"contrasts", std::move(list)}};
}

Json frames_json(const compare::Analysis& a) {
  const auto& f = a.frames;
  Json categories = Json::array();
  for (std::size_t k = 0; k < f.category_ids.size(); ++k) {
    categories.push_back(
        {{"lexicon", f.lexicons[k]}, {"id", f.category_ids[k]}, {"label", f.category_labels[k]}});
  }
  Json outlets = Json::array();
  for (const auto& row : f.outlets) {
    Json values = Json::array();
    for (std::size_t k = 0; k < row.categories.size(); ++k) {
      values.push_back({{"category", f.category_ids[k]},
                        {"weighted_count", number(row.categories[k].weighted_count)},
                        {"per_1k_tokens", estimate(row.categories[k].per_1k)},
                        {"share", estimate(row.categories[k].share)}});
    }
    outlets.push_back({{"outlet", a.outlets[row.outlet].id},
                       {"interval_method", row.interval_method},
                       {"categories", std::move(values)}});
  }
  return {{"weighted_count", "sum of matches x lexicon term weight"},
          {"rate", "weighted count per 1,000 tokens of the analysed voice"},
          {"share", "weighted count / all categories of the same lexicon"},
          {"intervals", interval_note(a)},
          {"categories", std::move(categories)},
          {"outlets", std::move(outlets)}};
}

Json voices_json(const compare::Analysis& a) {
  const auto shares = [](const std::vector<compare::VoiceShare>& list) {
    Json out = Json::array();
    for (const auto& s : list) {
      out.push_back({{"id", s.id},
                     {"label", s.label},
                     {"quoted_tokens", number(s.quoted_tokens)},
                     {"share", number(s.share)}});
    }
    return out;
  };
  Json outlets = Json::array();
  for (const auto& v : a.voices) {
    outlets.push_back({{"outlet", a.outlets[v.outlet].id},
                       {"quotations", v.quotations},
                       {"attributed", v.attributed},
                       {"quoted_tokens", number(v.quoted_tokens)},
                       {"by_actor", shares(v.by_actor)},
                       {"by_group", shares(v.by_group)}});
  }
  return {{"method",
           "a quotation's speaker is the actor named as the subject of the speech verb nearest "
           "to it (outside quotations; in its own sentences first, then the sentence before, "
           "then the one after): the actor alias of that verb's sentence nearest the verb; after "
           "'he said' or 'she said', the subject of the latest speech verb up to two sentences "
           "before; otherwise unattributed"},
          {"share", "quoted tokens of the speaker / all quoted tokens of the outlet"},
          {"outlets", std::move(outlets)}};
}

Json map_json(const compare::Analysis& a) {
  Json points = Json::array();
  for (std::size_t o = 0; o < a.map.coordinates.size(); ++o) {
    points.push_back({{"outlet", a.outlets[o].id},
                      {"x", number(a.map.coordinates[o][0])},
                      {"y", number(a.map.coordinates[o][1])}});
  }
  Json order = Json::array();
  for (const std::size_t o : a.map.order) {
    order.push_back(a.outlets[o].id);
  }
  return {{"method", "classical MDS (Torgerson) of sqrt JSD of lexicon terms, 2 dimensions"},
          {"sign_convention", "each axis flipped so its largest-magnitude coordinate is positive"},
          {"eigenvalues", {number(a.map.eigenvalues[0]), number(a.map.eigenvalues[1])}},
          {"variance_explained", number(a.map.variance_explained)},
          {"points", std::move(points)},
          {"heatmap_order_method",
           "average-linkage hierarchical clustering of sqrt JSD, leaf order, ties by outlet id"},
          {"heatmap_order", std::move(order)}};
}

Json time_json(const compare::Analysis& a) {
  Json events = Json::array();
  for (const auto& e : a.events.events) {
    Json tokens = Json::array();
    for (const double t : e.tokens) {
      tokens.push_back(number(t));
    }
    events.push_back(
        {{"event", e.event}, {"tokens", std::move(tokens)}, {"jsd_bits", matrix(e.jsd)}});
  }
  Json windows = Json::array();
  for (const auto& w : a.windows) {
    Json outlets = Json::array();
    for (std::size_t o = 0; o < w.outlets.size(); ++o) {
      const auto& x = w.outlets[o];
      Json rates = Json::array();
      for (const double r : x.category_per_1k) {
        rates.push_back(number(r));
      }
      outlets.push_back({{"outlet", a.outlets[o].id},
                         {"documents", x.documents},
                         {"tokens", number(x.tokens)},
                         {"lexicon_matches", number(x.matches)},
                         {"category_per_1k_tokens", std::move(rates)},
                         {"drift_jsd_bits", x.has_drift ? number(x.drift) : Json(nullptr)}});
    }
    windows.push_back({{"window", w.window}, {"outlets", std::move(outlets)}});
  }
  return {
      {"events_method",
       "JSD (bits) of lexicon-term counts between outlets within each event; pooled = mean "
       "of per-event JSDs weighted by the pair's tokens in the event; null where an outlet "
       "has no match"},
      {"events", std::move(events)},
      {"pooled_jsd_bits", a.events.events.empty() ? Json(nullptr) : matrix(a.events.pooled_jsd)},
      {"pooled_weight_tokens",
       a.events.events.empty() ? Json(nullptr) : matrix(a.events.pooled_weight)},
      {"window", a.parameters.window.empty() ? Json(nullptr) : Json(a.parameters.window)},
      {"window_method",
       "documents grouped by ISO week or calendar month of their date; drift = JSD (bits) of "
       "an outlet's term counts from its previous window with matches"},
      {"documents_without_date", a.documents_without_date},
      {"windows", std::move(windows)}};
}

}  // namespace framelens::report
