#include "report/markdown_analysis.hpp"

#include <fmt/format.h>

#include "report/markdown_format.hpp"

namespace framelens::report {
namespace {

std::string with_interval(const compare::Estimate& e, const char* format) {
  std::string out = fmt::format(fmt::runtime(format), e.value);
  if (e.has_interval) {
    out +=
        fmt::format(fmt::runtime(std::string(" (") + format + "–" + format + ")"), e.low, e.high);
  }
  return out;
}

void evidence(std::string& out, const compare::Analysis& a) {
  const auto& p = a.parameters;
  out += fmt::format(
      "## Evidence per outlet\n\nFigures below use the **{}** voice. An outlet is flagged "
      "*low evidence* with fewer than {} documents, {:.0f} tokens or {:.0f} lexicon matches; "
      "no difference involving it is asserted.\n\n",
      p.voice, p.min_documents, p.min_tokens, p.min_matches);
  out +=
      "| outlet | documents | tokens | narrative tokens | quoted tokens | matches | "
      "quoted matches | evidence |\n|---|---:|---:|---:|---:|---:|---:|---|\n";
  for (const auto& o : a.outlets) {
    std::string reasons;
    for (const auto& r : o.low_evidence_reasons) {
      reasons += (reasons.empty() ? "" : "; ") + r;
    }
    out += fmt::format("| {} | {} | {:.0f} | {:.0f} | {:.0f} | {:.0f} | {:.0f} | {} |\n",
                       markdown_escape(o.id), o.documents, o.tokens, o.narrative_tokens,
                       o.quoted_tokens, o.matches, o.quoted_matches,
                       o.low_evidence ? "low: " + markdown_escape(reasons) : "ok");
  }
  out += "\n";
}

void contrasts(std::string& out, const compare::Analysis& a) {
  if (a.contrasts.empty()) {
    return;
  }
  out +=
      "## Label choices (contrast sets)\n\nShare of each label among the outlet's uses of "
      "any label for the referent, with a 95% interval (bootstrap over documents, never "
      "narrower than the Wilson score interval of the counts; Wilson alone for one-document "
      "outlets).\n\n";
  for (const auto& c : a.contrasts) {
    out += fmt::format("### {}\n\n| outlet | uses |", markdown_escape(c.label));
    for (const auto& label : c.option_labels) {
      out += fmt::format(" {} |", markdown_escape(label));
    }
    out += "\n|---|---:|";
    for (std::size_t k = 0; k < c.option_labels.size(); ++k) {
      out += "---:|";
    }
    out += "\n";
    for (const auto& row : c.outlets) {
      out += fmt::format("| {}{} | {:.0f} |", markdown_escape(a.outlets[row.outlet].id),
                         row.low_evidence ? " (low evidence)" : "", row.total);
      for (const auto& option : row.options) {
        out += row.total > 0 ? fmt::format(" {} |", with_interval(option.share, "{:.2f}")) : " – |";
      }
      out += "\n";
    }
    out += "\n";
  }
}

void frames(std::string& out, const compare::Analysis& a) {
  const auto& f = a.frames;
  if (f.category_ids.empty()) {
    return;
  }
  // Frames are rows and outlets columns: there are many more frames than
  // outlets, and a table wider than a page cannot be read.
  out +=
      "## Frame profiles\n\nWeighted category matches per 1,000 tokens, with a 95% "
      "interval.\n\n| frame | lexicon |";
  for (const auto& row : f.outlets) {
    out += fmt::format(" {} |", markdown_escape(a.outlets[row.outlet].id));
  }
  out += "\n|---|---|";
  for (std::size_t k = 0; k < f.outlets.size(); ++k) {
    out += "---:|";
  }
  out += "\n";
  for (std::size_t c = 0; c < f.category_labels.size(); ++c) {
    out += fmt::format("| {} | {} |", markdown_escape(f.category_labels[c]),
                       markdown_escape(f.lexicons[c]));
    for (const auto& row : f.outlets) {
      out += fmt::format(" {} |", with_interval(row.categories[c].per_1k, "{:.2f}"));
    }
    out += "\n";
  }
  out += "\n";
}

void divergence(std::string& out, const compare::Analysis& a) {
  const auto& t = a.terms;
  if (t.pairs.empty()) {
    return;
  }
  out +=
      "## Pairs of outlets: divergence against chance\n\nJensen–Shannon divergence of "
      "lexicon-term counts in bits (log base 2, no smoothing), with its bootstrap interval, "
      "against the divergence expected when the pair's documents are shuffled between the "
      "two outlets.\n\n| pair | JSD (bits) | √JSD | null mean | p | main terms | verdict "
      "|\n|---|---:|---:|---:|---:|---|---|\n";
  for (const auto& pair : t.pairs) {
    std::string terms;
    for (std::size_t k = 0; k < pair.top_contributions.size() && k < 3; ++k) {
      // The same term can sit in two lexicons; name the lexicon to tell them apart.
      const auto& contribution = pair.top_contributions[k];
      terms +=
          (k ? ", " : "") + markdown_escape(contribution.feature) +
          (contribution.lexicon.empty() ? "" : " (" + markdown_escape(contribution.lexicon) + ")");
    }
    const std::string verdict = pair.difference_supported ? "differ more than chance"
                                : pair.null.testable      ? "no difference shown"
                                                          : markdown_escape(pair.null.reason);
    out += fmt::format(
        "| {} – {} | {} | {:.3f} | {} | {} | {} | {} |\n", markdown_escape(a.outlets[pair.a].id),
        markdown_escape(a.outlets[pair.b].id), with_interval(pair.jsd, "{:.3f}"), pair.jsd_sqrt,
        pair.null.testable ? fmt::format("{:.3f}", pair.null.mean) : "–",
        pair.null.testable ? fmt::format("{:.3f}", pair.null.p_value) : "–", terms, verdict);
  }
  out += "\n";
  if (!a.map.order.empty()) {
    out += "Heatmap order (average-linkage clustering of √JSD): ";
    for (std::size_t k = 0; k < a.map.order.size(); ++k) {
      out += (k ? ", " : "") + markdown_escape(a.outlets[a.map.order[k]].id);
    }
    out += ".\n\n";
  }
}

void keyness(std::string& out, const compare::Analysis& a) {
  if (a.keyness.against_rest.empty()) {
    return;
  }
  out += fmt::format(
      "## Key words per outlet\n\nWords each outlet uses more than the others (open vocabulary, "
      "stop words left out): log-odds ratio with informative Dirichlet prior (corpus "
      "frequencies, α₀ = {:.0f}), z-score, and G² p-value after Benjamini–Hochberg "
      "correction.\n\n",
      a.parameters.prior_strength);
  for (const auto& k : a.keyness.against_rest) {
    out += fmt::format("### {}\n\n", markdown_escape(a.outlets[k.focus].id));
    if (k.over.empty()) {
      out += "No word is used more than by the rest.\n\n";
      continue;
    }
    out += "| word | count | rest | z | G² adj. p |\n|---|---:|---:|---:|---:|\n";
    for (std::size_t i = 0; i < k.over.size() && i < 10; ++i) {
      const auto& t = k.over[i];
      out += fmt::format("| {} | {:.0f} | {:.0f} | {:.2f} | {:.3g} |\n", markdown_escape(t.term),
                         t.count_focus, t.count_reference, t.z, t.g2_q);
    }
    out += "\n";
  }
}

void voices(std::string& out, const compare::Analysis& a) {
  out +=
      "## Whose words are quoted\n\nShare of each outlet's quoted words by speaker "
      "group (the actor named with the speech verb next to the quotation).\n\n"
      "| outlet | quotations | attributed | quoted words | groups |\n|---|---:|---:|---:|---|\n";
  for (const auto& v : a.voices) {
    std::string groups;
    for (const auto& g : v.by_group) {
      groups += fmt::format("{}{} {:.0f}%", groups.empty() ? "" : ", ", markdown_escape(g.label),
                            100.0 * g.share);
    }
    out += fmt::format("| {} | {} | {} | {:.0f} | {} |\n", markdown_escape(a.outlets[v.outlet].id),
                       v.quotations, v.attributed, v.quoted_tokens, groups);
  }
  out += "\n";
}

}  // namespace

std::string render_analysis_markdown(const compare::Analysis& analysis) {
  std::string out;
  evidence(out, analysis);
  contrasts(out, analysis);
  frames(out, analysis);
  divergence(out, analysis);
  keyness(out, analysis);
  voices(out, analysis);
  return out;
}

}  // namespace framelens::report
