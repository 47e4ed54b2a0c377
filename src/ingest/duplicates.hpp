#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "ingest/ingest_options.hpp"

namespace framelens::ingest {

/// Hashes of the word 5-gram shingles of `text`, sorted and unique. Words are
/// maximal runs of bytes that are not ASCII white space or ASCII punctuation,
/// ASCII-lower-cased; a text of fewer than 5 words gives one shingle of all
/// of them (none when it has no word).
[[nodiscard]] std::vector<std::uint64_t> shingle_hashes(std::string_view text);

/// Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted, unique hash sets; 0
/// when both are empty.
[[nodiscard]] double jaccard(const std::vector<std::uint64_t>& a,
                             const std::vector<std::uint64_t>& b);

/// jaccard(a, b) when it is at least `threshold`; otherwise some value below
/// `threshold`, found without reading both sets to the end: the merge stops
/// once the elements left cannot bring the similarity up to it.
[[nodiscard]] double jaccard_if_at_least(const std::vector<std::uint64_t>& a,
                                         const std::vector<std::uint64_t>& b, double threshold);

/// Finds duplicate documents in `corpus` and reports each as a warning:
/// exact duplicates (same cleaned text, any outlets) and near-duplicates
/// (documents of different outlets whose shingle sets have a Jaccard
/// similarity of at least IngestOptions::near_duplicate_threshold, typically
/// syndicated wire copy). Later documents (input order) are dropped according
/// to IngestOptions::duplicates.
///
/// Candidate pairs come from a bottom-k sketch (the 8 smallest shingle hashes
/// of each document; two documents with Jaccard J share a given one of them
/// with probability about J), so checking stays close to linear in corpus
/// size; every candidate is confirmed with the exact Jaccard similarity.
void check_duplicates(Corpus& corpus, const IngestOptions& options);

}  // namespace framelens::ingest
