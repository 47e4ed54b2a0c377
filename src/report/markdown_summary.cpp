#include "report/markdown_summary.hpp"

#include <fmt/format.h>

#include "report/html_format.hpp"
#include "report/markdown_format.hpp"
#include "report/summary_facts.hpp"

namespace framelens::report {
namespace {

using html::fixed;
using html::percent;
using html::percent_interval;
using html::plural;

constexpr std::size_t kGapsListed = 3;
constexpr std::size_t kPairsListed = 5;

std::string name(const compare::Analysis& analysis, std::size_t outlet) {
  return "**" + markdown_escape(analysis.outlets.at(outlet).name) + "**";
}

const compare::ContrastOutlet& row_of(const compare::ContrastFigures& contrast,
                                      std::size_t outlet) {
  for (const auto& row : contrast.outlets) {
    if (row.outlet == outlet) {
      return row;
    }
  }
  return contrast.outlets.front();
}

void naming(std::string& out, const compare::Analysis& analysis, const SummaryFacts& facts) {
  if (analysis.contrasts.empty()) {
    return;
  }
  for (std::size_t i = 0; i < facts.label_gaps.size() && i < kGapsListed; ++i) {
    const LabelGap& gap = facts.label_gaps[i];
    const compare::ContrastFigures& contrast = analysis.contrasts[gap.contrast];
    const auto share = [&](std::size_t outlet) {
      const compare::ContrastOutlet& row = row_of(contrast, outlet);
      const compare::Estimate& estimate = row.options[gap.option].share;
      return fmt::format("{} of its {:.0f} uses (95% interval {})", percent(estimate.value),
                         row.total, percent_interval(estimate));
    };
    out += fmt::format("- **{}**: {} chose “{}” for {}, {} for {}. The intervals do not overlap.\n",
                       markdown_escape(contrast.label), name(analysis, gap.higher),
                       markdown_escape(contrast.option_labels[gap.option]), share(gap.higher),
                       name(analysis, gap.lower), share(gap.lower));
  }
  if (facts.label_gaps.empty() && analysis.parameters.bootstrap == 0) {
    out +=
        "- The naming choices were computed without intervals (`--bootstrap 0`), so no "
        "difference in them is called clear.\n";
  } else if (facts.label_gaps.empty()) {
    out +=
        "- No naming choice separates two outlets clearly: where their shares look different, "
        "the intervals overlap or an outlet used the names too rarely.\n";
  } else if (facts.label_gaps.size() > kGapsListed) {
    out += fmt::format("- {} more naming choices show such a gap (see *Label choices*).\n",
                       facts.label_gaps.size() - kGapsListed);
  }
}

void overall(std::string& out, const ReportInput& input, const SummaryFacts& facts) {
  const compare::Analysis& analysis = input.analysis;
  if (facts.widest_pair) {
    const compare::PairFigures& pair = analysis.terms.pairs[*facts.widest_pair];
    out += fmt::format("- Overall choice of terms: furthest apart are {} and {} (divergence {}",
                       name(analysis, pair.a), name(analysis, pair.b), fixed(pair.jsd.value, 2));
    if (pair.jsd.has_interval) {
      out += ", 95% interval " + fixed(pair.jsd.low, 2) + "–" + fixed(pair.jsd.high, 2);
    }
    out += " bits, where 0 is identical and 1 means no term in common)";
    if (facts.most_alike) {
      const auto& outlets = input.comparison.outlets;
      out += fmt::format(
          "; most alike are **{}** and **{}** (similarity {}, where 1 is the same mix of terms)",
          markdown_escape(outlets[facts.most_alike->first].name),
          markdown_escape(outlets[facts.most_alike->second].name),
          fixed(facts.most_alike->value, 2));
    }
    out += ".\n";
  }
  if (!facts.supported_pairs.empty()) {
    out += fmt::format(
        "- {} of {} pairs of outlets differ in their overall choice of terms by more "
        "than chance: ",
        facts.supported_pairs.size(), analysis.terms.pairs.size());
    for (std::size_t i = 0; i < facts.supported_pairs.size() && i < kPairsListed; ++i) {
      const compare::PairFigures& pair = analysis.terms.pairs[facts.supported_pairs[i]];
      out += fmt::format("{}{} and {} (p = {})", i ? "; " : "", name(analysis, pair.a),
                         name(analysis, pair.b), fixed(pair.null.p_value, 3));
    }
    out += facts.supported_pairs.size() > kPairsListed ? "; and more in the table.\n" : ".\n";
  } else if (facts.tested_pairs > 0) {
    out +=
        "- But no pair of outlets differs in its overall choice of terms by more than chance: "
        "shuffling the articles between two outlets gives gaps that are often as large.";
    if (facts.test_cannot_reach_alpha) {
      out +=
          " With this few articles per outlet there are too few ways to shuffle them for the "
          "test to reach its 5% level at all, so more articles are needed before any overall "
          "difference can be claimed.";
    }
    out += "\n";
  } else if (facts.widest_pair) {
    out += "- These gaps were not tested against chance (" +
           markdown_escape(analysis.terms.pairs[*facts.widest_pair].null.reason) + ").\n";
  }
}

void words(std::string& out, const compare::Analysis& analysis, const SummaryFacts& facts) {
  std::vector<std::size_t> none;
  for (const DistinctiveWords& d : facts.distinctive) {
    if (d.words.empty()) {
      none.push_back(d.outlet);
      continue;
    }
    std::string list;
    for (std::size_t i = 0; i < d.words.size(); ++i) {
      list += (i ? ", “" : "“") + markdown_escape(d.words[i]) + "”";
    }
    out += "- " + name(analysis, d.outlet) + " uses " + list +
           " clearly more than the other outlets (*Key words per outlet*).\n";
  }
  if (!none.empty() && none.size() < facts.distinctive.size()) {
    out += "- For ";
    for (std::size_t i = 0; i < none.size(); ++i) {
      out += std::string(i == 0                 ? ""
                         : i + 1 == none.size() ? " and "
                                                : ", ") +
             name(analysis, none[i]);
    }
    out += " no single word stands out clearly once chance is allowed for.\n";
  }
}

void caution(std::string& out, const ReportInput& input, const SummaryFacts& facts) {
  const compare::AnalysisParameters& p = input.analysis.parameters;
  for (const std::size_t o : facts.low_evidence) {
    out += "- " + name(input.analysis, o) + " has low evidence (" +
           markdown_escape(html::low_evidence_reasons(input.analysis.outlets[o])) +
           "): its figures are shown, but no difference involving it is claimed.\n";
  }
  const std::string articles = plural(input.document_count, "article", "articles");
  const std::string smallest = plural(facts.fewest_documents, "article", "articles");
  if (input.analysis.outlets.empty() || p.bootstrap == 0) {
    out += fmt::format(
        "\n**How sure can we be?** These numbers describe these {} only. {}, and the smallest "
        "outlet has {}: one article more or less could move its figures noticeably. Treat "
        "small differences as noise and read the example sentences (all of them are in "
        "`report.html`).\n\n",
        articles,
        input.analysis.outlets.empty()
            ? "None of them carries a margin of error"
            : "Intervals were switched off (`--bootstrap 0`), so most carry no margin of error",
        smallest);
    return;
  }
  out += fmt::format(
      "\n**How sure can we be?** These numbers describe these {} only; the smallest outlet has "
      "{}. Shares and rates come with a 95% interval, found by drawing each outlet's articles "
      "again at random {} times (and never narrower than the counts allow): the wider the "
      "interval, the less sure the figure. The report calls two outlets different only when "
      "their intervals do not overlap (for names) or a shuffling test says chance is unlikely "
      "(for overall word choice), and never for an outlet with low evidence (fewer than {} "
      "articles, {:.0f} words or {:.0f} term matches). Even then, read the example sentences "
      "(all of them are in `report.html`).\n\n",
      articles, smallest, p.bootstrap, p.min_documents, p.min_tokens, p.min_matches);
}

}  // namespace

void render_markdown_summary(std::string& out, const ReportInput& input) {
  const SummaryFacts facts = summary_facts(input);
  out += "## Summary\n\n";
  if (facts.matches <= 0) {
    out +=
        "No lexicon term was found in any article, so the outlets cannot be compared on their "
        "words. Check that the lexicons fit the corpus's language and topic.\n\n";
    return;
  }
  if (input.comparison.outlets.size() < 2) {
    out += "There is only one outlet, so there is nothing to compare it with.\n\n";
    return;
  }
  naming(out, input.analysis, facts);
  overall(out, input, facts);
  words(out, input.analysis, facts);
  caution(out, input, facts);
}

}  // namespace framelens::report
