// The one file that calls the relation grammar: it abstracts a sentence into slots, runs
// the grammar's rules at each slot, and turns the parses into relation mentions.
#include "extract/relations.hpp"

#include "grammars/config.hpp"
#include "grammars/relation.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace geokg {
namespace {

namespace x3 = boost::spirit::x3;
namespace ast = grammar::relation_ast;

struct TriggerSlot {
    int trigger = -1;   // index into LexiconIndex::triggers_list
    std::size_t at = 0; // byte offset in the sentence
};

struct Abstracted {
    std::string text;
    std::vector<std::size_t> starts;      // start of each abstract token in `text`
    std::vector<std::size_t> byte_offset; // its byte offset in the sentence
    std::vector<TriggerSlot> triggers;
};

const std::set<std::string> quote_marks = {"\"", "'", "`"};
const std::set<std::string> time_lead_words = {"on", "in", "earlier", "later", "by", "until", "of"};
const std::set<std::string> modal_words = {"will",  "would", "shall", "may",    "might",
                                           "could", "can",   "must",  "should", "to"};
const std::set<std::string> negation_words = {"not",    "never", "didn't",   "won't",
                                              "cannot", "can't", "wouldn't", "doesn't"};
const std::set<std::string> noun_context_words = {
    "a",     "an",    "the",      "his",   "her",       "their",    "its",       "our",
    "this",  "rare",  "official", "first", "state",     "two-day",  "three-day", "surprise",
    "brief", "short", "working",  "'s",    "bilateral", "fruitful", "official"};

char kind_of(MentionType type) {
    switch (type) {
    case MentionType::Person:
    case MentionType::Role:
    case MentionType::Pronoun:
        return 'P';
    case MentionType::Organization:
        return 'O';
    case MentionType::Country:
        return 'G';
    case MentionType::City:
    case MentionType::Region:
    case MentionType::Site:
        return 'L';
    case MentionType::Demonym:
        return 'D';
    case MentionType::Agreement:
        return 'A';
    }
    return 'D';
}

char form_letter(TriggerForm form) {
    switch (form) {
    case TriggerForm::Past:
        return 'V';
    case TriggerForm::Base:
        return 'B';
    case TriggerForm::Participle:
        return 'I';
    case TriggerForm::Passive:
        return 'S';
    case TriggerForm::Noun:
        return 'N';
    case TriggerForm::Host:
        return 'V';
    }
    return 'V';
}

// Of the forms a trigger phrase has ("visit": base and noun), the one its context selects.
int choose_form(const LexiconIndex& index, const std::vector<int>& candidates,
                const std::string& previous) {
    auto find = [&](TriggerForm f) {
        for (int c : candidates)
            if (index.triggers_list[static_cast<std::size_t>(c)].form == f)
                return c;
        return -1;
    };
    int chosen = -1;
    if (noun_context_words.count(previous))
        chosen = find(TriggerForm::Noun);
    if (chosen < 0 && (modal_words.count(previous) || negation_words.count(previous) ||
                       previous == "did" || previous == "does" || previous == "do"))
        chosen = find(TriggerForm::Base);
    for (auto f : {TriggerForm::Passive, TriggerForm::Past, TriggerForm::Participle,
                   TriggerForm::Base, TriggerForm::Noun})
        if (chosen < 0)
            chosen = find(f);
    // A host form alone ("welcomes" where no other form exists) reads as a meeting verb
    // would; the visit it implies is added by the interpreter.
    return chosen < 0 ? candidates.front() : chosen;
}

Abstracted abstract_sentence(std::string_view sentence, const std::vector<Token>& tokens,
                             const std::vector<Mention>& mentions,
                             const std::vector<TimeExpression>& times, const LexiconIndex& index,
                             std::map<std::string, std::vector<int>> const& trigger_forms) {
    Abstracted out;
    std::vector<int> mention_at(tokens.size(), -1);
    for (std::size_t m = 0; m < mentions.size(); ++m)
        for (std::size_t t = mentions[m].first_token; t < mentions[m].last_token; ++t)
            mention_at[t] = static_cast<int>(m);
    std::vector<bool> in_time(tokens.size(), false);
    for (const auto& te : times)
        for (std::size_t t = 0; t < tokens.size(); ++t)
            if (tokens[t].begin >= te.span.begin && tokens[t].end <= te.span.end)
                in_time[t] = true;

    TokenKeys keys = token_keys(tokens);
    // A headline capitalizes most of its words.
    std::size_t word_count = 0, capitalized = 0;
    for (const auto& t : tokens)
        if (t.word) {
            ++word_count;
            capitalized += t.capitalized ? 1 : 0;
        }
    bool headline = word_count >= 3 && 10 * capitalized >= 7 * word_count;

    std::vector<std::string> words;
    auto emit = [&](std::string word, std::size_t at) {
        words.push_back(std::move(word));
        out.byte_offset.push_back(at);
    };
    int depth = 0;
    std::size_t i = 0;
    while (i < tokens.size()) {
        const Token& tok = tokens[i];
        std::string folded = fold_punctuation(tok.text);
        if (folded == "(" || folded == "[") {
            ++depth;
            ++i;
            continue;
        }
        if (folded == ")" || folded == "]") {
            depth = std::max(0, depth - 1);
            ++i;
            continue;
        }
        if (depth > 0 || quote_marks.count(folded)) {
            ++i;
            continue;
        }
        // "last week", "this month": times that fix no date.
        static const std::set<std::string> relative_heads = {
            "week", "month", "year", "weekend", "morning", "afternoon", "evening"};
        const std::string& lw = keys.folded[i];
        if ((lw == "last" || lw == "this" || lw == "next" || lw == "earlier" || lw == "later") &&
            i + 1 < tokens.size() && relative_heads.count(keys.folded[i + 1]) &&
            mention_at[i] < 0) {
            i += 2;
            continue;
        }
        if (in_time[i]) {
            while (!words.empty() && time_lead_words.count(words.back())) {
                words.pop_back();
                out.byte_offset.pop_back();
            }
            while (i < tokens.size() && in_time[i])
                ++i;
            continue;
        }
        if (mention_at[i] >= 0) {
            int m = mention_at[i];
            const Mention& mention = mentions[static_cast<std::size_t>(m)];
            emit("[" + std::string(1, kind_of(mention.type)) + std::to_string(m) + "]", tok.begin);
            i = mention.last_token;
            continue;
        }
        if (auto match = index.triggers.longest(keys, i)) {
            // Trigger words are lower case, but for the first word of a sentence and in
            // a headline: "Warrior Met Coal" names a mine; "Tunisia & US Sign Roadmap" signs.
            bool clear = !tok.capitalized || i == 0 || headline;
            for (std::size_t k = i; k < i + match->length; ++k)
                clear = clear && mention_at[k] < 0 && !in_time[k];
            if (clear) {
                std::string phrase =
                    index.triggers_list[static_cast<std::size_t>(match->value)].phrase;
                auto forms = trigger_forms.find(phrase);
                std::string previous = words.empty() ? std::string() : words.back();
                int chosen = forms == trigger_forms.end()
                                 ? match->value
                                 : choose_form(index, forms->second, previous);
                const Trigger& trig = index.triggers_list[static_cast<std::size_t>(chosen)];
                out.triggers.push_back({chosen, tok.begin});
                emit("[" + std::string(1, form_letter(trig.form)) +
                         std::to_string(out.triggers.size() - 1) + "]",
                     tok.begin);
                i += match->length;
                continue;
            }
        }
        std::string word = lower(folded);
        // Bullets and other non-ASCII marks separate list items.
        if (!tok.word && static_cast<unsigned char>(word[0]) >= 0x80)
            word = ",";
        for (auto& c : word)
            if (static_cast<unsigned char>(c) >= 0x80 || c == '[' || c == ']')
                c = '~';
        if (word == "-" || word == ";" || word == ":")
            word = ",";
        if (word == "&")
            word = "and";
        emit(word, tok.begin);
        ++i;
    }
    for (const auto& w : words) {
        if (!out.text.empty())
            out.text += ' ';
        out.starts.push_back(out.text.size());
        out.text += w;
    }
    (void)sentence;
    return out;
}

// Tokens inside parentheses, and with_quotes inside quotation marks.
std::vector<bool> aside_tokens(const std::vector<Token>& tokens, bool with_quotes) {
    std::vector<bool> aside(tokens.size(), false);
    int depth = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::string_view t = tokens[i].text;
        if (t == "(") {
            ++depth;
        } else if (t == ")") {
            depth = std::max(0, depth - 1);
        } else if (t == "\xE2\x80\x9C") {
            quoted = true;
        } else if (t == "\xE2\x80\x9D") {
            quoted = false;
        } else if (t == "\"") {
            quoted = !quoted;
        }
        aside[i] = depth > 0 || (with_quotes && quoted);
    }
    return aside;
}

// The person slot of a possessive just before `start`: "[P0] 's (regional) tour".
int tour_owner_before(const std::string& text, std::size_t start) {
    std::size_t s = text.rfind(" 's ", start);
    if (s == std::string::npos || start - s > 30 || s == 0 || text[s - 1] != ']')
        return -1;
    std::size_t open = text.rfind('[', s);
    if (open == std::string::npos || text[open + 1] != 'P')
        return -1;
    return std::stoi(text.substr(open + 2));
}

template <typename Rule, typename Attribute>
bool parse_at(const std::string& text, std::size_t start, const Rule& rule, Attribute& attr) {
    const char* first = text.data() + start;
    const char* last = text.data() + text.size();
    return x3::phrase_parse(first, last, rule, x3::ascii::space, attr);
}

class Interpreter {
public:
    Interpreter(const std::vector<Mention>& mentions, const Abstracted& abs,
                const LexiconIndex& index, const std::set<std::string>& host_phrases,
                SentenceAnalysis& out)
        : mentions_(mentions), abs_(abs), index_(index), host_phrases_(host_phrases), out_(out) {}

    void clause(const ast::clause& c, std::size_t start, bool after_first) {
        std::vector<int> subjects;
        for (const auto& s : c.subjects)
            subjects.push_back(static_cast<int>(s.index));
        Modality previous = Modality::Reported;
        std::vector<int> previous_targets;
        std::vector<RelationMention*> made;
        std::size_t first_made = out_.relations.size();
        for (std::size_t p = 0; p < c.predicates.size(); ++p) {
            const auto& pred = c.predicates[p];
            Modality modality = modality_of(pred, p == 0 ? Modality::Reported : previous, p == 0);
            // "becoming the first foreign minister to visit": a report, not a plan.
            if (p == 0 && after_first && modality == Modality::Planned &&
                pred.auxiliaries.size() == 1 && pred.auxiliaries.front() == "to")
                modality = Modality::Reported;
            previous = modality;
            RelationMention r;
            r.agents = subjects;
            r.modality = modality;
            std::string trigger_phrase;
            if (pred.verb.kind == 'E' || pred.verb.kind == 'X') {
                r.property = "visited";
                trigger_phrase = pred.verb.kind == 'X' ? "expected in" : "tour ends in";
                r.anchor = anchor_byte(start);
            } else {
                const TriggerSlot& ts = abs_.triggers[pred.verb.index];
                const Trigger& t = index_.triggers_list[static_cast<std::size_t>(ts.trigger)];
                r.property = t.property == "signed" ? "signedWith" : t.property;
                trigger_phrase = t.phrase;
                r.anchor = ts.at;
            }
            r.rule = "clause: " + trigger_phrase;
            bool passive = pred.verb.kind == 'S';
            std::string inherited_prep;
            bool previous_apposed = false;
            for (std::size_t a = 0; a < pred.arguments.size(); ++a) {
                const auto& arg = pred.arguments[a];
                // "in the presence of A and B": B takes A's preposition.
                std::string prep =
                    arg.preposition.empty() && a > 0 ? inherited_prep : arg.preposition;
                inherited_prep = prep;
                for (std::size_t k = 0; k < arg.slots.size(); ++k) {
                    const auto& sl = arg.slots[k];
                    int m = static_cast<int>(sl.index);
                    const Mention& mention = mentions_[sl.index];
                    bool apposed =
                        a > 0 && arg.preposition.empty() && mention.type == MentionType::Role &&
                        (previous_apposed || last_was_named_person(pred.arguments[a - 1]));
                    previous_apposed = apposed;
                    if (apposed)
                        continue;
                    if (mention.type == MentionType::Pronoun &&
                        (mention.pronoun == "them" || mention.pronoun == "they") &&
                        !previous_targets.empty()) {
                        for (int t : previous_targets)
                            add_unique(r.targets, t);
                        continue;
                    }
                    classify(r, prep, sl.kind, m, passive, k > 0);
                }
            }
            // "X was accused by Y": Y is the one who accuses.
            if (passive && r.property == "accused" && !r.targets.empty())
                std::swap(r.agents, r.targets);
            if (r.property == "metWith" && r.targets.empty() && subjects.size() > 1)
                r.symmetric = true;
            if ((r.property == "laidWreathAt" || r.property == "deliveredSpeechAt") &&
                r.places.empty())
                r.place_from_context = true;
            if (r.property == "signedWith" && r.targets.empty() && subjects.size() > 1)
                r.symmetric = true;
            if ((pred.verb.kind == 'E' || pred.verb.kind == 'X') && !r.places.empty())
                r.anchor = mentions_[static_cast<std::size_t>(r.places.front())].span.begin;
            if (!r.targets.empty())
                previous_targets = r.targets;
            // "X hosted Y", "Y was received by X": Y visited X's country too.
            if (host_phrases_.count(trigger_phrase) && !r.targets.empty() &&
                r.modality != Modality::Negated) {
                RelationMention v;
                v.property = "visited";
                v.rule = "clause: " + trigger_phrase + " (the guest visits the host's country)";
                v.agents = passive ? r.agents : r.targets;
                v.hosts = passive ? r.targets : r.agents;
                v.places = r.places;
                v.modality = r.modality;
                v.anchor = r.anchor;
                out_.relations.push_back(std::move(v));
            }
            out_.relations.push_back(std::move(r));
        }
        // A wreath and a speech "at the cemetery" share the place named once.
        std::vector<int> shared_places;
        for (std::size_t k = first_made; k < out_.relations.size(); ++k)
            if (!out_.relations[k].places.empty())
                shared_places = out_.relations[k].places;
        for (std::size_t k = first_made; k < out_.relations.size(); ++k) {
            auto& r = out_.relations[k];
            if (r.place_from_context && !shared_places.empty()) {
                r.places = shared_places;
                r.place_from_context = false;
            }
        }
        // "the first defense secretary to visit Algeria since Donald Rumsfeld": he did too.
        // The visit "since" speaks of is the clause's last one, the nearest to it.
        if (!c.since.empty()) {
            for (std::size_t k = out_.relations.size(); k-- > first_made;) {
                if (out_.relations[k].property != "visited" || !out_.relations[k].hosts.empty())
                    continue;
                RelationMention r = out_.relations[k];
                r.agents.clear();
                for (const auto& s : c.since)
                    r.agents.push_back(static_cast<int>(s.index));
                r.modality = Modality::Reported;
                r.rule = "clause: first to visit since";
                r.anchor = since_anchor(c.since.front());
                out_.relations.push_back(std::move(r));
                break;
            }
        }
    }

    void first_since(const ast::first_since& f) {
        RelationMention r;
        r.property = "visited";
        r.rule = "first_since: visit";
        r.agents = {static_cast<int>(f.agent.index)};
        r.places = {static_cast<int>(f.place.index)};
        r.anchor = abs_.triggers[f.noun.index].at;
        out_.relations.push_back(r);
        r.agents = {static_cast<int>(f.since.index)};
        r.anchor = since_anchor(f.since);
        out_.relations.push_back(r);
    }

    void apposition(const ast::apposition& a) {
        const Mention& head = mentions_[a.head.index];
        if (head.type != MentionType::Person)
            return;
        PositionClaim claim;
        claim.person = static_cast<int>(a.head.index);
        for (const auto& r : a.roles)
            if (mentions_[r.index].type == MentionType::Role)
                claim.roles.push_back(static_cast<int>(r.index));
        if (!claim.roles.empty())
            out_.positions.push_back(claim);
    }

    void located(const ast::place_pair& p, bool capital) {
        int inner = static_cast<int>(capital ? p.second.index : p.first.index);
        int outer = static_cast<int>(capital ? p.first.index : p.second.index);
        auto ti = mentions_[static_cast<std::size_t>(inner)].type;
        auto to = mentions_[static_cast<std::size_t>(outer)].type;
        bool inner_ok = ti == MentionType::Site || ti == MentionType::City;
        bool outer_ok =
            to == MentionType::City || to == MentionType::Country || to == MentionType::Region;
        if (ti == MentionType::City && to == MentionType::City)
            outer_ok = false;
        if (inner_ok && outer_ok && inner != outer)
            out_.located.push_back({inner, outer});
    }

    // `owner`: the mention whose tour it is ("Okafor's tour included ..."), or -1 when the
    // document's protagonist is meant ("a tour that included ...").
    void itinerary(const std::vector<ast::slot>& places, std::size_t start, int owner) {
        for (const auto& p : places) {
            RelationMention r;
            r.property = "visited";
            r.rule = "itinerary: tour included";
            r.places = {static_cast<int>(p.index)};
            r.modality = Modality::Planned; // an undated leg is never reported as done
            r.tour_owner = owner < 0;
            if (owner >= 0)
                r.agents = {owner};
            r.anchor = anchor_byte(start);
            out_.relations.push_back(r);
        }
    }

private:
    const std::vector<Mention>& mentions_;
    const Abstracted& abs_;
    const LexiconIndex& index_;
    const std::set<std::string>& host_phrases_;
    SentenceAnalysis& out_;

    static void add_unique(std::vector<int>& v, int x) {
        if (std::find(v.begin(), v.end(), x) == v.end())
            v.push_back(x);
    }

    std::size_t anchor_byte(std::size_t abstract_pos) const {
        auto it = std::upper_bound(abs_.starts.begin(), abs_.starts.end(), abstract_pos);
        std::size_t k =
            it == abs_.starts.begin() ? 0 : static_cast<std::size_t>(it - abs_.starts.begin() - 1);
        return k < abs_.byte_offset.size() ? abs_.byte_offset[k] : 0;
    }

    std::size_t since_anchor(const ast::slot& s) const { return mentions_[s.index].span.begin; }

    bool last_was_named_person(const ast::argument& arg) const {
        return !arg.slots.empty() && mentions_[arg.slots.back().index].type == MentionType::Person;
    }

    Modality modality_of(const ast::predicate& pred, Modality inherited, bool first) const {
        bool planned = false, negated = false, first_to = false, any = !pred.auxiliaries.empty();
        for (const auto& aux : pred.auxiliaries) {
            if (aux.rfind("the first", 0) == 0) {
                first_to = true;
                continue;
            }
            auto space = aux.find(' ');
            std::string head = aux.substr(0, space);
            if (negation_words.count(head) || head == "refused" || head == "declined" ||
                head == "failed" || head == "unable")
                negated = true;
            else if (modal_words.count(head) || aux.ends_with(" to"))
                planned = true;
        }
        if (negated)
            return Modality::Negated;
        if (planned || pred.verb.kind == 'X')
            return Modality::Planned;
        if (first_to)
            return Modality::Reported;
        if (!any && !first)
            return inherited;
        if (pred.verb.kind == 'B' && !any)
            return first ? Modality::Planned : inherited;
        if (pred.verb.kind == 'I' && !first)
            return inherited;
        return Modality::Reported;
    }

    void classify(RelationMention& r, const std::string& prep, char kind, int m, bool passive,
                  bool chained) {
        bool place = kind == 'G' || kind == 'L';
        bool actor = kind == 'P' || kind == 'O' || kind == 'G';
        const std::string& p = r.property;
        if (p == "visited") {
            if (place && (prep.empty() || prep == "to" || prep == "in" || prep == "at" ||
                          prep == "into" || chained))
                add_place(r, m, chained);
        } else if (p == "metWith") {
            if (actor && kind != 'G' &&
                (prep.empty() || prep == "with" || prep == "including" ||
                 (passive && prep == "by")))
                add_unique(r.targets, m);
            else if (place && (prep == "in" || prep == "at"))
                add_unique(r.places, m); // "held talks with X in Addis Ababa"
        } else if (p == "signedWith") {
            if (kind == 'A' && r.agreement < 0)
                r.agreement = m;
            else if (actor && (prep == "with" || (passive && prep == "by")))
                add_unique(r.targets, m);
        } else if (p == "accused") {
            if (actor && (prep.empty() || (passive && prep == "by")))
                add_unique(r.targets, m);
        } else if (p == "laidWreathAt" || p == "deliveredSpeechAt") {
            if (place && (prep == "at" || prep == "in" || prep == "on" || prep == "to" || chained))
                add_place(r, m, chained);
        }
    }

    static void add_place(RelationMention& r, int m, bool chained) {
        (void)chained;
        add_unique(r.places, m);
    }
};

} // namespace

const char* modality_name(Modality modality) {
    switch (modality) {
    case Modality::Reported:
        return "reported";
    case Modality::Planned:
        return "planned";
    case Modality::Negated:
        return "negated";
    }
    return "?";
}

SentenceAnalysis analyze_sentence(std::string_view sentence, const LexiconIndex& index) {
    static thread_local const LexiconIndex* cached_for = nullptr;
    static thread_local std::map<std::string, std::vector<int>> trigger_forms;
    static thread_local std::set<std::string> host_phrases;
    if (cached_for != &index) {
        trigger_forms.clear();
        host_phrases.clear();
        for (std::size_t i = 0; i < index.triggers_list.size(); ++i) {
            trigger_forms[index.triggers_list[i].phrase].push_back(static_cast<int>(i));
            if (index.triggers_list[i].form == TriggerForm::Host)
                host_phrases.insert(index.triggers_list[i].phrase);
        }
        cached_for = &index;
    }
    SentenceAnalysis out;
    out.tokens = tokenize(sentence);
    out.mentions = find_mentions(sentence, out.tokens, index);
    out.times = find_time_expressions(sentence);
    std::vector<bool> in_parentheses = aside_tokens(out.tokens, false);
    for (auto& m : out.mentions)
        m.aside = in_parentheses[m.first_token];
    std::vector<bool> aside = aside_tokens(out.tokens, true);
    // A time inside a quotation dates what was said, not the event reported.
    std::vector<TimeExpression> times;
    for (const auto& te : out.times) {
        bool quoted = false;
        for (std::size_t t = 0; t < out.tokens.size(); ++t)
            if (out.tokens[t].begin == te.span.begin)
                quoted = aside[t];
        if (!quoted)
            times.push_back(te);
    }
    out.times = std::move(times);
    Abstracted abs =
        abstract_sentence(sentence, out.tokens, out.mentions, out.times, index, trigger_forms);
    out.abstracted = abs.text;
    Interpreter interpret(out.mentions, abs, index, host_phrases, out);
    std::set<unsigned> subject_done;
    for (std::size_t start : abs.starts) {
        const std::string& text = abs.text;
        char c0 = text[start];
        char kind = c0 == '[' && start + 1 < text.size() ? text[start + 1] : 0;
        bool actor = kind == 'P' || kind == 'O' || kind == 'G';
        bool place = kind == 'G' || kind == 'L';
        if (actor) {
            ast::first_since fs;
            if (parse_at(text, start, grammar::first_since_rule(), fs)) {
                interpret.first_since(fs);
            } else {
                ast::clause c;
                unsigned index_here = static_cast<unsigned>(std::stoul(text.substr(start + 2)));
                if (!subject_done.count(index_here) &&
                    parse_at(text, start, grammar::clause_rule(), c)) {
                    for (const auto& s : c.subjects)
                        subject_done.insert(s.index);
                    // Nor does a slot between the subject and its verb ("Varga, who arrived in
                    // Kenya, met Okafor": Kenya meets no one).
                    if (!c.predicates.empty()) {
                        const auto& verb = c.predicates.front().verb;
                        std::string marker =
                            "[" + std::string(1, verb.kind) + std::to_string(verb.index) + "]";
                        // "expected in" and "tour ends in" have no slot of their own: then
                        // nothing lies between the subject and a verb.
                        std::size_t verb_at =
                            verb.kind == 'E' || verb.kind == 'X' ? start : text.find(marker, start);
                        for (std::size_t k = text.find('[', start + 1);
                             k < verb_at && k != std::string::npos; k = text.find('[', k + 1))
                            if (text[k + 1] != 'V' && text[k + 1] != 'B' && text[k + 1] != 'I' &&
                                text[k + 1] != 'S' && text[k + 1] != 'N')
                                subject_done.insert(
                                    static_cast<unsigned>(std::stoul(text.substr(k + 2))));
                    }
                    // The object of a clause does not start another one ("met with Varga,
                    // accusing Sudan": Varga accuses no one).
                    for (const auto& p : c.predicates)
                        for (const auto& a : p.arguments)
                            for (const auto& sl : a.slots)
                                subject_done.insert(sl.index);
                    bool after_first = start >= 6 && text.compare(start - 6, 6, "first ") == 0;
                    interpret.clause(c, start, after_first);
                }
            }
            ast::apposition ap;
            if (kind == 'P' && parse_at(text, start, grammar::apposition_rule(), ap))
                interpret.apposition(ap);
        }
        if (place) {
            ast::place_pair pp;
            if (parse_at(text, start, grammar::located_rule(), pp))
                interpret.located(pp, false);
            ast::place_pair cap;
            if (parse_at(text, start, grammar::capital_rule(), cap))
                interpret.located(cap, true);
        }
        if (place || kind == 'N' || text.compare(start, 4, "tour") == 0 ||
            text.compare(start, 4, "trip") == 0) {
            std::vector<ast::slot> legs;
            if (parse_at(text, start, grammar::itinerary_rule(), legs))
                interpret.itinerary(legs, start, tour_owner_before(text, start));
        }
    }
    // Each relation takes the time expression nearest its trigger, on the same side of
    // any "since" (which dates only the earlier event).
    for (auto& r : out.relations) {
        if (r.tour_owner)
            continue; // an itinerary names no date for its legs
        std::size_t best = SIZE_MAX;
        std::size_t since_at = std::string_view::npos;
        for (const auto& tok : out.tokens)
            if (lower(tok.text) == "since")
                since_at = tok.begin;
        for (std::size_t k = 0; k < out.times.size(); ++k) {
            const auto& te = out.times[k];
            bool te_after_since = since_at != std::string_view::npos && te.span.begin > since_at;
            bool r_after_since = since_at != std::string_view::npos && r.anchor > since_at;
            if (te_after_since != r_after_since)
                continue;
            std::size_t d =
                te.span.begin > r.anchor ? te.span.begin - r.anchor : r.anchor - te.span.begin;
            if (d < best) {
                best = d;
                r.time = static_cast<int>(k);
            }
        }
    }
    return out;
}

} // namespace geokg
