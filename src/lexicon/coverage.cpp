#include "lexicon/coverage.hpp"

#include <map>
#include <set>
#include <tuple>

#include "lexicon/kwic.hpp"
#include "tokenise/tokeniser.hpp"

namespace framelens::lexicon {
namespace {

using TermKey = std::tuple<std::uint32_t, EntryKind, std::uint32_t, std::uint32_t, std::uint32_t>;

struct Tally {
  std::size_t row = 0;  // index into Coverage::terms
  std::set<std::size_t> documents;
  std::set<std::string> outlets;
  // Sample candidates per outlet index, each at most samples_per_term long.
  std::map<std::size_t, std::vector<KwicHit>> candidates;
};

// Takes candidates outlet by outlet, first matches first, up to `cap`.
std::vector<KwicHit> spread_samples(std::map<std::size_t, std::vector<KwicHit>>& candidates,
                                    std::size_t cap) {
  std::vector<KwicHit> samples;
  for (std::size_t round = 0; samples.size() < cap; ++round) {
    bool any = false;
    for (auto& [outlet, hits] : candidates) {
      if (round < hits.size() && samples.size() < cap) {
        samples.push_back(std::move(hits[round]));
        any = true;
      }
    }
    if (!any) {
      break;
    }
  }
  return samples;
}

}  // namespace

Coverage measure_coverage(const Corpus& corpus, const Matcher& matcher,
                          const CoverageOptions& options) {
  Coverage coverage;
  coverage.documents = corpus.documents.size();
  std::map<TermKey, Tally> tallies;
  const auto add_row = [&](TermKey key, const std::string& lexicon, std::string entry,
                           const std::string& term) {
    tallies[key].row = coverage.terms.size();
    TermCoverage row;
    row.lexicon = lexicon;
    row.entry = std::move(entry);
    row.term = term;
    coverage.terms.push_back(std::move(row));
  };
  const std::vector<Lexicon>& lexicons = matcher.lexicons();
  for (std::uint32_t l = 0; l < lexicons.size(); ++l) {
    const Lexicon& lex = lexicons[l];
    for (std::uint32_t g = 0; g < lex.categories.size(); ++g) {
      for (std::uint32_t t = 0; t < lex.categories[g].terms.size(); ++t) {
        add_row({l, EntryKind::kCategory, g, 0, t}, lex.id, lex.categories[g].id,
                lex.categories[g].terms[t].text);
      }
    }
    for (std::uint32_t g = 0; g < lex.contrasts.size(); ++g) {
      const Contrast& contrast = lex.contrasts[g];
      for (std::uint32_t o = 0; o < contrast.options.size(); ++o) {
        for (std::uint32_t t = 0; t < contrast.options[o].terms.size(); ++t) {
          add_row({l, EntryKind::kContrastOption, g, o, t}, lex.id,
                  contrast.id + "/" + contrast.options[o].id, contrast.options[o].terms[t].text);
        }
      }
    }
    for (std::uint32_t a = 0; a < lex.actors.size(); ++a) {
      for (std::uint32_t t = 0; t < lex.actors[a].aliases.size(); ++t) {
        add_row({l, EntryKind::kActor, a, 0, t}, lex.id, "actor:" + lex.actors[a].id,
                lex.actors[a].aliases[t]);
      }
    }
  }
  for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
    const Document& doc = corpus.documents[d];
    const tokenise::TokenisedText text = tokenise::tokenise(doc.text);
    for (const Match& m : matcher.match(text)) {
      Tally& tally = tallies.at({m.lexicon, m.kind, m.group, m.option, m.term});
      TermCoverage& term = coverage.terms[tally.row];
      ++term.matches;
      term.quoted += m.voice == tokenise::Voice::kQuoted ? 1 : 0;
      tally.documents.insert(d);
      tally.outlets.insert(doc.outlet);
      auto& outlet_hits = tally.candidates[corpus.outlet_index(doc.outlet)];
      if (outlet_hits.size() < options.samples_per_term) {
        outlet_hits.push_back(make_hit(doc, text, m, matcher, options.window_tokens));
      }
    }
  }
  for (auto& [key, tally] : tallies) {
    TermCoverage& term = coverage.terms[tally.row];
    term.documents = tally.documents.size();
    term.outlets = tally.outlets.size();
    term.samples = spread_samples(tally.candidates, options.samples_per_term);
  }
  return coverage;
}

}  // namespace framelens::lexicon
