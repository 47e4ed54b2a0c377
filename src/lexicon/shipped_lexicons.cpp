#include "lexicon/shipped_lexicons.hpp"

#include <string>

#include "core/error.hpp"
#include "core/text_util.hpp"
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

std::vector<LoadedLexicon> load_lexicon_list(const std::vector<std::filesystem::path>& paths) {
  std::vector<LoadedLexicon> loaded;
  const auto add_shipped = [&loaded] {
    for (const EmbeddedFile& file : shipped_lexicon_files()) {
      loaded.push_back({parse_lexicon(file.content, "<builtin>/" + std::string(file.name)),
                        std::string(file.content)});
    }
  };
  if (paths.empty()) {
    add_shipped();
  }
  for (const std::filesystem::path& path : paths) {
    if (path == kShippedKeyword) {
      add_shipped();
    } else {
      std::string bytes = read_file(path);
      loaded.push_back({load_lexicon(path), std::move(bytes)});
    }
  }
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (loaded[i].lexicon.id == loaded[j].lexicon.id) {
        throw InputError(loaded[i].lexicon.origin + ": lexicon id '" + loaded[i].lexicon.id +
                         "' is also the id of " + loaded[j].lexicon.origin +
                         "; give each lexicon its own id");
      }
    }
  }
  return loaded;
}

}  // namespace framelens::lexicon
