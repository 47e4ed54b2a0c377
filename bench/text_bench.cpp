// Throughput of the text layer (bytes per second of input): tokenising alone,
// tokenising (with sentences and quotations) plus matching, and matching
// alone, on generated news text with a generated lexicon; and on real
// articles with the shipped lexicons (BM_RealNewsTokeniseMatch, below).
//
// BM_Tokenise and BM_TokeniseMatch run over a 4 MB corpus of news-sized
// documents (3-8 KB each) with a lexicon shaped like a framing lexicon (see
// generate_lexicon). The text has about 165,000 tokens per MB; the 1,000-term
// lexicon matches about 24,000 times per MB (15% of tokens), the 300-term one
// about 7,000 times. For comparison, the shipped lexicons (about 1,800 terms
// and aliases) match about 33,000 times per MB on the syria-talks corpus:
// framing lexicons are written for the topic. The
// counters report matches_per_MB (and tokens_per_MB) for each run. Like the
// pipeline, these runs tokenise every document into one reused TokenisedText.
// The matcher keeps a per-thread cache of the words it has looked up, so
// after the first pass BM_TokeniseMatch finds every word there;
// BM_TokeniseMatchFirstPass times passes that start with it empty.
//
// The *OneDocument benchmarks are the first ones kept for comparison: a
// single 4 MB document and the dense lexicon, whose short wildcards match
// about a fifth of all tokens. They too reuse one TokenisedText: allocating
// its 30 MB afresh each time made them four times slower after the other
// benchmarks had run (the allocator then maps fresh pages for it).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/corpus_loader.hpp"
#include "lexicon/matcher.hpp"
#include "lexicon/shipped_lexicons.hpp"
#include "news_generator.hpp"
#include "tokenise/tokeniser.hpp"

namespace {

constexpr std::size_t kTextBytes = 4 << 20;

const std::string& one_document() {
  static const std::string generated = framelens::bench::generate_news(kTextBytes, 7);
  return generated;
}

const std::vector<std::string>& documents() {
  static const std::vector<std::string> generated =
      framelens::bench::generate_documents(kTextBytes, 7);
  return generated;
}

std::size_t total_bytes(const std::vector<std::string>& docs) {
  std::size_t bytes = 0;
  for (const std::string& doc : docs) {
    bytes += doc.size();
  }
  return bytes;
}

void report(benchmark::State& state, std::size_t bytes, std::size_t matches) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bytes));
  state.counters["matches_per_MB"] =
      static_cast<double>(matches) / (static_cast<double>(bytes) / 1e6);
}

void BM_Tokenise(benchmark::State& state) {
  const std::vector<std::string>& docs = documents();
  std::size_t tokens = 0;
  framelens::tokenise::TokenisedText text;
  for (auto _ : state) {
    tokens = 0;
    for (const std::string& doc : docs) {
      framelens::tokenise::tokenise(doc, text);
      tokens += text.tokens.size();
      benchmark::DoNotOptimize(text.tokens.data());
    }
  }
  const std::size_t bytes = total_bytes(docs);
  report(state, bytes, 0);
  state.counters["documents"] = static_cast<double>(docs.size());
  state.counters["tokens_per_MB"] =
      static_cast<double>(tokens) / (static_cast<double>(bytes) / 1e6);
}
BENCHMARK(BM_Tokenise)->Unit(benchmark::kMillisecond);

// Tokenises and matches every document into one reused TokenisedText, as
// the pipeline does; returns the number of matches.
std::size_t tokenise_and_match(const std::vector<std::string>& docs,
                               const framelens::lexicon::Matcher& matcher,
                               framelens::tokenise::TokenisedText& tokens) {
  std::size_t matches = 0;
  for (const std::string& doc : docs) {
    framelens::tokenise::tokenise(doc, tokens);
    const auto found = matcher.match(tokens);
    matches += found.size();
    benchmark::DoNotOptimize(found.data());
  }
  return matches;
}

void BM_TokeniseMatch(benchmark::State& state) {
  const std::vector<std::string>& docs = documents();
  const framelens::lexicon::Matcher matcher(
      {framelens::bench::generate_lexicon(static_cast<std::size_t>(state.range(0)), 11)});
  std::size_t matches = 0;
  framelens::tokenise::TokenisedText tokens;
  for (auto _ : state) {
    matches = tokenise_and_match(docs, matcher, tokens);
  }
  report(state, total_bytes(docs), matches);
}
BENCHMARK(BM_TokeniseMatch)->Arg(300)->Arg(1000)->Unit(benchmark::kMillisecond);

// As BM_TokeniseMatch, but each pass starts with a new matcher (built
// outside the timing), so its per-thread word cache starts empty and every
// distinct word is looked up in full once: the first pass over a corpus.
void BM_TokeniseMatchFirstPass(benchmark::State& state) {
  const std::vector<std::string>& docs = documents();
  const framelens::lexicon::Lexicon lexicon =
      framelens::bench::generate_lexicon(static_cast<std::size_t>(state.range(0)), 11);
  std::size_t matches = 0;
  framelens::tokenise::TokenisedText tokens;
  for (auto _ : state) {
    state.PauseTiming();
    const framelens::lexicon::Matcher matcher({lexicon});
    state.ResumeTiming();
    matches = tokenise_and_match(docs, matcher, tokens);
  }
  report(state, total_bytes(docs), matches);
}
BENCHMARK(BM_TokeniseMatchFirstPass)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_TokeniseOneDocument(benchmark::State& state) {
  const std::string& input = one_document();
  framelens::tokenise::TokenisedText tokens;
  for (auto _ : state) {
    framelens::tokenise::tokenise(input, tokens);
    benchmark::DoNotOptimize(tokens.tokens.data());
  }
  report(state, input.size(), 0);
}
BENCHMARK(BM_TokeniseOneDocument)->Unit(benchmark::kMillisecond);

void BM_TokeniseMatchOneDocument(benchmark::State& state) {
  const std::string& input = one_document();
  const framelens::lexicon::Matcher matcher(
      {framelens::bench::generate_dense_lexicon(static_cast<std::size_t>(state.range(0)), 11)});
  std::size_t matches = 0;
  framelens::tokenise::TokenisedText tokens;
  for (auto _ : state) {
    framelens::tokenise::tokenise(input, tokens);
    const auto found = matcher.match(tokens);
    matches = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  report(state, input.size(), matches);
}
BENCHMARK(BM_TokeniseMatchOneDocument)->Arg(300)->Arg(1000)->Unit(benchmark::kMillisecond);

// Matching alone, on documents tokenised beforehand: the part of
// BM_TokeniseMatch that the lexicon engine costs.
void BM_Match(benchmark::State& state) {
  const std::vector<std::string>& docs = documents();
  const framelens::lexicon::Matcher matcher(
      {framelens::bench::generate_lexicon(static_cast<std::size_t>(state.range(0)), 11)});
  std::vector<framelens::tokenise::TokenisedText> tokenised;
  tokenised.reserve(docs.size());
  for (const std::string& doc : docs) {
    tokenised.push_back(framelens::tokenise::tokenise(doc));
  }
  std::size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const framelens::tokenise::TokenisedText& tokens : tokenised) {
      const auto found = matcher.match(tokens);
      matches += found.size();
      benchmark::DoNotOptimize(found.data());
    }
  }
  report(state, total_bytes(docs), matches);
}
BENCHMARK(BM_Match)->Arg(1000)->Unit(benchmark::kMillisecond);

// Real news text: the cleaned articles of a corpus (by default the
// syria-talks corpus beside the project, or the corpus named by
// FRAMELENS_BENCH_CORPUS), repeated as separate documents to 4 MB, matched
// with the shipped lexicons: four lexicons of about 1,800 terms and aliases
// in all, so eight tries (terms and actors of each), and about 33,000 matches
// per MB. Repeating a handful of articles keeps the vocabulary as small as a
// months-long corpus on one topic has it.
const std::vector<std::string>* real_documents() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> found;
    const char* chosen = std::getenv("FRAMELENS_BENCH_CORPUS");
    const std::filesystem::path corpus =
        chosen != nullptr && *chosen != '\0' ? chosen : FRAMELENS_DEFAULT_BENCH_CORPUS;
    if (!std::filesystem::exists(corpus)) {
      return found;
    }
    const std::vector<std::filesystem::path> inputs = {corpus};
    const framelens::Corpus loaded = framelens::ingest::load_corpus(inputs, {});
    std::size_t bytes = 0;
    while (bytes < kTextBytes) {
      const std::size_t before = bytes;
      for (const framelens::Document& doc : loaded.documents) {
        found.push_back(doc.text);
        bytes += doc.text.size();
      }
      if (bytes == before) {
        return std::vector<std::string>();  // every document is empty
      }
    }
    return found;
  }();
  return texts.empty() ? nullptr : &texts;
}

void BM_RealNewsTokeniseMatch(benchmark::State& state) {
  const std::vector<std::string>* docs = real_documents();
  if (docs == nullptr) {
    state.SkipWithError(
        "no corpus: put ../shared beside the project or set FRAMELENS_BENCH_CORPUS");
    return;
  }
  const framelens::lexicon::Matcher matcher(framelens::lexicon::load_shipped_lexicons());
  std::size_t matches = 0;
  framelens::tokenise::TokenisedText tokens;
  for (auto _ : state) {
    matches = tokenise_and_match(*docs, matcher, tokens);
  }
  report(state, total_bytes(*docs), matches);
  state.counters["documents"] = static_cast<double>(docs->size());
}
BENCHMARK(BM_RealNewsTokeniseMatch)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
