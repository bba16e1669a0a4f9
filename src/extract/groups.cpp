#include "extract/groups.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

namespace geokg {
namespace {

// How many sentences back a group looks for its event (0 is its own).
constexpr std::size_t group_reach = 3;

class GroupResolver {
public:
    GroupResolver(const DocumentRecord& document, std::size_t di, Resolved& resolved)
        : doc_(document), di_(di), resolved_(resolved), kb_(resolved.knowledge) {}

    void run() {
        for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
            const auto& mentions = doc_.sentences[si].analysis.mentions;
            for (std::size_t m = 0; m < mentions.size(); ++m)
                if (mentions[m].group_size > 0)
                    resolve(si, m, mentions[m]);
        }
    }

private:
    void resolve(std::size_t si, std::size_t m, const Mention& group) {
        const auto n = static_cast<std::size_t>(group.group_size);
        for (std::size_t back = 0; back <= group_reach && back <= si; ++back) {
            const std::size_t at = si - back;
            const auto& relations = doc_.sentences[at].analysis.relations;
            for (auto r = relations.rbegin(); r != relations.rend(); ++r) {
                // In its own sentence, only a relation told before the group and without it.
                if (back == 0 && (r->anchor >= group.span.begin || involves(*r, m)))
                    continue;
                std::vector<std::string> members = people_of(at, *r);
                if (group.group_of_states)
                    members = states_of(at, *r, members);
                if (members.size() != n)
                    continue;
                Resolution& res = resolved_.mentions[di_][si][m];
                res.members = members;
                res.how = "group";
                return;
            }
        }
    }

    static bool involves(const RelationMention& r, std::size_t m) {
        const int mi = static_cast<int>(m);
        for (const auto* list : {&r.agents, &r.targets, &r.hosts})
            if (std::ranges::find(*list, mi) != list->end())
                return true;
        return false;
    }

    std::vector<std::string> people_of(std::size_t si, const RelationMention& r) const {
        std::vector<std::string> people;
        const auto& res = resolved_.of(di_, si);
        for (const auto* list : {&r.agents, &r.targets, &r.hosts})
            for (int m : *list) {
                // A group told before stands for its members: "Both ministers condemned ...
                // The two ministers then signed".
                const Resolution& mr = res[static_cast<std::size_t>(m)];
                std::vector<std::string> keys = mr.members;
                keys.push_back(mr.entity);
                for (const std::string& k : keys)
                    if (kb_.is(k, EntityClass::Person) &&
                        std::ranges::find(people, k) == people.end())
                        people.push_back(k);
            }
        return people;
    }

    // The states the people hold office for, else the states the relation names.
    std::vector<std::string> states_of(std::size_t si, const RelationMention& r,
                                       const std::vector<std::string>& people) const {
        std::vector<std::string> states;
        auto add = [&](const std::string& key) {
            if (!key.empty() && std::ranges::find(states, key) == states.end())
                states.push_back(key);
        };
        for (const auto& p : people)
            for (const auto& pos : kb_.find(p)->positions)
                if (const Entity* e = kb_.find(pos); e && !e->country.empty())
                    add(country_key(e->country));
        if (!people.empty() && states.size() == people.size())
            return states;
        states.clear();
        const auto& res = resolved_.of(di_, si);
        for (const auto* list : {&r.agents, &r.targets})
            for (int m : *list)
                if (const std::string& k = res[static_cast<std::size_t>(m)].entity;
                    kb_.is(k, EntityClass::Country))
                    add(k);
        return states;
    }

    const DocumentRecord& doc_;
    std::size_t di_;
    Resolved& resolved_;
    const KnowledgeBase& kb_;
};

} // namespace

void resolve_groups(const std::vector<DocumentRecord>& documents, Resolved& resolved) {
    for (std::size_t di = 0; di < documents.size(); ++di)
        GroupResolver(documents[di], di, resolved).run();
}

} // namespace geokg
