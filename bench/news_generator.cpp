#include "news_generator.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <vector>

namespace framelens::bench {
namespace {

// splitmix64: a small generator whose output is fixed by the standard
// arithmetic, unlike std:: distributions.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  // Roughly Zipf: small indices are far more likely.
  std::size_t skewed(std::size_t n) {
    const std::size_t a = below(n);
    const std::size_t b = below(a + 1);
    return below(b + 1);
  }

 private:
  std::uint64_t state_;
};

constexpr std::array<std::string_view, 40> kFunctionWords = {
    "the",  "of",  "and",   "to",   "in",    "a",    "that", "for",  "on",    "with",
    "was",  "is",  "by",    "as",   "at",    "from", "his",  "said", "it",    "an",
    "were", "are", "which", "be",   "has",   "have", "had",  "not",  "after", "their",
    "its",  "but", "who",   "been", "would", "will", "more", "they", "this",  "over"};

constexpr std::array<std::string_view, 24> kSyllables = {
    "ta",  "ri", "mon", "sel", "va", "ker", "lo",  "dan",  "mi",   "pra", "gos", "ne",
    "tri", "ul", "bar", "cen", "fa", "do",  "res", "tion", "ment", "ing", "al",  "er"};

std::vector<std::string> make_vocabulary(std::size_t size, Random& random) {
  std::vector<std::string> words;
  std::set<std::string> seen;
  while (words.size() < size) {
    std::string word;
    const std::size_t syllables = 1 + random.below(3);
    for (std::size_t i = 0; i < syllables; ++i) {
      word += kSyllables[random.below(kSyllables.size())];
    }
    if (seen.insert(word).second) {
      words.push_back(word);
    }
  }
  return words;
}

const std::vector<std::string>& vocabulary() {
  static const std::vector<std::string> words = [] {
    Random random(42);
    return make_vocabulary(3000, random);
  }();
  return words;
}

std::string_view word(Random& random) {
  if (random.below(100) < 45) {
    return kFunctionWords[random.skewed(kFunctionWords.size())];
  }
  return vocabulary()[random.skewed(vocabulary().size())];
}

void append_sentence(std::string& out, Random& random) {
  const std::size_t length = 8 + random.below(23);
  const bool quoted = random.below(6) == 0;
  if (quoted) {
    out += random.below(2) == 0 ? "\"" : "\xE2\x80\x9C";
  }
  for (std::size_t i = 0; i < length; ++i) {
    if (i > 0) {
      out += random.below(12) == 0 ? ", " : " ";
    }
    const std::size_t kind = random.below(200);
    if (kind == 0) {
      out += "U.S.";
    } else if (kind == 1) {
      out += std::to_string(1 + random.below(900));
      out += ",000";
    } else if (kind == 2) {
      out += "Mr. Kerry";
    } else if (kind == 3) {
      out += "Ştefan Müller";
    } else if (kind < 8) {
      out += word(random);
      out += '-';
      out += word(random);
    } else if (kind < 11) {
      std::string w(word(random));
      w[0] = static_cast<char>(w[0] - 'a' + 'A');
      out += w;
      out += "'s";
    } else {
      std::string w(word(random));
      if (i == 0) {
        w[0] = static_cast<char>(w[0] - 'a' + 'A');
      }
      out += w;
    }
  }
  if (quoted) {
    out += random.below(2) == 0 ? ",\" he said." : ".\xE2\x80\x9D";
  } else {
    out += '.';
  }
}

lexicon::Lexicon empty_lexicon() {
  lexicon::Lexicon lex;
  lex.id = "bench";
  lex.origin = "<generated>";
  for (std::size_t c = 0; c < 20; ++c) {
    lexicon::Category category;
    category.id = "c";
    category.id += std::to_string(c);
    lex.categories.push_back(std::move(category));
  }
  return lex;
}

}  // namespace

std::string generate_news(std::size_t bytes, std::uint64_t seed) {
  Random random(seed);
  std::string out;
  out.reserve(bytes + 4096);
  while (out.size() < bytes) {
    const std::size_t sentences = 2 + random.below(5);
    for (std::size_t s = 0; s < sentences; ++s) {
      append_sentence(out, random);
      out += s + 1 < sentences ? " " : "\n\n";
    }
  }
  return out;
}

std::vector<std::string> generate_documents(std::size_t bytes, std::uint64_t seed) {
  Random random(seed);
  std::vector<std::string> documents;
  std::size_t total = 0;
  while (total < bytes) {
    documents.push_back(generate_news(3000 + random.below(5000), random.next()));
    total += documents.back().size();
  }
  return documents;
}

namespace {

std::string capitalised(std::string word) {
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

// A lexicon of `term_count` distinct terms spread over 20 categories. Each
// draw picks a kind (0-99) and a first word from the vocabulary and hands
// them to `make_term`, which returns false to draw again.
template <typename MakeTerm>
lexicon::Lexicon collect_terms(std::size_t term_count, std::uint64_t seed, MakeTerm make_term) {
  Random random(seed);
  lexicon::Lexicon lex = empty_lexicon();
  std::set<std::string> seen;
  const auto& words = vocabulary();
  while (seen.size() < term_count) {
    lexicon::Term term;
    const std::size_t kind = random.below(100);
    const std::string& first = words[random.below(words.size())];
    if (!make_term(kind, first, random, term)) {
      continue;
    }
    if (seen.insert(term.text).second) {
      lex.categories[seen.size() % 20].terms.push_back(term);
    }
  }
  return lex;
}

// generate_lexicon's terms: 10% wildcards cutting 1-3 letters off a word of
// 6 or more, 2% capitalised case-sensitive words, 28% two- and three-word
// phrases, the rest single words.
bool framing_term(std::size_t kind, const std::string& first, Random& random, lexicon::Term& term) {
  const auto& words = vocabulary();
  if (kind < 10) {
    if (first.size() < 6) {
      return false;
    }
    const std::size_t cut = 1 + random.below(std::min<std::size_t>(3, first.size() - 5));
    term.text.assign(first, 0, first.size() - cut);
    term.text.push_back('*');
  } else if (kind < 12) {
    term.text = capitalised(first);
    term.case_sensitive = true;
  } else if (kind < 40) {
    term.text = first;
    const std::size_t words_after = kind < 30 ? 1 : 2;
    for (std::size_t i = 0; i < words_after; ++i) {
      term.text += ' ';
      term.text += i + 1 < words_after && random.below(2) == 0
                       ? kFunctionWords[random.skewed(kFunctionWords.size())]
                       : std::string_view(words[random.skewed(words.size())]);
    }
  } else {
    term.text = first;
  }
  return true;
}

// generate_dense_lexicon's terms: 5% wildcards on 3-5 letter prefixes, 1%
// capitalised words, 34% two-word phrases, the rest single words.
bool dense_term(std::size_t kind, const std::string& first, Random& random, lexicon::Term& term) {
  const auto& words = vocabulary();
  if (kind < 5) {
    term.text.assign(first, 0, 3 + random.below(3));
    term.text.push_back('*');
  } else if (kind < 6) {
    term.text = capitalised(first);
    term.case_sensitive = true;
  } else if (kind < 40) {
    term.text = first + ' ' + words[random.skewed(words.size())];
  } else {
    term.text = first;
  }
  return true;
}

}  // namespace

lexicon::Lexicon generate_lexicon(std::size_t term_count, std::uint64_t seed) {
  return collect_terms(term_count, seed, framing_term);
}

lexicon::Lexicon generate_dense_lexicon(std::size_t term_count, std::uint64_t seed) {
  return collect_terms(term_count, seed, dense_term);
}

}  // namespace framelens::bench
