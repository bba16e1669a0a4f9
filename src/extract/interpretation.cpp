#include "extract/interpretation.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace geokg {
namespace {

namespace ast = grammar::relation_ast;

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

} // namespace

class Interpreter::Reader {
public:
    Reader(const std::vector<Mention>& mentions, const Abstracted& abs, const LexiconIndex& index,
           SentenceAnalysis& out)
        : mentions_(mentions), abs_(abs), index_(index), out_(out) {}

    void clause(const ast::clause& c, std::size_t start, bool after_first) {
        std::vector<int> subjects;
        for (const auto& s : c.subjects)
            subjects.push_back(named_by_apposition(s));
        Modality previous = Modality::Reported;
        std::vector<int> previous_targets;
        std::size_t first_made = out_.relations.size();
        for (std::size_t p = 0; p < c.predicates.size(); ++p) {
            const auto& pred = c.predicates[p];
            Modality modality = modality_of(pred, p == 0 ? Modality::Reported : previous, p == 0);
            // "I condemn the attack": the speaker's present is what he does now.
            if (p == 0 && modality == Modality::Planned && pred.verb.kind == 'B' &&
                first_person(subjects) &&
                std::ranges::all_of(pred.auxiliaries, [&](const std::string& a) {
                    return index_.words.has(WordClass::ClauseAdverb, a);
                }))
                modality = Modality::Reported;
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

    bool first_person(const std::vector<int>& subjects) const {
        return !subjects.empty() && std::ranges::all_of(subjects, [&](int m) {
            return mentions_[static_cast<std::size_t>(m)].first_person;
        });
    }

    // "India's Border Security Force (BSF), Rakesh Bhandari, led ...": an organization subject
    // that a person's name follows between commas is that person's title; he is the subject.
    int named_by_apposition(const ast::slot& s) const {
        const int m = static_cast<int>(s.index);
        if (s.kind != 'O')
            return m;
        const auto& t = abs_.tokens;
        for (std::size_t k = 0; k + 3 < t.size(); ++k)
            if (t[k].kind == 'O' && t[k].index == m) {
                if (t[k + 1].kind == 0 && word_at(t[k + 1]) == "," && t[k + 2].kind == 'P' &&
                    t[k + 3].kind == 0 && word_at(t[k + 3]) == "," &&
                    mentions_[static_cast<std::size_t>(t[k + 2].index)].type == MentionType::Person)
                    return t[k + 2].index;
                break;
            }
        return m;
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
        // The list ends at the next person, whose titles follow: "X, Minister of Health, Y,
        // Foreign Minister of Z".
        for (const auto& r : a.roles) {
            if (mentions_[r.index].type == MentionType::Person)
                break;
            if (mentions_[r.index].type == MentionType::Role)
                claim.roles.push_back(static_cast<int>(r.index));
        }
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

    // The predicate before the clause shares its subject, and its modality follows the
    // clause's ("After meeting X, Kerr will fly to Y": planned too).
    void fronted(const ast::fronted& f, std::size_t start) {
        ast::clause c = f.main;
        c.predicates.push_back(f.first);
        clause(c, start, false);
    }

    // "Kerr's two-day visit to Ghana": the possessor's event.
    void np_event(const ast::np_event& e, std::size_t start) {
        if (e.arguments.empty())
            return; // "Kerr's visit is the first ...": first_since's, or nothing to say
        ast::clause c;
        c.subjects = e.agents;
        c.predicates.push_back(ast::predicate{{}, e.noun, e.arguments});
        const std::size_t first = out_.relations.size();
        clause(c, start, false);
        nominal_modality(first, last_slot(e.arguments, e.noun), &e.noun);
    }

    // "the meeting between A and B", "the signing of the accord by A and B": the parties
    // acted together.
    void np_parties(const ast::np_parties& p) {
        RelationMention r = from_trigger(p.noun);
        if (r.relation < 0)
            return;
        for (const auto& party : p.parties)
            add_unique(r.agents, static_cast<int>(party.index));
        if (!p.objects.empty() &&
            index_.lexicon.relation(r.relation).direct_object == EventRole::Agreement)
            r.agreement = static_cast<int>(p.objects.front().index);
        arguments(r, ast::predicate{{}, p.noun, p.arguments}, false, {});
        r.symmetric = r.agents.size() > 1 && r.targets.empty();
        r.rule = "np_parties: " + r.rule;
        out_.relations.push_back(std::move(r));
        ast::slot last = last_slot(p.arguments, p.parties.empty() ? p.noun : p.parties.back());
        nominal_modality(out_.relations.size() - 1, last, &p.noun);
    }

    // "The accord was signed between A and B", "... was signed in Mendoza by A and B": the
    // by- and between-phrases name who signed; only for a relation whose object is an
    // agreement.
    // "X was accompanied by Y and Z": the people slots after the first travelled with it.
    void companions(const std::vector<ast::slot>& slots) {
        if (slots.size() < 2)
            return;
        Companions c;
        c.leader = static_cast<int>(slots.front().index);
        for (std::size_t k = 1; k < slots.size(); ++k)
            if (slots[k].kind == 'P')
                add_unique(c.companions, static_cast<int>(slots[k].index));
        if (!c.companions.empty())
            out_.companions.push_back(std::move(c));
    }

    void agreement_passive(const ast::agreement_passive& a) {
        if (a.pred.verb.kind == 'E' || a.pred.verb.kind == 'X' || a.pred.verb.kind == 'U')
            return;
        RelationMention r = from_trigger(a.pred.verb);
        if (r.relation < 0 ||
            index_.lexicon.relation(r.relation).direct_object != EventRole::Agreement)
            return;
        r.agreement = static_cast<int>(a.agreement.index);
        r.modality = modality_of(a.pred, Modality::Reported, true);
        std::string prep;
        for (const auto& arg : a.pred.arguments) {
            // "between Kenya and Ethiopia": Ethiopia takes Kenya's preposition.
            prep = arg.preposition.empty() ? prep : arg.preposition;
            for (const auto& sl : arg.slots) {
                const bool actor = sl.kind == 'P' || sl.kind == 'O' || sl.kind == 'G';
                if (actor && (prep == "by" || prep == "between"))
                    add_unique(r.agents, static_cast<int>(sl.index));
                else
                    classify(r, prep, sl.kind, static_cast<int>(sl.index), false, false);
            }
        }
        if (r.agents.empty())
            return;
        r.symmetric = r.agents.size() > 1 && r.targets.empty();
        r.rule = "agreement passive: " + r.rule;
        out_.relations.push_back(std::move(r));
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

    // A relation from its trigger slot, before its arguments are read.
    RelationMention from_trigger(const ast::slot& verb) const {
        RelationMention r;
        const TriggerSlot& ts = abs_.triggers[verb.index];
        const Trigger& t = index_.trigger(ts.trigger);
        r.relation = t.relation;
        r.kind = index_.lexicon.relation(t.relation).kind;
        r.rule = t.phrase;
        r.anchor = ts.at;
        return r;
    }

    // An event named by a noun is reported when the verb after it is in the past ("Kerr's
    // visit to Ghana ended on Tuesday", "the meeting between A and B was held in Rome") and
    // the sentence speaks of no plan; planned otherwise ("Kerr's visit to Morocco comes a
    // week after ...", "Kerr's upcoming visit").
    void nominal_modality(std::size_t first, const ast::slot& last,
                          const ast::slot* noun = nullptr) {
        bool plan = false, past = noun && governed_by_past(*noun);
        bool after = false, verb_seen = false;
        for (const AbstractToken& t : abs_.tokens) {
            if (t.kind == last.kind && t.index == static_cast<int>(last.index)) {
                after = true;
                continue;
            }
            const std::string_view word = word_at(t);
            if (after && !verb_seen) {
                verb_seen = t.kind != 0 || index_.words.has(WordClass::PastMarker, word) ||
                            word.ends_with("ed") || word.ends_with("s");
                past = past || t.kind == 'V' || t.kind == 'S' || past_form(word);
            }
            // "to" marks plans only before a verb; here it is the noun's preposition.
            for (WordClass c : {WordClass::PlanMarker, WordClass::Intention, WordClass::Expectation,
                                WordClass::PlanModifier})
                plan = plan || (t.kind == 0 && index_.words.has(c, word) && word != "to");
        }
        for (std::size_t k = first; k < out_.relations.size(); ++k)
            if (out_.relations[k].modality == Modality::Reported && (plan || !past))
                out_.relations[k].modality = Modality::Planned;
    }

    // "welcomed the signing of ...", "ended with the signing of ...", "was signed during
    // Kerr's visit to ...": a past verb just before the noun (a determiner, "with", "at",
    // "during" or a possessor between) puts its event in the past.
    bool governed_by_past(const ast::slot& noun) const {
        const auto& tokens = abs_.tokens;
        std::size_t k = 0;
        while (k < tokens.size() &&
               !(tokens[k].kind == noun.kind && tokens[k].index == static_cast<int>(noun.index)))
            ++k;
        bool possessed = false; // "Kerr's visit": only an act done during it dates it
        for (std::size_t back = 0; back < 5 && k > 0; ++back) {
            const AbstractToken& t = tokens[--k];
            const std::string_view word = word_at(t);
            if (t.kind == 'V')
                return true;
            // The possessor of "Kerr's visit".
            if (t.kind == 'P' && k + 1 < tokens.size() && tokens[k + 1].kind == 0 &&
                word_at(tokens[k + 1]) == "'s") {
                if (k == 0 || tokens[k - 1].kind != 0 || word_at(tokens[k - 1]) != "during")
                    return false;
                possessed = true;
                continue;
            }
            if (t.kind != 0)
                return false;
            if (word == "'s" || word == "during" ||
                (!possessed &&
                 (index_.words.has(WordClass::Determiner, word) || word == "with" || word == "at")))
                continue;
            return past_form(word);
        }
        return false;
    }

    // "condemned the al-Shabaab attack", "condemned the Houthis' attacks": condemning an act
    // its actor names accuses the actor (the trigger's object is the actor, then a noun),
    // also after what the act is called ("denounced as a crime Serbia's crackdown").
    void actor_of_act(RelationMention& r, const ast::slot& verb) const {
        const auto& tokens = abs_.tokens;
        std::size_t k = token_after(verb);
        // "denounced as an ugly crime Serbia's suppression of ...": what the act is called
        // comes between the verb and its actor.
        if (k < tokens.size() && tokens[k].kind == 0 && word_at(tokens[k]) == "as")
            for (std::size_t words = 0; words < 5 && ++k < tokens.size() && tokens[k].kind == 0;
                 ++words) {
            }
        // "complained to the United Nations over two Israeli air raids": past the one
        // addressed, the act the complaint is about names its actor.
        if (k + 2 < tokens.size() && tokens[k].kind == 0 && word_at(tokens[k]) == "to") {
            std::size_t a = k + 1;
            if (tokens[a].kind == 0 && index_.words.has(WordClass::Determiner, word_at(tokens[a])))
                ++a;
            if (a + 1 < tokens.size() && tokens[a].kind != 0 && tokens[a + 1].kind == 0 &&
                (word_at(tokens[a + 1]) == "over" || word_at(tokens[a + 1]) == "about")) {
                actor_of_complaint(r, a + 2);
                return;
            }
        }
        if (k < tokens.size() && tokens[k].kind == 0 &&
            (word_at(tokens[k]) == "over" || word_at(tokens[k]) == "about")) {
            actor_of_complaint(r, k + 1);
            return;
        }
        if (k < tokens.size() && tokens[k].kind == 0 &&
            index_.words.has(WordClass::Determiner, word_at(tokens[k])))
            ++k;
        if (k < tokens.size() && tokens[k].kind == 0) {
            actor_after_by(r, k);
            return;
        }
        if (k + 1 >= tokens.size() || (tokens[k].kind != 'O' && tokens[k].kind != 'G'))
            return;
        // "Serbia's suppression": the noun after the possessive.
        const std::size_t after =
            k + 2 < tokens.size() && tokens[k + 1].kind == 0 && word_at(tokens[k + 1]) == "'s"
                ? k + 2
                : k + 1;
        const AbstractToken& next = tokens[after];
        const std::string_view noun = word_at(next);
        if (next.kind != 0 || noun.empty() || !std::isalpha(static_cast<unsigned char>(noun[0])) ||
            index_.words.has(WordClass::Determiner, noun) || noun == "and" || noun == "of")
            return;
        add_actor_in_range(r, tokens[k].index);
    }

    // A word that puts what it ends in the past: a past marker, or a word in "-ed" of five
    // letters or more ("hailed", "funded").
    bool past_form(std::string_view word) const {
        return index_.words.has(WordClass::PastMarker, word) ||
               (word.size() > 4 && word.ends_with("ed"));
    }

    // The index of the abstract token after a verb's slot (the tokens' size when none).
    std::size_t token_after(const ast::slot& verb) const {
        const auto& tokens = abs_.tokens;
        std::size_t k = 0;
        while (k < tokens.size() &&
               !(tokens[k].kind == verb.kind && tokens[k].index == static_cast<int>(verb.index)))
            ++k;
        return std::min(k + 1, tokens.size());
    }

    // The actor of an act, mention m, is the relation's counterpart when its range admits it.
    void add_actor_in_range(RelationMention& r, int m) const {
        const Relation& relation = index_.lexicon.relation(r.relation);
        if (relation.range.contains(entity_class_of(mentions_[static_cast<std::size_t>(m)].type)))
            add_unique(r.targets, m);
    }

    // The actor modifying the act a complaint is about, from k: a determiner or a number
    // word, then a state, its demonym or a body, then the act's noun (words:hostile-act-noun:
    // "two Israeli air raids", "Norland's incursions"; not "the U.S. dollar").
    void actor_of_complaint(RelationMention& r, std::size_t k) const {
        const auto& tokens = abs_.tokens;
        for (std::size_t words = 0; words < 2 && k < tokens.size() && tokens[k].kind == 0 &&
                                    (index_.words.has(WordClass::Determiner, word_at(tokens[k])) ||
                                     index_.words.has(WordClass::GroupCount, word_at(tokens[k])));
             ++words)
            ++k;
        if (k + 1 >= tokens.size() ||
            (tokens[k].kind != 'O' && tokens[k].kind != 'G' && tokens[k].kind != 'D'))
            return;
        // The act's noun among the next three words ("air raids"), before any other slot.
        bool act = false;
        for (std::size_t j = k + 1 + (word_at(tokens[k + 1]) == "'s" ? 1 : 0);
             j < tokens.size() && j < k + 5 && tokens[j].kind == 0 && !act; ++j)
            act = index_.words.has(WordClass::HostileActNoun, word_at(tokens[j]));
        if (!act)
            return;
        add_actor_in_range(r, tokens[k].index);
    }

    // "condemned the attack by the Islamic State on ...", "condemned the continued detention
    // of UN personnel by Ansar Allah": the act's actor after "by", the act a noun phrase of
    // at most eight words and modifying names from k, with no verb, list or clause in it.
    void actor_after_by(RelationMention& r, std::size_t k) const {
        const auto& tokens = abs_.tokens;
        std::size_t words = 0;
        for (std::size_t j = k; j < tokens.size() && j < k + 8; ++j) {
            const AbstractToken& t = tokens[j];
            if (t.kind == 'O' || t.kind == 'G' || t.kind == 'D')
                continue;
            const std::string_view w = word_at(t);
            if (t.kind != 0 || w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) ||
                w == "and" || w == "or" || w == "that" || w == "which" || w == "who")
                return;
            if (w != "by") {
                ++words;
                continue;
            }
            if (words == 0)
                return;
            std::size_t a = j + 1;
            if (a < tokens.size() && tokens[a].kind == 0 &&
                index_.words.has(WordClass::Determiner, word_at(tokens[a])))
                ++a;
            if (a >= tokens.size() || (tokens[a].kind != 'O' && tokens[a].kind != 'G'))
                return;
            add_actor_in_range(r, tokens[a].index);
            return;
        }
    }

    // "has been accused of misusing public funds, much of it embezzled, by current Haitian
    // government officials": the agent of a passive accusation after its charge (from "of" or
    // "for"), in the same clause (no other verb, speech verb or semicolon on the way). The
    // "by" is the accusation's only when no participle holds it ("accused of being funded by
    // Qatar": Qatar funds). Between "by" and the agent: a determiner and at most two plain
    // words ("current"), none of them former ("by former Peruvian officials" is no state's).
    void agent_after_charge(RelationMention& r, const ast::slot& verb) const {
        const auto& tokens = abs_.tokens;
        const std::size_t k = token_after(verb);
        if (k >= tokens.size() || tokens[k].kind != 0 ||
            (word_at(tokens[k]) != "of" && word_at(tokens[k]) != "for"))
            return;
        for (std::size_t j = k + 1; j < tokens.size() && j < k + 40; ++j) {
            const AbstractToken& t = tokens[j];
            if (is_verb_kind(t.kind))
                return;
            if (t.kind != 0)
                continue;
            const std::string_view w = word_at(t);
            if (w == ";" || w == "." || index_.words.has(WordClass::SpeechVerb, w))
                return;
            if (w != "by")
                continue;
            const std::string_view before = word_at(tokens[j - 1]);
            if (tokens[j - 1].kind == 0 && past_form(before))
                return;
            std::size_t a = j + 1;
            if (a < tokens.size() && tokens[a].kind == 0 &&
                index_.words.has(WordClass::Determiner, word_at(tokens[a])))
                ++a;
            for (int words = 0; words < 2 && a < tokens.size() && tokens[a].kind == 0; ++words) {
                const std::string_view m = word_at(tokens[a]);
                if (m.empty() || !std::islower(static_cast<unsigned char>(m[0])) ||
                    index_.words.has(WordClass::Former, m) || m == "of" || m == "and")
                    return;
                ++a;
            }
            if (a < tokens.size() &&
                (tokens[a].kind == 'P' || tokens[a].kind == 'O' || tokens[a].kind == 'G'))
                add_actor_in_range(r, tokens[a].index);
            return;
        }
    }

    std::string_view word_at(const AbstractToken& t) const {
        const std::size_t end = std::min(abs_.text.find(' ', t.start), abs_.text.size());
        return std::string_view(abs_.text).substr(t.start, end - t.start);
    }

    // The last slot an argument list names, or `fallback` when there is none.
    static ast::slot last_slot(const std::vector<ast::argument>& arguments, ast::slot fallback) {
        for (const auto& arg : arguments)
            if (!arg.slots.empty())
                fallback = arg.slots.back();
        return fallback;
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
        if (pred.verb.kind == 'U') {
            untriggered(pred, previous_targets);
            return;
        }
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
        // "was accused of fraud by X": an accusation's past form after "be" is its passive,
        // whether or not the grammar read a "by" argument.
        const bool passive =
            pred.verb.kind == 'S' || be_passive(pred) ||
            (r.kind == EventKind::Accusation && pred.verb.kind == 'V' && after_be(pred));
        arguments(r, pred, passive, previous_targets);
        if (r.kind == EventKind::Accusation && r.targets.empty())
            passive ? agent_after_charge(r, pred.verb) : actor_of_act(r, pred.verb);
        r.progressive = progressive(pred);
        // "is touring Kenya and Ethiopia this week": a tour under way has not yet been to
        // every place it names; "is visiting Ghana" is there.
        if (r.modality == Modality::Reported && progressive(pred) && r.places.size() > 1)
            r.modality = Modality::Planned;
        // "is traveling to Nairobi": on the way, not yet there.
        if (r.modality == Modality::Reported && progressive(pred) &&
            index_.words.match_text(WordClass::EnRouteParticiple, trigger_phrase) ==
                trigger_phrase.size())
            r.modality = Modality::Planned;
        // "when she visits Kenya in September": the present after "when" is to come.
        if (r.modality == Modality::Reported && !no_trigger && !abs_.headline &&
            index_.trigger(abs_.triggers[pred.verb.index].trigger).present && !subjects.empty() &&
            index_.words.has(WordClass::FutureSubordinator, word_before(subjects.front())))
            r.modality = Modality::Planned;
        const Relation& relation = index_.lexicon.relation(r.relation);
        // "X was accused by Y": Y is the one who accuses (a symmetric relation is the same
        // both ways).
        if (passive && !relation.symmetric && !r.targets.empty())
            std::swap(r.agents, r.targets);
        // "A and B signed", "the two ministers signed": the subjects acted together.
        const bool group = std::ranges::any_of(
            subjects, [&](int m) { return mentions_[static_cast<std::size_t>(m)].group_size > 1; });
        // "A and B met with 16 business leaders": a trigger ending in a counterpart's
        // preposition names a counterpart the text gives no name: the subjects did not meet
        // each other.
        // Hosts ("A and B hosted a roundtable") had guests, not each other.
        const std::string last_word = trigger_phrase.substr(trigger_phrase.rfind(' ') + 1);
        const bool unnamed_counterpart = (trigger_phrase.find(' ') != std::string::npos &&
                                          listed(relation.counterpart_prepositions, last_word)) ||
                                         index_.host_phrases.count(trigger_phrase) > 0;
        r.unnamed_counterparts = r.targets.empty() && unnamed_counterpart;
        if (relation.joint_subjects && r.targets.empty() && (subjects.size() > 1 || group) &&
            !unnamed_counterpart)
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

    // A verb that is no trigger asserts nothing; its actors are what a later "them" in the
    // clause stands for ("attacked China and Russia, accusing them of ...").
    static void untriggered(const ast::predicate& pred, std::vector<int>& previous_targets) {
        std::vector<int> actors;
        for (const auto& arg : pred.arguments)
            for (const auto& sl : arg.slots)
                if (sl.kind == 'P' || sl.kind == 'O' || sl.kind == 'G')
                    add_unique(actors, static_cast<int>(sl.index));
        if (!actors.empty())
            previous_targets = actors;
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
        // A base form without an auxiliary plans ("to visit"), but in a headline it reports:
        // "Kenya and Ethiopia Sign Fisheries Pact".
        if (pred.verb.kind == 'B' && !any)
            return !first ? inherited : abs_.headline ? Modality::Reported : Modality::Planned;
        if (pred.verb.kind == 'I' && !first)
            return inherited;
        return Modality::Reported;
    }

    // "would be personally received by X": a past form after "be" with a "by" argument is
    // the passive the lexicon's "was received by" phrases do not spell out.
    static bool be_passive(const ast::predicate& pred) {
        const bool by = std::ranges::any_of(
            pred.arguments, [](const ast::argument& a) { return a.preposition == "by"; });
        return pred.verb.kind == 'V' && after_be(pred) && by;
    }

    // A form of "be" among a predicate's auxiliaries.
    static bool after_be(const ast::predicate& pred) {
        static const std::array<std::string_view, 7> be = {"be",  "been", "being", "is",
                                                           "are", "was",  "were"};
        return std::ranges::any_of(pred.auxiliaries, [](const std::string& a) {
            return std::ranges::find(be, a) != be.end();
        });
    }

    // The plain word right before a mention's slot, or "".
    std::string word_before(int mention) const {
        for (std::size_t k = 1; k < abs_.tokens.size(); ++k) {
            const AbstractToken& t = abs_.tokens[k];
            if (t.kind == 0 || is_verb_kind(t.kind) || t.index != mention)
                continue;
            const AbstractToken& before = abs_.tokens[k - 1];
            if (before.kind != 0)
                return "";
            const std::size_t end = abs_.text.find(' ', before.start);
            return abs_.text.substr(before.start, end == std::string::npos ? std::string::npos
                                                                           : end - before.start);
        }
        return "";
    }

    // "is visiting", "are touring": the present progressive.
    static bool progressive(const ast::predicate& pred) {
        return pred.verb.kind == 'I' && pred.auxiliaries.size() == 1 &&
               (pred.auxiliaries.front() == "is" || pred.auxiliaries.front() == "are" ||
                pred.auxiliaries.front() == "am");
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
            relation.range.contains(entity_class_of(type))) {
            add_unique(r.targets, m);
            if (r.kind == EventKind::Accusation && prep == "with" && kind == 'P')
                add_unique(r.representatives, m);
        } else if (place && place_slot)
            add_unique(r.places, m);
    }
};

Interpreter::Interpreter(const std::vector<Mention>& mentions, const Abstracted& abs,
                         const LexiconIndex& index, SentenceAnalysis& out)
    : reader_(std::make_unique<Reader>(mentions, abs, index, out)) {}

Interpreter::~Interpreter() = default;

void Interpreter::clause(const ast::clause& c, std::size_t start, bool after_first) {
    reader_->clause(c, start, after_first);
}

void Interpreter::first_since(const ast::first_since& f) {
    reader_->first_since(f);
}

void Interpreter::apposition(const ast::apposition& a) {
    reader_->apposition(a);
}

void Interpreter::located(const ast::place_pair& p, bool capital) {
    reader_->located(p, capital);
}

void Interpreter::itinerary(const std::vector<ast::slot>& places, std::size_t start, int owner) {
    reader_->itinerary(places, start, owner);
}

void Interpreter::fronted(const ast::fronted& f, std::size_t start) {
    reader_->fronted(f, start);
}

void Interpreter::np_event(const ast::np_event& e, std::size_t start) {
    reader_->np_event(e, start);
}

void Interpreter::np_parties(const ast::np_parties& p) {
    reader_->np_parties(p);
}

void Interpreter::agreement_passive(const ast::agreement_passive& a) {
    reader_->agreement_passive(a);
}

void Interpreter::companions(const std::vector<ast::slot>& slots) {
    reader_->companions(slots);
}

} // namespace geokg
