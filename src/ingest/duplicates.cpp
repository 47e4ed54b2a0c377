#include "ingest/duplicates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <unordered_map>

#include "ingest/document_builder.hpp"

namespace framelens::ingest {
namespace {

constexpr std::size_t kShingleWords = 5;
constexpr std::size_t kSketchSize = 8;
// A sketch hash shared by more documents than this is too common to tell
// documents apart; it yields no candidates (so checking stays near-linear).
constexpr std::size_t kMaxPosting = 1000;

// FNV-1a, 64-bit: stable across platforms and runs.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffset) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kFnvPrime;
  }
  return hash;
}

// Spreads FNV's low-entropy high bits so "smallest hashes" is a fair sample.
std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 33U;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33U;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33U;
  return x;
}

bool is_separator(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x80U &&
         (byte <= ' ' || (byte >= '!' && byte <= '/') || (byte >= ':' && byte <= '@') ||
          (byte >= '[' && byte <= '`') || (byte >= '{' && byte <= '~'));
}

std::vector<std::uint64_t> word_hashes(std::string_view text) {
  std::vector<std::uint64_t> words;
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && is_separator(text[at])) {
      ++at;
    }
    const std::size_t begin = at;
    while (at < text.size() && !is_separator(text[at])) {
      ++at;
    }
    if (at > begin) {
      std::uint64_t hash = kFnvOffset;
      for (std::size_t i = begin; i < at; ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') {
          c = static_cast<char>(c - 'A' + 'a');
        }
        hash = fnv1a(std::string_view(&c, 1), hash);
      }
      words.push_back(hash);
    }
  }
  return words;
}

std::string describe(const Document& doc) { return fmt::format("'{}' ({})", doc.id, doc.outlet); }

}  // namespace

std::vector<std::uint64_t> shingle_hashes(std::string_view text) {
  const std::vector<std::uint64_t> words = word_hashes(text);
  std::vector<std::uint64_t> shingles;
  if (words.empty()) {
    return shingles;
  }
  const std::size_t width = std::min(kShingleWords, words.size());
  for (std::size_t i = 0; i + width <= words.size(); ++i) {
    std::uint64_t hash = kFnvOffset;
    for (std::size_t j = i; j < i + width; ++j) {
      hash = (hash ^ words[j]) * kFnvPrime;
    }
    shingles.push_back(mix(hash));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

double jaccard_if_at_least(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b,
                           double threshold) {
  if (a.empty() && b.empty()) {
    return 0.0;
  }
  // J = c / (|A| + |B| - c) >= t exactly when c >= t (|A| + |B|) / (1 + t).
  // An element passed over on one side is in no common pair, so at most
  // min(|A| - passed in A, |B| - passed in B) elements can still be common.
  const auto total = static_cast<double>(a.size() + b.size());
  const double needed = threshold * total / (1.0 + threshold);
  std::size_t common = 0;
  std::size_t passed_a = 0;
  std::size_t passed_b = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
      ++passed_a;
    } else if (*j < *i) {
      ++j;
      ++passed_b;
    } else {
      ++common;
      ++i;
      ++j;
      continue;
    }
    const auto most_common =
        static_cast<double>(std::min(a.size() - passed_a, b.size() - passed_b));
    if (most_common < needed) {
      // Confirmed with the similarity itself, which rounding cannot put on
      // the wrong side of `threshold`.
      const double most_similar = most_common / (total - most_common);
      if (most_similar < threshold) {
        return most_similar;
      }
    }
  }
  return static_cast<double>(common) / (total - static_cast<double>(common));
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  return jaccard_if_at_least(a, b, 0.0);  // every similarity is at least 0: no early stop
}

void check_duplicates(Corpus& corpus, const IngestOptions& options) {
  std::vector<Document>& docs = corpus.documents;
  std::vector<bool> drop(docs.size(), false);
  std::vector<bool> exact_copy(docs.size(), false);

  // Exact duplicates: same cleaned text.
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_text;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    std::vector<std::size_t>& same_hash = by_text[fnv1a(docs[i].text)];
    for (const std::size_t earlier : same_hash) {
      if (docs[earlier].text == docs[i].text) {
        const bool dropping = options.duplicates != DuplicatePolicy::kKeep;
        corpus.warnings.push_back(
            {document_origin(docs[i]),
             fmt::format("document {} has the same text as {}{}", describe(docs[i]),
                         describe(docs[earlier]),
                         dropping ? "; dropped (--duplicates)" : "; both kept")});
        drop[i] = dropping;
        exact_copy[i] = true;
        break;
      }
    }
    if (!drop[i]) {
      same_hash.push_back(i);
    }
  }

  // Near-duplicates across outlets. An exact copy was reported already and its
  // original stands for it here.
  std::vector<std::vector<std::uint64_t>> shingles(docs.size());
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> postings;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (drop[i] || exact_copy[i]) {
      continue;
    }
    shingles[i] = shingle_hashes(docs[i].text);
    std::vector<std::size_t> candidates;
    const std::size_t sketch = std::min(kSketchSize, shingles[i].size());
    for (std::size_t k = 0; k < sketch; ++k) {
      std::vector<std::size_t>& posting = postings[shingles[i][k]];
      if (posting.size() <= kMaxPosting) {
        candidates.insert(candidates.end(), posting.begin(), posting.end());
      }
      posting.push_back(i);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const std::size_t earlier : candidates) {
      if (drop[earlier] || docs[earlier].outlet == docs[i].outlet ||
          docs[earlier].text == docs[i].text) {
        continue;
      }
      // A shared boilerplate shingle can make hundreds of candidates, most
      // of them far from the threshold: their merges stop early.
      const double similarity =
          jaccard_if_at_least(shingles[earlier], shingles[i], options.near_duplicate_threshold);
      if (similarity >= options.near_duplicate_threshold) {
        const bool dropping = options.duplicates == DuplicatePolicy::kDropNear;
        corpus.warnings.push_back(
            {document_origin(docs[i]),
             fmt::format("document {} is a near-duplicate of {} (shingle similarity {:.2f}, "
                         "threshold {:.2f}; syndicated copy?){}",
                         describe(docs[i]), describe(docs[earlier]), similarity,
                         options.near_duplicate_threshold,
                         dropping ? "; dropped (--duplicates=drop-near)" : "; both kept")});
        drop[i] = dropping;
        if (dropping) {
          break;
        }
      }
    }
    if (drop[i]) {
      shingles[i].clear();
    }
  }

  std::size_t kept = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (!drop[i]) {
      if (kept != i) {
        docs[kept] = std::move(docs[i]);
      }
      ++kept;
    }
  }
  docs.resize(kept);
}

}  // namespace framelens::ingest
