#include "vectorise/vocabulary.hpp"

#include <catch2/catch.hpp>

#include "tokenise/tokeniser.hpp"
#include "vectorise/weighting.hpp"

using namespace framelens;

TEST_CASE("open vocabulary columns are sorted forms without stop words", "[vectorise]") {
  vectorise::VocabularyBuilder builder({false, true, vectorise::VoiceFilter::kAll});
  builder.add(tokenise::tokenise("The regime shelled the city in 2015."));
  builder.add(tokenise::tokenise("A city and a regime."));
  const vectorise::Vocabulary v = builder.finish();
  CHECK(v.forms == std::vector<std::string>{"city", "regime", "shelled"});
  CHECK(v.counts.coeff(0, 0) == 1);
  CHECK(v.counts.coeff(1, 1) == 1);
  CHECK(v.tokens(0) == 7);  // stop words and numbers still count as tokens
  CHECK(vectorise::is_stop_word("the"));
  CHECK_FALSE(vectorise::is_stop_word("regime"));
}

TEST_CASE("repeated forms and bigrams of a document are stored once with their count",
          "[vectorise]") {
  // Each document's counts are summed before they are kept; the matrix must
  // hold the counts, with one stored entry per distinct form of a row.
  vectorise::VocabularyBuilder builder({true, true, vectorise::VoiceFilter::kAll});
  builder.add(tokenise::tokenise("Peace talks, peace talks, peace. Talks."));
  builder.add(tokenise::tokenise("Talks."));
  const vectorise::Vocabulary v = builder.finish();
  REQUIRE(v.forms == std::vector<std::string>{"peace", "peace talks", "talks", "talks peace"});
  CHECK(v.counts.coeff(0, 0) == 3);  // peace
  CHECK(v.counts.coeff(0, 1) == 2);  // peace talks
  CHECK(v.counts.coeff(0, 2) == 3);  // talks
  CHECK(v.counts.coeff(0, 3) == 2);  // "talks, peace": a comma does not break a bigram
  CHECK(v.counts.coeff(1, 2) == 1);
  CHECK(v.counts.nonZeros() == 5);  // four forms in the first document, one in the second
}

TEST_CASE("voice filter and bigrams", "[vectorise]") {
  const auto text = tokenise::tokenise("Peace talks resumed. \"Peace talks failed,\" he said.");
  SECTION("narrative only") {
    vectorise::VocabularyBuilder builder({true, true, vectorise::VoiceFilter::kNarrative});
    builder.add(text);
    const auto v = builder.finish();
    CHECK(v.forms == std::vector<std::string>{"peace", "peace talks", "resumed", "said", "talks",
                                              "talks resumed"});
  }
  SECTION("quoted only") {
    vectorise::VocabularyBuilder builder({false, true, vectorise::VoiceFilter::kQuoted});
    builder.add(text);
    const auto v = builder.finish();
    CHECK(v.forms == std::vector<std::string>{"failed", "peace", "talks"});
    CHECK(v.tokens(0) == 3);
  }
}

TEST_CASE("weightings match hand-worked values", "[vectorise]") {
  Eigen::SparseMatrix<double, Eigen::RowMajor> counts(2, 2);
  counts.insert(0, 0) = 2;
  counts.insert(0, 1) = 1;
  counts.insert(1, 1) = 3;
  const Eigen::VectorXd idf = vectorise::smooth_idf(counts);
  CHECK(idf(0) == Approx(std::log(3.0 / 2.0) + 1));
  CHECK(idf(1) == Approx(1.0));
  const Eigen::VectorXd tokens = Eigen::Vector2d(100, 50);
  const Eigen::VectorXd weights = Eigen::Vector2d(1, 2);
  const Eigen::MatrixXd dense = Eigen::MatrixXd(counts);
  using W = vectorise::Weighting;
  const Eigen::MatrixXd rate = vectorise::weight_rows(dense, tokens, weights, idf, W::kRate);
  CHECK(rate(0, 0) == Approx(20));
  CHECK(rate(1, 1) == Approx(120));
  const Eigen::MatrixXd sub = vectorise::weight_rows(dense, tokens, weights, idf, W::kSublinear);
  CHECK(sub(0, 0) == Approx(1 + std::log(2.0)));
  CHECK(sub(1, 0) == 0);
  const Eigen::MatrixXd tfidf = vectorise::weight_rows(dense, tokens, weights, idf, W::kTfidf);
  const double x = 2 * idf(0);
  const double y = 1 * 2;
  CHECK(tfidf(0, 0) == Approx(x / std::sqrt(x * x + y * y)));
  CHECK(tfidf.row(1).norm() == Approx(1.0));
  CHECK_THROWS_WITH(vectorise::parse_weighting("idf"),
                    "unknown weighting 'idf' (expected count, rate, tfidf or sublinear)");
}
