#include "text/sentence_split.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace geokg {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view ellipsis = "\xE2\x80\xA6"; // …

// Titles that precede a name: a full stop after them never ends a sentence.
constexpr std::array title_abbreviations = {
    "Adm"sv,  "Amb"sv,   "Brig"sv, "Capt"sv, "Cdr"sv,    "Cmdr"sv, "Col"sv,  "Cpl"sv,
    "Det"sv,  "DR"sv,    "Dr"sv,   "Ft"sv,   "Gen"sv,    "Gens"sv, "Gov"sv,  "Hon"sv,
    "Insp"sv, "Lieut"sv, "Lt"sv,   "Maj"sv,  "Messrs"sv, "Mme"sv,  "MR"sv,   "Mr"sv,
    "MRS"sv,  "Mrs"sv,   "MS"sv,   "Ms"sv,   "Msgr"sv,   "Mt"sv,   "Pres"sv, "Prof"sv,
    "Pvt"sv,  "Rep"sv,   "Reps"sv, "Rev"sv,  "Sen"sv,    "Sens"sv, "Sgt"sv,  "Supt"sv};

// Abbreviations that take a number: "No. 10", "Art. 5", "pp. 3", "75 Stat. 681".
constexpr std::array number_abbreviations = {
    "No"sv,   "Nos"sv, "no"sv,   "Art"sv,  "art"sv, "Fig"sv,  "fig"sv,  "Vol"sv,  "vol"sv,
    "p"sv,    "pp"sv,  "para"sv, "Para"sv, "Ch"sv,  "Sec"sv,  "sec"sv,  "secs"sv, "Secs"sv,
    "Stat"sv, "Reg"sv, "Pub"sv,  "cl"sv,   "Doc"sv, "Cong"sv, "Sess"sv, "Res"sv,  "Ex"sv};

// Abbreviations that may also end a sentence: they end one only before a sentence starter.
constexpr std::array other_abbreviations = {
    "Jan"sv,   "Feb"sv,  "Mar"sv,  "Apr"sv,  "Jun"sv,   "Jul"sv,    "Aug"sv,  "Sep"sv,  "Sept"sv,
    "Oct"sv,   "Nov"sv,  "Dec"sv,  "Inc"sv,  "Corp"sv,  "Ltd"sv,    "Co"sv,   "Bros"sv, "Jr"sv,
    "Sr"sv,    "St"sv,   "Ave"sv,  "Blvd"sv, "Rd"sv,    "Dept"sv,   "Univ"sv, "Assn"sv, "Intl"sv,
    "Govt"sv,  "etc"sv,  "al"sv,   "vs"sv,   "cf"sv,    "approx"sv, "est"sv,  "ca"sv,   "Mon"sv,
    "Tue"sv,   "Tues"sv, "Wed"sv,  "Thu"sv,  "Thurs"sv, "Fri"sv,    "Sat"sv,  "Sun"sv,  "Ariz"sv,
    "Calif"sv, "Colo"sv, "Conn"sv, "Fla"sv,  "Ga"sv,    "Ill"sv,    "Mass"sv, "Mich"sv, "Minn"sv,
    "Penn"sv,  "Tenn"sv, "Tex"sv,  "Va"sv,   "Wash"sv,  "Wis"sv};

// Capitalized words that usually open a sentence rather than continue a name.
constexpr std::array sentence_starters = {
    "A"sv,        "According"sv, "After"sv,     "Al"sv,      "All"sv,       "Also"sv,
    "Although"sv, "An"sv,        "And"sv,       "As"sv,      "Asked"sv,     "At"sv,
    "Because"sv,  "Before"sv,    "Both"sv,      "But"sv,     "By"sv,        "Despite"sv,
    "Dr"sv,       "During"sv,    "Each"sv,      "Earlier"sv, "For"sv,       "Following"sv,
    "From"sv,     "He"sv,        "Her"sv,       "Here"sv,    "His"sv,       "How"sv,
    "However"sv,  "I"sv,         "If"sv,        "In"sv,      "Instead"sv,   "It"sv,
    "Its"sv,      "Last"sv,      "Later"sv,     "Many"sv,    "Meanwhile"sv, "Most"sv,
    "Mr"sv,       "Mrs"sv,       "Ms"sv,        "My"sv,      "Next"sv,      "No"sv,
    "Now"sv,      "Officials"sv, "On"sv,        "One"sv,     "Or"sv,        "Other"sv,
    "Our"sv,      "Several"sv,   "She"sv,       "Since"sv,   "So"sv,        "Some"sv,
    "Speaking"sv, "Still"sv,     "That"sv,      "The"sv,     "Their"sv,     "Then"sv,
    "There"sv,    "These"sv,     "They"sv,      "This"sv,    "Those"sv,     "Though"sv,
    "To"sv,       "Today"sv,     "Tomorrow"sv,  "Two"sv,     "Under"sv,     "We"sv,
    "What"sv,     "When"sv,      "Where"sv,     "While"sv,   "Who"sv,       "Why"sv,
    "With"sv,     "Without"sv,   "Yesterday"sv, "Yet"sv,     "You"sv};

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// Length of a closing quote or bracket at `i` that belongs to the sentence before it.
std::size_t closer_at(std::string_view s, std::size_t i, std::size_t end) {
    const char c = s[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
        return 1;
    }
    const std::string_view rest = s.substr(i, std::min<std::size_t>(3, end - i));
    if (rest == "\xE2\x80\x9D" || rest == "\xE2\x80\x99") { // ” ’
        return 3;
    }
    if (rest.substr(0, 2) == "\xC2\xBB") { // »
        return 2;
    }
    return 0;
}

// Length of an opening quote or bracket at `i`, 0 if none.
std::size_t opener_at(std::string_view s, std::size_t i, std::size_t end) {
    const char c = s[i];
    if (c == '"' || c == '\'' || c == '(' || c == '[') {
        return 1;
    }
    const std::string_view rest = s.substr(i, std::min<std::size_t>(3, end - i));
    if (rest == "\xE2\x80\x9C" || rest == "\xE2\x80\x98") { // “ ‘
        return 3;
    }
    if (rest.substr(0, 2) == "\xC2\xAB") { // «
        return 2;
    }
    return 0;
}

// Whether the character at `k` may begin a new sentence (it is not lower case and not
// punctuation that continues the current one).
bool may_start_sentence(std::string_view s, std::size_t k, std::size_t end) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (opener_at(s, k, end) > 0) {
        return true;
    }
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); // not ',', ';', ')', '-'...
    }
    // Capitals of any script, letters of scripts without case, symbols: a new sentence is
    // plausible; a lower-case letter ("ž", "é") or a dash continues the current one.
    const std::string_view rest = s.substr(k, std::min<std::size_t>(3, end - k));
    return !is_lower(decode_utf8(s.substr(0, end), k).code_point) && rest != "\xE2\x80\x94" &&
           rest != "\xE2\x80\x93"; // — –
}

// The capitalized word starting at `k` (letters of any script).
std::string_view word_at(std::string_view s, std::size_t k, std::size_t end) {
    std::size_t e = k;
    while (e < end) {
        const Utf8Char ch = decode_utf8(s.substr(0, end), e);
        if (!is_letter(ch.code_point)) {
            break;
        }
        e += ch.length;
    }
    return s.substr(k, e - k);
}

// "U.S", "e.g", "J.R.R", "Ph.D", "É.U": letters in short groups joined by dots.
bool is_dotted_abbreviation(std::string_view token) {
    if (token.find('.') == std::string_view::npos) {
        return false;
    }
    std::size_t run = 0;
    for (std::size_t i = 0; i < token.size();) {
        const Utf8Char ch = decode_utf8(token, i);
        if (ch.code_point == '.') {
            if (run == 0 || run > 2) {
                return false;
            }
            run = 0;
        } else if (is_letter(ch.code_point)) {
            ++run;
        } else {
            return false;
        }
        i += ch.length;
    }
    return run >= 1 && run <= 2;
}

// One letter alone: an initial ("T", "Ž").
bool is_single_letter(std::string_view token) {
    const Utf8Char ch = decode_utf8(token, 0);
    return ch.length == token.size() && is_letter(ch.code_point);
}

enum class Stop { Never, BeforeStarter, Always };

// How a single full stop after `token` behaves. `next_is_digit`: a number follows.
Stop full_stop_after(std::string_view token, bool next_is_digit) {
    if (token.empty()) {
        return Stop::Always;
    }
    if (is_one_of(token, title_abbreviations)) {
        return Stop::Never;
    }
    if (is_one_of(token, number_abbreviations)) {
        return next_is_digit ? Stop::Never : Stop::Always;
    }
    if (is_one_of(token, other_abbreviations) || is_dotted_abbreviation(token)) {
        return Stop::BeforeStarter;
    }
    if (is_single_letter(token)) {
        return Stop::BeforeStarter; // an initial: "Mark T. Smith", "J. R. R. Tolkien"
    }
    return Stop::Always;
}

class Splitter {
public:
    Splitter(std::string_view text, std::vector<TextSpan>& out) : s_(text), out_(out) {}

    void split(std::size_t begin, std::size_t end) {
        end_ = end;
        std::size_t start = begin;
        std::size_t i = begin;
        while (i < end) {
            const char c = s_[i];
            const bool dots = c == '.' || s_.substr(i, 3) == ellipsis;
            if (dots || c == '!' || c == '?') {
                const std::size_t next = boundary_after(start, i);
                if (next != 0) {
                    emit(start, next);
                    start = next;
                    i = next;
                } else {
                    i = skip_terminators(i);
                }
                continue;
            }
            if (c == '\n' && paragraph_break_after(i)) {
                emit(start, i);
                start = i + 1;
            }
            ++i;
        }
        emit(start, end);
    }

private:
    std::string_view s_;
    std::vector<TextSpan>& out_;
    std::size_t end_ = 0;

    std::size_t skip_terminators(std::size_t i) const {
        while (i < end_) {
            if (s_[i] == '.' || s_[i] == '!' || s_[i] == '?') {
                ++i;
            } else if (s_.substr(i, 3) == ellipsis) {
                i += 3;
            } else {
                break;
            }
        }
        return i;
    }

    // Length of the white space at `k`, within the span being split.
    std::size_t space_in_span(std::size_t k) const { return space_at(s_.substr(0, end_), k); }

    bool paragraph_break_after(std::size_t i) const {
        for (std::size_t k = i + 1, n; k < end_; k += n) {
            if (s_[k] == '\n') {
                return true;
            }
            if ((n = space_in_span(k)) == 0) {
                return false;
            }
        }
        return false;
    }

    // "1. The agency ...", "Sec. 2. Policy": a short number heading the sentence numbers
    // it (a year, four digits, may end one: "In 2019.").
    bool is_list_number(std::size_t start, std::size_t t, std::string_view token) const {
        if (token.empty() || token.size() > 3 ||
            !std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return false;
        }
        std::size_t words = 0;
        bool in_word = false;
        for (std::size_t p = start; p < t;) {
            if (const std::size_t n = space_in_span(p); n > 0) {
                in_word = false;
                p += n;
                continue;
            }
            if (!in_word) {
                in_word = true;
                ++words;
            }
            ++p;
        }
        return words <= 1;
    }

    // The start of the next sentence when the terminators at `i` end one, else 0.
    std::size_t boundary_after(std::size_t start, std::size_t i) const {
        const std::size_t run_end = skip_terminators(i);
        std::size_t j = run_end;
        for (std::size_t n; j < end_ && (n = closer_at(s_, j, end_)) > 0;) {
            j += n;
        }
        if (j >= end_) {
            return 0; // the span's end closes the sentence anyway
        }
        std::size_t k = j;
        for (std::size_t n; k < end_ && (n = space_in_span(k)) > 0;) {
            k += n;
        }
        if (k == j || k >= end_) {
            return 0; // "3.5", "U.S.-led", "e.g.,": no space, no boundary
        }
        if (!may_start_sentence(s_, k, end_)) {
            return 0;
        }
        const std::string_view run = s_.substr(i, run_end - i);
        if (run != ".") {
            return k; // '!', '?', an ellipsis or a mixture
        }
        // The word before the full stop, without opening quotes or brackets.
        std::size_t t = i;
        while (t > start && space_before(s_.substr(start, t - start), t - start) == 0) {
            --t;
        }
        while (t < i) {
            const std::size_t n = opener_at(s_, t, i);
            if (n == 0) {
                break;
            }
            t += n;
        }
        const std::string_view token = s_.substr(t, i - t);
        if (is_list_number(start, t, token)) {
            return 0;
        }
        const bool next_is_digit = s_[k] >= '0' && s_[k] <= '9';
        switch (full_stop_after(token, next_is_digit)) {
        case Stop::Never:
            return 0;
        case Stop::Always:
            return k;
        case Stop::BeforeStarter:
            if (opener_at(s_, k, end_) > 0) {
                return k;
            }
            // Initials in a row: "Wayne A. I. Frederick" ("I" is no pronoun here).
            if (is_single_letter(token) && is_single_letter(word_at(s_, k, end_)) &&
                k + word_at(s_, k, end_).size() < end_ &&
                s_[k + word_at(s_, k, end_).size()] == '.') {
                return 0;
            }
            return is_one_of(word_at(s_, k, end_), sentence_starters) ? k : 0;
        }
        return 0;
    }

    void emit(std::size_t b, std::size_t e) {
        const std::string_view trimmed = trim(s_.substr(b, e - b));
        b = static_cast<std::size_t>(trimmed.data() - s_.data());
        e = b + trimmed.size();
        if (b < e) {
            out_.push_back(TextSpan{b, e});
        }
    }
};

} // namespace

std::vector<TextSpan> split_sentences(std::string_view text, const std::vector<TextSpan>& kept) {
    std::vector<TextSpan> sentences;
    Splitter splitter(text, sentences);
    for (const TextSpan& span : kept) {
        const std::size_t end = std::min(span.end, text.size());
        if (span.begin < end) {
            splitter.split(span.begin, end);
        }
    }
    return sentences;
}

} // namespace geokg
