#include "app/timeline.hpp"

#include "extract/emit.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace geokg {
namespace {

struct Entry {
    std::string label;
    EventStatus status = EventStatus::Reported;
};

struct Day {
    std::vector<Entry> reported; // with denied and contested reports
    std::vector<Entry> planned;
};

constexpr const char* undated = "undated";
constexpr std::size_t longest_label = 64; // characters: two columns side by side

// At most `n` characters: a longer text cut, with an ellipsis.
std::string shortened(const std::string& text, std::size_t n) {
    if (code_points(text) <= n)
        return text;
    std::size_t at = 0;
    for (std::size_t k = 0; k + 1 < n && at < text.size(); ++k)
        at += decode_utf8(text, at).length;
    return text.substr(0, at) + "\u2026";
}

// The events by date, in order of date (ISO forms sort as dates: "2022" before "2022-08"
// before "2022-08-01"), the undated last; within a date, in order of event key.
std::vector<std::pair<std::string, Day>> days_of(const Extraction& x) {
    std::map<std::string, Day> by_date;
    Day none;
    for (const Event& e : x.events) {
        const std::string date = date_text(e);
        Day& day = date.empty() ? none : by_date[date];
        Entry entry{shortened(event_label(e, x.knowledge, false), longest_label), e.status};
        (e.status == EventStatus::Planned ? day.planned : day.reported).push_back(entry);
    }
    std::vector<std::pair<std::string, Day>> days(by_date.begin(), by_date.end());
    if (!none.reported.empty() || !none.planned.empty())
        days.emplace_back(undated, std::move(none));
    return days;
}

std::string marked(const Entry& e) {
    switch (e.status) {
    case EventStatus::Negated:
        return "[denied] " + e.label;
    case EventStatus::Contested:
        return "[contested] " + e.label;
    case EventStatus::Reported:
    case EventStatus::Planned:
        break;
    }
    return e.label;
}

std::string padded(const std::string& text, std::size_t width) {
    const std::size_t shown = code_points(text);
    return text + std::string(width > shown ? width - shown : 0, ' ');
}

std::string xml_escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string timeline_text(const Extraction& x) {
    const auto days = days_of(x);
    std::size_t width = std::string("REPORTED").size();
    for (const auto& [date, day] : days)
        for (const Entry& e : day.reported)
            width = std::max(width, code_points(marked(e)));
    std::string out = padded("DATE", 12) + padded("REPORTED", width) + "   PLANNED\n";
    for (const auto& [date, day] : days) {
        const std::size_t rows = std::max(day.reported.size(), day.planned.size());
        for (std::size_t k = 0; k < rows; ++k) {
            std::string line = padded(k == 0 ? date : "", 12);
            line += padded(k < day.reported.size() ? marked(day.reported[k]) : "", width);
            if (k < day.planned.size())
                line += "   " + day.planned[k].label;
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            out += line + "\n";
        }
    }
    return out;
}

std::string timeline_svg(const Extraction& x) {
    const auto days = days_of(x);
    // Widths from the longest label, at about 7 pixels a character of 12-pixel text.
    std::size_t longest = 20;
    for (const auto& [date, day] : days) {
        for (const Entry& e : day.reported)
            longest = std::max(longest, code_points(marked(e)));
        for (const Entry& e : day.planned)
            longest = std::max(longest, code_points(e.label));
    }
    const int lane = static_cast<int>(longest) * 7 + 24;
    const int date_width = 110, row = 26, top = 40;
    const int left = date_width, right = date_width + lane + 20;
    int rows = 0;
    for (const auto& [date, day] : days)
        rows += static_cast<int>(std::max(day.reported.size(), day.planned.size())) + 1;
    const int width = right + lane + 10, height = top + rows * row + 10;
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                      std::to_string(width) + "\" height=\"" + std::to_string(height) +
                      "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
                      "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                      "<text x=\"" +
                      std::to_string(left) +
                      "\" y=\"24\" font-weight=\"bold\">Reported</text>\n"
                      "<text x=\"" +
                      std::to_string(right) + "\" y=\"24\" font-weight=\"bold\">Planned</text>\n";
    const auto box = [&](int x0, int y, const std::string& text, const char* stroke,
                         const char* fill, const char* dash, const char* ink) {
        out += "<rect x=\"" + std::to_string(x0) + "\" y=\"" + std::to_string(y + 3) +
               "\" width=\"" + std::to_string(lane) + "\" height=\"" + std::to_string(row - 6) +
               "\" rx=\"4\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"" + dash + "/>\n";
        out += "<text x=\"" + std::to_string(x0 + 8) + "\" y=\"" + std::to_string(y + 17) +
               "\" fill=\"" + ink + "\">" + xml_escaped(text) + "</text>\n";
    };
    int y = top;
    for (const auto& [date, day] : days) {
        out += "<line x1=\"0\" y1=\"" + std::to_string(y) + "\" x2=\"" + std::to_string(width) +
               "\" y2=\"" + std::to_string(y) + "\" stroke=\"#dddddd\"/>\n";
        out += "<text x=\"8\" y=\"" + std::to_string(y + 17) + "\" font-weight=\"bold\">" +
               xml_escaped(date) + "</text>\n";
        const std::size_t n = std::max(day.reported.size(), day.planned.size());
        for (std::size_t k = 0; k < n; ++k) {
            const int at = y + static_cast<int>(k) * row;
            if (k < day.reported.size()) {
                const Entry& e = day.reported[k];
                if (e.status == EventStatus::Contested)
                    box(left, at, marked(e), "#dc3545", "#f8d7da", "", "#842029");
                else if (e.status == EventStatus::Negated)
                    box(left, at, marked(e), "#999999", "#eeeeee", " stroke-dasharray=\"2 2\"",
                        "#777777");
                else
                    box(left, at, e.label, "#0d6efd", "#e7f1ff", "", "#000000");
            }
            if (k < day.planned.size())
                box(right, at, day.planned[k].label, "#555555", "#ffffff",
                    " stroke-dasharray=\"5 3\"", "#333333");
        }
        y += static_cast<int>(n + 1) * row;
    }
    return out + "</svg>\n";
}

} // namespace geokg
