#include "lexicon/shipped_lexicons.hpp"

#include <string>

#include "lexicon/lexicon_loader.hpp"

namespace framelens::lexicon {

const std::vector<EmbeddedFile>& shipped_lexicon_files() { return detail::kEmbeddedFiles; }

std::vector<Lexicon> load_shipped_lexicons() {
  std::vector<Lexicon> lexicons;
  for (const EmbeddedFile& file : shipped_lexicon_files()) {
    lexicons.push_back(parse_lexicon(file.content, "<builtin>/" + std::string(file.name)));
  }
  return lexicons;
}

}  // namespace framelens::lexicon
