#include "extract/participant_lists.hpp"

#include "text/token.hpp"
#include "text/utf8.hpp"

#include <cctype>
#include <string_view>

namespace geokg {
namespace {

// Bytes of a list item's bullet and the spaces after it at the start of `text`, or 0.
std::size_t bullet_length(std::string_view text) {
    std::size_t n = 0;
    if (text.starts_with("- ") || text.starts_with("* "))
        n = 1;
    else if (text.starts_with("\xE2\x80\xA2") || text.starts_with("\xE2\x80\x93")) // • –
        n = 3;
    if (n == 0)
        return 0;
    while (n < text.size() && text[n] == ' ')
        ++n;
    return n;
}

// "Aspen Institute Latinos and Society (AILAS) Program" without its aside and trailing marks.
std::string organization_name(std::string_view item) {
    std::string out;
    int depth = 0;
    for (char c : item) {
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (depth == 0 && !(c == ' ' && (out.empty() || out.back() == ' ')))
            out += c;
    }
    while (!out.empty() &&
           (out.back() == ' ' || out.back() == ';' || out.back() == '.' || out.back() == ','))
        out.pop_back();
    return out;
}

// A line that ends with ":" ("Meeting participants included:"), or set apart in emphasis
// ("*Meeting Participants*"), and names participants.
// A name in title case, of eight words at most: "Color of Change", not "Malta Inc.
// announced the initial findings of a study".
bool is_name(const std::string& text, const LexiconIndex& index) {
    std::size_t words = 0;
    for (const auto& t : tokenize(text)) {
        if (!t.word)
            continue;
        ++words;
        if (!t.capitalized && !index.words.has(WordClass::HeadlineMinorWord, lower(t.text)))
            return false;
    }
    return words > 0 && words <= 8;
}

bool is_header(const SentenceRecord& s, std::string_view text, const LexiconIndex& index) {
    std::string_view line = trim(text);
    if (line.empty() || bullet_length(line) > 0)
        return false;
    // A header the splitter left at the end of a sentence: its words are those after the
    // sentence's last full stop.
    for (std::size_t k = line.size(); k-- > 1;)
        if ((line[k - 1] == '.' || line[k - 1] == '\n') &&
            std::isspace(static_cast<unsigned char>(line[k]))) {
            line = trim(line.substr(k));
            break;
        }
    const bool emphasis = line.size() > 2 && line.front() == '*' && line.back() == '*';
    if (line.back() != ':' && !emphasis)
        return false;
    for (const auto& m : s.analysis.mentions)
        if (m.type == MentionType::Organization)
            return false;
    for (const auto& t : tokenize(line))
        if (t.word && index.words.has(WordClass::ParticipantWord, lower(t.text)))
            return true;
    return false;
}

} // namespace

std::vector<ParticipantList> participant_lists(const DocumentRecord& document,
                                               const LexiconIndex& index) {
    std::vector<ParticipantList> lists;
    const std::string_view text = document.document.text;
    const auto& sentences = document.sentences;
    for (std::size_t h = 0; h < sentences.size(); ++h) {
        const auto& header = sentences[h];
        if (!is_header(header, text.substr(header.span.begin, header.span.size()), index))
            continue;
        ParticipantList list;
        list.header = h;
        for (std::size_t i = h + 1; i < sentences.size(); ++i) {
            const auto& s = sentences[i];
            const std::string_view line = text.substr(s.span.begin, s.span.size());
            const std::size_t start = bullet_length(line);
            if (start == 0)
                break;
            ParticipantItem item;
            item.sentence = i;
            for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m) {
                const Mention& men = s.analysis.mentions[m];
                if (men.span.begin == start &&
                    (men.type == MentionType::Person || men.type == MentionType::Organization)) {
                    item.mention = static_cast<int>(m);
                    break;
                }
            }
            // An item of one organization's name is the whole item: "- Leadership Conference
            // for Civil and Human Rights", "- National Women's Law Center".
            const std::string_view rest = line.substr(start);
            const bool one_name = rest.find(',') == std::string_view::npos && !rest.empty() &&
                                  std::isupper(static_cast<unsigned char>(rest.front()));
            const std::string whole = organization_name(rest);
            if (item.mention >= 0 && one_name) {
                const Mention& m = s.analysis.mentions[static_cast<std::size_t>(item.mention)];
                if (m.span.end < start + whole.size() && m.title < 0 && m.titles.empty())
                    item.mention = -1; // "National Women" of "National Women's Law Center"
            }
            if (item.mention < 0 && one_name && is_name(whole, index))
                item.organization = whole;
            if (item.mention >= 0 || !item.organization.empty())
                list.items.push_back(std::move(item));
        }
        if (!list.items.empty())
            lists.push_back(std::move(list));
    }
    return lists;
}

} // namespace geokg
