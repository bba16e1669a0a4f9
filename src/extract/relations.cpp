// The one file that calls the relation grammar: it abstracts a sentence into slots, runs
// the grammar's rules at each slot, and turns the parses into relation mentions. How a
// trigger's arguments are read (direct object, prepositions of place and counterpart,
// domain and range) comes from the relation property in the ontology.
#include "extract/relations.hpp"

#include "grammars/config.hpp"
#include "grammars/relation.hpp"

#include <algorithm>
#include <set>

namespace geokg {
namespace {

namespace x3 = boost::spirit::x3;
namespace ast = grammar::relation_ast;

struct TriggerSlot {
    int trigger = -1;   // index into LexiconIndex::triggers_list
    std::size_t at = 0; // byte offset in the sentence
};

// A word or slot of the abstracted sentence.
struct AbstractToken {
    std::size_t start = 0; // in Abstracted::text
    std::size_t byte = 0;  // its byte offset in the sentence
    char kind = 0;         // the slot's kind letter, 0 for a plain word
    int index = -1;        // the slot's mention or trigger index
};

struct Abstracted {
    std::string text;
    std::vector<AbstractToken> tokens;
    std::vector<TriggerSlot> triggers;

    const AbstractToken* token_at(std::size_t start) const {
        auto it =
            std::lower_bound(tokens.begin(), tokens.end(), start,
                             [](const AbstractToken& t, std::size_t s) { return t.start < s; });
        return it != tokens.end() && it->start == start ? &*it : nullptr;
    }
};

bool is_verb_kind(char kind) {
    return kind == 'V' || kind == 'B' || kind == 'I' || kind == 'S' || kind == 'N';
}

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

// The entity class a mention of this type stands for, as a counterpart or a place.
EntityClass entity_class_of(MentionType type) {
    switch (type) {
    case MentionType::Person:
    case MentionType::Role:
    case MentionType::Pronoun:
        return EntityClass::Person;
    case MentionType::Organization:
        return EntityClass::Organization;
    case MentionType::Country:
    case MentionType::Demonym:
        return EntityClass::Country;
    case MentionType::City:
        return EntityClass::City;
    case MentionType::Region:
        return EntityClass::Region;
    case MentionType::Site:
        return EntityClass::Site;
    case MentionType::Agreement:
        return EntityClass::Agreement;
    }
    return EntityClass::Person;
}

char form_letter(TriggerForm form) {
    switch (form) {
    case TriggerForm::Base:
        return 'B';
    case TriggerForm::Participle:
        return 'I';
    case TriggerForm::Passive:
        return 'S';
    case TriggerForm::Noun:
        return 'N';
    case TriggerForm::Past:
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
            if (index.trigger(c).form == f)
                return c;
        return -1;
    };
    const WordClassIndex& words = index.words;
    int chosen = -1;
    if (previous == "'s" || words.has(WordClass::Determiner, previous) ||
        words.has(WordClass::NounModifier, previous))
        chosen = find(TriggerForm::Noun);
    if (chosen < 0 &&
        (words.has(WordClass::PlanMarker, previous) || words.has(WordClass::Negation, previous) ||
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

// Builds the abstracted sentence the grammar reads: mentions and triggers become slots,
// time expressions and asides disappear, other words are folded to lower case.
class Abstractor {
public:
    Abstractor(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
               const std::vector<TimeExpression>& times, const LexiconIndex& index)
        : tokens_(tokens), mentions_(mentions), index_(index), keys_(token_keys(tokens)),
          mention_at_(tokens.size(), -1), in_time_(tokens.size(), false) {
        for (std::size_t m = 0; m < mentions.size(); ++m)
            for (std::size_t t = mentions[m].first_token; t < mentions[m].last_token; ++t)
                mention_at_[t] = static_cast<int>(m);
        for (const auto& te : times)
            for (std::size_t t = 0; t < tokens.size(); ++t)
                if (tokens[t].begin >= te.span.begin && tokens[t].end <= te.span.end)
                    in_time_[t] = true;
        headline_ = is_headline();
    }

    Abstracted run() {
        std::size_t i = 0;
        while (i < tokens_.size())
            i = step(i);
        for (std::size_t k = 0; k < words_.size(); ++k) {
            if (!out_.text.empty())
                out_.text += ' ';
            out_.tokens[k].start = out_.text.size();
            out_.text += words_[k];
        }
        return std::move(out_);
    }

private:
    const std::vector<Token>& tokens_;
    const std::vector<Mention>& mentions_;
    const LexiconIndex& index_;
    TokenKeys keys_;
    std::vector<int> mention_at_;
    std::vector<bool> in_time_;
    bool headline_ = false;
    int depth_ = 0;
    std::vector<std::string> words_;
    Abstracted out_;

    // A headline capitalizes most of its words.
    bool is_headline() const {
        std::size_t word_count = 0, capitalized = 0;
        for (const auto& t : tokens_)
            if (t.word) {
                ++word_count;
                capitalized += t.capitalized ? 1 : 0;
            }
        return word_count >= 3 && 10 * capitalized >= 7 * word_count;
    }

    void emit(std::string word, std::size_t at, char kind = 0, int index = -1) {
        words_.push_back(std::move(word));
        out_.tokens.push_back({0, at, kind, index});
    }

    void emit_slot(char kind, int index, std::size_t at) {
        std::string slot = "[";
        slot += kind;
        slot += std::to_string(index);
        slot += ']';
        emit(std::move(slot), at, kind, index);
    }

    // Abstracts the token at i; returns the index of the next token to read.
    std::size_t step(std::size_t i) {
        const std::string& folded = keys_.exact[i];
        if (folded == "(" || folded == "[") {
            ++depth_;
            return i + 1;
        }
        if (folded == ")" || folded == "]") {
            depth_ = std::max(0, depth_ - 1);
            return i + 1;
        }
        if (depth_ > 0 || folded == "\"" || folded == "'" || folded == "`")
            return i + 1;
        if (std::size_t skip = relative_time(i))
            return i + skip;
        if (in_time_[i])
            return skip_time(i);
        if (mention_at_[i] >= 0) {
            const int m = mention_at_[i];
            const Mention& mention = mentions_[static_cast<std::size_t>(m)];
            emit_slot(kind_of(mention.type), m, tokens_[i].begin);
            return mention.last_token;
        }
        if (std::size_t length = trigger_at(i))
            return i + length;
        emit(plain_word(i), tokens_[i].begin);
        return i + 1;
    }

    // "last week", "this month": times that fix no date; their length in tokens, or 0.
    std::size_t relative_time(std::size_t i) const {
        const WordClassIndex& words = index_.words;
        if (words.has(WordClass::RelativeTimeShift, keys_.folded[i]) && i + 1 < tokens_.size() &&
            words.has(WordClass::RelativeTimeUnit, keys_.folded[i + 1]) && mention_at_[i] < 0)
            return 2;
        return 0;
    }

    // A time expression leaves the clause, with the preposition that introduced it.
    std::size_t skip_time(std::size_t i) {
        while (!words_.empty() && out_.tokens.back().kind == 0 &&
               index_.words.has(WordClass::TimePreposition, words_.back())) {
            words_.pop_back();
            out_.tokens.pop_back();
        }
        while (i < tokens_.size() && in_time_[i])
            ++i;
        return i;
    }

    // A trigger at i becomes a slot of its form; its length in tokens, or 0 when none.
    std::size_t trigger_at(std::size_t i) {
        const auto match = index_.triggers.longest(keys_, i);
        if (!match)
            return 0;
        // Trigger words are lower case, but for the first word of a sentence and in a
        // headline: "Warrior Met Coal" names a mine; "Tunisia & US Sign Roadmap" signs.
        bool clear = !tokens_[i].capitalized || i == 0 || headline_;
        for (std::size_t k = i; k < i + match->length; ++k)
            clear = clear && mention_at_[k] < 0 && !in_time_[k];
        if (!clear)
            return 0;
        const std::string& phrase = index_.trigger(match->value).phrase;
        const auto forms = index_.trigger_forms.find(phrase);
        const std::string previous =
            words_.empty() || out_.tokens.back().kind != 0 ? std::string() : words_.back();
        const int chosen = forms == index_.trigger_forms.end()
                               ? match->value
                               : choose_form(index_, forms->second, previous);
        out_.triggers.push_back({chosen, tokens_[i].begin});
        emit_slot(form_letter(index_.trigger(chosen).form),
                  static_cast<int>(out_.triggers.size() - 1), tokens_[i].begin);
        return match->length;
    }

    std::string plain_word(std::size_t i) const {
        std::string word = keys_.folded[i];
        // Bullets and other non-ASCII marks separate list items.
        if (!tokens_[i].word && static_cast<unsigned char>(word[0]) >= 0x80)
            return ",";
        for (auto& c : word)
            if (static_cast<unsigned char>(c) >= 0x80 || c == '[' || c == ']')
                c = '~';
        if (word == "-" || word == ";" || word == ":")
            return ",";
        if (word == "&")
            return "and";
        return word;
    }
};

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

template <typename Rule, typename Attribute>
bool parse_at(const std::string& text, std::size_t start, const Rule& rule,
              const WordClassIndex& words, Attribute& attr) {
    const char* first = text.data() + start;
    const char* last = text.data() + text.size();
    return x3::phrase_parse(first, last, x3::with<grammar::word_classes_tag>(words)[rule],
                            x3::ascii::space, attr);
}

class Interpreter {
public:
    Interpreter(const std::vector<Mention>& mentions, const Abstracted& abs,
                const LexiconIndex& index, SentenceAnalysis& out)
        : mentions_(mentions), abs_(abs), index_(index), out_(out) {}

    void clause(const ast::clause& c, std::size_t start, bool after_first) {
        std::vector<int> subjects;
        for (const auto& s : c.subjects)
            subjects.push_back(static_cast<int>(s.index));
        Modality previous = Modality::Reported;
        std::vector<int> previous_targets;
        std::size_t first_made = out_.relations.size();
        for (std::size_t p = 0; p < c.predicates.size(); ++p) {
            const auto& pred = c.predicates[p];
            Modality modality = modality_of(pred, p == 0 ? Modality::Reported : previous, p == 0);
            // "becoming the first foreign minister to visit": a report, not a plan.
            if (p == 0 && after_first && modality == Modality::Planned &&
                pred.auxiliaries.size() == 1 && pred.auxiliaries.front() == "to")
                modality = Modality::Reported;
            previous = modality;
            predicate(pred, subjects, modality, start, previous_targets);
        }
        share_places(first_made);
        visit_since(c, first_made);
    }

    void first_since(const ast::first_since& f) {
        RelationMention r = visit("first_since: visit");
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
            RelationMention r = visit("itinerary: tour included");
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
    SentenceAnalysis& out_;

    static void add_unique(std::vector<int>& v, int x) {
        if (std::find(v.begin(), v.end(), x) == v.end())
            v.push_back(x);
    }

    // A visit with no trigger of its own ("is expected in", a tour's legs).
    RelationMention visit(std::string rule) const {
        RelationMention r;
        r.kind = EventKind::Visit;
        r.relation = index_.trigger_relation[static_cast<std::size_t>(EventKind::Visit)];
        r.rule = std::move(rule);
        return r;
    }

    void predicate(const ast::predicate& pred, const std::vector<int>& subjects, Modality modality,
                   std::size_t start, std::vector<int>& previous_targets) {
        const bool no_trigger = pred.verb.kind == 'E' || pred.verb.kind == 'X';
        RelationMention r;
        std::string trigger_phrase;
        if (no_trigger) {
            trigger_phrase = pred.verb.kind == 'X' ? "expected in" : "tour ends in";
            r = visit("clause: " + trigger_phrase);
            r.anchor = anchor_byte(start);
        } else {
            const TriggerSlot& ts = abs_.triggers[pred.verb.index];
            const Trigger& t = index_.trigger(ts.trigger);
            trigger_phrase = t.phrase;
            r.relation = t.relation;
            r.kind = index_.lexicon.relation(t.relation).kind;
            r.rule = "clause: " + trigger_phrase;
            r.anchor = ts.at;
        }
        if (r.relation < 0)
            return; // the ontology has no visit relation
        r.agents = subjects;
        r.modality = modality;
        const bool passive = pred.verb.kind == 'S';
        arguments(r, pred, passive, previous_targets);
        const Relation& relation = index_.lexicon.relation(r.relation);
        // "X was accused by Y": Y is the one who accuses (a symmetric relation is the same
        // both ways).
        if (passive && !relation.symmetric && !r.targets.empty())
            std::swap(r.agents, r.targets);
        if (relation.joint_subjects && r.targets.empty() && subjects.size() > 1)
            r.symmetric = true;
        if (relation.place_from_context && r.places.empty())
            r.place_from_context = true;
        if (no_trigger && !r.places.empty())
            r.anchor = mentions_[static_cast<std::size_t>(r.places.front())].span.begin;
        if (!r.targets.empty())
            previous_targets = r.targets;
        host_visit(r, trigger_phrase, passive);
        out_.relations.push_back(std::move(r));
    }

    // The arguments of a predicate, each slot read as a place, a counterpart or an agreement.
    void arguments(RelationMention& r, const ast::predicate& pred, bool passive,
                   const std::vector<int>& previous_targets) {
        std::string inherited_prep;
        bool previous_apposed = false;
        for (std::size_t a = 0; a < pred.arguments.size(); ++a) {
            const auto& arg = pred.arguments[a];
            // "in the presence of A and B": B takes A's preposition.
            std::string prep = arg.preposition.empty() && a > 0 ? inherited_prep : arg.preposition;
            inherited_prep = prep;
            for (std::size_t k = 0; k < arg.slots.size(); ++k) {
                const int m = static_cast<int>(arg.slots[k].index);
                const Mention& mention = mentions_[arg.slots[k].index];
                // "met Okafor and her counterpart, Defence Minister ...": no second person.
                bool apposed = a > 0 && arg.preposition.empty() &&
                               mention.type == MentionType::Role &&
                               (previous_apposed || last_was_named_person(pred.arguments[a - 1]));
                previous_apposed = apposed;
                if (apposed)
                    continue;
                if (mention.type == MentionType::Pronoun &&
                    index_.words.has(WordClass::PluralPronoun, mention.pronoun) &&
                    !previous_targets.empty()) {
                    for (int t : previous_targets)
                        add_unique(r.targets, t);
                    continue;
                }
                classify(r, prep, arg.slots[k].kind, m, passive, k > 0);
            }
        }
    }

    // "X hosted Y", "Y was received by X": Y visited X's country too.
    void host_visit(const RelationMention& r, const std::string& trigger_phrase, bool passive) {
        if (!index_.host_phrases.count(trigger_phrase) || r.targets.empty() ||
            r.modality == Modality::Negated)
            return;
        RelationMention v =
            visit("clause: " + trigger_phrase + " (the guest visits the host's country)");
        for (int t : index_.trigger_forms.find(trigger_phrase)->second)
            if (index_.trigger(t).form == TriggerForm::Host)
                v.relation = index_.trigger(t).relation;
        v.kind = index_.lexicon.relation(v.relation).kind;
        v.agents = passive ? r.agents : r.targets;
        v.hosts = passive ? r.targets : r.agents;
        v.places = r.places;
        v.modality = r.modality;
        v.anchor = r.anchor;
        out_.relations.push_back(std::move(v));
    }

    // A wreath and a speech "at the cemetery" share the place named once.
    void share_places(std::size_t first_made) {
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
    }

    // "the first defense secretary to visit Algeria since Donald Rumsfeld": he did too.
    // The visit "since" speaks of is the clause's last one, the nearest to it.
    void visit_since(const ast::clause& c, std::size_t first_made) {
        if (c.since.empty())
            return;
        for (std::size_t k = out_.relations.size(); k-- > first_made;) {
            if (out_.relations[k].kind != EventKind::Visit || !out_.relations[k].hosts.empty())
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

    std::size_t anchor_byte(std::size_t abstract_pos) const {
        auto it =
            std::upper_bound(abs_.tokens.begin(), abs_.tokens.end(), abstract_pos,
                             [](std::size_t pos, const AbstractToken& t) { return pos < t.start; });
        return it == abs_.tokens.begin() ? 0 : std::prev(it)->byte;
    }

    std::size_t since_anchor(const ast::slot& s) const { return mentions_[s.index].span.begin; }

    bool last_was_named_person(const ast::argument& arg) const {
        return !arg.slots.empty() && mentions_[arg.slots.back().index].type == MentionType::Person;
    }

    Modality modality_of(const ast::predicate& pred, Modality inherited, bool first) const {
        bool planned = false, negated = false, first_to = false, any = !pred.auxiliaries.empty();
        const WordClassIndex& words = index_.words;
        for (const auto& aux : pred.auxiliaries) {
            if (aux.rfind("the first", 0) == 0) {
                first_to = true;
                continue;
            }
            const std::string head = aux.substr(0, aux.find(' '));
            if (words.has(WordClass::Negation, head) || words.has(WordClass::Refusal, head))
                negated = true;
            else if (words.has(WordClass::PlanMarker, head) || aux.ends_with(" to"))
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

    static bool listed(const std::vector<std::string>& prepositions, const std::string& prep) {
        return std::find(prepositions.begin(), prepositions.end(), prep) != prepositions.end();
    }

    // One argument slot: its role follows from the relation's direct object, its place and
    // counterpart prepositions and its range; in the passive "by" names the counterpart.
    void classify(RelationMention& r, const std::string& prep, char kind, int m, bool passive,
                  bool chained) const {
        const Relation& relation = index_.lexicon.relation(r.relation);
        const MentionType type = mentions_[static_cast<std::size_t>(m)].type;
        const bool direct = prep.empty();
        const auto role = relation.direct_object;
        if (kind == 'A') {
            if (role == EventRole::Agreement && r.agreement < 0)
                r.agreement = m;
            return;
        }
        const bool place = kind == 'G' || kind == 'L';
        const bool actor = kind == 'P' || kind == 'O' || kind == 'G';
        const bool place_slot = (direct && role == EventRole::Place) || chained ||
                                listed(relation.place_prepositions, prep);
        const bool counterpart_slot = (direct && role == EventRole::Counterpart) ||
                                      listed(relation.counterpart_prepositions, prep) ||
                                      (passive && prep == "by");
        const bool has_counterparts =
            std::count(relation.object_roles.begin(), relation.object_roles.end(),
                       EventRole::Counterpart) > 0;
        if (actor && counterpart_slot && has_counterparts &&
            relation.range.contains(entity_class_of(type)))
            add_unique(r.targets, m);
        else if (place && place_slot)
            add_unique(r.places, m);
    }
};

// Runs every rule of the grammar at every slot of the abstracted sentence.
class RuleRunner {
public:
    RuleRunner(const Abstracted& abs, const LexiconIndex& index, Interpreter& interpret)
        : abs_(abs), index_(index), interpret_(interpret) {}

    void run() {
        for (const AbstractToken& token : abs_.tokens) {
            const bool actor = token.kind == 'P' || token.kind == 'O' || token.kind == 'G';
            const bool place = token.kind == 'G' || token.kind == 'L';
            if (actor)
                actor_rules(token);
            if (place)
                place_rules(token.start);
            if (place || token.kind == 'N' || opens_tour(token))
                itinerary(token);
        }
    }

private:
    const Abstracted& abs_;
    const LexiconIndex& index_;
    Interpreter& interpret_;
    std::set<int> subject_done_; // mentions that may not start another clause

    template <typename Rule, typename Attribute>
    bool parse(std::size_t start, const Rule& rule, Attribute& attr) const {
        return parse_at(abs_.text, start, rule, index_.words, attr);
    }

    bool opens_tour(const AbstractToken& token) const {
        if (token.kind != 0)
            return false;
        const std::size_t end = std::min(abs_.text.find(' ', token.start), abs_.text.size());
        return index_.words.has(WordClass::TourNoun,
                                std::string_view(abs_.text).substr(token.start, end - token.start));
    }

    void actor_rules(const AbstractToken& token) {
        ast::first_since fs;
        if (parse(token.start, grammar::first_since_rule(), fs)) {
            interpret_.first_since(fs);
        } else if (!subject_done_.count(token.index)) {
            ast::clause c;
            if (parse(token.start, grammar::clause_rule(), c))
                clause(token, c);
        }
        ast::apposition ap;
        if (token.kind == 'P' && parse(token.start, grammar::apposition_rule(), ap))
            interpret_.apposition(ap);
    }

    void clause(const AbstractToken& token, const ast::clause& c) {
        for (const auto& s : c.subjects)
            subject_done_.insert(static_cast<int>(s.index));
        // Nor does a slot between the subject and its verb ("Varga, who arrived in Kenya,
        // met Okafor": Kenya meets no one). "expected in" and "tour ends in" have no slot of
        // their own: then nothing lies between.
        if (!c.predicates.empty()) {
            const auto& verb = c.predicates.front().verb;
            const bool has_slot = verb.kind != 'E' && verb.kind != 'X';
            for (const AbstractToken* t = &token + 1;
                 has_slot && t < abs_.tokens.data() + abs_.tokens.size(); ++t) {
                if (t->kind == verb.kind && t->index == static_cast<int>(verb.index))
                    break;
                if (t->kind != 0 && !is_verb_kind(t->kind))
                    subject_done_.insert(t->index);
            }
        }
        // The object of a clause does not start another one ("met with Varga, accusing
        // Sudan": Varga accuses no one).
        for (const auto& p : c.predicates)
            for (const auto& a : p.arguments)
                for (const auto& sl : a.slots)
                    subject_done_.insert(static_cast<int>(sl.index));
        const AbstractToken* before = &token == abs_.tokens.data() ? nullptr : &token - 1;
        const bool after_first =
            before && before->kind == 0 &&
            abs_.text.compare(before->start, token.start - 1 - before->start, "first") == 0;
        interpret_.clause(c, token.start, after_first);
    }

    void place_rules(std::size_t start) {
        ast::place_pair pp;
        if (parse(start, grammar::located_rule(), pp))
            interpret_.located(pp, false);
        ast::place_pair cap;
        if (parse(start, grammar::capital_rule(), cap))
            interpret_.located(cap, true);
    }

    void itinerary(const AbstractToken& token) {
        std::vector<ast::slot> legs;
        if (parse(token.start, grammar::itinerary_rule(), legs))
            interpret_.itinerary(legs, token.start, tour_owner_before(token));
    }

    // The person slot of a possessive just before the token: "[P0] 's (regional) tour".
    int tour_owner_before(const AbstractToken& token) const {
        for (const AbstractToken* t = &token; t-- > abs_.tokens.data();) {
            if (token.start - t->start > 30)
                return -1;
            if (t->kind == 0 && abs_.text.compare(t->start, 3, "'s ") == 0) {
                const AbstractToken* owner = t == abs_.tokens.data() ? nullptr : t - 1;
                return owner && owner->kind == 'P' ? owner->index : -1;
            }
        }
        return -1;
    }
};

// A time inside a quotation dates what was said, not the event reported.
std::vector<TimeExpression> unquoted_times(const std::vector<TimeExpression>& times,
                                           const std::vector<Token>& tokens) {
    const std::vector<bool> aside = aside_tokens(tokens, true);
    std::vector<TimeExpression> kept;
    for (const auto& te : times) {
        bool quoted = false;
        for (std::size_t t = 0; t < tokens.size(); ++t)
            if (tokens[t].begin == te.span.begin)
                quoted = aside[t];
        if (!quoted)
            kept.push_back(te);
    }
    return kept;
}

// Each relation takes the time expression nearest its trigger, on the same side of any
// "since" (which dates only the earlier event).
void attach_times(SentenceAnalysis& out) {
    std::size_t since_at = std::string_view::npos;
    for (const auto& tok : out.tokens)
        if (lower(tok.text) == "since")
            since_at = tok.begin;
    for (auto& r : out.relations) {
        if (r.tour_owner)
            continue; // an itinerary names no date for its legs
        std::size_t best = SIZE_MAX;
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
}

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
    SentenceAnalysis out;
    out.tokens = tokenize(sentence);
    out.mentions = find_mentions(sentence, out.tokens, index);
    const std::vector<bool> in_parentheses = aside_tokens(out.tokens, false);
    for (auto& m : out.mentions)
        m.aside = in_parentheses[m.first_token];
    out.times = unquoted_times(find_time_expressions(sentence, index.words), out.tokens);
    const Abstracted abs = Abstractor(out.tokens, out.mentions, out.times, index).run();
    out.abstracted = abs.text;
    Interpreter interpret(out.mentions, abs, index, out);
    RuleRunner(abs, index, interpret).run();
    attach_times(out);
    return out;
}

} // namespace geokg
