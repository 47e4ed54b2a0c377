#include "lexicon/word_trie.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "lexicon/string_table.hpp"

using framelens::lexicon::StringTable;
using framelens::lexicon::WordTrie;

namespace {

struct Found {
  std::uint32_t exact = WordTrie::kMissing;
  std::vector<std::uint32_t> prefixes;
};

Found find(const WordTrie& trie, const std::string& word) {
  Found found;
  found.exact = trie.find(word, found.prefixes);
  return found;
}

}  // namespace

TEST_CASE("word trie finds exact words and every prefix a word starts with", "[lexicon]") {
  WordTrie trie;
  CHECK(trie.insert("negotiations", false, 0) == 0);
  CHECK(trie.insert("negotiat", true, 1) == 1);
  CHECK(trie.insert("neg", true, 2) == 2);
  CHECK(trie.insert("negotiat", false, 3) == 3);      // the same text as a word is another symbol
  CHECK(trie.insert("negotiations", false, 9) == 0);  // already there: the first symbol stays
  trie.freeze();

  const Found word = find(trie, "negotiations");
  CHECK(word.exact == 0);
  CHECK(word.prefixes == std::vector<std::uint32_t>{2, 1});  // shortest first

  const Found stem = find(trie, "negotiat");
  CHECK(stem.exact == 3);
  CHECK(stem.prefixes == std::vector<std::uint32_t>{2, 1});

  const Found other = find(trie, "negate");
  CHECK(other.exact == WordTrie::kMissing);
  CHECK(other.prefixes == std::vector<std::uint32_t>{2});

  CHECK(find(trie, "ne").prefixes.empty());
  CHECK(find(trie, "ne").exact == WordTrie::kMissing);
  CHECK(find(trie, "x-ray").exact == WordTrie::kMissing);  // bytes in no entry
  CHECK(find(trie, "").exact == WordTrie::kMissing);
}

TEST_CASE("word trie refuses entries once frozen", "[lexicon]") {
  WordTrie trie;
  trie.insert("regime", false, 0);
  trie.freeze();
  CHECK_THROWS_AS(trie.insert("rebels", false, 1), std::logic_error);
}

TEST_CASE("word trie agrees with a plain map on thousands of random words", "[lexicon]") {
  // Short words over a small alphabet share many prefixes, so the double
  // array's cells crowd together: a wrong base or check shows as a word
  // found that was never added, or a prefix missed.
  std::mt19937 random(20240601);
  const std::string alphabet = "aeinorst-'\xC3\xA9";
  const auto random_word = [&] {
    std::string word;
    const std::size_t length = 1 + random() % 7;
    for (std::size_t i = 0; i < length; ++i) {
      word += alphabet[random() % alphabet.size()];
    }
    return word;
  };
  WordTrie trie;
  std::map<std::string, std::uint32_t> words;
  std::map<std::string, std::uint32_t> prefixes;
  std::uint32_t next = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string text = random_word();
    const bool prefix = random() % 5 == 0;
    auto& expected = prefix ? prefixes : words;
    const auto [at, added] = expected.emplace(text, next);
    CHECK(trie.insert(text, prefix, next) == at->second);
    if (added) {
      ++next;
    }
  }
  trie.freeze();
  for (int i = 0; i < 20000; ++i) {
    const std::string word = random_word();
    const Found found = find(trie, word);
    const auto exact = words.find(word);
    CHECK(found.exact == (exact == words.end() ? WordTrie::kMissing : exact->second));
    std::vector<std::uint32_t> starts;
    for (std::size_t length = 1; length <= word.size(); ++length) {
      const auto p = prefixes.find(word.substr(0, length));
      if (p != prefixes.end()) {
        starts.push_back(p->second);
      }
    }
    CHECK(found.prefixes == starts);
  }
}

TEST_CASE("string table tells apart keys of every length", "[lexicon]") {
  // Keys of up to eight bytes are compared as packed 64-bit values; longer
  // ones byte by byte. Keys here share their last eight bytes and differ in
  // length by one, which is where a packing mistake would show.
  StringTable table;
  std::vector<std::string> keys;
  for (std::size_t length = 0; length <= 20; ++length) {
    keys.push_back(std::string(length, 'a'));
    keys.push_back(std::string(length, 'a') + "b");
    keys.push_back("b" + std::string(length, 'a'));
    if (length >= 2) {
      std::string middle(length, 'a');
      middle[length / 2] = 'c';
      keys.push_back(middle);
    }
  }
  std::map<std::string, std::uint32_t> ids;
  for (const std::string& key : keys) {
    const auto [at, added] = ids.emplace(key, static_cast<std::uint32_t>(ids.size()));
    CHECK(table.insert(key, at->second) == at->second);
  }
  CHECK(table.size() == ids.size());
  for (const auto& [key, id] : ids) {
    CHECK(table.find(key) == id);
  }
  CHECK(table.find("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == StringTable::kMissing);
  CHECK(table.find("ca") == StringTable::kMissing);
  CHECK(table.find("acb") == StringTable::kMissing);
}
