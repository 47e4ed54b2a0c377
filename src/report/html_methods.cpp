#include <fmt/format.h>

#include "report/html_escape.hpp"
#include "report/html_sections.hpp"

namespace framelens::report::html {

namespace {

// The measures of the analysis stage, with the parameters this report used.
void measures(std::string& out, const compare::AnalysisParameters& p) {
  out += fmt::format(R"(<h3>How sure: intervals</h3>
<p>An outlet's figures depend on which of its articles happen to be in the corpus. To see how much,
the report draws a new set of articles from each outlet at random, as many as it has, where the
same article may be drawn twice (a <em>bootstrap</em>). It does this {0} times and recomputes every
figure each time. The 95% interval runs from the 2.5th to the 97.5th percentile of those {0}
results (“bootstrap percentile over documents”). An outlet with a single article cannot be
redrawn this way, so its shares use the <em>Wilson score</em> interval, a standard formula for a
proportion, with the outlet's words or matches as the trials. Random draws start from seed {1}, so
the same input always gives the same intervals.</p>
<h3>Low evidence</h3>
<p>An outlet is marked ⚠ <em>low evidence</em> when it has fewer than {2} articles, fewer than
{3:.0f} words or fewer than {4:.0f} lexicon term matches. In a naming choice, an outlet is also
marked when it used that choice's names fewer than {4:.0f} times or has a single article. Its
figures are shown, but the report never claims a difference that involves it.</p>
<h3>Naming choices (contrast sets)</h3>
<p>A contrast lists competing names for one thing (“government”, “the state”, “regime”). For each
outlet the report counts the uses of each name and divides by the uses of all of them: the
<em>share</em>. Shares add up to 100% per outlet. How differently two outlets split their uses is
their Jensen–Shannon divergence over the names (log base 2: 0 for the same split, 1 when they
share no name).</p>
<h3>Frames</h3>
<p>A frame is a category of a lexicon: a list of words about one aspect of a story. Its rate is
the number of matches of its words, each multiplied by the term's weight, per 1,000 words of the
outlet, with the intervals above.</p>
<h3>Distinctive words (keyness)</h3>
<p>Here every word counts, not only lexicon terms; small function words (“the”, “of”, “and”) and
plain numbers are left out, and no word is dropped for being common. For each outlet and word,
the report compares the odds that a word of this outlet is that word with the same odds in all
the other outlets together: the <em>log-odds ratio</em>. Before comparing, it adds {5:.0f}
imaginary words spread like the whole corpus's words (an informative Dirichlet prior with
α₀ = {5:.0f}; Monroe, Colaresi and Quinn 2008, “Fightin' Words”), so a word used twice by one
outlet and never by the others does not top the list. The z-score divides the log-odds ratio by
its standard error. The p-values come from the G² (log-likelihood) test of a 2×2 table, and since
thousands of words are tested at once they are adjusted with the Benjamini–Hochberg method, which
keeps the expected share of false finds among the words called distinctive (adjusted p &lt; 0.05)
at or below 5%.</p>
<h3>Whose words (voice)</h3>
<p>Words inside quotation marks are <em>quoted</em>; all others are the outlet's
<em>narrative</em>. Quotations of at most four words with no speech verb nearby, such as a
“so-called” label, are scare quotes and count as narrative. A quotation is attributed to a speaker when the
speech verb next to it has one of the speaker's names from the lexicons beside it in its sentence
(“Strel said”, “said Dalen”), or is “he said” or “she said” after such a sentence; otherwise it is
“unattributed”. This report's figures use the <b>{6}</b> words.</p>
<h3>More than chance? (permutation test)</h3>
<p>For each pair of outlets, the report pools their articles, deals them out again at random into
two groups of the original sizes, and computes the divergence of the two groups; {7} times. If the
outlets did not really differ, the real divergence would look like one of these shuffled ones.
The p-value is (1 + the number of shuffles at least as far apart as the real pair) divided by
(1 + {7}). The report says two outlets differ only when p is below 0.05 and neither outlet has low
evidence. With one article on either side there is nothing to shuffle, so the pair is not
tested.</p>
<h3>Map and heatmap order</h3>
<p>The square root of the divergence behaves like a distance, so the outlets can be placed on a
page with classical multidimensional scaling: the flat picture whose distances come closest to
the real ones. The heatmaps list outlets in the order of an average-linkage clustering of the
same distances, so similar outlets sit side by side.</p>
<h3>Events</h3>
<p>When articles name the event they cover, outlets are also compared within each event, and the
per-event divergences are averaged, weighted by the pair's words in the event. A gap that shrinks
within events came partly from covering different events.</p>
)",
                     p.bootstrap, p.seed, p.min_documents, p.min_tokens, p.min_matches,
                     p.prior_strength, escape_html(p.voice), p.permutations);
}

}  // namespace

void render_methods(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  open_section(out, "methods", "Methods");
  out += R"(<h3>Reading the articles</h3>
<p>Each article is cleaned (page furniture such as “Advertisement” lines is removed when the corpus
says so), split into sentences and words, and searched for the terms listed in the lexicons. A
lexicon is a hand-written list of words and phrases, grouped into <em>frames</em> (for example
words about diplomacy) and <em>contrasts</em> (competing names for the same thing, such as
“government” or “regime”). Matching ignores upper and lower case unless a term says otherwise,
a term ending in <code>*</code> matches any word that starts the same way
(<code>negotiat*</code> finds “negotiations” and “negotiators”), and where two terms overlap the
longer one wins. Words inside quotation marks are counted too, but marked as
<em>quoted</em> rather than the outlet's own <em>narrative</em> voice
(see the <code>voice</code> column of <code>matches.csv</code>).</p>
<h3>Counting</h3>
<p>For each outlet, the report adds up how often each term appears in all its articles. Outlets
write different amounts, so counts are also shown <em>per 1,000 words</em>: 3 per 1,000 words
means the term is about one word in 330.</p>
<h3>Similarity (cosine)</h3>
<p>Think of each outlet as a list of numbers, one per term: how often it used that term, times the
term's weight in its lexicon. Cosine similarity compares the <em>mix</em> of two such lists and
ignores their length, so a long-winded outlet and a brief one that use terms in the same
proportions score 1. Two outlets that share no term score 0.</p>
<h3>Divergence (Jensen–Shannon)</h3>
<p>Turn each outlet's term counts into shares that add up to 1, then ask how much information is
lost by describing both outlets with their average. That is the Jensen–Shannon divergence. It is
measured in bits (logarithms to base 2), so it runs from 0 (identical shares) to 1 (no term in
common). Counts are used as they are, without smoothing, and without weights.</p>
)";
  measures(out, input.analysis.parameters);
  out += R"(<h3>What these numbers can and cannot say</h3>
<p>They describe the articles in this corpus, not everything an outlet has published. A lexicon
only sees the words someone thought to list, and a word can mean different things in different
sentences, which is why every figure links to the sentences behind it. Small corpora give
unsteady numbers.</p>
)";
  out +=
      "<h3>Settings used</h3>\n<table><caption>Options and defaults</caption><thead><tr>"
      "<th scope=\"col\">Setting</th><th scope=\"col\">Value</th></tr></thead><tbody>\n";
  const auto row = [&out](const std::string& name, const std::string& value) {
    out += "<tr><th scope=\"row\">" + escape_html(name) + "</th><td>" + escape_html(value) +
           "</td></tr>\n";
  };
  row("Terms listed per outlet (--top-terms)", std::to_string(input.options.top_terms));
  row("Evidence sentences shown per term, name, frame or speaker and outlet (--evidence)",
      std::to_string(input.options.evidence_per_feature));
  const compare::AnalysisParameters& p = input.analysis.parameters;
  row("Similarity",
      "cosine of term " + p.weighting + " × lexicon weight (weighting: " + p.weighting + ")");
  row("Divergence", "Jensen–Shannon, log base 2, no smoothing, raw counts");
  row("Rates", "per 1,000 words (tokens)");
  row("Voice counted (--voice)", p.voice);
  row("Intervals", fmt::format("95%, bootstrap percentile over documents, {} resamples "
                               "(--bootstrap); Wilson score for one-article outlets",
                               p.bootstrap));
  row("Permutation test", fmt::format("{} shuffles (--permutations); difference claimed at "
                                      "p < 0.05 without low evidence",
                                      p.permutations));
  row("Random seed (--seed)", std::to_string(p.seed));
  row("Keyness", fmt::format("log-odds ratio, informative Dirichlet prior α₀ = {:.0f} "
                             "(--prior-strength); G² p-values, Benjamini–Hochberg adjusted",
                             p.prior_strength));
  row("Low evidence", fmt::format("fewer than {} articles, {:.0f} words or {:.0f} term matches; "
                                  "in a naming choice, fewer than {:.0f} uses",
                                  p.min_documents, p.min_tokens, p.min_matches, p.min_matches));
  row("Map", "classical multidimensional scaling of √divergence; average-linkage order");
  row("Time windows (--window)", p.window.empty() ? "none" : p.window);
  for (const LexiconInfo& lexicon : input.lexicons) {
    row("Lexicon " + lexicon.id, fmt::format("version {}, {} terms, from {}", lexicon.version,
                                             lexicon.terms, lexicon.origin));
  }
  out += "</tbody></table>\n</section>\n";
}

void render_inputs(std::string& out, Context& context) {
  const ReportInput& input = context.input();
  open_section(out, "inputs", "Inputs and warnings");
  if (input.warnings.empty()) {
    out += "<p>No warnings: every input was read.</p>\n";
  } else {
    out += fmt::format("<p class=\"caution\">{} {} while reading the corpus:</p>\n<ul>\n",
                       input.warnings.size(),
                       input.warnings.size() == 1 ? "problem was found" : "problems were found");
    for (const Warning& warning : input.warnings) {
      out += "<li><code>" + escape_html(warning.source) +
             "</code>: " + escape_html(warning.message) + "</li>\n";
    }
    out += "</ul>\n";
  }
  out += fmt::format(
      "<details><summary>{} input files with their SHA-256</summary><div class=\"body\">"
      "<p class=\"note\">Check a file with <code>sha256sum</code>: the same digest means the same "
      "bytes.</p><table><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">File</th>"
      "<th scope=\"col\">SHA-256</th></tr></thead><tbody>\n",
      input.inputs.size());
  for (const InputFile& file : input.inputs) {
    out += "<tr><td>" + escape_html(file.role) + "</td><th scope=\"row\"><code>" +
           escape_html(file.path) + "</code></th><td class=\"hash\">" + escape_html(file.sha256) +
           "</td></tr>\n";
  }
  out += "</tbody></table></div></details>\n</section>\n";
}

}  // namespace framelens::report::html
