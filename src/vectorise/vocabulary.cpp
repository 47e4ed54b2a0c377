#include "vectorise/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace framelens::vectorise {

const char* to_string(VoiceFilter voice) {
  switch (voice) {
    case VoiceFilter::kNarrative:
      return "narrative";
    case VoiceFilter::kQuoted:
      return "quoted";
    case VoiceFilter::kAll:
      break;
  }
  return "all";
}

bool keeps(VoiceFilter filter, tokenise::Voice voice) {
  switch (filter) {
    case VoiceFilter::kNarrative:
      return voice == tokenise::Voice::kNarrative;
    case VoiceFilter::kQuoted:
      return voice == tokenise::Voice::kQuoted;
    case VoiceFilter::kAll:
      break;
  }
  return true;
}

namespace {

// Function words only: a keyness list full of "the" and "of" says nothing
// about framing, while any content word (including "said", "regime",
// "rebels") must stay testable.
constexpr std::array<std::string_view, 129> kStopWords = {
    "a",      "about",  "above",  "after", "again",   "against",  "all",        "am",
    "an",     "and",    "any",    "are",   "as",      "at",       "be",         "because",
    "been",   "before", "being",  "below", "between", "both",     "but",        "by",
    "can",    "could",  "did",    "do",    "does",    "doing",    "down",       "during",
    "each",   "few",    "for",    "from",  "further", "had",      "has",        "have",
    "having", "he",     "her",    "here",  "hers",    "herself",  "him",        "himself",
    "his",    "how",    "i",      "if",    "in",      "into",     "is",         "it",
    "it's",   "its",    "itself", "just",  "me",      "more",     "most",       "my",
    "myself", "no",     "nor",    "not",   "now",     "of",       "off",        "on",
    "once",   "only",   "or",     "other", "our",     "ours",     "ourselves",  "out",
    "over",   "own",    "same",   "she",   "should",  "so",       "some",       "such",
    "than",   "that",   "the",    "their", "theirs",  "them",     "themselves", "then",
    "there",  "these",  "they",   "this",  "those",   "through",  "to",         "too",
    "under",  "until",  "up",     "very",  "was",     "we",       "were",       "what",
    "when",   "where",  "which",  "while", "who",     "whom",     "why",        "will",
    "with",   "would",  "you",    "your",  "yours",   "yourself", "yourselves", "s",
    "t"};

bool is_number(std::string_view form) {
  return std::all_of(form.begin(), form.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-';
  });
}

}  // namespace

const std::vector<std::string_view>& stop_words() {
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> words(kStopWords.begin(), kStopWords.end());
    std::sort(words.begin(), words.end());
    return words;
  }();
  return sorted;
}

bool is_stop_word(std::string_view form) {
  const auto& words = stop_words();
  return std::binary_search(words.begin(), words.end(), form);
}

std::size_t VocabularyBuilder::column(std::string_view form) {
  if (const auto found = ids_.find(form); found != ids_.end()) {
    return found->second;
  }
  ids_.emplace(std::string(form), forms_.size());
  forms_.emplace_back(form);
  return forms_.size() - 1;
}

void VocabularyBuilder::add(const tokenise::TokenisedText& text) {
  const auto row = static_cast<Eigen::Index>(tokens_.size());
  double kept_tokens = 0;
  row_columns_.clear();
  const tokenise::Token* previous = nullptr;  // last kept content token, for bigrams
  for (const tokenise::Token& token : text.tokens) {
    if (!keeps(options_.voice, token.voice)) {
      previous = nullptr;
      continue;
    }
    kept_tokens += 1;
    const std::string_view form = text.form(token);
    const bool content = !is_stop_word(form) && !(options_.drop_numbers && is_number(form));
    if (!content) {
      previous = nullptr;
      continue;
    }
    row_columns_.push_back(column(form));
    if (options_.bigrams && previous != nullptr && previous->sentence == token.sentence &&
        previous->voice == token.voice && &token == previous + 1) {
      bigram_.assign(text.form(*previous));
      bigram_ += ' ';
      bigram_ += form;
      row_columns_.push_back(column(bigram_));
    }
    previous = &token;
  }
  // One triplet per distinct column of the document, with its count (whole
  // numbers, so summing here or in setFromTriplets gives the same matrix).
  std::sort(row_columns_.begin(), row_columns_.end());
  for (std::size_t i = 0; i < row_columns_.size();) {
    std::size_t j = i + 1;
    while (j < row_columns_.size() && row_columns_[j] == row_columns_[i]) {
      ++j;
    }
    triplets_.emplace_back(row, static_cast<Eigen::Index>(row_columns_[i]),
                           static_cast<double>(j - i));
    i = j;
  }
  tokens_.push_back(kept_tokens);
}

Vocabulary VocabularyBuilder::finish() {
  // Provisional columns follow first appearance; renumber them by sorted form
  // so the columns do not depend on which document came first.
  std::vector<std::size_t> order(forms_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [this](std::size_t a, std::size_t b) { return forms_[a] < forms_[b]; });
  std::vector<Eigen::Index> final_column(forms_.size());
  Vocabulary out;
  for (std::size_t i = 0; i < order.size(); ++i) {
    final_column[order[i]] = static_cast<Eigen::Index>(i);
    out.forms.push_back(forms_[order[i]]);
  }
  for (auto& t : triplets_) {
    t = Eigen::Triplet<double, Eigen::Index>(
        t.row(), final_column[static_cast<std::size_t>(t.col())], t.value());
  }
  out.counts.resize(static_cast<Eigen::Index>(tokens_.size()),
                    static_cast<Eigen::Index>(out.forms.size()));
  out.counts.setFromTriplets(triplets_.begin(), triplets_.end());
  out.tokens =
      Eigen::Map<const Eigen::VectorXd>(tokens_.data(), static_cast<Eigen::Index>(tokens_.size()));
  triplets_.clear();
  return out;
}

}  // namespace framelens::vectorise
