#include "lexicon/coverage.hpp"

#include <map>
#include <set>
#include <tuple>

#include "tokenise/tokeniser.hpp"

namespace framelens::lexicon {
namespace {

using TermKey = std::tuple<std::uint32_t, EntryKind, std::uint32_t, std::uint32_t, std::uint32_t>;

struct Tally {
  std::size_t row = 0;  // index into Coverage::terms
  std::set<std::size_t> documents;
  std::set<std::string> outlets;
};

}  // namespace

Coverage measure_coverage(const Corpus& corpus, const Matcher& matcher) {
  Coverage coverage;
  coverage.documents = corpus.documents.size();
  std::map<TermKey, Tally> tallies;
  const auto add_row = [&](TermKey key, const std::string& lexicon, std::string entry,
                           const std::string& term) {
    tallies[key].row = coverage.terms.size();
    coverage.terms.push_back({lexicon, std::move(entry), term, 0, 0, 0});
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
    for (const Match& m : matcher.match(tokenise::tokenise(doc.text))) {
      Tally& tally = tallies.at({m.lexicon, m.kind, m.group, m.option, m.term});
      ++coverage.terms[tally.row].matches;
      tally.documents.insert(d);
      tally.outlets.insert(doc.outlet);
    }
  }
  for (const auto& [key, tally] : tallies) {
    coverage.terms[tally.row].documents = tally.documents.size();
    coverage.terms[tally.row].outlets = tally.outlets.size();
  }
  return coverage;
}

}  // namespace framelens::lexicon
