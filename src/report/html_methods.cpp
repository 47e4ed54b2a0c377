#include <fmt/format.h>

#include "report/html_escape.hpp"
#include "report/html_sections.hpp"

namespace framelens::report::html {

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
<h3>What these numbers can and cannot say</h3>
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
  row("Evidence sentences shown per term and outlet",
      std::to_string(input.options.evidence_per_feature));
  row("Similarity", "cosine of term count × lexicon weight");
  row("Divergence", "Jensen–Shannon, log base 2, no smoothing, raw counts");
  row("Rates", "per 1,000 words (tokens)");
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
