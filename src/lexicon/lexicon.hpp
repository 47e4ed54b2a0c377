#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace framelens::lexicon {

/// One term of a lexicon: a sequence of tokens, the last of which may end in
/// the suffix wildcard '*'.
struct Term {
  std::string text;             ///< As written in the lexicon ("negotiat*", "peace talks").
  double weight = 1.0;          ///< Positive and finite; multiplies the term's counts.
  bool case_sensitive = false;  ///< Match the surface form exactly ("US" is not "us").
};

/// A frame: a weighted list of cue terms.
struct Category {
  std::string id;
  std::string label;
  std::string description;
  std::vector<Term> terms;
};

/// One of the competing labels of a contrast.
struct ContrastOption {
  std::string id;
  std::string label;
  std::vector<Term> terms;
};

/// One referent with competing labels ("regime" vs "government").
struct Contrast {
  std::string id;
  std::string label;
  std::string description;
  std::vector<ContrastOption> options;
};

/// A person or body whose quoted voice is counted.
struct Actor {
  std::string id;
  std::string label;
  std::string group;
  std::vector<std::string> aliases;
};

/// How the words of a lexicon's terms and of the text are compared.
enum class Stemming : std::uint8_t {
  kNone,     ///< Folded forms as they are.
  kEnglish,  ///< Snowball English stems of folded forms ("negotiations" = "negotiate").
};

/// A validated lexicon (design §3.2). Code after the loader may assume: ids
/// are non-empty and unique within their list, terms are non-empty, '*' only
/// ends a token, weights are positive and finite, and no term is in two
/// options of one contrast.
struct Lexicon {
  std::string id;
  int version = 1;
  std::string language = "en";
  std::string description;
  std::vector<std::string> sources;
  Stemming stemming = Stemming::kNone;
  std::string origin;  ///< File it was loaded from, or "<builtin>/name.yaml".
  std::vector<Category> categories;
  std::vector<Contrast> contrasts;
  std::vector<Actor> actors;

  /// Terms of all categories and contrast options (actor aliases excluded).
  [[nodiscard]] std::size_t term_count() const {
    std::size_t terms = 0;
    for (const Category& category : categories) {
      terms += category.terms.size();
    }
    for (const Contrast& contrast : contrasts) {
      for (const auto& option : contrast.options) {
        terms += option.terms.size();
      }
    }
    return terms;
  }
};

}  // namespace framelens::lexicon
