#include "tokenise/tokeniser.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <stdexcept>

#include "tokenise/ascii_fold.hpp"
#include "tokenise/scare_quotes.hpp"
#include "tokenise/unicode.hpp"

namespace framelens::tokenise {
namespace {

using unicode::Ascii;
using unicode::ascii_class;

constexpr std::size_t kNowhere = std::numeric_limits<std::size_t>::max();

using ascii_fold::kBlock;

// A word of up to 8 bytes as one integer, so a word is compared with a list
// in one instruction per entry (this runs at every period after a word).
constexpr std::uint64_t packed(std::string_view word) {
  std::uint64_t value = 0;
  for (const char c : word) {
    value = (value << 8) | static_cast<unsigned char>(c);
  }
  return value;
}

// Words after which a period does not end a sentence ("Mr. Kerry", "Gen. Ali").
bool is_title_abbreviation(std::string_view form) {
  static constexpr std::array<std::string_view, 24> kTitles = {
      "mr",  "mrs", "ms", "dr", "prof", "gen",  "col", "lt",  "sgt",  "amb",  "sen",    "rep",
      "gov", "st",  "jr", "sr", "vs",   "capt", "maj", "adm", "cmdr", "gens", "messrs", "rev"};
  static constexpr std::array<std::uint64_t, kTitles.size()> kPacked = [] {
    std::array<std::uint64_t, kTitles.size()> out{};
    for (std::size_t i = 0; i < kTitles.size(); ++i) {
      out[i] = packed(kTitles[i]);
    }
    return out;
  }();
  if (form.size() > 6) {
    return false;  // longer than any title (letters only, so no two pack alike)
  }
  const std::uint64_t word = packed(form);
  return std::find(kPacked.begin(), kPacked.end(), word) != kPacked.end();
}

// What the character at a position is, decoded only when it is not ASCII.
struct Peek {
  bool word = false;
  bool upper = false;
  bool lower = false;
  bool digit = false;
  std::int32_t code = 0;
  std::uint32_t length = 1;
};

enum class QuoteKind : std::uint8_t { kNone, kDouble, kSingle };

class Scanner {
 public:
  Scanner(std::string_view text, TokenisedText& out) : text_(text), out_(out) {
    out_.text.assign(text.data(), text.size());
    text_ = out_.text;
    out_.tokens.clear();
    out_.parts.clear();
    out_.sentences.clear();
    out_.quotations.clear();
    // Forms are written through forms_size_ into a buffer sized up front
    // (grown by reserve_forms when non-ASCII folding makes them longer).
    out_.forms.resize(text.size() + kBlock);
    out_.tokens.reserve(text.size() / 6 + 1);
  }

  void run() {
    std::size_t at = 0;
    while (at < text_.size()) {
      if (at >= break_at_) {
        close_sentence(break_at_);
      }
      const char byte = text_[at];
      const Ascii c = ascii_class(byte);
      if (unicode::is_ascii_word(c)) {
        note_content(at);
        at = scan_word(at);
        continue;
      }
      switch (c) {
        case Ascii::kSpace:
          break;
        case Ascii::kNewline:
          on_newline(at);
          break;
        case Ascii::kPeriod:
        case Ascii::kTerminal:
          on_terminal(at);
          break;
        case Ascii::kDoubleQuote:
          note_content(at);
          on_double_mark(at, 1, open_ == QuoteKind::kNone, open_ == QuoteKind::kDouble);
          break;
        case Ascii::kApostrophe:
          note_content(at);
          on_straight_single(at);
          break;
        case Ascii::kHigh: {
          const unicode::Decoded d = unicode::decode(text_, at);
          if (unicode::is_word_code(d.code)) {
            note_content(at);
            at = scan_word(at);
            continue;
          }
          note_content(at);
          on_high_mark(at, d);
          at += d.length;
          continue;
        }
        default:
          note_content(at);
          break;
      }
      ++at;
    }
    close_sentence(text_.size());
    if (open_ != QuoteKind::kNone) {
      close_quotation(text_.size(), false);
    }
    out_.forms.resize(forms_size_);
    apply_scare_quotes(out_);
  }

 private:
  Peek peek(std::size_t at) const {
    Peek p;
    const Ascii c = ascii_class(text_[at]);
    if (c != Ascii::kHigh) {
      p.word = unicode::is_ascii_word(c);
      p.upper = c == Ascii::kUpper;
      p.lower = c == Ascii::kLower;
      p.digit = c == Ascii::kDigit;
      p.code = static_cast<unsigned char>(text_[at]);
      return p;
    }
    const unicode::Decoded d = unicode::decode(text_, at);
    p.code = d.code;
    p.length = d.length;
    p.word = unicode::is_word_code(d.code);
    p.upper = p.word && unicode::is_upper_code(d.code);
    p.lower = p.word && unicode::is_lower_code(d.code);
    return p;
  }

  // Reads the word starting at `begin`, appends its token (and parts), and
  // returns the offset just after everything it consumed.
  std::size_t scan_word(std::size_t begin) {
    // Built in place: assembling a Token on the stack and copying it in
    // reloads fields just stored byte by byte, which stalls the store buffer.
    Token& token = out_.tokens.emplace_back();
    token.begin = static_cast<std::uint32_t>(begin);
    token.sentence = static_cast<std::uint32_t>(out_.sentences.size());
    token.voice = open_ == QuoteKind::kNone ? Voice::kNarrative : Voice::kQuoted;
    token.form_begin = static_cast<std::uint32_t>(forms_size_);
    hyphens_.clear();
    bool first = true;
    bool previous_digit = false;
    bool dotted = false;                // joined a period as in "U.S"
    std::size_t segment_chars = 0;      // word characters since the last joiner
    std::size_t apostrophe = kNowhere;  // byte offset of the last joined apostrophe
    std::size_t apostrophe_form = 0;
    std::size_t at = begin;
    while (at < text_.size()) {
      const char byte = text_[at];
      const Ascii c = ascii_class(byte);
      if (unicode::is_ascii_word(c)) {
        // A run of ASCII letters and digits: the fast path.
        token.capitalised = token.capitalised || (first && c == Ascii::kUpper);
        first = false;
        reserve_forms(text_.size() - at + kBlock);
        const std::size_t run_begin = at;
        at = ascii_fold::fold_run(text_, at, out_.forms.data() + forms_size_, previous_digit);
        forms_size_ += at - run_begin;
        segment_chars += at - run_begin;
        continue;
      }
      char joiner = 0;
      std::uint32_t joiner_length = 1;
      if (c == Ascii::kHigh) {
        const unicode::Decoded d = unicode::decode(text_, at);
        if (unicode::is_word_code(d.code)) {
          token.capitalised = token.capitalised || (first && unicode::is_upper_code(d.code));
          lowered_.clear();
          unicode::append_lower(lowered_, d.code);
          append_form(lowered_);
          previous_digit = false;
          first = false;
          ++segment_chars;
          at += d.length;
          continue;
        }
        if (d.code != unicode::kRightSingle) {
          break;
        }
        joiner = '\'';
        joiner_length = d.length;
      } else if (c == Ascii::kApostrophe || c == Ascii::kHyphen || c == Ascii::kPeriod ||
                 c == Ascii::kComma) {
        joiner = byte;
      } else {
        break;
      }
      const std::size_t next = at + joiner_length;
      if (next >= text_.size()) {
        break;
      }
      const Peek after = peek(next);
      if (!after.word) {
        break;
      }
      bool joins = joiner == '\'' || joiner == '-';
      if (joiner == ',') {
        joins = previous_digit && after.digit;  // "270,000"
      } else if (joiner == '.') {
        // "3.5", or single letters joined by periods: "U.S", "a.m".
        joins = (previous_digit && after.digit) ||
                (!previous_digit && segment_chars == 1 && !after.digit);
        dotted = dotted || (joins && !previous_digit);
      }
      if (!joins) {
        break;
      }
      if (joiner == '-') {
        hyphens_.push_back({at, forms_size_});
      } else if (joiner == '\'') {
        apostrophe = at;
        apostrophe_form = forms_size_;
      }
      append_form(std::string_view(&joiner, 1));
      segment_chars = 0;
      at = next;
    }
    bool dotted_final = false;
    if (dotted && at < text_.size() && text_[at] == '.') {
      append_form(".");
      ++at;
      dotted_final = true;
    }
    std::size_t end = at;
    if (apostrophe != kNowhere && forms_size_ == apostrophe_form + 2 &&
        out_.forms[forms_size_ - 1] == 's') {
      forms_size_ = apostrophe_form;  // possessive: "Assad's" is "assad"
      end = apostrophe;
    }
    token.end = static_cast<std::uint32_t>(end);
    token.form_end = static_cast<std::uint32_t>(forms_size_);
    if (!hyphens_.empty()) {
      add_parts(token);
    }
    sentence_has_tokens_ = true;
    // "3 a.m. Police said" ends a sentence; "U.S. forces" and "U.S. Secretary" do not.
    if (dotted_final && !token.capitalised && at < text_.size() &&
        ascii_class(text_[at]) == Ascii::kSpace) {
      const std::size_t next_word = skip_spaces(at);
      if (next_word < text_.size() && peek(next_word).upper) {
        break_at_ = at;
      }
    }
    return at;
  }

  // Makes room for `bytes` more bytes of forms.
  void reserve_forms(std::size_t bytes) {
    if (forms_size_ + bytes > out_.forms.size()) {
      out_.forms.resize(2 * (forms_size_ + bytes));
    }
  }

  void append_form(std::string_view bytes) {
    reserve_forms(bytes.size());
    out_.forms.replace(forms_size_, bytes.size(), bytes);
    forms_size_ += bytes.size();
  }

  void add_parts(Token& token) {
    token.first_part = static_cast<std::uint32_t>(out_.parts.size());
    std::size_t part_begin = token.begin;
    std::size_t form_begin = token.form_begin;
    for (std::size_t i = 0; i <= hyphens_.size(); ++i) {
      const bool last = i == hyphens_.size();
      Token part = token;
      part.begin = static_cast<std::uint32_t>(part_begin);
      part.end = last ? token.end : static_cast<std::uint32_t>(hyphens_[i].first);
      part.form_begin = static_cast<std::uint32_t>(form_begin);
      part.form_end = last ? token.form_end : static_cast<std::uint32_t>(hyphens_[i].second);
      part.first_part = 0;
      part.part_count = 0;
      part.capitalised = peek(part_begin).upper;
      out_.parts.push_back(part);
      if (!last) {
        part_begin = hyphens_[i].first + 1;
        form_begin = hyphens_[i].second + 1;
      }
    }
    token.part_count = static_cast<std::uint32_t>(hyphens_.size() + 1);
  }

  std::size_t skip_spaces(std::size_t at) const {
    while (at < text_.size() && ascii_class(text_[at]) == Ascii::kSpace) {
      ++at;
    }
    return at;
  }

  void note_content(std::size_t at) {
    if (!sentence_open_) {
      sentence_open_ = true;
      sentence_begin_ = at;
    }
  }

  void close_sentence(std::size_t end) {
    if (sentence_has_tokens_) {
      out_.sentences.push_back(
          {static_cast<std::uint32_t>(sentence_begin_), static_cast<std::uint32_t>(end)});
    }
    sentence_has_tokens_ = false;
    sentence_open_ = false;
    break_at_ = kNowhere;
  }

  // '.', '!' or '?' that is not inside a token.
  void on_terminal(std::size_t at) {
    note_content(at);
    std::size_t j = at + 1;
    while (j < text_.size()) {
      const Ascii c = ascii_class(text_[j]);
      if (c == Ascii::kPeriod || c == Ascii::kTerminal || c == Ascii::kDoubleQuote ||
          c == Ascii::kApostrophe || c == Ascii::kCloser) {
        ++j;
        continue;
      }
      if (c == Ascii::kHigh) {
        const unicode::Decoded d = unicode::decode(text_, j);
        if (d.code == unicode::kRightDouble || d.code == unicode::kRightSingle) {
          j += d.length;
          continue;
        }
      }
      break;
    }
    if (j < text_.size()) {
      const Ascii c = ascii_class(text_[j]);
      if (c != Ascii::kSpace && c != Ascii::kNewline) {
        return;
      }
    }
    if (text_[at] == '.' && follows_abbreviation(at)) {
      return;
    }
    // '"Who?" he asked.' and "and then... nothing" go on.
    const std::size_t next_word = skip_spaces(j);
    if (next_word < text_.size() && peek(next_word).lower) {
      return;
    }
    break_at_ = j;
  }

  bool follows_abbreviation(std::size_t period) const {
    if (out_.tokens.empty() || out_.tokens.back().end != period) {
      return false;
    }
    const Token& last = out_.tokens.back();
    const std::string_view form = out_.form(last);
    const bool initial = last.capitalised && last.end - last.begin <= 2 && form.size() <= 2 &&
                         unicode::decode(text_, last.begin).length == last.end - last.begin;
    return initial || is_title_abbreviation(form);
  }

  void open_quotation(std::size_t after_mark, QuoteKind kind) {
    open_ = kind;
    nested_ = false;
    Quotation q;
    q.begin = static_cast<std::uint32_t>(after_mark);
    q.first_token = static_cast<std::uint32_t>(out_.tokens.size());
    q.sentence = static_cast<std::uint32_t>(out_.sentences.size());
    out_.quotations.push_back(q);
  }

  void close_quotation(std::size_t at_mark, bool closed) {
    Quotation& q = out_.quotations.back();
    q.end = static_cast<std::uint32_t>(at_mark);
    q.token_count = static_cast<std::uint32_t>(out_.tokens.size()) - q.first_token;
    q.closed = closed;
    open_ = QuoteKind::kNone;
    nested_ = false;
  }

  // A double mark that may open (`opens`) or close (`closes`) a quotation.
  void on_double_mark(std::size_t at, std::uint32_t length, bool opens, bool closes) {
    if (at == reopen_at_) {
      return;  // the reopening mark of a quotation continued from the last paragraph
    }
    if (closes) {
      close_quotation(at, true);
    } else if (opens) {
      open_quotation(at + length, QuoteKind::kDouble);
    } else if (open_ == QuoteKind::kSingle) {
      nested_ = !nested_;
    }
  }

  void on_high_mark(std::size_t at, const unicode::Decoded& d) {
    switch (d.code) {
      case unicode::kLeftDouble:
        on_double_mark(at, d.length, open_ == QuoteKind::kNone, false);
        break;
      case unicode::kRightDouble:
        on_double_mark(at, d.length, false, open_ == QuoteKind::kDouble);
        break;
      case unicode::kLeftSingle:
        if (at == reopen_at_) {
          break;
        }
        if (open_ == QuoteKind::kDouble) {
          nested_ = true;
        } else if (open_ == QuoteKind::kNone && at + d.length < text_.size() &&
                   peek(at + d.length).word) {
          open_quotation(at + d.length, QuoteKind::kSingle);
        }
        break;
      case unicode::kRightSingle:
        if (nested_) {
          nested_ = false;
        } else if (open_ == QuoteKind::kSingle) {
          close_quotation(at, true);
        }
        break;
      default:
        break;
    }
  }

  // A straight apostrophe outside a word: opens a single quotation before a
  // word, closes one after a word, and is otherwise an apostrophe ("rebels'").
  void on_straight_single(std::size_t at) {
    if (at == reopen_at_) {
      return;
    }
    const bool before_word = at + 1 < text_.size() && peek(at + 1).word;
    const bool after_space = at == 0 || ascii_class(text_[at - 1]) == Ascii::kSpace ||
                             ascii_class(text_[at - 1]) == Ascii::kNewline;
    if (open_ == QuoteKind::kDouble) {
      if (before_word && after_space) {
        nested_ = true;
      } else if (!before_word) {
        nested_ = false;
      }
    } else if (open_ == QuoteKind::kNone) {
      if (before_word && after_space) {
        open_quotation(at + 1, QuoteKind::kSingle);
      }
    } else if (!before_word) {
      if (nested_) {
        nested_ = false;
      } else {
        close_quotation(at, true);
      }
    }
  }

  // Every line end ends a sentence and a paragraph. A quotation open at a
  // paragraph end continues when the next paragraph opens with a quotation
  // mark of its kind (newspaper convention); otherwise it ends there.
  void on_newline(std::size_t at) {
    close_sentence(at);
    if (open_ == QuoteKind::kNone) {
      return;
    }
    std::size_t next = at;
    while (next < text_.size() && (ascii_class(text_[next]) == Ascii::kSpace ||
                                   ascii_class(text_[next]) == Ascii::kNewline)) {
      ++next;
    }
    if (next < text_.size() && reopens(next)) {
      if (reopen_at_ != next) {
        out_.quotations.back().paragraphs += 1;
      }
      reopen_at_ = next;
      return;
    }
    close_quotation(at, false);
  }

  bool reopens(std::size_t at) const {
    const Peek p = peek(at);
    if (open_ == QuoteKind::kDouble) {
      return p.code == '"' || p.code == unicode::kLeftDouble;
    }
    return p.code == '\'' || p.code == unicode::kLeftSingle;
  }

  std::string_view text_;
  TokenisedText& out_;
  std::size_t forms_size_ = 0;                                // bytes of out_.forms in use
  std::string lowered_;                                       // a non-ASCII character's folded form
  std::vector<std::pair<std::size_t, std::size_t>> hyphens_;  // (byte, form offset) of each '-'
  std::size_t sentence_begin_ = 0;
  bool sentence_open_ = false;
  bool sentence_has_tokens_ = false;
  std::size_t break_at_ = kNowhere;   // a sentence ends here once the scan reaches it
  std::size_t reopen_at_ = kNowhere;  // a reopening mark that does not start a new quotation
  QuoteKind open_ = QuoteKind::kNone;
  bool nested_ = false;  // inside single quotes within a double quotation (or the reverse)
};

}  // namespace

const char* to_string(Voice voice) { return voice == Voice::kQuoted ? "quoted" : "narrative"; }

TokenisedText tokenise(std::string_view text) {
  TokenisedText out;
  tokenise(text, out);
  return out;
}

void tokenise(std::string_view text, TokenisedText& out) {
  if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("tokenise: a document must be smaller than 4 GiB");
  }
  Scanner(text, out).run();
}

}  // namespace framelens::tokenise
