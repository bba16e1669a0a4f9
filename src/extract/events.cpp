#include "extract/events.hpp"

#include "extract/participant_lists.hpp"

#include "text/token.hpp"

#include "text/utf8.hpp"

#include "rdf/iri.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

namespace geokg {

const char* event_status_name(EventStatus status) {
    switch (status) {
    case EventStatus::Reported:
        return "Reported";
    case EventStatus::Planned:
        return "Planned";
    case EventStatus::Negated:
        return "Negated";
    case EventStatus::Contested:
        return "Contested";
    }
    return "Reported";
}

namespace {

std::string local(const std::string& key) {
    return key.substr(key.find('/') + 1);
}

int status_rank(EventStatus s) {
    return s == EventStatus::Reported ? 2 : s == EventStatus::Planned ? 1 : 0;
}

// A proper name ("Roadmap for Defense Cooperation") has a capital; a description ("the
// deal") has none.
bool has_capital(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char ch = decode_utf8(text, i);
        if (is_upper(ch.code_point))
            return true;
        i += ch.length;
    }
    return false;
}

bool has_role(const std::vector<EventRole>& roles, EventRole role) {
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

// One relation mention read against the resolved entities: who, with whom, where, when.
struct Reading {
    std::vector<std::string> agents;
    std::vector<std::string> targets;
    std::vector<std::string> places;
    std::string agreement_name;
    std::optional<CivilDate> date;
    int year = 0;
    int month = 0;
    EventStatus status = EventStatus::Reported;
    bool joint = false;                            // the agents met each other, or signed together
    std::map<std::string, std::string> own_states; // Event::own_states
    std::set<std::string> signing_states;          // Event::signing_states
    MeetingMode mode = MeetingMode::Unknown;
};

class Assembler {
public:
    Assembler(const std::vector<DocumentRecord>& docs, const Resolved& resolved,
              const LexiconIndex& index)
        : docs_(docs), resolved_(resolved), kb_(resolved.knowledge), ix_(index) {}

    Assembly run() {
        for (std::size_t di = 0; di < docs_.size(); ++di)
            document(di);
        attach_participant_lists();
        imply_visits();
        imply_visits(); // a visit implied by talks in a city implies one to its country
        accompany_visits();
        merge_imprecise();
        merge_state_signings();
        contest_conflicts();
        make_agreements();
        Assembly out;
        for (auto& [key, e] : events_)
            out.events.push_back(std::move(e));
        out.entities = std::move(added_);
        // Visits are implied twice over (to a city, then to its country): one note each.
        std::sort(dropped_.begin(), dropped_.end());
        dropped_.erase(std::unique(dropped_.begin(), dropped_.end()), dropped_.end());
        out.dropped = std::move(dropped_);
        return out;
    }

private:
    const std::vector<DocumentRecord>& docs_;
    const Resolved& resolved_;
    const KnowledgeBase& kb_;
    const LexiconIndex& ix_;
    std::map<std::string, Event> events_;
    // Per document: meetings whose counterparts the text does not name ("hosted a roundtable
    // with civil rights leaders"), for a participant list to name them.
    struct OpenMeeting {
        std::string agent;
        Reading reading;
        SourceRef source;
        std::string rule;
    };
    std::map<std::size_t, std::vector<OpenMeeting>> open_meetings_;
    KnowledgeBase added_; // agreements, and places implied visits reach
    std::vector<DroppedReading> dropped_;

    const Entity* entity(const std::string& key) const {
        const Entity* e = kb_.find(key);
        return e ? e : added_.find(key);
    }

    // A country the text does not name but an implied visit reaches.
    void add_country(const std::string& code) {
        const auto c = ix_.country_by_code.find(code);
        if (c != ix_.country_by_code.end() && !entity(country_key(code)))
            added_.entities.emplace(country_key(code), entity_of(ix_.entry(c->second)));
    }
    bool is_person(const std::string& key) const { return kb_.is(key, EntityClass::Person); }

    // Whether any relation of the kind is symmetric: its events have participants, not an
    // agent and counterparts.
    bool symmetric(EventKind kind) const {
        for (const auto& r : ix_.lexicon.relations)
            if (r.kind == kind && r.symmetric)
                return true;
        return false;
    }

    // A role without a named holder stands for its state where a state can act.
    std::string as_state(const std::string& key) const {
        const Entity* e = entity(key);
        if (e && e->entity_class == EntityClass::Position && !e->country.empty())
            return country_key(e->country);
        return key;
    }

    void document(std::size_t di) {
        const auto& d = docs_[di];
        for (std::size_t si = 0; si < d.sentences.size(); ++si) {
            const auto& s = d.sentences[si];
            for (const auto& r : s.analysis.relations) {
                Reading reading = read(di, si, r);
                if (reading.agents.empty()) {
                    dropped_.push_back({SourceRef{di, s.span}, r.rule,
                                        "no agent the relation admits (unresolved, or outside "
                                        "its domain)"});
                    continue;
                }
                add_reading(r, std::move(reading), SourceRef{di, s.span});
            }
        }
    }

    Reading read(std::size_t di, std::size_t si, const RelationMention& r) const {
        const SentenceRecord& s = docs_[di].sentences[si];
        const auto& res = resolved_.of(di, si);
        auto key_of = [&](int m) { return res[static_cast<std::size_t>(m)].entity; };
        // A group ("the two ministers") is each of its members.
        auto keys_of = [&](int m) {
            const Resolution& one = res[static_cast<std::size_t>(m)];
            return one.members.empty() ? std::vector<std::string>{one.entity} : one.members;
        };
        const Relation& relation = ix_.lexicon.relation(r.relation);
        Reading reading;
        reading.agents = agents_of(r, relation, resolved_.main_people[di], keys_of);
        reading.targets = targets_of(r, s.analysis, di, keys_of);
        // A protest lodged with a state's representative accuses the state.
        for (int m : r.representatives)
            for (auto& t : reading.targets)
                if (t == key_of(m) && is_person(t))
                    if (const auto states = states_in(di, t); states.size() == 1)
                        t = states.front();
        for (int m : r.places)
            if (auto k = key_of(m); !k.empty())
                reading.places.push_back(k);
        // A guest visits the host's country, unless the text names the place.
        if (reading.places.empty() && !r.hosts.empty()) {
            std::set<std::string> host_states;
            for (int h : r.hosts)
                for (const auto& c : countries_of(key_of(h)))
                    host_states.insert(c);
            if (host_states.size() == 1)
                reading.places = {*host_states.begin()};
        }
        if (r.place_from_context)
            reading.places = site_before(s.analysis, res, r.anchor, reading.places);
        date_of(r, s.analysis, docs_[di].date, reading);
        reading.mode = r.mode;
        if (r.agreement >= 0)
            reading.agreement_name =
                s.analysis.mentions[static_cast<std::size_t>(r.agreement)].name;
        return reading;
    }

    // The agents, as the relation's domain admits them: a role without a named holder
    // stands for its state where a state can act, and is dropped where it cannot.
    template <typename KeysOf>
    std::vector<std::string> agents_of(const RelationMention& r, const Relation& relation,
                                       const std::string& main_person, KeysOf keys_of) const {
        std::vector<std::string> agents;
        if (r.tour_owner) {
            if (!main_person.empty())
                agents.push_back(main_person);
            return agents;
        }
        const bool states_act = relation.domain.contains(EntityClass::Country);
        for (int m : r.agents)
            for (std::string k : keys_of(m)) {
                if (states_act)
                    k = as_state(k);
                const Entity* e = entity(k);
                if (!e || !relation.domain.contains(e->entity_class))
                    continue;
                if (std::find(agents.begin(), agents.end(), k) == agents.end())
                    agents.push_back(k);
            }
        return agents;
    }

    // A person's states as document di gives them.
    std::vector<std::string> states_in(std::size_t di, const std::string& person) const {
        std::vector<std::string> out;
        const auto& states = resolved_.states[di];
        if (auto it = states.find(person); it != states.end())
            for (const auto& code : it->second)
                out.push_back(country_key(code));
        return out;
    }

    template <typename KeysOf>
    std::vector<std::string> targets_of(const RelationMention& r, const SentenceAnalysis& a,
                                        std::size_t di, KeysOf keys_of) const {
        std::vector<std::string> targets;
        for (int m : r.targets)
            for (const std::string& key : keys_of(m)) {
                std::string k = as_state(key);
                if (k.empty())
                    continue;
                targets.push_back(k);
                // A signing with a state's official is a signing with the state too.
                const Mention& men = a.mentions[static_cast<std::size_t>(m)];
                if (r.kind != EventKind::Signing || !is_person(k))
                    continue;
                if (!men.title_country.empty())
                    targets.push_back(country_key(men.title_country));
                else if (const auto states = states_in(di, k); states.size() == 1)
                    targets.push_back(states.front()); // named with his state elsewhere
            }
        return targets;
    }

    // "where he laid a wreath": the last site the sentence named before the trigger.
    std::vector<std::string> site_before(const SentenceAnalysis& a,
                                         const std::vector<Resolution>& res, std::size_t anchor,
                                         std::vector<std::string> places) const {
        for (std::size_t m = 0; m < a.mentions.size(); ++m)
            if (a.mentions[m].type == MentionType::Site && !a.mentions[m].aside &&
                a.mentions[m].span.begin < anchor && !res[m].entity.empty())
                places = {res[m].entity};
        return places;
    }

    static void date_of(const RelationMention& r, const SentenceAnalysis& a,
                        const std::optional<CivilDate>& document_date, Reading& reading) {
        if (r.time >= 0) {
            const auto& te = a.times[static_cast<std::size_t>(r.time)];
            if (te.kind == TimeKind::Year || te.kind == TimeKind::MonthYear) {
                reading.year = te.year;
                reading.month = te.kind == TimeKind::MonthYear ? te.month : 0;
            } else {
                reading.date = resolve_date(te, document_date, r.modality == Modality::Planned);
            }
        }
        reading.status = r.modality == Modality::Reported  ? EventStatus::Reported
                         : r.modality == Modality::Planned ? EventStatus::Planned
                                                           : EventStatus::Negated;
    }

    // The events one reading makes: one per agent, and one per place group of a visit.
    void add_reading(const RelationMention& r, Reading reading, const SourceRef& src) {
        const Relation& relation = ix_.lexicon.relation(r.relation);
        if (r.symmetric && reading.agents.size() > 1) {
            joint(r, reading, src);
            return;
        }
        const bool takes_place = has_role(relation.object_roles, EventRole::Place);
        const bool takes_agreement = relation.direct_object == EventRole::Agreement;
        for (const auto& agent : reading.agents) {
            if (takes_place && r.kind == EventKind::Visit) {
                for (const auto& group : place_groups(reading.places))
                    add(r.kind, agent, {}, group, "", reading, src, r.rule);
                continue;
            }
            if (takes_place) {
                add(r.kind, agent, {}, reading.places, "", reading, src, r.rule);
                continue;
            }
            std::vector<std::string> others;
            for (const auto& t : reading.targets)
                if (t != agent)
                    others.push_back(t);
            if (others.empty() && !(takes_agreement && !reading.agreement_name.empty())) {
                dropped_.push_back({src, r.rule, "no counterpart besides " + agent});
                if (r.kind == EventKind::Meeting && r.unnamed_counterparts)
                    open_meetings_[src.document].push_back({agent, reading, src, r.rule});
                meetings_held_in(agent, reading, src);
                continue;
            }
            add(r.kind, agent, others,
                relation.place_prepositions.empty() ? std::vector<std::string>{} : reading.places,
                reading.agreement_name, reading, src, r.rule);
        }
    }

    // "X concluded a series of meetings in Muscat and Riyadh": meetings whose counterparts
    // the text does not name, held in places foreign to their agent, are visits there (not
    // a call: no one travels for one).
    void meetings_held_in(const std::string& agent, const Reading& reading, const SourceRef& src) {
        if (reading.places.empty() || reading.status != EventStatus::Reported ||
            from_afar(reading.mode) || !can_visit(agent))
            return;
        const std::set<std::string> theirs = countries_of(agent);
        for (const auto& place : reading.places) {
            const std::set<std::string> here = countries_of(place);
            if (std::any_of(theirs.begin(), theirs.end(),
                            [&](const std::string& c) { return here.count(c) > 0; }))
                continue;
            add(EventKind::Visit, agent, {}, {place}, "", reading, src,
                "meetings held in the place");
        }
    }

    // "A and B held talks", "Tunisia and the US signed the roadmap": one event of them all.
    // Where the relation is symmetric, the agents met each other: a joint event.
    void joint(const RelationMention& r, Reading reading, const SourceRef& src) {
        reading.joint = symmetric(r.kind);
        if (r.kind == EventKind::Signing &&
            std::all_of(reading.agents.begin(), reading.agents.end(),
                        [&](const std::string& a) { return is_person(a); })) {
            joint_signing(r, reading, src);
            return;
        }
        std::vector<std::string> rest(reading.agents.begin() + 1, reading.agents.end());
        if (r.kind == EventKind::Signing) {
            for (const auto& a : reading.agents)
                if (kb_.is(a, EntityClass::Country))
                    reading.signing_states.insert(a);
            if (reading.signing_states.size() < 2)
                reading.signing_states.clear();
            const SentenceRecord& s = docs_[src.document].sentences[sentence_index(src)];
            const auto& res = resolved_.of(src.document, sentence_index(src));
            for (int m : r.agents) {
                const Mention& men = s.analysis.mentions[static_cast<std::size_t>(m)];
                const std::string& k = res[static_cast<std::size_t>(m)].entity;
                if (!men.title_country.empty() && is_person(k) && k != reading.agents.front())
                    rest.push_back(country_key(men.title_country));
                // "The two ministers signed": each member's state signed with the others.
                for (const auto& member : res[static_cast<std::size_t>(m)].members)
                    if (is_person(member) && member != reading.agents.front())
                        for (const auto& c : countries_of(member))
                            if (std::find(rest.begin(), rest.end(), c) == rest.end())
                                rest.push_back(c);
            }
        }
        const Relation& relation = ix_.lexicon.relation(r.relation);
        add(r.kind, reading.agents.front(), rest,
            relation.place_prepositions.empty() ? std::vector<std::string>{} : reading.places,
            reading.agreement_name, reading, src, r.rule);
    }

    // "Meeting participants included: - Ivo Kerr, Kestrel Foundation - ...": the people and
    // organizations a readout lists met the hosts of its meeting, the first one whose
    // counterparts the text before the list does not name. They did not meet each other.
    void attach_participant_lists() {
        for (auto& [di, open] : open_meetings_) {
            const DocumentRecord& d = docs_[di];
            for (const auto& list : participant_lists(d, ix_)) {
                const TextSpan& header = d.sentences[list.header].span;
                std::vector<const OpenMeeting*> hosts;
                for (const auto& m : open)
                    if (m.source.sentence.end <= header.begin &&
                        m.reading.status == EventStatus::Reported && named_host(m.agent) &&
                        (hosts.empty() || m.source.sentence == hosts.front()->source.sentence))
                        hosts.push_back(&m);
                if (hosts.empty())
                    continue;
                std::vector<std::string> participants;
                std::vector<SourceRef> sources{hosts.front()->source};
                for (const auto& item : list.items) {
                    const std::string key = participant(di, item);
                    if (key.empty() || std::find(participants.begin(), participants.end(), key) !=
                                           participants.end())
                        continue;
                    participants.push_back(key);
                    sources.push_back({di, d.sentences[item.sentence].span});
                }
                for (const OpenMeeting* h : hosts) {
                    std::vector<std::string> guests;
                    for (const auto& p : participants)
                        if (p != h->agent)
                            guests.push_back(p);
                    if (guests.empty())
                        continue;
                    for (const auto& src : sources)
                        add(EventKind::Meeting, h->agent, guests, {}, "", h->reading, src,
                            "participant list: " + h->rule);
                }
            }
        }
    }

    // A host a list's guests can be linked to: a person named in full or holding an office
    // ("President Hale"), or an organization the gazetteer knows; a single capitalized word
    // ("Violence" of a misread office) is too little to hang a list of guests on.
    bool named_host(const std::string& key) const {
        const Entity* e = entity(key);
        if (!e)
            return false;
        if (e->entity_class == EntityClass::Person)
            return e->label.find(' ') != std::string::npos || !e->positions.empty();
        return ix_.entry_by_key.count(key) > 0;
    }

    // The entity a participant list's item names: its person or organization, or an
    // organization named by the item's text, which the assembly adds.
    std::string participant(std::size_t di, const ParticipantItem& item) {
        if (item.mention >= 0) {
            const auto& res = resolved_.of(di, item.sentence);
            const std::string& key = res[static_cast<std::size_t>(item.mention)].entity;
            const Entity* e = entity(key);
            return e && (e->entity_class == EntityClass::Person ||
                         e->entity_class == EntityClass::Organization)
                       ? key
                       : std::string{};
        }
        const std::string key = "org/" + slugify(item.organization);
        if (key == "org/" || kb_.find(key))
            return kb_.find(key) ? key : std::string{};
        Entity& e = added_.entities[key];
        e.key = key;
        e.entity_class = EntityClass::Organization;
        e.label = item.organization;
        return key;
    }

    // "The two ministers signed", "signed by A and B": one joint event in which each signed
    // with the others and with their states (as the document gives them), never with his own.
    void joint_signing(const RelationMention& r, Reading reading, const SourceRef& src) {
        reading.joint = true;
        std::vector<std::string> rest(reading.agents.begin() + 1, reading.agents.end());
        for (const auto& agent : reading.agents)
            if (const auto states = states_in(src.document, agent); states.size() == 1) {
                // A state the office names though the text does not ("State Department
                // Spokesperson X").
                add_country(states.front().substr(states.front().find('/') + 1));
                reading.own_states[agent] = states.front();
                if (std::find(rest.begin(), rest.end(), states.front()) == rest.end())
                    rest.push_back(states.front());
            }
        const Relation& relation = ix_.lexicon.relation(r.relation);
        add(r.kind, reading.agents.front(), rest,
            relation.place_prepositions.empty() ? std::vector<std::string>{} : reading.places,
            reading.agreement_name, reading, src, r.rule);
    }

    std::size_t sentence_index(const SourceRef& src) const {
        const auto& sentences = docs_[src.document].sentences;
        for (std::size_t si = 0; si < sentences.size(); ++si)
            if (sentences[si].span == src.sentence)
                return si;
        return 0;
    }

    // Places named together as one ("Morocco's capital Rabat") stay one visit; separate
    // countries are separate visits.
    std::vector<std::vector<std::string>>
    place_groups(const std::vector<std::string>& places) const {
        std::vector<std::vector<std::string>> groups;
        for (const auto& p : places) {
            const Entity* e = entity(p);
            bool joined = false;
            for (auto& g : groups) {
                for (const auto& q : g) {
                    const Entity* f = entity(q);
                    if (e && f &&
                        ((country_key(e->country)) == q || (country_key(f->country)) == p ||
                         e->located_in == q || f->located_in == p)) {
                        g.push_back(p);
                        joined = true;
                        break;
                    }
                }
                if (joined)
                    break;
            }
            if (!joined)
                groups.push_back({p});
        }
        return groups;
    }

    void add(EventKind kind, const std::string& agent, std::vector<std::string> counterparts,
             std::vector<std::string> places, const std::string& agreement_name,
             const Reading& reading, const SourceRef& src, const std::string& rule) {
        std::sort(counterparts.begin(), counterparts.end());
        counterparts.erase(std::unique(counterparts.begin(), counterparts.end()),
                           counterparts.end());
        std::sort(places.begin(), places.end());
        places.erase(std::unique(places.begin(), places.end()), places.end());
        // An event whose relations are asserted of its places needs one.
        if (places.empty() && needs_place(kind)) {
            dropped_.push_back({src, rule, "no place"});
            return;
        }
        Event e;
        e.kind = kind;
        e.agent = agent;
        e.counterparts = counterparts;
        e.places = places;
        e.date = reading.date;
        e.year = reading.date ? 0 : reading.year;
        e.month = reading.date ? 0 : reading.month;
        e.status = reading.status;
        e.joint = reading.joint;
        e.own_states = reading.own_states;
        e.signing_states = reading.signing_states;
        e.mode = reading.mode;
        e.sources.insert(src);
        e.rules.insert(rule);
        if (!agreement_name.empty())
            e.agreement_names.insert(agreement_name);
        e.key = event_key(e);
        merge_into(events_[e.key], e);
    }

    bool needs_place(EventKind kind) const {
        for (const auto& r : ix_.lexicon.relations)
            if (r.kind == kind && has_role(r.object_roles, EventRole::Place))
                return true;
        return false;
    }

    // The participants of a symmetric kind's event are a set, where all of them met each other
    // (a joint meeting, or two parties); an agent who met several counterparts that did not
    // meet each other is named first: "meeting-dorr-with-kerr-suto".
    std::string participants_key(const Event& e) const {
        std::vector<std::string> parts;
        if (symmetric(e.kind) && (e.joint || e.counterparts.size() < 2)) {
            parts = e.counterparts;
            parts.push_back(e.agent);
            std::sort(parts.begin(), parts.end());
        } else if (symmetric(e.kind)) {
            parts.push_back(e.agent);
            parts.push_back("with");
            parts.insert(parts.end(), e.counterparts.begin(), e.counterparts.end());
        } else {
            parts.push_back(e.agent);
            parts.insert(parts.end(), e.counterparts.begin(), e.counterparts.end());
            parts.insert(parts.end(), e.places.begin(), e.places.end());
        }
        std::string key = lower(event_kind_name(e.kind));
        // A long list of participants ("Meeting participants included: ..."): the first
        // three, how many more, and a digest of them all keep the key short and unique.
        constexpr std::size_t listed = 5;
        if (parts.size() > listed) {
            std::uint32_t digest = 2166136261u; // FNV-1a
            for (const auto& p : parts)
                for (unsigned char c : p + "|")
                    digest = (digest ^ c) * 16777619u;
            char hex[16];
            std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(digest));
            for (std::size_t k = 0; k < 3; ++k)
                key += "-" + local(parts[k]);
            return key + "-and-" + std::to_string(parts.size() - 3) + "-more-" + hex;
        }
        for (const auto& p : parts)
            key += "-" + local(p);
        return key;
    }

    std::string event_key(const Event& e) const {
        std::string key = "event/" + participants_key(e);
        if (const std::string date = date_text(e); !date.empty())
            key += "-" + date;
        return key;
    }

    static void merge_into(Event& into, const Event& from) {
        if (into.key.empty()) {
            into = from;
            return;
        }
        if (status_rank(from.status) > status_rank(into.status))
            into.status = from.status;
        into.joint = into.joint || from.joint;
        into.own_states.insert(from.own_states.begin(), from.own_states.end());
        into.signing_states.insert(from.signing_states.begin(), from.signing_states.end());
        into.mode = combine_modes(into.mode, from.mode);
        into.sources.insert(from.sources.begin(), from.sources.end());
        into.rules.insert(from.rules.begin(), from.rules.end());
        into.agreement_names.insert(from.agreement_names.begin(), from.agreement_names.end());
    }

    // Presence is a visit: a wreath or a speech at a site in a city is a visit to the city;
    // talks held in a city or country, or at a site in a city, are a visit to it for the
    // participants foreign to it (visitors).
    // Whether a person is an envoy sent to one of the countries.
    bool posted_to(const std::string& who, const std::set<std::string>& countries) const {
        const Entity* p = entity(who);
        if (!p || p->entity_class != EntityClass::Person)
            return false;
        for (const auto& pos : p->positions)
            if (const Entity* e = entity(pos);
                e && !e->target.empty() && countries.count(country_key(e->target)))
                return true;
        return false;
    }

    // "X was accompanied by Y": Y visited each place the document reported X visited before.
    void accompany_visits() {
        std::vector<Event> added;
        for (std::size_t di = 0; di < docs_.size(); ++di) {
            const auto& sentences = docs_[di].sentences;
            for (std::size_t si = 0; si < sentences.size(); ++si) {
                const auto& res = resolved_.of(di, si);
                for (const Companions& c : sentences[si].analysis.companions) {
                    const std::string& leader = res[static_cast<std::size_t>(c.leader)].entity;
                    if (!is_person(leader))
                        continue;
                    for (const auto& [key, e] : events_) {
                        // The visits told so far: the companion sentence says who came
                        // along on them, not on what comes next.
                        if (e.kind != EventKind::Visit || e.agent != leader ||
                            e.status != EventStatus::Reported ||
                            std::none_of(e.sources.begin(), e.sources.end(),
                                         [&](const SourceRef& s) {
                                             return s.document == di &&
                                                    s.sentence.begin <= sentences[si].span.begin;
                                         }))
                            continue;
                        for (int m : c.companions) {
                            const std::string& who = res[static_cast<std::size_t>(m)].entity;
                            // An envoy posted to the country is at home there.
                            if (!is_person(who) || who == leader ||
                                std::any_of(e.places.begin(), e.places.end(),
                                            [&](const std::string& p) {
                                                return posted_to(who, countries_of(p));
                                            }))
                                continue;
                            Event v = e;
                            v.agent = who;
                            v.sources.insert(SourceRef{di, sentences[si].span});
                            v.rules = {"accompanied the visitor"};
                            v.key = event_key(v);
                            added.push_back(std::move(v));
                        }
                    }
                }
            }
        }
        for (const auto& v : added)
            merge_into(events_[v.key], v);
    }

    void imply_visits() {
        std::vector<Event> implied;
        for (const auto& [key, e] : events_) {
            if (e.status != EventStatus::Reported || e.kind == EventKind::Accusation)
                continue;
            // A call or a virtual meeting is held from afar: no one travelled.
            if (from_afar(e.mode)) {
                if (!e.places.empty())
                    for (const auto& src : e.sources)
                        dropped_.push_back({src, "visit implied by " + e.key,
                                            "held from afar (a call or a virtual meeting)"});
                continue;
            }
            for (const auto& p : e.places) {
                const Entity* place = entity(p);
                if (!place)
                    continue;
                std::string where;
                std::string rule;
                if (place->entity_class == EntityClass::Site && !place->located_in.empty()) {
                    const Entity* city = entity(place->located_in);
                    if (city && city->entity_class == EntityClass::City) {
                        where = city->key;
                        rule = "presence at a site in the city";
                    }
                } else if (gathering(e.kind) && (place->entity_class == EntityClass::City ||
                                                 place->entity_class == EntityClass::Country)) {
                    where = place->key;
                    rule = e.kind == EventKind::Meeting ? "talks held in the place"
                                                        : "a signing held in the place";
                } else if (e.kind == EventKind::Visit && place->entity_class == EntityClass::City &&
                           !place->country.empty() &&
                           !countries_of(e.agent).count(country_key(place->country))) {
                    // A foreign visitor in a city is in its country ("in Buenos Aires").
                    where = country_key(place->country);
                    rule = "a visit to a city of the country";
                    add_country(place->country);
                }
                if (where.empty())
                    continue;
                const std::vector<std::string> came = visitors(e, where);
                if (gathering(e.kind))
                    note_hosts(e, where, came);
                for (const auto& visitor : came) {
                    Event v;
                    v.kind = EventKind::Visit;
                    v.agent = visitor;
                    v.places = {where};
                    v.date = e.date;
                    v.year = e.year;
                    v.month = e.month;
                    v.status = EventStatus::Reported;
                    v.sources = e.sources;
                    v.rules = {rule};
                    v.key = event_key(v);
                    implied.push_back(v);
                }
            }
        }
        for (const auto& v : implied)
            merge_into(events_[v.key], v);
    }

    // Whether the event's participants were together where it took place: a meeting or a
    // signing.
    static bool gathering(EventKind kind) {
        return kind == EventKind::Meeting || kind == EventKind::Signing;
    }

    // Who of an event's participants came to the place. At a meeting or a signing: each participant
    // whose country is known and another ("Premier Suto of Norland met envoy Dorr of Kestria in
    // Velm": Dorr); and the agent of a meeting that is not joint whose country is not known,
    // unless the place lies in it or a counterpart came (then the agent is the host).
    std::vector<std::string> visitors(const Event& e, const std::string& where) const {
        if (!gathering(e.kind))
            return {e.agent};
        const std::set<std::string> here = countries_of(where);
        auto country_known = [&](const std::string& who) { return !countries_of(who).empty(); };
        // An envoy posted to the country lives there: he visits nothing in it, and whom he
        // meets there may be at home.
        auto posted_here = [&](const std::string& who) { return posted_to(who, here); };
        auto local = [&](const std::string& who) {
            const std::set<std::string> theirs = countries_of(who);
            return posted_here(who) ||
                   std::any_of(theirs.begin(), theirs.end(),
                               [&](const std::string& c) { return here.count(c) > 0; });
        };
        std::vector<std::string> out;
        for (const auto& c : e.counterparts)
            if (can_visit(c) && country_known(c) && !local(c))
                out.push_back(c);
        const bool known = country_known(e.agent);
        const bool envoy_met = std::any_of(e.counterparts.begin(), e.counterparts.end(),
                                           [&](const std::string& c) { return posted_here(c); });
        if (can_visit(e.agent) && !local(e.agent) &&
            (known || (!e.joint && out.empty() && !envoy_met)))
            out.push_back(e.agent);
        return out;
    }

    // The participants of a meeting in `where` who did not come, with why, for `explain`.
    void note_hosts(const Event& e, const std::string& where,
                    const std::vector<std::string>& came) {
        std::vector<std::string> all = e.counterparts;
        all.push_back(e.agent);
        for (const auto& p : all) {
            if (std::find(came.begin(), came.end(), p) != came.end() || !can_visit(p))
                continue;
            for (const auto& src : e.sources)
                dropped_.push_back({src, "visit of " + p + " to " + where + " implied by " + e.key,
                                    countries_of(p).empty()
                                        ? "the participant's country is not known"
                                        : "the participant is not foreign to the place"});
        }
    }

    // Whether the entity lies in the domain of a visit's relation (a person, not a state).
    bool can_visit(const std::string& key) const {
        const Entity* e = entity(key);
        if (!e)
            return false;
        for (const auto& r : ix_.lexicon.relations)
            if (r.kind == EventKind::Visit && r.domain.contains(e->entity_class))
                return true;
        return false;
    }

    // How precisely an event is dated: 0 undated, 1 a year, 2 a month, 3 a day.
    static int precision(const Event& e) { return e.date ? 3 : e.month ? 2 : e.year ? 1 : 0; }

    // Whether `fine` is dated more precisely than `coarse`, within its date.
    static bool within(const Event& fine, const Event& coarse) {
        if (precision(fine) <= precision(coarse))
            return false;
        const int year = fine.date ? fine.date->year : fine.year;
        const int month = fine.date ? fine.date->month : fine.month;
        return coarse.year == 0 ||
               (year == coarse.year && (coarse.month == 0 || month == coarse.month));
    }

    // A mention of an event dated less precisely, or not at all, joins the one more precisely
    // dated event it can only be: "in 2006" the visit of February 2006.
    void merge_imprecise() {
        for (int level : {2, 1, 0}) {
            std::map<std::string, std::vector<std::string>> by_participants;
            for (const auto& [key, e] : events_)
                by_participants[participants_key(e)].push_back(key);
            std::vector<std::string> gone;
            for (auto& [key, e] : events_) {
                if (precision(e) != level)
                    continue;
                std::vector<std::string> finer;
                for (const auto& k : by_participants[participants_key(e)])
                    if (within(events_.at(k), e))
                        finer.push_back(k);
                if (finer.size() != 1)
                    continue;
                merge_into(events_[finer.front()], e);
                gone.push_back(key);
            }
            for (const auto& k : gone)
                events_.erase(k);
        }
    }

    // "Tunisia and the US signed the roadmap" is the signing their officials made: it joins
    // the one signing by an official of either state with the other, on a compatible date.
    void merge_state_signings() {
        std::vector<std::string> gone;
        for (auto& [key, e] : events_) {
            const Entity* agent = entity(e.agent);
            if (e.kind != EventKind::Signing || !agent ||
                agent->entity_class != EntityClass::Country)
                continue;
            std::set<std::string> states = {e.agent};
            for (const auto& c : e.counterparts)
                states.insert(c);
            std::vector<Event*> candidates;
            for (auto& [k2, f] : events_) {
                if (k2 == key || f.kind != EventKind::Signing ||
                    (e.date && f.date && *e.date != *f.date))
                    continue;
                std::set<std::string> sides = countries_of(f.agent);
                for (const auto& c : f.counterparts)
                    for (const auto& s : countries_of(c))
                        sides.insert(s);
                if (std::includes(sides.begin(), sides.end(), states.begin(), states.end()) &&
                    entity(f.agent) && entity(f.agent)->entity_class == EntityClass::Person)
                    candidates.push_back(&f);
            }
            if (candidates.size() != 1)
                continue;
            merge_into(*candidates.front(), e);
            gone.push_back(key);
        }
        for (const auto& k : gone)
            events_.erase(k);
    }

    // The states an entity stands for or belongs to.
    std::set<std::string> countries_of(const std::string& key) const {
        std::set<std::string> out;
        const Entity* e = entity(key);
        if (!e)
            return out;
        if (e->entity_class == EntityClass::Country)
            out.insert(key);
        else if (e->entity_class == EntityClass::Person)
            for (const auto& p : e->positions)
                if (const Entity* pos = entity(p); pos && !pos->country.empty())
                    out.insert(country_key(pos->country));
        if (e->entity_class != EntityClass::Country && e->entity_class != EntityClass::Person &&
            !e->country.empty())
            out.insert(country_key(e->country));
        return out;
    }

    // How many documents report the agent doing anything with or in the country.
    std::size_t corroboration(const std::string& agent, const std::string& country) const {
        std::set<std::size_t> docs;
        for (const auto& [key, e] : events_) {
            if (e.agent != agent || e.status != EventStatus::Reported)
                continue;
            bool linked = false;
            for (const auto& k : e.places)
                linked = linked || countries_of(k).count(country);
            for (const auto& k : e.counterparts)
                linked = linked || countries_of(k).count(country);
            if (linked)
                for (const auto& src : e.sources)
                    docs.insert(src.document);
        }
        return docs.size();
    }

    // The words of at least four letters of an event's agreement names, in lower case.
    static std::set<std::string> agreement_words(const Event& e) {
        std::set<std::string> words;
        for (const auto& name : e.agreement_names)
            for (const Token& t : tokenize(name))
                if (t.word && t.text.size() >= 4)
                    words.insert(lower(t.text));
        return words;
    }

    // Both name their agreement, with no word in common: two agreements, two signings.
    static bool different_agreements(const Event& a, const Event& b) {
        const auto wa = agreement_words(a);
        const auto wb = agreement_words(b);
        return !wa.empty() && !wb.empty() &&
               std::ranges::none_of(wa, [&](const std::string& w) { return wb.contains(w); });
    }

    bool names_person(const Event& e) const {
        return std::ranges::any_of(e.counterparts,
                                   [&](const std::string& k) { return is_person(k); });
    }

    // Two reports of one signing by the same agent, on compatible dates, with different
    // states: the one fewer documents corroborate is contested, and asserts nothing.
    void contest_conflicts() {
        std::vector<Event*> signings;
        for (auto& [key, e] : events_)
            if (e.kind == EventKind::Signing && e.status == EventStatus::Reported)
                signings.push_back(&e);
        std::vector<std::pair<Event*, std::string>> contested;
        for (Event* a : signings)
            for (Event* b : signings) {
                if (a == b || a->agent != b->agent)
                    continue;
                if (a->date && b->date && *a->date != *b->date)
                    continue;
                // Each names the person it signed with: two signings, not two reports of one.
                if ((names_person(*a) && names_person(*b)) || different_agreements(*a, *b))
                    continue;
                std::set<std::string> ca, cb;
                for (const auto& k : a->counterparts)
                    for (const auto& c : countries_of(k))
                        ca.insert(c);
                for (const auto& k : b->counterparts)
                    for (const auto& c : countries_of(k))
                        cb.insert(c);
                if (ca.empty() || cb.empty())
                    continue;
                bool disjoint = std::none_of(ca.begin(), ca.end(),
                                             [&](const std::string& c) { return cb.count(c) > 0; });
                if (!disjoint)
                    continue;
                std::size_t sa = 0, sb = 0;
                for (const auto& c : ca)
                    sa = std::max(sa, corroboration(a->agent, c));
                for (const auto& c : cb)
                    sb = std::max(sb, corroboration(b->agent, c));
                if (sa > sb)
                    contested.emplace_back(b, a->key);
            }
        for (auto& [e, by] : contested) {
            e->status = EventStatus::Contested;
            if (e->contradicts.empty() || by < e->contradicts)
                e->contradicts = by;
        }
    }

    void make_agreements() {
        for (auto& [key, e] : events_) {
            if (e.kind != EventKind::Signing || e.agreement_names.empty())
                continue;
            std::string best;
            for (const auto& n : e.agreement_names) {
                const bool proper = has_capital(n);
                const bool best_proper = has_capital(best);
                if (best.empty() || proper > best_proper ||
                    (proper == best_proper && n.size() > best.size()))
                    best = n;
            }
            std::string akey = "agreement/" + key.substr(std::string("event/signing-").size());
            Entity& a = added_.entities[akey];
            a.key = akey;
            a.entity_class = EntityClass::Agreement;
            a.label = best;
            for (const auto& n : e.agreement_names)
                if (n != best)
                    a.alt_labels.insert(n);
            e.agreement = akey;
        }
    }
};

// The participants of an event in the given roles; in a joint event every participant is
// agent and counterpart alike.
std::vector<std::string> participants(const Event& e, const std::vector<EventRole>& roles) {
    std::vector<std::string> out;
    for (EventRole role : roles) {
        if (e.joint && (role == EventRole::Agent || role == EventRole::Counterpart)) {
            out.push_back(e.agent);
            out.insert(out.end(), e.counterparts.begin(), e.counterparts.end());
            continue;
        }
        switch (role) {
        case EventRole::Agent:
            out.push_back(e.agent);
            break;
        case EventRole::Counterpart:
            out.insert(out.end(), e.counterparts.begin(), e.counterparts.end());
            break;
        case EventRole::Place:
            out.insert(out.end(), e.places.begin(), e.places.end());
            break;
        case EventRole::Agreement:
            if (!e.agreement.empty())
                out.push_back(e.agreement);
            break;
        }
    }
    return out;
}

} // namespace

std::string date_text(const Event& event) {
    if (event.date)
        return to_iso(*event.date);
    if (event.year == 0)
        return "";
    char buffer[32];
    if (event.month >= 1 && event.month <= 12)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", event.year, event.month);
    else
        std::snprintf(buffer, sizeof buffer, "%04d", event.year);
    return buffer;
}

Assembly assemble_events(const std::vector<DocumentRecord>& documents, const Resolved& resolved,
                         const LexiconIndex& index) {
    return Assembler(documents, resolved, index).run();
}

std::vector<DirectTriple> direct_triples(const std::vector<Event>& events,
                                         const KnowledgeBase& knowledge, const Lexicon& lexicon) {
    std::set<DirectTriple> out;
    auto admits = [&](const EntityClassSet& classes, const std::string& key) {
        const Entity* e = knowledge.find(key);
        return e && classes.contains(e->entity_class);
    };
    for (const auto& e : events) {
        if (e.status != EventStatus::Reported)
            continue;
        for (const Relation& relation : lexicon.relations) {
            if (relation.kind != e.kind)
                continue;
            for (const auto& s : participants(e, relation.subject_roles)) {
                if (!admits(relation.domain, s))
                    continue;
                // Acting together, a state's counterparts are states: the people who sign
                // or meet for it are linked to each other and to the states by their own
                // triples ("Kestria signed with Norland", not with Norland's minister).
                auto state_with_person = [&](const std::string& a, const std::string& b) {
                    return relation.joint_subjects && knowledge.is(a, EntityClass::Country) &&
                           knowledge.is(b, EntityClass::Person);
                };
                // In a joint signing of people a state signed the agreement but with no one
                // (its officials did) but the states a source names as signing together, and
                // no one signed with his own state.
                const auto own = e.own_states.find(s);
                const bool state_of_people = e.kind == EventKind::Signing && e.joint &&
                                             knowledge.is(s, EntityClass::Country);
                for (const auto& o : participants(e, relation.object_roles)) {
                    if (o == s || !admits(relation.range, o) || state_with_person(s, o) ||
                        (state_of_people && o != e.agreement &&
                         !(e.signing_states.count(s) && e.signing_states.count(o))) ||
                        (own != e.own_states.end() && own->second == o))
                        continue;
                    out.insert({s, relation.iri, o});
                    // An owl:SymmetricProperty holds both ways.
                    if (relation.symmetric && admits(relation.domain, o) &&
                        admits(relation.range, s) && !state_with_person(o, s))
                        out.insert({o, relation.iri, s});
                }
            }
        }
    }
    return {out.begin(), out.end()};
}

} // namespace geokg
