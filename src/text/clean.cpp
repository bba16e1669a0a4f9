#include "text/clean.hpp"

#include "text/dateline.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace geokg {
namespace {

constexpr std::size_t npos = std::string_view::npos;

bool contains(std::string_view s, std::string_view needle) {
    return s.find(needle) != npos;
}

// The phrase lists below are matched whole, as a prefix or anywhere in a line.
using Phrases = std::span<const std::string_view>;

bool equals_any(std::string_view s, Phrases phrases) {
    return std::ranges::find(phrases, s) != phrases.end();
}

bool starts_with_any(std::string_view s, Phrases phrases) {
    return std::ranges::any_of(phrases, [s](std::string_view p) { return s.starts_with(p); });
}

bool contains_any(std::string_view s, Phrases phrases) {
    return std::ranges::any_of(phrases, [s](std::string_view p) { return contains(s, p); });
}

constexpr std::string_view bom = "\xEF\xBB\xBF";

// Length of the white space (is_space) or byte-order mark starting at `i`, or 0.
std::size_t blank_at(std::string_view s, std::size_t i) {
    if (const std::size_t n = space_at(s, i); n > 0) {
        return n;
    }
    return s.substr(i, 3) == bom ? 3 : 0;
}

// Length of the white space or byte-order mark that ends at `end`, or 0.
std::size_t blank_before(std::string_view s, std::size_t end) {
    if (const std::size_t n = space_before(s, end); n > 0) {
        return n;
    }
    return end >= 3 && s.substr(end - 3, 3) == bom ? 3 : 0;
}

// Words separated by white space (of any script).
std::size_t word_count(std::string_view s) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t sp = blank_at(s, i);
        if (sp > 0) {
            in_word = false;
            i += sp;
        } else {
            if (!in_word) {
                ++words;
            }
            in_word = true;
            ++i;
        }
    }
    return words;
}

// The line as a heading: without trailing colons, dots, ellipses and spaces.
std::string_view heading_of(std::string_view s) {
    for (;;) {
        if (!s.empty() && (s.back() == ':' || s.back() == '.' || s.back() == ' ' ||
                           s.back() == '!' || s.back() == '>')) {
            s.remove_suffix(1);
        } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6") { // …
            s.remove_suffix(3);
        } else if (s.size() >= 2 && (s.substr(s.size() - 2) == "\xC2\xBB" ||  // »
                                     s.substr(s.size() - 2) == "\xC2\xA0")) { // nbsp
            s.remove_suffix(2);
        } else {
            return s;
        }
    }
}

// Headings after which a page lists other articles, comments or partners: the rest goes.
constexpr std::array<std::string_view, 20> tail_headings = {
    "recent posts",      "related articles",    "related posts", "related stories",
    "related news",      "related content",     "more stories",  "more news",
    "you may also like", "you might also like", "leave a reply", "leave a comment",
    "popular posts",     "most read",           "most popular",  "read next",
    "our partners",      "trending now",        "latest posts",  "more from this author"};

// Whole lines that are page furniture wherever they appear.
constexpr std::array<std::string_view, 24> furniture_lines = {"read more",
                                                              "read more \xC2\xBB",
                                                              "continue reading",
                                                              "back to top",
                                                              "back to top button",
                                                              "source link",
                                                              "source",
                                                              "share this",
                                                              "share",
                                                              "share this article",
                                                              "share on facebook",
                                                              "share on twitter",
                                                              "like this",
                                                              "loading",
                                                              "advertisement",
                                                              "skip to content",
                                                              "print",
                                                              "email",
                                                              "tweet",
                                                              "subscribe",
                                                              "comments",
                                                              "follow us",
                                                              "click here",
                                                              "related"};

constexpr std::array<std::string_view, 9> follow_targets = {
    "on google news", "on twitter", "on facebook", "on instagram", "on linkedin",
    "on telegram",    "on youtube", "on whatsapp", "on threads"};

constexpr std::array<std::string_view, 8> credit_starts = {
    "reporting by", "(reporting by", "additional reporting by",
    "writing by",   "editing by",    "compiled by",
    "photo:",       "photo by "};

constexpr std::array<std::string_view, 6> cookie_starts = {
    "this website uses cookies",   "this site uses cookies",    "we use cookies",
    "this website stores cookies", "by continuing to use this", "by using this website"};

// Who took or archived a picture, as named in a caption's closing parenthesis.
constexpr std::array<std::string_view, 11> caption_sources = {
    "Archive", "Photo", "File",    "Getty",    "AFP",   "Reuters",
    "AP",      "EPA",   "Anadolu", "Anatolia", "Xinhua"};

// `low` is the line in lower case (lower()), for case-insensitive comparisons.
bool is_tail_heading(std::string_view low) {
    return equals_any(heading_of(low), tail_headings);
}

bool ends_sentence(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    const char c = s.back();
    return c == '.' || c == '!' || c == '?' || c == '"' ||
           (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || // ”
                              s.substr(s.size() - 3) == "\xE2\x80\x99")); // ’
}

// "Home / news / ...", "Home » World » ...", or any line of several " / " or " » " steps.
bool is_breadcrumb(std::string_view line, std::string_view low) {
    if (low.starts_with("home")) {
        std::string_view rest = low.substr(4);
        while (!rest.empty() && rest.front() == ' ') {
            rest.remove_prefix(1);
        }
        if (!rest.empty() && (rest.front() == '/' || rest.front() == '>' || rest.front() == '|' ||
                              rest.substr(0, 2) == "\xC2\xBB" ||      // »
                              rest.substr(0, 3) == "\xE2\x80\xBA")) { // ›
            return true;
        }
    }
    for (std::string_view sep : {std::string_view(" / "), std::string_view(" \xC2\xBB "),
                                 std::string_view(" \xE2\x80\xBA ")}) {
        std::size_t count = 0;
        for (std::size_t at = line.find(sep); at != npos; at = line.find(sep, at + sep.size())) {
            ++count;
        }
        // Prose uses " / " too ("Hale / Hall"): a crumb has no clause punctuation.
        if (count >= 2 && line.size() <= 200 && !ends_sentence(line) &&
            line.find_first_of(",;:") == npos) {
            return true;
        }
    }
    return false;
}

bool is_cookie_notice(std::string_view line, std::string_view low) {
    return starts_with_any(low, cookie_starts) ||
           (line.size() <= 400 && contains(low, "cookies") &&
            (contains(low, "accept") || contains(low, "consent") ||
             contains(low, "privacy policy")));
}

bool is_follow_line(std::string_view line, std::string_view low) {
    if (!low.starts_with("follow") || line.size() > 200 || line.size() <= 6 ||
        blank_at(line, 6) == 0) {
        return false;
    }
    return contains_any(low, follow_targets);
}

// `word` as a whole word: "AP" is in "(AP Photo)", not in "(NAPAWF)" or "(ÉAP)".
bool contains_word(std::string_view s, std::string_view word) {
    for (std::size_t at = s.find(word); at != npos; at = s.find(word, at + 1)) {
        const std::size_t after = at + word.size();
        if ((at == 0 || !is_letter(decode_utf8_before(s, at).code_point)) &&
            (after == s.size() || !is_letter(decode_utf8(s, after).code_point))) {
            return true;
        }
    }
    return false;
}

// "... banner near the post office (Agency – Archive)": a caption ends in a credit.
bool ends_with_photo_credit(std::string_view line) {
    if (line.size() > 400 || line.back() != ')') {
        return false;
    }
    const std::size_t open = line.rfind('(');
    if (open == npos || line.size() - open > 64) {
        return false;
    }
    const std::string_view inside = line.substr(open + 1, line.size() - open - 2);
    std::string_view before = line.substr(0, open);
    while (!before.empty() && before.back() == ' ') {
        before.remove_suffix(1);
    }
    if (before.empty() || ends_sentence(before)) {
        return false;
    }
    return std::ranges::any_of(
        caption_sources, [inside](std::string_view src) { return contains_word(inside, src); });
}

bool is_caption_or_credit(std::string_view line, std::string_view low) {
    if (starts_with_any(low, credit_starts)) {
        return true;
    }
    // Reuters captions capitalize it; "had my picture taken" is prose.
    return contains(line, "Picture taken") || contains(line, "REUTERS/") ||
           contains(low, "/file photo") || contains(low, "(photo:") ||
           contains(low, "photo credit") || contains(low, "image credit") ||
           contains(line, "(AP Photo") || (line.size() <= 400 && contains(line, "Getty Images")) ||
           ends_with_photo_credit(line);
}

// A line with no letter or digit of any script ("***", "###", "—") carries nothing.
bool has_word_character(std::string_view line) {
    for (std::size_t i = 0; i < line.size();) {
        const Utf8Char ch = decode_utf8(line, i);
        if (is_letter(ch.code_point) || is_number(ch.code_point)) {
            return true;
        }
        i += ch.length;
    }
    return false;
}

bool is_furniture(std::string_view line, std::string_view low) {
    const std::string_view h = heading_of(low);
    if (equals_any(h, furniture_lines)) {
        return true;
    }
    // A teaser of another article: "The future of ... is a… Read More".
    return h.ends_with("read more") &&
           (contains(line, "\xE2\x80\xA6") || contains(line, "...") || contains(line, "[")) &&
           line.size() <= 600;
}

// A short line with no sentence punctuation: a section label, a heading or a name.
// Inner dots are allowed for initials ("Mark T. Smith"); a final one makes a sentence.
bool is_label(std::string_view line) {
    if (line.size() > 40 || word_count(line) > 3 || ends_sentence(line)) {
        return false;
    }
    for (char c : line) {
        if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '(' ||
            c == ')') {
            return false;
        }
    }
    return true;
}

// A capital of any script ("Ł", "Ž", "Ω"), not only ASCII and Latin-1.
bool is_capitalized_word_start(std::string_view s, std::size_t i) {
    return is_upper(decode_utf8(s, i).code_point);
}

// A reporter's name alone on a line: one to three capitalized words, initials allowed.
bool is_name_line(std::string_view line) {
    if (!is_label(line)) {
        return false;
    }
    bool at_word_start = true;
    bool after_boundary = true; // at the start, after a space or a dot
    bool after_initial = false; // after a capital that follows such a boundary ("J", "J.R")
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t sp = blank_at(line, i);
        if (sp > 0) {
            at_word_start = true;
            after_boundary = true;
            after_initial = false;
            i += sp;
            continue;
        }
        const Utf8Char ch = decode_utf8(line, i);
        const char32_t c = ch.code_point;
        if (at_word_start && !is_upper(c)) {
            return false;
        }
        if (is_digit(c)) {
            return false;
        }
        if (c == '.' && !after_initial) {
            return false; // a dot only after a single capital letter
        }
        after_initial = after_boundary && is_upper(c);
        after_boundary = c == '.';
        at_word_start = false;
        i += ch.length;
    }
    return true;
}

// "By Jane Roe", "By Jane Roe and John Doe" (short, no sentence punctuation).
bool is_by_line(std::string_view line) {
    if (!(line.size() > 3 && (line.substr(0, 3) == "By " || line.substr(0, 3) == "BY ")) ||
        line.size() > 80 || ends_sentence(line) || word_count(line) > 8) {
        return false;
    }
    return is_capitalized_word_start(line, 3);
}

// Titles have no full stop and are not too long.
bool is_title_like(std::string_view line) {
    return word_count(line) >= 4 && line.size() <= 250 && line.back() != '.';
}

enum class LineKind { Content, Furniture, TailHeading, Label };

// Furniture lines are short: a long line is a paragraph, without the scans below.
constexpr std::size_t longest_furniture = 1000;

LineKind classify(std::string_view line) {
    if (line.size() > longest_furniture) {
        return LineKind::Content;
    }
    const std::string low = lower(line);
    if (is_tail_heading(low)) {
        return LineKind::TailHeading;
    }
    if (!has_word_character(line) || is_furniture(line, low) || is_breadcrumb(line, low) ||
        is_by_line(line)) {
        return LineKind::Furniture;
    }
    if (is_cookie_notice(line, low) || is_follow_line(line, low) ||
        is_caption_or_credit(line, low)) {
        return LineKind::Furniture;
    }
    if (is_label(line)) {
        return LineKind::Label;
    }
    return LineKind::Content;
}

struct Line {
    TextSpan span;
    std::string_view text;
    LineKind kind;
};

// The line from `begin` to `eol` without the blanks at either end (empty when all blank).
TextSpan trimmed_line(std::string_view text, std::size_t begin, std::size_t eol) {
    std::size_t b = begin;
    std::size_t e = eol;
    while (b < e) {
        const std::size_t sp = blank_at(text.substr(0, e), b);
        if (sp == 0) {
            break;
        }
        b += sp;
    }
    while (e > b) {
        const std::size_t sp = blank_before(text.substr(b, e - b), e - b);
        if (sp == 0) {
            break;
        }
        e -= sp;
    }
    return TextSpan{b, e};
}

// Pass 1: the trimmed, non-empty lines and what each looks like on its own.
std::vector<Line> classified_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == npos) {
            eol = text.size();
        }
        const TextSpan span = trimmed_line(text, pos, eol);
        if (span.begin < span.end) {
            const std::string_view line = text.substr(span.begin, span.end - span.begin);
            lines.push_back({span, line, classify(line)});
        }
        pos = eol + 1;
    }
    return lines;
}

// A section label ("Middle East") sits above a headline or another label.
bool is_section_label(const std::vector<Line>& lines, std::size_t i) {
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].kind == LineKind::Furniture) {
        ++j;
    }
    return j < lines.size() &&
           (lines[j].kind == LineKind::Label ||
            (lines[j].kind == LineKind::Content && is_title_like(lines[j].text)));
}

// Whether the label `lines[i]` goes, given whether the article has begun.
bool drops_label(const std::vector<Line>& lines, std::size_t i, bool content_seen) {
    if (content_seen) {
        // After the article has begun, a lone name is a byline; keep other labels
        // (a short heading costs nothing, a lost paragraph would).
        return is_name_line(lines[i].text);
    }
    return is_section_label(lines, i);
}

// Pass 2: decisions that depend on the neighbours.
std::vector<TextSpan> kept_spans(const std::vector<Line>& lines) {
    std::vector<TextSpan> kept;
    bool content_seen = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const Line& line = lines[i];
        switch (line.kind) {
        case LineKind::Furniture:
            continue;
        case LineKind::TailHeading:
            if (content_seen) {
                return kept; // everything after it lists other pages
            }
            continue;
        case LineKind::Label:
            if (drops_label(lines, i, content_seen)) {
                continue;
            }
            break;
        case LineKind::Content:
            break;
        }
        content_seen = true;
        // A wire story's dateline opens its paragraph but is no part of its sentence.
        TextSpan span = line.span;
        if (line.kind == LineKind::Content)
            span.begin += dateline_length(line.text);
        kept.push_back(span);
    }
    return kept;
}

} // namespace

std::vector<TextSpan> clean_text(std::string_view text) {
    return kept_spans(classified_lines(text));
}

} // namespace geokg
