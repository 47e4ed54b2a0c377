#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "lexicon/match.hpp"
#include "tokenise/token.hpp"

namespace framelens::compare {

/// An actor of any lexicon, in lexicon order then actor order.
struct ActorRef {
  std::string lexicon;
  std::string id;
  std::string label;
  std::string group;
};

/// Every actor of `lexicons`; Match{lexicon l, group a} is entry
/// actor_offsets(lexicons)[l] + a.
[[nodiscard]] std::vector<ActorRef> actor_table(const std::vector<lexicon::Lexicon>& lexicons);
[[nodiscard]] std::vector<std::size_t> actor_offsets(const std::vector<lexicon::Lexicon>& lexicons);

/// Who a quotation is attributed to.
struct QuoteAttribution {
  static constexpr std::size_t kUnattributed = std::numeric_limits<std::size_t>::max();
  std::size_t actor = kUnattributed;  ///< Index into actor_table().
  double tokens = 0;                  ///< Tokens inside the quotation.
  /// Scare quotes: nobody speaks them, so they have no speaker and are not
  /// counted among anyone's quoted words.
  bool scare = false;
};

/// The speech verbs that attribute a quotation (folded forms): say, tell,
/// add, state, ask, warn, insist, claim, declare, explain, note, announce,
/// argue, stress, urge, reply, respond, acknowledge, admit, confirm, deny,
/// suggest, write, comment, continue, in their -s/-ed/-ing forms where
/// used, plus "according" (as in "according to"). Sorted.
[[nodiscard]] const std::vector<std::string_view>& speech_verbs();

/// Attributes each quotation of a document to the subject of the speech verb
/// nearest it. The verb is sought outside quotations, first in the
/// quotation's own sentences ("“We wait,” Kerry said."), then in the
/// sentence before it, which a quotation continuing a paragraph leans on
/// ("Kerry said on arrival. “We wait.”"), then in the sentence after; within
/// each, the nearest in bytes, the earlier on a tie. Its subject is the actor
/// alias of its own sentence nearest to it in tokens ("Kerry said", "said
/// Kerry", "according to Kerry"), the one before it on a tie ("Lavrov told
/// Kerry"). When that sentence names no actor the quotation is unattributed
/// ("a diplomat said", "the President said"), except after "he" or "she"
/// ("he said"), where the subject of the latest speech verb before it, in
/// its sentence or the two before, is taken. Scare quotations are marked and
/// left unattributed.
/// `matches` are the document's matches (only kActor ones are read);
/// `offsets` is actor_offsets() of the matcher's lexicons.
[[nodiscard]] std::vector<QuoteAttribution> attribute_quotes(
    const tokenise::TokenisedText& text, const std::vector<lexicon::Match>& matches,
    const std::vector<std::size_t>& offsets);

}  // namespace framelens::compare
