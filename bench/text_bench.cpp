// Throughput of the text layer on generated news text (bytes per second of
// input): tokenising alone, and tokenising (with sentences and quotations)
// plus matching a 1,000-term lexicon.
#include <benchmark/benchmark.h>

#include "lexicon/matcher.hpp"
#include "news_generator.hpp"
#include "tokenise/tokeniser.hpp"

namespace {

constexpr std::size_t kTextBytes = 4 << 20;

const std::string& text() {
  static const std::string generated = framelens::bench::generate_news(kTextBytes, 7);
  return generated;
}

void BM_Tokenise(benchmark::State& state) {
  const std::string& input = text();
  for (auto _ : state) {
    const auto tokens = framelens::tokenise::tokenise(input);
    benchmark::DoNotOptimize(tokens.tokens.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(input.size()));
}
BENCHMARK(BM_Tokenise)->Unit(benchmark::kMillisecond);

void BM_TokeniseMatch(benchmark::State& state) {
  const std::string& input = text();
  const framelens::lexicon::Matcher matcher(
      {framelens::bench::generate_lexicon(static_cast<std::size_t>(state.range(0)), 11)});
  std::size_t matches = 0;
  for (auto _ : state) {
    const auto tokens = framelens::tokenise::tokenise(input);
    const auto found = matcher.match(tokens);
    matches = found.size();
    benchmark::DoNotOptimize(found.data());
  }
  state.counters["matches"] = static_cast<double>(matches);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(input.size()));
}
BENCHMARK(BM_TokeniseMatch)->Arg(300)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
