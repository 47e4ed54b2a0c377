#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compare/analysis.hpp"
#include "compare/outlet_comparison.hpp"
#include "core/document.hpp"

namespace framelens::report {

/// An input file and its SHA-256, recorded so a report says what produced it.
struct InputFile {
  std::string role;  ///< "document", "manifest", "lexicon".
  std::string path;  ///< As given, or "<builtin>/name" for shipped lexicons.
  std::string sha256;
};

/// A lexicon as the report names it.
struct LexiconInfo {
  std::string id;
  int version = 1;
  std::string origin;
  std::size_t terms = 0;
};

/// A document's metadata, as evidence cites it. Index = position in
/// ReportInput::documents (corpus order).
struct DocumentInfo {
  std::string id;
  std::string outlet;  ///< Outlet id.
  std::string title;   ///< May be empty.
  std::string date;    ///< YYYY-MM-DD or empty.
  std::string url;     ///< As the corpus gave it; writers decide whether it is safe to link.
  std::string source_path;
};

/// A matched stretch inside EvidenceSentence::text, in bytes.
struct Highlight {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// One sentence quoted as evidence for a feature, with the feature's matches
/// marked.
struct EvidenceSentence {
  std::size_t document = 0;      ///< Index into ReportInput::documents.
  std::uint32_t sentence = 0;    ///< Sentence index within the document.
  std::string text;              ///< The sentence, whitespace collapsed; long ones cut with "…".
  std::vector<Highlight> marks;  ///< Sorted, non-overlapping, within `text`.
};

/// The sentences behind one feature in one outlet. `shown` is capped (see
/// ReportOptions::evidence_per_feature); the totals count everything.
struct EvidenceSet {
  std::string feature;  ///< evidence_key(): "term:lexicon/text", "category:lexicon/id", …
  std::string outlet;   ///< Outlet id.
  std::size_t matches_total = 0;
  std::size_t sentences_total = 0;      ///< Distinct sentences with at least one match.
  std::vector<EvidenceSentence> shown;  ///< Spread over documents first, then text order.
};

/// Every evidence set, sorted by (feature, outlet).
struct Evidence {
  std::vector<EvidenceSet> sets;

  /// The set for `feature` in `outlet`, or nullptr when nothing matched.
  [[nodiscard]] const EvidenceSet* find(const std::string& feature,
                                        const std::string& outlet) const;
  /// Index of that set in `sets`, or sets.size().
  [[nodiscard]] std::size_t index_of(const std::string& feature, const std::string& outlet) const;
};

/// What a match matched; shared by every occurrence, so a large corpus keeps
/// its names once.
struct MatchEntry {
  std::string lexicon;  ///< Lexicon id.
  std::string kind;     ///< "category", "option" or "actor".
  std::string entry;    ///< Category id, "contrast/option", or actor id.
  std::string term;     ///< Term text as written in the lexicon (alias for actors).
};

/// One lexicon match, for matches.csv. Offsets are bytes of the document as
/// the input gave it (Document::source_map applied).
struct MatchRecord {
  static constexpr std::size_t kNoSpeaker = static_cast<std::size_t>(-1);
  std::size_t document = 0;  ///< Index into ReportInput::documents.
  std::size_t entry = 0;     ///< Index into MatchTable::entries.
  std::size_t source_begin = 0;
  std::size_t source_end = 0;
  std::uint32_t sentence = 0;  ///< Sentence index within the document.
  /// "narrative" (the outlet's own words), "quoted" (reported speech) or
  /// "scare-quoted" (inside quotation marks nobody is said to speak; counted
  /// as narrative).
  std::string_view voice = "narrative";
  /// Index into MatchTable::speakers when the match sits in a quotation
  /// attributed to an actor, else kNoSpeaker.
  std::size_t speaker = kNoSpeaker;
};

/// Every match of a run.
struct MatchTable {
  std::vector<MatchEntry> entries;    ///< In order of first occurrence.
  std::vector<MatchRecord> records;   ///< In document order, then as the matcher ordered them.
  std::vector<std::string> speakers;  ///< "lexicon/actor id" of every actor of the matcher.
};

/// Options that shaped the report, echoed into it.
struct ReportOptions {
  std::size_t top_terms = 15;            ///< Terms listed per outlet.
  std::size_t evidence_per_feature = 5;  ///< Sentences shown per feature and outlet.
  std::string generated_at;              ///< UTC ISO 8601 with --timestamp; empty otherwise.
};

/// Everything a report writer needs. Writers only format: every figure is
/// computed before this is filled.
struct ReportInput {
  std::string corpus_name;
  std::string corpus_description;
  std::size_t document_count = 0;
  ReportOptions options;
  std::vector<LexiconInfo> lexicons;
  std::vector<InputFile> inputs;
  std::vector<Warning> warnings;
  std::vector<DocumentInfo> documents;
  compare::OutletComparison comparison;
  /// Every analysis figure (keyness, contrasts, frames, voices, intervals,
  /// map, events, windows) with its parameters; see compare/analysis.hpp.
  compare::Analysis analysis;
  Evidence evidence;
  MatchTable matches;
};

}  // namespace framelens::report
