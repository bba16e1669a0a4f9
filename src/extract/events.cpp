#include "extract/events.hpp"

#include "rdf/iri.hpp"

#include <algorithm>
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

const std::map<std::string, std::string> event_kind = {
    {"visited", "Visit"},      {"metWith", "Meeting"},           {"signedWith", "Signing"},
    {"accused", "Accusation"}, {"laidWreathAt", "WreathLaying"}, {"deliveredSpeechAt", "Speech"}};

std::string local(const std::string& key) {
    return key.substr(key.find('/') + 1);
}

bool is_person(const std::string& key) {
    return key.rfind("person/", 0) == 0;
}

int status_rank(EventStatus s) {
    return s == EventStatus::Reported ? 2 : s == EventStatus::Planned ? 1 : 0;
}

class Assembler {
public:
    Assembler(const std::vector<DocumentRecord>& docs, KnowledgeBase& kb) : docs_(docs), kb_(kb) {}

    std::vector<Event> run() {
        for (std::size_t di = 0; di < docs_.size(); ++di)
            document(di);
        imply_visits();
        imply_visits(); // a visit implied by talks in a city implies one to its country
        merge_undated();
        merge_state_signings();
        contest_conflicts();
        make_agreements();
        std::vector<Event> out;
        for (auto& [key, e] : events_)
            out.push_back(std::move(e));
        return out;
    }

private:
    const std::vector<DocumentRecord>& docs_;
    KnowledgeBase& kb_;
    std::map<std::string, Event> events_;

    const Entity* entity(const std::string& key) const {
        auto it = kb_.entities.find(key);
        return it == kb_.entities.end() ? nullptr : &it->second;
    }

    // A role without a named holder stands for its state where a state can act.
    std::string as_state(const std::string& key) const {
        const Entity* e = entity(key);
        if (e && e->entity_class == EntityClass::Position && !e->country.empty())
            return "country/" + e->country;
        return key;
    }

    std::string main_agent(const DocumentRecord& d) const {
        std::map<std::string, int> counts;
        for (const auto& s : d.sentences)
            for (const auto& r : s.analysis.relations)
                for (int a : r.agents) {
                    const auto& key = s.resolved[static_cast<std::size_t>(a)].entity;
                    if (is_person(key))
                        counts[key] += 1;
                }
        std::string best;
        int n = 0;
        for (const auto& [k, c] : counts)
            if (c > n) {
                best = k;
                n = c;
            }
        return best;
    }

    void document(std::size_t di) {
        const auto& d = docs_[di];
        std::string owner = main_agent(d);
        for (const auto& s : d.sentences) {
            const auto& a = s.analysis;
            for (const auto& r : a.relations) {
                auto kind = event_kind.find(r.property);
                if (kind == event_kind.end())
                    continue;
                auto key_of = [&](int m) { return s.resolved[static_cast<std::size_t>(m)].entity; };
                std::vector<std::string> agents;
                if (r.tour_owner) {
                    if (!owner.empty())
                        agents.push_back(owner);
                } else {
                    for (int m : r.agents) {
                        std::string k = key_of(m);
                        if (r.property == "signedWith" || r.property == "accused")
                            k = as_state(k);
                        else if (!k.empty() && entity(k) &&
                                 entity(k)->entity_class == EntityClass::Position)
                            k.clear();
                        if (!k.empty() &&
                            std::find(agents.begin(), agents.end(), k) == agents.end())
                            agents.push_back(k);
                    }
                }
                // Only people and organizations visit, meet, lay wreaths and give speeches.
                if (r.property != "signedWith" && r.property != "accused")
                    std::erase_if(agents, [&](const std::string& k) {
                        const Entity* e = entity(k);
                        return !e || (e->entity_class != EntityClass::Person &&
                                      e->entity_class != EntityClass::Organization);
                    });
                if (agents.empty())
                    continue;
                std::vector<std::string> targets;
                for (int m : r.targets) {
                    std::string k = as_state(key_of(m));
                    if (k.empty())
                        continue;
                    targets.push_back(k);
                    // A signing with a state's official is a signing with the state too.
                    const Mention& men = a.mentions[static_cast<std::size_t>(m)];
                    if (r.property == "signedWith" && is_person(k) && !men.title_country.empty() &&
                        men.title_country != "?")
                        targets.push_back("country/" + men.title_country);
                    if (r.property == "signedWith" && is_person(k) && men.title_country == "?")
                        for (const auto& pos : entity(k)->positions)
                            if (const Entity* p = entity(pos); p && !p->country.empty())
                                targets.push_back("country/" + p->country);
                }
                std::vector<std::string> places;
                for (int m : r.places)
                    if (auto k = key_of(m); !k.empty())
                        places.push_back(k);
                // A guest visits the host's country, unless the text names the place.
                if (places.empty() && !r.hosts.empty()) {
                    std::set<std::string> host_states;
                    for (int h : r.hosts)
                        for (const auto& c : countries_of(key_of(h)))
                            host_states.insert(c);
                    if (host_states.size() == 1)
                        places = {*host_states.begin()};
                }
                if (r.place_from_context) {
                    for (std::size_t m = 0; m < a.mentions.size(); ++m)
                        if (a.mentions[m].type == MentionType::Site && !a.mentions[m].aside &&
                            a.mentions[m].span.begin < r.anchor && !s.resolved[m].entity.empty())
                            places = {s.resolved[m].entity};
                }
                std::optional<CivilDate> date;
                int year = 0;
                if (r.time >= 0) {
                    const auto& te = a.times[static_cast<std::size_t>(r.time)];
                    if (te.kind == TimeKind::Year || te.kind == TimeKind::MonthYear)
                        year = te.year;
                    else
                        date = resolve_date(te, d.date, r.modality == Modality::Planned);
                }
                EventStatus status = r.modality == Modality::Reported  ? EventStatus::Reported
                                     : r.modality == Modality::Planned ? EventStatus::Planned
                                                                       : EventStatus::Negated;
                std::string agreement_name;
                if (r.agreement >= 0)
                    agreement_name = a.mentions[static_cast<std::size_t>(r.agreement)].name;
                SourceRef src{di, s.span};
                std::string kind_name = kind->second;
                if (r.symmetric && agents.size() > 1) {
                    std::vector<std::string> rest(agents.begin() + 1, agents.end());
                    if (r.property == "signedWith")
                        for (int m : r.agents)
                            if (const Mention& men = a.mentions[static_cast<std::size_t>(m)];
                                !men.title_country.empty() && men.title_country != "?" &&
                                is_person(key_of(m)) && key_of(m) != agents.front())
                                rest.push_back("country/" + men.title_country);
                    add(kind_name, r.property, agents.front(), rest, {}, agreement_name, date, year,
                        status, src, r.rule);
                    continue;
                }
                for (const auto& agent : agents) {
                    if (r.property == "visited") {
                        for (const auto& group : place_groups(places))
                            add(kind_name, r.property, agent, {}, group, "", date, year, status,
                                src, r.rule);
                    } else if (r.property == "laidWreathAt" || r.property == "deliveredSpeechAt") {
                        add(kind_name, r.property, agent, {}, places, "", date, year, status, src,
                            r.rule);
                    } else {
                        std::vector<std::string> others;
                        for (const auto& t : targets)
                            if (t != agent)
                                others.push_back(t);
                        if (others.empty() && agreement_name.empty())
                            continue;
                        if (r.property != "signedWith" && others.empty())
                            continue;
                        add(kind_name, r.property, agent, others,
                            r.property == "metWith" ? places : std::vector<std::string>{},
                            agreement_name, date, year, status, src, r.rule);
                    }
                }
            }
        }
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
                        (("country/" + e->country) == q || ("country/" + f->country) == p ||
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

    void add(const std::string& kind, const std::string& property, const std::string& agent,
             std::vector<std::string> counterparts, std::vector<std::string> places,
             const std::string& agreement_name, std::optional<CivilDate> date, int year,
             EventStatus status, SourceRef src, const std::string& rule) {
        std::sort(counterparts.begin(), counterparts.end());
        counterparts.erase(std::unique(counterparts.begin(), counterparts.end()),
                           counterparts.end());
        std::sort(places.begin(), places.end());
        places.erase(std::unique(places.begin(), places.end()), places.end());
        if ((property == "visited" || property == "laidWreathAt" ||
             property == "deliveredSpeechAt") &&
            places.empty())
            return;
        Event e;
        e.kind = kind;
        e.property = property;
        e.agent = agent;
        e.counterparts = counterparts;
        e.places = places;
        e.date = date;
        e.year = date ? 0 : year;
        e.status = status;
        e.sources.insert(src);
        e.rules.insert(rule);
        if (!agreement_name.empty())
            e.agreement_names.insert(agreement_name);
        e.key = event_key(e);
        merge_into(events_[e.key], e);
    }

    std::string participants_key(const Event& e) const {
        std::vector<std::string> parts;
        if (e.kind == "Meeting") {
            parts = e.counterparts;
            parts.push_back(e.agent);
            std::sort(parts.begin(), parts.end());
        } else {
            parts.push_back(e.agent);
            parts.insert(parts.end(), e.counterparts.begin(), e.counterparts.end());
            parts.insert(parts.end(), e.places.begin(), e.places.end());
        }
        std::string key = lower(e.kind);
        for (const auto& p : parts)
            key += "-" + local(p);
        return key;
    }

    std::string event_key(const Event& e) const {
        std::string key = "event/" + participants_key(e);
        if (e.date)
            key += "-" + to_iso(*e.date);
        else if (e.year)
            key += "-" + std::to_string(e.year);
        return key;
    }

    static void merge_into(Event& into, const Event& from) {
        if (into.key.empty()) {
            into = from;
            return;
        }
        if (status_rank(from.status) > status_rank(into.status))
            into.status = from.status;
        into.sources.insert(from.sources.begin(), from.sources.end());
        into.rules.insert(from.rules.begin(), from.rules.end());
        into.agreement_names.insert(from.agreement_names.begin(), from.agreement_names.end());
    }

    // Presence is a visit: a wreath or a speech at a site in a city is a visit to the city;
    // talks held in a city or country are a visit to it.
    void imply_visits() {
        std::vector<Event> implied;
        for (const auto& [key, e] : events_) {
            if (e.status != EventStatus::Reported ||
                (e.kind != "WreathLaying" && e.kind != "Speech" && e.kind != "Meeting" &&
                 e.kind != "Visit"))
                continue;
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
                } else if (e.kind == "Meeting" && (place->entity_class == EntityClass::City ||
                                                   place->entity_class == EntityClass::Country)) {
                    where = place->key;
                    rule = "talks held in the place";
                } else if (e.kind == "Visit" && place->entity_class == EntityClass::City &&
                           !place->country.empty() &&
                           !countries_of(e.agent).count("country/" + place->country)) {
                    // A foreign visitor in a city is in its country ("in Buenos Aires").
                    where = "country/" + place->country;
                    rule = "a visit to a city of the country";
                }
                if (where.empty())
                    continue;
                Event v;
                v.kind = "Visit";
                v.property = "visited";
                v.agent = e.agent;
                v.places = {where};
                v.date = e.date;
                v.year = e.year;
                v.status = EventStatus::Reported;
                v.sources = e.sources;
                v.rules = {rule};
                v.key = event_key(v);
                implied.push_back(v);
            }
        }
        for (const auto& v : implied)
            merge_into(events_[v.key], v);
    }

    // An undated mention of an event joins the one dated event it can only be.
    void merge_undated() {
        std::map<std::string, std::vector<std::string>> dated;
        for (const auto& [key, e] : events_)
            if (e.date || e.year)
                dated[participants_key(e)].push_back(key);
        std::vector<std::string> gone;
        for (auto& [key, e] : events_) {
            if (e.date || e.year)
                continue;
            auto it = dated.find(participants_key(e));
            if (it == dated.end() || it->second.size() != 1)
                continue;
            merge_into(events_[it->second.front()], e);
            gone.push_back(key);
        }
        for (const auto& k : gone)
            events_.erase(k);
    }

    // "Tunisia and the US signed the roadmap" is the signing their officials made: it joins
    // the one signing by an official of either state with the other, on a compatible date.
    void merge_state_signings() {
        std::vector<std::string> gone;
        for (auto& [key, e] : events_) {
            const Entity* agent = entity(e.agent);
            if (e.kind != "Signing" || !agent || agent->entity_class != EntityClass::Country)
                continue;
            std::set<std::string> states = {e.agent};
            for (const auto& c : e.counterparts)
                states.insert(c);
            std::vector<Event*> candidates;
            for (auto& [k2, f] : events_) {
                if (k2 == key || f.kind != "Signing" || (e.date && f.date && *e.date != *f.date))
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
                    out.insert("country/" + pos->country);
        if (e->entity_class != EntityClass::Country && e->entity_class != EntityClass::Person &&
            !e->country.empty())
            out.insert("country/" + e->country);
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

    // Two reports of one signing by the same agent, on compatible dates, with different
    // states: the one fewer documents corroborate is contested, and asserts nothing.
    void contest_conflicts() {
        std::vector<Event*> signings;
        for (auto& [key, e] : events_)
            if (e.kind == "Signing" && e.status == EventStatus::Reported)
                signings.push_back(&e);
        std::vector<std::pair<Event*, std::string>> contested;
        for (Event* a : signings)
            for (Event* b : signings) {
                if (a == b || a->agent != b->agent)
                    continue;
                if (a->date && b->date && *a->date != *b->date)
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
            if (e.kind != "Signing" || e.agreement_names.empty())
                continue;
            std::string best;
            for (const auto& n : e.agreement_names) {
                bool proper =
                    std::any_of(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
                bool best_proper = std::any_of(best.begin(), best.end(),
                                               [](char c) { return c >= 'A' && c <= 'Z'; });
                if (best.empty() || proper > best_proper ||
                    (proper == best_proper && n.size() > best.size()))
                    best = n;
            }
            std::string akey = "agreement/" + key.substr(std::string("event/signing-").size());
            Entity& a = kb_.entities[akey];
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

bool has_class(const KnowledgeBase& kb, const std::string& key,
               std::initializer_list<EntityClass> classes) {
    auto it = kb.entities.find(key);
    if (it == kb.entities.end())
        return false;
    return std::find(classes.begin(), classes.end(), it->second.entity_class) != classes.end();
}

} // namespace

std::vector<Event> assemble_events(const std::vector<DocumentRecord>& documents,
                                   KnowledgeBase& kb) {
    return Assembler(documents, kb).run();
}

std::vector<DirectTriple> direct_triples(const std::vector<Event>& events,
                                         const KnowledgeBase& kb) {
    using C = EntityClass;
    std::set<DirectTriple> out;
    for (const auto& e : events) {
        if (e.status != EventStatus::Reported)
            continue;
        bool actor = has_class(kb, e.agent, {C::Person, C::Organization});
        if (e.kind == "Visit" && actor) {
            for (const auto& p : e.places)
                out.insert({e.agent, "visited", p});
        } else if (e.kind == "Meeting") {
            std::vector<std::string> all = e.counterparts;
            all.push_back(e.agent);
            for (const auto& a : all)
                for (const auto& b : all)
                    if (a != b && has_class(kb, a, {C::Person, C::Organization}) &&
                        has_class(kb, b, {C::Person, C::Organization}))
                        out.insert({a, "metWith", b});
        } else if (e.kind == "Signing") {
            if (!has_class(kb, e.agent, {C::Person, C::Organization, C::Country}))
                continue;
            for (const auto& c : e.counterparts)
                if (has_class(kb, c, {C::Person, C::Organization, C::Country}))
                    out.insert({e.agent, "signedWith", c});
            if (!e.agreement.empty()) {
                out.insert({e.agent, "signed", e.agreement});
                for (const auto& c : e.counterparts)
                    if (has_class(kb, c, {C::Person, C::Organization, C::Country}))
                        out.insert({c, "signed", e.agreement});
            }
        } else if (e.kind == "Accusation") {
            if (!has_class(kb, e.agent, {C::Person, C::Organization, C::Country}))
                continue;
            for (const auto& c : e.counterparts)
                if (has_class(kb, c, {C::Person, C::Organization, C::Country}))
                    out.insert({e.agent, "accused", c});
        } else if (e.kind == "WreathLaying" && has_class(kb, e.agent, {C::Person})) {
            for (const auto& p : e.places)
                if (has_class(kb, p, {C::Site}))
                    out.insert({e.agent, "laidWreathAt", p});
        } else if (e.kind == "Speech" && has_class(kb, e.agent, {C::Person})) {
            for (const auto& p : e.places)
                if (has_class(kb, p, {C::Site, C::City, C::Country}))
                    out.insert({e.agent, "deliveredSpeechAt", p});
        }
    }
    return {out.begin(), out.end()};
}

} // namespace geokg
