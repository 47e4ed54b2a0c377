#pragma once

#include <Eigen/SparseCore>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokenise/token.hpp"

namespace framelens::vectorise {

/// Which tokens and matches a figure is computed on: the outlet's own words,
/// the words it quotes, or both.
enum class VoiceFilter { kNarrative, kQuoted, kAll };

/// "narrative", "quoted" or "all".
[[nodiscard]] const char* to_string(VoiceFilter voice);

/// True when a token or match of `voice` is kept by `filter`.
[[nodiscard]] bool keeps(VoiceFilter filter, tokenise::Voice voice);

/// The English stop words left out of the open vocabulary: articles,
/// pronouns, auxiliaries, prepositions, conjunctions and a few particles (a
/// fixed list written for framelens, close to the common "function word"
/// lists; no content word is in it). Sorted, so reports can print it as is.
[[nodiscard]] const std::vector<std::string_view>& stop_words();

/// True when `form` (a folded token form) is a stop word.
[[nodiscard]] bool is_stop_word(std::string_view form);

/// Options of the open vocabulary.
struct VocabularyOptions {
  bool bigrams = false;      ///< Also count adjacent token pairs "a b" (no stop word in either).
  bool drop_numbers = true;  ///< Leave out tokens made only of digits and separators.
  VoiceFilter voice = VoiceFilter::kAll;
};

/// Documents x open-vocabulary counts. Columns are the distinct forms in
/// byte-wise sorted order, so the matrix is the same whatever the document
/// order. Bigrams never cross a sentence or a change of voice.
struct Vocabulary {
  std::vector<std::string> forms;                       ///< Column names.
  Eigen::SparseMatrix<double, Eigen::RowMajor> counts;  ///< documents x forms.
  Eigen::VectorXd tokens;  ///< Tokens of the chosen voice per document (stop words included).
};

/// Builds a Vocabulary one document at a time, so token lists need not be
/// kept for the whole corpus. Each document's counts are summed before they
/// are kept: one entry per distinct form of a document, not one per token.
class VocabularyBuilder {
 public:
  explicit VocabularyBuilder(VocabularyOptions options) : options_(options) {}

  /// Counts the tokens of one document (the next row).
  void add(const tokenise::TokenisedText& text);

  /// The counts of every document added, in the order added.
  [[nodiscard]] Vocabulary finish();

 private:
  std::size_t column(std::string_view form);

  // Hashes std::string and std::string_view alike, so a token's form is
  // looked up without being copied into a string.
  struct FormHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view form) const {
      return std::hash<std::string_view>{}(form);
    }
  };

  VocabularyOptions options_;
  // form -> provisional column (first seen)
  std::unordered_map<std::string, std::size_t, FormHash, std::equal_to<>> ids_;
  std::vector<std::string> forms_;  // by provisional column
  std::vector<Eigen::Triplet<double, Eigen::Index>> triplets_;
  std::vector<double> tokens_;
  std::vector<std::size_t> row_columns_;  // the columns of the document being added
  std::string bigram_;                    // "a b", built in place
};

}  // namespace framelens::vectorise
