#include "extract/meeting_mode.hpp"

#include "extract/abstraction.hpp"
#include "extract/relations.hpp"
#include "lexicon/lexicon_index.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace geokg {

const char* meeting_mode_name(MeetingMode mode) {
    switch (mode) {
    case MeetingMode::InPerson:
        return "InPerson";
    case MeetingMode::ByPhone:
        return "ByPhone";
    case MeetingMode::Virtual:
        return "Virtual";
    case MeetingMode::Unknown:
        break;
    }
    return "";
}

MeetingMode combine_modes(MeetingMode a, MeetingMode b) {
    if (a == MeetingMode::Unknown || a == b)
        return b;
    if (b == MeetingMode::Unknown)
        return a;
    if (from_afar(a) && from_afar(b))
        return MeetingMode::Virtual;
    return MeetingMode::Unknown;
}

namespace {

// The mode the words of one phrase say.
template <typename Words> MeetingMode phrase_mode(const Words& words, const WordClassIndex& index) {
    bool in_person = false, video = false, phone = false;
    for (const auto& w : words) {
        in_person = in_person || index.has(WordClass::InPersonWord, w);
        video = video || index.has(WordClass::VirtualWord, w);
        phone = phone || index.has(WordClass::PhoneWord, w);
    }
    return in_person ? MeetingMode::InPerson
           : video   ? MeetingMode::Virtual
           : phone   ? MeetingMode::ByPhone
                     : MeetingMode::Unknown;
}

std::vector<std::string_view> split_words(std::string_view phrase) {
    std::vector<std::string_view> out;
    while (!phrase.empty()) {
        const std::size_t space = phrase.find(' ');
        out.push_back(phrase.substr(0, space));
        phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
    }
    return out;
}

class ModeReader {
public:
    ModeReader(SentenceAnalysis& a, const Abstracted& abs, const LexiconIndex& index)
        : a_(a), abs_(abs), index_(index), keys_(token_keys(a.tokens)),
          modes_(abs.triggers.size(), MeetingMode::Unknown) {}

    void run() {
        for (std::size_t t = 0; t < abs_.triggers.size(); ++t)
            modes_[t] = phrase_mode(split_words(index_.trigger(abs_.triggers[t].trigger).phrase),
                                    index_.words);
        for (const auto& removed : abs_.removed)
            if (removed.why == Removal::Manner)
                if (const int t = owner(removed.span); t >= 0)
                    modes_[static_cast<std::size_t>(t)] = combine_modes(
                        modes_[static_cast<std::size_t>(t)], manner_mode(removed.span));
        for (auto& r : a_.relations)
            if (r.kind == EventKind::Meeting)
                r.mode = mode_at(r.anchor);
        drop_guest_visits();
    }

private:
    SentenceAnalysis& a_;
    const Abstracted& abs_;
    const LexiconIndex& index_;
    TokenKeys keys_;
    std::vector<MeetingMode> modes_; // of each trigger slot

    MeetingMode manner_mode(const TextSpan& span) const {
        std::vector<std::string_view> words;
        for (std::size_t t = 0; t < a_.tokens.size(); ++t)
            if (a_.tokens[t].begin >= span.begin && a_.tokens[t].end <= span.end)
                words.push_back(keys_.folded[t]);
        return phrase_mode(words, index_.words);
    }

    // The trigger slot a manner adverbial belongs to: the nearest before it, in the same part
    // of the sentence (no ';' between), else the first after it; -1 when there is none.
    int owner(const TextSpan& span) const {
        int before = -1, after = -1;
        for (std::size_t t = 0; t < abs_.triggers.size(); ++t) {
            const std::size_t at = abs_.triggers[t].at;
            if (at < span.begin && !semicolon_between(at, span.begin))
                before = static_cast<int>(t);
            else if (at >= span.end && after < 0 && !semicolon_between(span.end, at))
                after = static_cast<int>(t);
        }
        return before >= 0 ? before : after;
    }

    bool semicolon_between(std::size_t from, std::size_t to) const {
        for (std::size_t t = 0; t < a_.tokens.size(); ++t)
            if (a_.tokens[t].begin >= from && a_.tokens[t].end <= to &&
                (keys_.exact[t] == ";" || keys_.exact[t] == ":"))
                return true;
        return false;
    }

    MeetingMode mode_at(std::size_t anchor) const {
        MeetingMode mode = MeetingMode::Unknown;
        for (std::size_t t = 0; t < abs_.triggers.size(); ++t)
            if (abs_.triggers[t].at == anchor)
                mode = combine_modes(mode, modes_[t]);
        return mode;
    }

    // "Kerr received a call from Suto": the guest of a host trigger read from afar did not
    // come.
    void drop_guest_visits() {
        auto& rs = a_.relations;
        for (std::size_t k = 0; k < rs.size();) {
            bool afar = false;
            if (rs[k].kind == EventKind::Visit && !rs[k].hosts.empty())
                for (const auto& m : rs)
                    afar = afar || (m.kind == EventKind::Meeting && m.anchor == rs[k].anchor &&
                                    from_afar(m.mode));
            if (afar) {
                a_.dropped.emplace_back(rs[k], "the meeting was held from afar: no one came");
                rs.erase(rs.begin() + static_cast<std::ptrdiff_t>(k));
            } else {
                ++k;
            }
        }
    }
};

} // namespace

void attach_meeting_modes(SentenceAnalysis& analysis, const Abstracted& abs,
                          const LexiconIndex& index) {
    ModeReader(analysis, abs, index).run();
}

} // namespace geokg
