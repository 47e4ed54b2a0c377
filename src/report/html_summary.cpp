#include <fmt/format.h>

#include "report/evidence.hpp"
#include "report/html_escape.hpp"
#include "report/html_format.hpp"
#include "report/html_sections.hpp"
#include "report/summary_facts.hpp"

namespace framelens::report::html {
namespace {

constexpr std::size_t kGapsListed = 3;
constexpr std::size_t kPairsListed = 5;
constexpr std::size_t kWordsListed = 3;
constexpr double kAlpha = 0.05;

std::string bold_name(const compare::Analysis& analysis, std::size_t outlet) {
  return "<b>" + escape_html(analysis.outlets.at(outlet).name) + "</b>";
}

void label_gap(std::string& out, Context& context, const LabelGap& gap) {
  const compare::Analysis& analysis = context.input().analysis;
  const compare::ContrastFigures& contrast = analysis.contrasts[gap.contrast];
  const auto row_of = [&contrast](std::size_t outlet) -> const compare::ContrastOutlet& {
    for (const auto& row : contrast.outlets) {
      if (row.outlet == outlet) {
        return row;
      }
    }
    return contrast.outlets.front();
  };
  const std::string key =
      option_key(contrast.lexicon, contrast.id, contrast.option_ids[gap.option]);
  const auto share = [&](std::size_t outlet) {
    const compare::ContrastOutlet& row = row_of(outlet);
    const compare::Estimate& estimate = row.options[gap.option].share;
    return fmt::format(
        "{} of its {:.0f} uses (95% interval {})",
        linked(context.evidence_href(key, analysis.outlets[outlet].id), percent(estimate.value)),
        row.total, percent_interval(estimate));
  };
  out += "<li><b>" + escape_html(contrast.label) + "</b>: " + bold_name(analysis, gap.higher) +
         " chose “" + escape_html(contrast.option_labels[gap.option]) + "” for " +
         share(gap.higher) + ", " + bold_name(analysis, gap.lower) + " for " + share(gap.lower) +
         ". The intervals do not overlap.</li>\n";
}

void naming_findings(std::string& out, Context& context, const SummaryFacts& facts) {
  const compare::Analysis& analysis = context.input().analysis;
  if (analysis.contrasts.empty()) {
    return;
  }
  for (std::size_t i = 0; i < facts.label_gaps.size() && i < kGapsListed; ++i) {
    label_gap(out, context, facts.label_gaps[i]);
  }
  if (facts.label_gaps.empty() && analysis.parameters.bootstrap == 0) {
    out +=
        "<li>The <a href=\"#contrasts\">naming choices</a> were computed without intervals "
        "(<code>--bootstrap 0</code>), so no difference in them is called clear.</li>\n";
  } else if (facts.label_gaps.empty()) {
    out +=
        "<li>No <a href=\"#contrasts\">naming choice</a> separates two outlets clearly: where "
        "their shares look different, the intervals overlap or an outlet used the names too "
        "rarely.</li>\n";
  } else if (facts.label_gaps.size() > kGapsListed) {
    out += fmt::format(
        "<li>{} more naming choices show such a gap; see <a href=\"#contrasts\">naming "
        "choices</a>.</li>\n",
        facts.label_gaps.size() - kGapsListed);
  }
}

// True when no tested pair has enough documents for its permutation test to
// reach kAlpha: the split actually observed is one of the few possible ones.
bool test_cannot_reach_alpha(const compare::Analysis& analysis) {
  bool any = false;
  for (const compare::PairFigures& pair : analysis.terms.pairs) {
    if (!pair.null.testable) {
      continue;
    }
    any = true;
    const std::size_t a = analysis.outlets[pair.a].documents;
    const std::size_t b = analysis.outlets[pair.b].documents;
    // With equal sizes, swapping the two groups gives the same divergence.
    const double smallest_p = (a == b ? 2.0 : 1.0) / static_cast<double>(document_splits(a, b));
    if (smallest_p < kAlpha) {
      return false;
    }
  }
  return any;
}

void overall_findings(std::string& out, const ReportInput& input, const SummaryFacts& facts) {
  const compare::Analysis& analysis = input.analysis;
  const auto& outlets = input.comparison.outlets;
  if (!facts.widest_pair && !facts.furthest_apart) {
    return;
  }
  if (facts.widest_pair) {
    const compare::PairFigures& pair = analysis.terms.pairs[*facts.widest_pair];
    out += "<li>Overall choice of terms: furthest apart are " + bold_name(analysis, pair.a) +
           " and " + bold_name(analysis, pair.b) + " (divergence " + fixed(pair.jsd.value, 2);
    if (pair.jsd.has_interval) {
      out += ", 95% interval " + fixed(pair.jsd.low, 2) + "–" + fixed(pair.jsd.high, 2);
    }
    out += " bits, where 0 is identical and 1 means no term in common)";
    if (analysis.outlets[pair.a].low_evidence || analysis.outlets[pair.b].low_evidence) {
      out += " " + low_evidence_badge("every pair includes an outlet with low evidence");
    }
  } else if (facts.furthest_apart) {
    out += fmt::format(
        "<li>Overall choice of terms: furthest apart are <b>{}</b> and <b>{}</b> "
        "(divergence {} bits, where 0 is identical and 1 means no term in common)",
        escape_html(outlets[facts.furthest_apart->first].name),
        escape_html(outlets[facts.furthest_apart->second].name),
        fixed(facts.furthest_apart->value, 2));
  }
  if (facts.most_alike) {
    out += fmt::format(
        "; most alike are <b>{}</b> and <b>{}</b> (similarity {}, where 1 is the same mix of "
        "terms)",
        escape_html(outlets[facts.most_alike->first].name),
        escape_html(outlets[facts.most_alike->second].name), fixed(facts.most_alike->value, 2));
  }
  out += ".</li>\n";

  if (!facts.supported_pairs.empty()) {
    out += fmt::format(
        "<li>{} of {} pairs of outlets differ in their overall choice of terms by "
        "more than chance: ",
        facts.supported_pairs.size(), analysis.terms.pairs.size());
    for (std::size_t i = 0; i < facts.supported_pairs.size() && i < kPairsListed; ++i) {
      const compare::PairFigures& pair = analysis.terms.pairs[facts.supported_pairs[i]];
      out += (i ? "; " : "") + bold_name(analysis, pair.a) + " and " + bold_name(analysis, pair.b) +
             " (p = " + fixed(pair.null.p_value, 3) + ")";
    }
    out += facts.supported_pairs.size() > kPairsListed ? "; and more in the table.</li>\n"
                                                       : ".</li>\n";
  } else if (facts.tested_pairs > 0) {
    out +=
        "<li>But no pair of outlets differs in its overall choice of terms by <a "
        "href=\"#pairs\">more than chance</a>: shuffling the articles between two outlets "
        "gives gaps that are often as large.";
    if (test_cannot_reach_alpha(analysis)) {
      out +=
          " With this few articles per outlet there are too few ways to shuffle them for the "
          "test to reach its 5% level at all, so more articles are needed before any overall "
          "difference can be claimed.";
    }
    out += "</li>\n";
  } else if (facts.widest_pair) {
    out += "<li>Whether these gaps are more than chance could not be tested: " +
           escape_html(analysis.terms.pairs[*facts.widest_pair].null.reason) + ".</li>\n";
  }
}

void word_findings(std::string& out, const compare::Analysis& analysis) {
  std::vector<std::size_t> none;
  for (const compare::KeynessComparison& k : analysis.keyness.against_rest) {
    std::string words;
    std::size_t listed = 0;
    for (const compare::KeyTerm& t : k.over) {
      if (t.g2_q < kAlpha && listed < kWordsListed) {
        words += std::string(listed++ ? ", " : "") + "“" + escape_html(t.term) + "”";
      }
    }
    if (listed == 0) {
      none.push_back(k.focus);
      continue;
    }
    out += "<li>" + bold_name(analysis, k.focus) + " uses " + words +
           " clearly more than the other outlets (<a href=\"#keyness\">distinctive "
           "words</a>).</li>\n";
  }
  if (!none.empty() && none.size() < analysis.keyness.against_rest.size()) {
    out += "<li>For ";
    for (std::size_t i = 0; i < none.size(); ++i) {
      out += std::string(i == 0                 ? ""
                         : i + 1 == none.size() ? " and "
                                                : ", ") +
             bold_name(analysis, none[i]);
    }
    out += " no single word stands out clearly once chance is allowed for.</li>\n";
  }
}

void low_evidence_findings(std::string& out, const compare::Analysis& analysis,
                           const SummaryFacts& facts) {
  for (const std::size_t o : facts.low_evidence) {
    out += "<li>" + low_evidence_badge(low_evidence_reasons(analysis.outlets[o])) + " " +
           bold_name(analysis, o) + ": " + escape_html(low_evidence_reasons(analysis.outlets[o])) +
           ". Its figures are shown, but no difference involving it is claimed.</li>\n";
  }
}

void caution(std::string& out, const ReportInput& input, const SummaryFacts& facts) {
  const compare::AnalysisParameters& p = input.analysis.parameters;
  const std::string articles = plural(input.document_count, "article", "articles");
  if (input.analysis.outlets.empty() || p.bootstrap == 0) {
    out += fmt::format(
        "<p class=\"caution\"><b>How sure can we be?</b> These numbers describe these {} only. "
        "{}, and the smallest outlet has {}: one article more or less could move its figures "
        "noticeably. Treat small differences as noise, and read the evidence sentences before "
        "drawing conclusions.</p>\n",
        articles,
        input.analysis.outlets.empty()
            ? "None of them carries a margin of error"
            : "Intervals were switched off (<code>--bootstrap 0</code>), so most carry no margin "
              "of error",
        plural(facts.fewest_documents, "article", "articles"));
    return;
  }
  out += fmt::format(
      "<p class=\"caution\"><b>How sure can we be?</b> These numbers describe these {} only; "
      "the smallest outlet has {}. Shares and rates come with a 95% interval, found by drawing "
      "each outlet's articles again at random {} times: the wider the interval, the less sure "
      "the figure. The report calls two outlets different only when their intervals do not "
      "overlap (for names) or a shuffling test says chance is unlikely (for overall word "
      "choice), and never for an outlet marked ⚠ low evidence (fewer than {} articles, {:.0f} "
      "words or {:.0f} term matches). Even then, read the sentences before drawing "
      "conclusions.</p>\n",
      articles, plural(facts.fewest_documents, "article", "articles"), p.bootstrap, p.min_documents,
      p.min_tokens, p.min_matches);
}

}  // namespace

void render_summary(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  const compare::Analysis& analysis = input.analysis;
  const auto& outlets = input.comparison.outlets;
  const SummaryFacts facts = summary_facts(input);
  open_section(out, "summary", "Summary");
  out += fmt::format(
      "<p class=\"lead\">This report compares how {} wrote about the same events: {}, read for "
      "the words listed in {}. Wherever a figure names a word, you can open the sentences it "
      "came from.</p>\n",
      plural(outlets.size(), "outlet", "outlets"),
      plural(input.document_count, "article", "articles"),
      plural(input.lexicons.size(), "lexicon", "lexicons"));
  const auto tile = [&out](std::size_t n, const char* one, const char* many) {
    out += fmt::format("<li><b>{}</b>{}</li>", n, n == 1 ? one : many);
  };
  out += "<ul class=\"facts\">";
  tile(outlets.size(), "outlet", "outlets");
  tile(input.document_count, "article", "articles");
  tile(static_cast<std::size_t>(facts.matches), "term match", "term matches");
  tile(input.lexicons.size(), "lexicon", "lexicons");
  tile(facts.low_evidence.size(), "outlet with low evidence", "outlets with low evidence");
  tile(input.warnings.size(), "warning", "warnings");
  out += "</ul>\n";

  out += "<h3>What stands out</h3>\n<ul class=\"findings\">\n";
  if (facts.matches <= 0) {
    out +=
        "<li>No lexicon term was found in any article, so the outlets cannot be compared on "
        "their words. Check that the lexicons fit the corpus's language and topic.</li>\n";
  } else if (outlets.size() < 2) {
    out += "<li>There is only one outlet, so there is nothing to compare it with.</li>\n";
  } else {
    naming_findings(out, context, facts);
    overall_findings(out, input, facts);
    word_findings(out, analysis);
    low_evidence_findings(out, analysis, facts);
  }
  out += "</ul>\n";
  caution(out, input, facts);
  out += "</section>\n";
}

}  // namespace framelens::report::html
