#include "compare/attribution.hpp"

#include <catch2/catch.hpp>

#include "lexicon/lexicon_loader.hpp"
#include "lexicon/matcher.hpp"
#include "tokenise/tokeniser.hpp"

using namespace framelens;

namespace {

const char* kActors =
    "lexicon: people\ncategories:\n  - id: c\n    terms: [talks]\nactors:\n"
    "  - {id: lavrov, label: Sergei Lavrov, group: russia, aliases: [Lavrov]}\n"
    "  - {id: kerry, label: John Kerry, group: us, aliases: [Kerry]}\n";

std::vector<compare::QuoteAttribution> attribute(const char* text) {
  const lexicon::Matcher matcher({lexicon::parse_lexicon(kActors, "people.yaml")});
  const auto tokens = tokenise::tokenise(text);
  return compare::attribute_quotes(tokens, matcher.match(tokens),
                                   compare::actor_offsets(matcher.lexicons()));
}

}  // namespace

TEST_CASE("a quotation beside an actor and a speech verb gets that speaker", "[compare]") {
  const auto q = attribute("\"The talks will go on,\" Kerry said.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].actor == 1);
  CHECK(q[0].tokens == 5);
}

TEST_CASE("the nearest actor speaks, and the adjacent sentence counts", "[compare]") {
  const auto q = attribute("Kerry met Lavrov. Lavrov told reporters.\n\"We disagree.\"");
  REQUIRE(q.size() == 1);
  CHECK(q[0].actor == 0);
}

TEST_CASE("a quotation without a speech verb or actor is unattributed", "[compare]") {
  SECTION("no speech verb") {
    const auto q = attribute("Kerry arrived. \"Talks now.\"");
    REQUIRE(q.size() == 1);
    CHECK(q[0].actor == compare::QuoteAttribution::kUnattributed);
  }
  SECTION("actor named only inside the quotation") {
    const auto q = attribute("A diplomat said: \"Lavrov is wrong.\"");
    REQUIRE(q.size() == 1);
    CHECK(q[0].actor == compare::QuoteAttribution::kUnattributed);
  }
  SECTION("the verb's subject is not an actor, though an actor is near") {
    // The speech verb next to the quotation is the diplomat's; Lavrov, named
    // in the sentence before, did not say it.
    const auto q = attribute("Kerry met Lavrov. A diplomat said: \"No deal.\"");
    REQUIRE(q.size() == 1);
    CHECK(q[0].actor == compare::QuoteAttribution::kUnattributed);
  }
  SECTION("a definite description is not resolved") {
    const auto q = attribute("Lavrov arrived. \"No deal,\" the minister said.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].actor == compare::QuoteAttribution::kUnattributed);
  }
  SECTION("actor three sentences away") {
    const auto q = attribute("Kerry spoke. It rained. It was cold. Officials said: \"No.\"");
    REQUIRE(q.size() == 1);
    CHECK(q[0].actor == compare::QuoteAttribution::kUnattributed);
  }
}

TEST_CASE("'according to' attributes but 'according' alone does not", "[compare]") {
  CHECK(attribute("\"Progress,\" according to Lavrov.")[0].actor == 0);
  CHECK(attribute("\"Progress,\" Lavrov wrote according.")[0].actor == 0);  // "wrote"
  CHECK(attribute("\"Progress,\" Lavrov, according.")[0].actor ==
        compare::QuoteAttribution::kUnattributed);
}

TEST_CASE("scare quotes have no speaker even beside an actor and a speech verb", "[compare]") {
  // "so-called" makes the short quotation scare quotes; the second one is speech.
  const auto q =
      attribute("Kerry said the so-called \"deal\" was dead. \"It is over,\" Kerry said.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].scare);
  CHECK(q[0].actor == compare::QuoteAttribution::kUnattributed);
  CHECK_FALSE(q[1].scare);
  CHECK(q[1].actor == 1);
}

TEST_CASE("each quotation of a long text is attributed within its own sentences", "[compare]") {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += i % 2 == 0 ? "\"We will talk,\" Lavrov said. " : "\"We will wait,\" Kerry said. ";
  }
  const auto q = attribute(text.c_str());
  REQUIRE(q.size() == 200);
  for (std::size_t i = 0; i < q.size(); ++i) {
    CHECK(q[i].actor == (i % 2 == 0 ? 0U : 1U));
  }
}

TEST_CASE("the subject of the speech verb speaks, not the actor nearest the quotation",
          "[compare]") {
  // Lavrov is named right after the quotation, but the verb is Kerry's.
  const auto q = attribute("\"We will wait,\" Kerry said to the press. Lavrov left.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].actor == 1);
  // A tie between the name before the verb and the one after goes to the one before.
  CHECK(attribute("\"Go,\" Lavrov told Kerry.")[0].actor == 0);
  CHECK(attribute("\"Go,\" said Kerry.")[0].actor == 1);
}

TEST_CASE("a quotation continuing a paragraph keeps the speaker of the sentence before",
          "[compare]") {
  // The verb of the sentence after ("claimed", no actor) is nearer in bytes,
  // but the sentence before comes first.
  const auto q = attribute(
      "Kerry said on arrival that the talks mattered. \"We will wait.\" Officials claimed "
      "otherwise.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].actor == 1);
}

TEST_CASE("'he said' takes the actor who spoke just before", "[compare]") {
  SECTION("named as the subject of an earlier speech verb") {
    const auto q = attribute(
        "Lavrov said the talks would go on. The hall was quiet. \"We are ready,\" he said.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].actor == 0);
  }
  SECTION("also for a second quotation after it") {
    const auto q =
        attribute("Kerry said the talks mattered. \"We will wait,\" he said. \"We have time.\"");
    REQUIRE(q.size() == 2);
    CHECK(q[0].actor == 1);
    CHECK(q[1].actor == 1);
  }
  SECTION("else the actor named first in the sentences just before") {
    const auto q = attribute(
        "Kerry flatly rejected the plan of Lavrov. \"Not now,\" he said. Later he added: "
        "\"Perhaps in May.\"");
    REQUIRE(q.size() == 2);
    CHECK(q[0].actor == 1);
    CHECK(q[1].actor == 1);
  }
  SECTION("not from three sentences back") {
    const auto q = attribute(
        "Lavrov said the talks would go on. It rained. It was cold. \"We wait,\" he said.");
    REQUIRE(q.size() == 1);
    CHECK(q[0].actor == compare::QuoteAttribution::kUnattributed);
  }
}
