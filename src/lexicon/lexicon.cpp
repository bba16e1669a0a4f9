// Reads the ontology directory into a Sord model and extracts the lexicon from it.
#include "lexicon/lexicon.hpp"
#include "rdf/namespaces.hpp"
#include "rdf/sord_handles.hpp"
#include "rdf/sord_reader.hpp"
#include "text/utf8.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

namespace geokg {
namespace {

namespace fs = std::filesystem;

// A URI node owned by us (nodes found in the model are owned by the model).
class UriNode {
public:
    UriNode(SordWorld* world, std::string_view ns, std::string_view local) : world_(world) {
        const std::string iri = std::string(ns) + std::string(local);
        node_ = sord_new_uri(world, reinterpret_cast<const uint8_t*>(iri.c_str()));
        if (node_ == nullptr) {
            throw Error(iri, "cannot create node");
        }
    }
    UriNode(const UriNode&) = delete;
    UriNode& operator=(const UriNode&) = delete;
    ~UriNode() { sord_node_free(world_, node_); }
    const SordNode* get() const { return node_; }

private:
    SordWorld* world_;
    SordNode* node_;
};

std::string node_string(const SordNode* node) {
    return reinterpret_cast<const char*>(sord_node_get_string(node));
}

bool is_uri(const SordNode* node) {
    return sord_node_get_type(node) == SORD_URI;
}
bool is_literal(const SordNode* node) {
    return sord_node_get_type(node) == SORD_LITERAL;
}

// Every match of a pattern, one position of each quad (nodes stay owned by the model).
std::vector<const SordNode*> match_nodes(SordModel* model, const SordNode* s, const SordNode* p,
                                         const SordNode* o, SordQuadIndex which) {
    std::vector<const SordNode*> found;
    IterPtr iter(sord_search(model, s, p, o, nullptr));
    for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
        found.push_back(sord_iter_get_node(iter.get(), which));
    }
    return found;
}

std::vector<const SordNode*> objects(SordModel* model, const SordNode* s, const SordNode* p) {
    return match_nodes(model, s, p, nullptr, SORD_OBJECT);
}

std::vector<const SordNode*> subjects(SordModel* model, const SordNode* p, const SordNode* o) {
    return match_nodes(model, nullptr, p, o, SORD_SUBJECT);
}

std::set<std::string> literal_objects(SordModel* model, const SordNode* s, const SordNode* p) {
    std::set<std::string> values;
    for (const SordNode* o : objects(model, s, p)) {
        if (is_literal(o)) {
            values.insert(node_string(o));
        }
    }
    return values;
}

std::set<std::string> uri_objects(SordModel* model, const SordNode* s, const SordNode* p) {
    std::set<std::string> values;
    for (const SordNode* o : objects(model, s, p)) {
        if (is_uri(o)) {
            values.insert(node_string(o));
        }
    }
    return values;
}

std::string relative_key(const std::string& iri) {
    const std::string_view base = default_base_iri;
    if (iri.size() > base.size() && iri.compare(0, base.size(), base) == 0) {
        return iri.substr(base.size());
    }
    return iri;
}

std::string local_name(const std::string& iri) {
    const std::string_view ns = ns::gk;
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0) {
        return iri.substr(ns.size());
    }
    const auto cut = iri.find_last_of("#/");
    return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

// Trigger phrases are matched against lower-cased, single-spaced text.
std::string normalize_phrase(std::string_view text) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (const std::size_t space = space_at(text, pos)) {
            pos += space;
            continue;
        }
        std::size_t end = pos;
        while (end < text.size() && space_at(text, end) == 0)
            end += decode_utf8(text, end).length;
        if (!out.empty())
            out += ' ';
        out += lower(text.substr(pos, end - pos));
        pos = end;
    }
    return out;
}

// The vocabulary terms the extraction asks the model about.
struct Vocabulary {
    UriNode rdf_type, rdfs_label, rdfs_sub_class_of, rdfs_domain, rdfs_range, owl_union_of,
        rdf_first, rdf_rest, owl_symmetric, skos_alt_label, skos_notation;
    UriNode gk_demonym, gk_located_in, gk_position_in, gk_country, gk_title, gk_head_word,
        gk_capital;
    UriNode gk_country_class, gk_title_class, gk_generic_title_class, gk_envoy_title_class,
        gk_monarch_title_class, gk_honorific_class, gk_site_class, gk_organization_class,
        gk_agreement_class, gk_word_class;
    UriNode gk_event_class, gk_subject_role, gk_object_role, gk_direct_object, gk_place_preposition,
        gk_counterpart_preposition, gk_joint_subjects, gk_place_from_context, gk_word,
        gk_case_sensitive;

    explicit Vocabulary(SordWorld* w)
        : rdf_type(w, ns::rdf, "type"), rdfs_label(w, ns::rdfs, "label"),
          rdfs_sub_class_of(w, ns::rdfs, "subClassOf"), rdfs_domain(w, ns::rdfs, "domain"),
          rdfs_range(w, ns::rdfs, "range"), owl_union_of(w, ns::owl, "unionOf"),
          rdf_first(w, ns::rdf, "first"), rdf_rest(w, ns::rdf, "rest"),
          owl_symmetric(w, ns::owl, "SymmetricProperty"), skos_alt_label(w, ns::skos, "altLabel"),
          skos_notation(w, ns::skos, "notation"), gk_demonym(w, ns::gk, "demonym"),
          gk_located_in(w, ns::gk, "locatedIn"), gk_position_in(w, ns::gk, "positionIn"),
          gk_country(w, ns::gk, "country"), gk_title(w, ns::gk, "title"),
          gk_head_word(w, ns::gk, "headWord"), gk_capital(w, ns::gk, "capital"),
          gk_country_class(w, ns::gk, "Country"), gk_title_class(w, ns::gk, "Title"),
          gk_generic_title_class(w, ns::gk, "GenericTitle"),
          gk_envoy_title_class(w, ns::gk, "EnvoyTitle"),
          gk_monarch_title_class(w, ns::gk, "MonarchTitle"),
          gk_honorific_class(w, ns::gk, "Honorific"), gk_site_class(w, ns::gk, "Site"),
          gk_organization_class(w, ns::gk, "Organization"),
          gk_agreement_class(w, ns::gk, "Agreement"), gk_word_class(w, ns::gk, "WordClass"),
          gk_event_class(w, ns::gk, "eventClass"), gk_subject_role(w, ns::gk, "subjectRole"),
          gk_object_role(w, ns::gk, "objectRole"), gk_direct_object(w, ns::gk, "directObject"),
          gk_place_preposition(w, ns::gk, "placePreposition"),
          gk_counterpart_preposition(w, ns::gk, "counterpartPreposition"),
          gk_joint_subjects(w, ns::gk, "jointSubjects"),
          gk_place_from_context(w, ns::gk, "placeFromContext"), gk_word(w, ns::gk, "word"),
          gk_case_sensitive(w, ns::gk, "caseSensitive") {}
};

class LexiconBuilder {
public:
    LexiconBuilder(SordWorld* world, SordModel* model)
        : world_(world), model_(model), vocab_(world) {}

    Lexicon build() {
        Lexicon lexicon;
        lexicon.entries = gazetteer_entries();
        lexicon.titles = titles();
        lexicon.honorifics = honorifics();
        lexicon.relations = relations(lexicon.event_classes);
        if (lexicon.relations.empty()) {
            throw Error("the ontology declares no relation property (none has gk:eventClass): "
                        "is this geokg's ontology?");
        }
        lexicon.triggers = triggers(lexicon.relations);
        lexicon.site_heads = head_words(vocab_.gk_site_class);
        lexicon.organization_heads = head_words(vocab_.gk_organization_class);
        lexicon.agreement_heads = head_words(vocab_.gk_agreement_class);
        lexicon.word_classes = word_classes();
        lexicon.declared_terms = declared_terms();
        lexicon.given_names = given_names();
        lexicon.name_suffixes = name_suffixes();
        return lexicon;
    }

private:
    SordWorld* world_;
    SordModel* model_;
    Vocabulary vocab_;

    // The class itself and every class below it through rdfs:subClassOf.
    std::vector<const SordNode*> class_closure(const SordNode* root) {
        std::vector<const SordNode*> closure{root};
        std::set<std::string> seen{node_string(root)};
        for (std::size_t i = 0; i < closure.size(); ++i) {
            for (const SordNode* sub :
                 subjects(model_, vocab_.rdfs_sub_class_of.get(), closure[i])) {
                if (is_uri(sub) && seen.insert(node_string(sub)).second) {
                    closure.push_back(sub);
                }
            }
        }
        return closure;
    }

    std::set<std::string> closure_iris(const UriNode& root) { return closure_iris_of(root.get()); }

    std::set<std::string> closure_iris_of(const SordNode* root) {
        std::set<std::string> iris;
        for (const SordNode* c : class_closure(root)) {
            iris.insert(node_string(c));
        }
        return iris;
    }

    // URI subjects typed `type`.
    std::vector<const SordNode*> instances(const SordNode* type) {
        std::vector<const SordNode*> found;
        for (const SordNode* s : subjects(model_, vocab_.rdf_type.get(), type)) {
            if (is_uri(s)) {
                found.push_back(s);
            }
        }
        return found;
    }

    // One label, the rest as alternatives (the label chosen deterministically if several).
    void labels_of(const SordNode* s, std::string& label, std::vector<std::string>& alts) {
        std::set<std::string> labels = literal_objects(model_, s, vocab_.rdfs_label.get());
        std::set<std::string> alt_set = literal_objects(model_, s, vocab_.skos_alt_label.get());
        if (!labels.empty()) {
            label = *labels.begin();
            labels.erase(labels.begin());
            alt_set.insert(labels.begin(), labels.end());
            alt_set.erase(label);
        }
        alts.assign(alt_set.begin(), alt_set.end());
    }

    std::string first_uri(const SordNode* s, const UriNode& p) {
        const std::set<std::string> values = uri_objects(model_, s, p.get());
        return values.empty() ? std::string() : *values.begin();
    }

    bool is_country(const SordNode* s) {
        IterPtr iter(
            sord_search(model_, s, vocab_.rdf_type.get(), vocab_.gk_country_class.get(), nullptr));
        return iter && !sord_iter_end(iter.get());
    }

    // The alpha-3 code of the country an entry belongs to, following locatedIn,
    // positionIn and country links through cities and regions.
    std::string country_code(const SordNode* start) {
        std::vector<const SordNode*> queue{start};
        std::set<std::string> seen{node_string(start)};
        for (std::size_t i = 0; i < queue.size(); ++i) {
            const SordNode* node = queue[i];
            if (is_country(node)) {
                const auto codes = literal_objects(model_, node, vocab_.skos_notation.get());
                if (!codes.empty()) {
                    return *codes.begin();
                }
            }
            for (const UriNode* link :
                 {&vocab_.gk_located_in, &vocab_.gk_position_in, &vocab_.gk_country}) {
                for (const SordNode* next : objects(model_, node, link->get())) {
                    if (is_uri(next) && seen.insert(node_string(next)).second) {
                        queue.push_back(next);
                    }
                }
            }
        }
        return {};
    }

    std::vector<GazetteerEntry> gazetteer_entries() {
        static constexpr std::pair<const char*, EntityClass> bases[] = {
            {"Person", EntityClass::Person},     {"Country", EntityClass::Country},
            {"City", EntityClass::City},         {"Region", EntityClass::Region},
            {"Site", EntityClass::Site},         {"Organization", EntityClass::Organization},
            {"Position", EntityClass::Position}, {"Agreement", EntityClass::Agreement},
        };
        std::map<std::string, GazetteerEntry> by_iri;
        for (const auto& [name, entity_class] : bases) {
            const UriNode base(world_, ns::gk, name);
            for (const SordNode* cls : class_closure(base.get())) {
                for (const SordNode* s : instances(cls)) {
                    add_entry(by_iri, s, cls, entity_class);
                }
            }
        }
        std::vector<GazetteerEntry> entries;
        for (auto& [iri, entry] : by_iri) {
            entries.push_back(std::move(entry));
        }
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.key < b.key; });
        return entries;
    }

    void add_entry(std::map<std::string, GazetteerEntry>& by_iri, const SordNode* s,
                   const SordNode* cls, EntityClass entity_class) {
        const std::string iri = node_string(s);
        const std::string class_iri = node_string(cls);
        if (const auto found = by_iri.find(iri); found != by_iri.end()) {
            // Several types: the first base class wins, then the smallest class IRI.
            if (found->second.entity_class == entity_class && class_iri < found->second.class_iri) {
                found->second.class_iri = class_iri;
            }
            return;
        }
        GazetteerEntry entry;
        entry.key = relative_key(iri);
        entry.entity_class = entity_class;
        entry.class_iri = class_iri;
        labels_of(s, entry.label, entry.alt_labels);
        // A position is only a gazetteer entry when it has a name of its own.
        if (entity_class == EntityClass::Position && entry.alt_labels.empty()) {
            return;
        }
        const auto demonyms = literal_objects(model_, s, vocab_.gk_demonym.get());
        entry.demonyms.assign(demonyms.begin(), demonyms.end());
        entry.country = country_code(s);
        if (const std::string located = first_uri(s, vocab_.gk_located_in); !located.empty()) {
            entry.located_in = relative_key(located);
        }
        if (const std::string title = first_uri(s, vocab_.gk_title); !title.empty()) {
            entry.title = relative_key(title);
        }
        if (const std::string capital = first_uri(s, vocab_.gk_capital); !capital.empty()) {
            entry.capital = relative_key(capital);
        }
        by_iri.emplace(iri, std::move(entry));
    }

    // Every instance of gk:Title or a class below it; gk:GenericTitle, gk:EnvoyTitle and
    // gk:MonarchTitle instances are marked as such.
    std::vector<Title> titles() {
        const std::set<std::string> generic = closure_iris(vocab_.gk_generic_title_class);
        const std::set<std::string> envoy = closure_iris(vocab_.gk_envoy_title_class);
        const std::set<std::string> monarch = closure_iris(vocab_.gk_monarch_title_class);
        std::map<std::string, Title> found;
        for (const SordNode* cls : class_closure(vocab_.gk_title_class.get())) {
            const std::string class_iri = node_string(cls);
            for (const SordNode* s : instances(cls)) {
                Title& title = found[node_string(s)];
                if (title.key.empty()) {
                    title.key = relative_key(node_string(s));
                    labels_of(s, title.label, title.alt_labels);
                }
                title.monarch = title.monarch || monarch.count(class_iri) > 0;
                if (envoy.count(class_iri))
                    title.kind = TitleKind::Envoy;
                else if (generic.count(class_iri) && title.kind == TitleKind::Specific)
                    title.kind = TitleKind::Generic;
            }
        }
        std::vector<Title> sorted;
        for (auto& [iri, title] : found)
            sorted.push_back(std::move(title));
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto& a, const auto& b) { return a.key < b.key; });
        return sorted;
    }

    std::vector<std::string> honorifics() {
        std::set<std::string> forms;
        for (const SordNode* s : instances(vocab_.gk_honorific_class.get())) {
            const auto labels = literal_objects(model_, s, vocab_.rdfs_label.get());
            const auto alts = literal_objects(model_, s, vocab_.skos_alt_label.get());
            forms.insert(labels.begin(), labels.end());
            forms.insert(alts.begin(), alts.end());
        }
        return {forms.begin(), forms.end()};
    }

    // Trigger annotations on the relation properties; one on a property that is no
    // relation (no gk:eventClass) is an error, since it could never be read.
    std::vector<Trigger> triggers(const std::vector<Relation>& relations) {
        static constexpr std::pair<const char*, TriggerForm> forms[] = {
            {"triggerPast", TriggerForm::Past},
            {"triggerBase", TriggerForm::Base},
            {"triggerParticiple", TriggerForm::Participle},
            {"triggerPassive", TriggerForm::Passive},
            {"triggerHost", TriggerForm::Host},
            {"triggerNoun", TriggerForm::Noun},
        };
        std::map<std::string, int> relation_of;
        for (std::size_t i = 0; i < relations.size(); ++i)
            relation_of.emplace(relations[i].iri, static_cast<int>(i));
        std::set<std::tuple<int, std::string, TriggerForm>> found;
        for (const auto& [name, form] : forms) {
            const UriNode predicate(world_, ns::gk, name);
            IterPtr iter(sord_search(model_, nullptr, predicate.get(), nullptr, nullptr));
            for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
                const SordNode* s = sord_iter_get_node(iter.get(), SORD_SUBJECT);
                const SordNode* o = sord_iter_get_node(iter.get(), SORD_OBJECT);
                if (!is_uri(s) || !is_literal(o)) {
                    continue;
                }
                const auto relation = relation_of.find(node_string(s));
                if (relation == relation_of.end()) {
                    throw Error(node_string(s),
                                std::string("gk:") + name + " on a property without gk:eventClass");
                }
                std::string phrase = normalize_phrase(node_string(o));
                if (!phrase.empty()) {
                    found.emplace(relation->second, std::move(phrase), form);
                }
            }
        }
        std::vector<Trigger> result;
        for (const auto& [relation, phrase, form] : found) {
            result.push_back(Trigger{phrase, relation, form});
        }
        return result;
    }

    // The direct properties: every property with a gk:eventClass the extraction knows.
    std::vector<Relation> relations(std::array<std::string, event_kind_count>& event_classes) {
        std::vector<Relation> found;
        IterPtr iter(sord_search(model_, nullptr, vocab_.gk_event_class.get(), nullptr, nullptr));
        for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
            const SordNode* property = sord_iter_get_node(iter.get(), SORD_SUBJECT);
            const SordNode* event_class = sord_iter_get_node(iter.get(), SORD_OBJECT);
            if (!is_uri(property) || !is_uri(event_class)) {
                continue;
            }
            const std::string class_iri = node_string(event_class);
            const auto kind = event_kind_of(class_iri);
            if (!kind) {
                throw Error(node_string(property),
                            "gk:eventClass " + class_iri + " is no event class geokg assembles");
            }
            event_classes[static_cast<std::size_t>(*kind)] = class_iri;
            found.push_back(relation(property, *kind));
        }
        std::sort(found.begin(), found.end(),
                  [](const Relation& a, const Relation& b) { return a.iri < b.iri; });
        return found;
    }

    Relation relation(const SordNode* property, EventKind kind) {
        Relation r;
        r.iri = node_string(property);
        r.name = local_name(r.iri);
        r.kind = kind;
        r.domain = class_set(objects(model_, property, vocab_.rdfs_domain.get()));
        r.range = class_set(objects(model_, property, vocab_.rdfs_range.get()));
        r.subject_roles = roles(property, vocab_.gk_subject_role);
        r.object_roles = roles(property, vocab_.gk_object_role);
        if (const auto direct = roles(property, vocab_.gk_direct_object); !direct.empty()) {
            r.direct_object = direct.front();
        }
        for (const auto& p : literal_objects(model_, property, vocab_.gk_place_preposition.get())) {
            r.place_prepositions.push_back(normalize_phrase(p));
        }
        for (const auto& p :
             literal_objects(model_, property, vocab_.gk_counterpart_preposition.get())) {
            r.counterpart_prepositions.push_back(normalize_phrase(p));
        }
        r.symmetric = has_type(property, vocab_.owl_symmetric);
        r.joint_subjects = is_true(property, vocab_.gk_joint_subjects);
        r.place_from_context = is_true(property, vocab_.gk_place_from_context);
        return r;
    }

    static std::optional<EventKind> event_kind_of(const std::string& class_iri) {
        for (std::size_t k = 0; k < event_kind_count; ++k) {
            const auto kind = static_cast<EventKind>(k);
            if (class_iri == std::string(ns::gk) + std::string(event_kind_name(kind))) {
                return kind;
            }
        }
        return std::nullopt;
    }

    // The event roles named by a property's annotation (gk:agent, gk:counterpart, ...).
    std::vector<EventRole> roles(const SordNode* property, const UriNode& annotation) {
        static constexpr std::pair<const char*, EventRole> names[] = {
            {"agent", EventRole::Agent},
            {"counterpart", EventRole::Counterpart},
            {"place", EventRole::Place},
            {"agreement", EventRole::Agreement},
        };
        std::vector<EventRole> found;
        for (const std::string& iri : uri_objects(model_, property, annotation.get())) {
            bool known = false;
            for (const auto& [name, role] : names) {
                if (iri == std::string(ns::gk) + name) {
                    found.push_back(role);
                    known = true;
                }
            }
            if (!known) {
                throw Error(node_string(property), "role " + iri + " is no event role");
            }
        }
        std::sort(found.begin(), found.end());
        return found;
    }

    // The entity classes a domain or range admits: named classes, owl:unionOf lists, and
    // every class below them.
    EntityClassSet class_set(const std::vector<const SordNode*>& classes) {
        EntityClassSet set;
        std::vector<const SordNode*> named;
        for (const SordNode* c : classes) {
            if (is_uri(c)) {
                named.push_back(c);
                continue;
            }
            for (const SordNode* list : objects(model_, c, vocab_.owl_union_of.get())) {
                for (const SordNode* member : list_members(list)) {
                    named.push_back(member);
                }
            }
        }
        for (const SordNode* c : named) {
            const std::set<std::string> below = closure_iris_of(c);
            for (std::size_t k = 0; k < entity_class_count; ++k) {
                const auto entity_class = static_cast<EntityClass>(k);
                const std::string iri =
                    std::string(ns::gk) + std::string(entity_class_name(entity_class));
                if (below.count(iri)) {
                    set.add(entity_class);
                }
            }
        }
        return set;
    }

    std::vector<const SordNode*> list_members(const SordNode* list) {
        std::vector<const SordNode*> members;
        std::set<std::string> seen;
        while (list && !is_uri(list) && seen.insert(node_string(list)).second) {
            const auto first = objects(model_, list, vocab_.rdf_first.get());
            if (!first.empty() && is_uri(first.front())) {
                members.push_back(first.front());
            }
            const auto rest = objects(model_, list, vocab_.rdf_rest.get());
            list = rest.empty() ? nullptr : rest.front();
        }
        return members;
    }

    bool has_type(const SordNode* s, const UriNode& type) {
        IterPtr iter(sord_search(model_, s, vocab_.rdf_type.get(), type.get(), nullptr));
        return iter && !sord_iter_end(iter.get());
    }

    bool is_true(const SordNode* s, const UriNode& p) {
        return literal_objects(model_, s, p.get()).count("true") != 0;
    }

    // The word classes of ontology/lexicon.ttl, in the order of WordClass; each one must be
    // there, or a construction of the grammar would silently match nothing.
    std::vector<WordClassWords> word_classes() {
        std::map<std::string, const SordNode*> by_key;
        for (const SordNode* s : instances(vocab_.gk_word_class.get())) {
            by_key.emplace(relative_key(node_string(s)), s);
        }
        std::vector<WordClassWords> classes;
        for (std::size_t k = 0; k < word_class_count; ++k) {
            const auto word_class = static_cast<WordClass>(k);
            const std::string key = "words/" + std::string(word_class_name(word_class));
            const auto found = by_key.find(key);
            if (found == by_key.end()) {
                throw Error(std::string(default_base_iri) + key,
                            "word class missing from the ontology (see ontology/lexicon.ttl)");
            }
            WordClassWords words;
            words.word_class = word_class;
            words.case_sensitive = is_true(found->second, vocab_.gk_case_sensitive);
            for (const auto& w : literal_objects(model_, found->second, vocab_.gk_word.get())) {
                words.words.push_back(words.case_sensitive ? w : normalize_phrase(w));
            }
            classes.push_back(std::move(words));
        }
        return classes;
    }

    // Head words annotated on the class or on any class below it.
    std::vector<std::string> head_words(const UriNode& root) {
        std::set<std::string> words;
        for (const SordNode* cls : class_closure(root.get())) {
            const auto found = literal_objects(model_, cls, vocab_.gk_head_word.get());
            words.insert(found.begin(), found.end());
        }
        return {words.begin(), words.end()};
    }

    // gk:GivenName instances: the label is the name, gk:hypocorism its short forms.
    std::vector<GivenName> given_names() {
        const UriNode given_name(world_, ns::gk, "GivenName");
        const UriNode hypocorism(world_, ns::gk, "hypocorism");
        std::map<std::string, std::set<std::string>> found;
        for (const SordNode* s : instances(given_name.get())) {
            const auto hypocorisms = literal_objects(model_, s, hypocorism.get());
            for (const auto& name : literal_objects(model_, s, vocab_.rdfs_label.get()))
                found[name].insert(hypocorisms.begin(), hypocorisms.end());
        }
        std::vector<GivenName> names;
        for (auto& [name, hypocorisms] : found)
            names.push_back({name, {hypocorisms.begin(), hypocorisms.end()}});
        return names;
    }

    // Every label and altLabel of the gk:NameSuffix instances.
    std::vector<std::string> name_suffixes() {
        const UriNode name_suffix(world_, ns::gk, "NameSuffix");
        std::set<std::string> forms;
        for (const SordNode* s : instances(name_suffix.get())) {
            const auto labels = literal_objects(model_, s, vocab_.rdfs_label.get());
            const auto alts = literal_objects(model_, s, vocab_.skos_alt_label.get());
            forms.insert(labels.begin(), labels.end());
            forms.insert(alts.begin(), alts.end());
        }
        return {forms.begin(), forms.end()};
    }

    std::vector<std::string> declared_terms() {
        static constexpr std::pair<std::string_view, const char*> kinds[] = {
            {ns::owl, "Class"},
            {ns::rdfs, "Class"},
            {ns::rdf, "Property"},
            {ns::owl, "ObjectProperty"},
            {ns::owl, "DatatypeProperty"},
            {ns::owl, "AnnotationProperty"},
            {ns::owl, "SymmetricProperty"},
            {ns::owl, "TransitiveProperty"},
            {ns::owl, "FunctionalProperty"},
            {ns::owl, "NamedIndividual"},
        };
        std::set<std::string> terms;
        for (const auto& [ns, name] : kinds) {
            const UriNode kind(world_, ns, name);
            for (const SordNode* s : instances(kind.get())) {
                terms.insert(node_string(s));
            }
        }
        return {terms.begin(), terms.end()};
    }
};

} // namespace

std::string_view entity_class_name(EntityClass entity_class) {
    static constexpr std::array<std::string_view, entity_class_count> names = {
        "Person", "Country", "City", "Region", "Site", "Organization", "Position", "Agreement"};
    return names[static_cast<std::size_t>(entity_class)];
}

std::string_view event_kind_name(EventKind kind) {
    static constexpr std::array<std::string_view, event_kind_count> names = {
        "Visit", "Meeting", "Signing", "Accusation", "WreathLaying", "Speech"};
    return names[static_cast<std::size_t>(kind)];
}

bool Lexicon::declares(std::string_view iri) const {
    return std::binary_search(declared_terms.begin(), declared_terms.end(), iri);
}

std::vector<std::string> ontology_files(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw Error(dir, "no such directory");
    }
    std::vector<std::string> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".ttl" && it->is_regular_file(ec)) {
            files.push_back(it->path().string());
        }
    }
    if (ec) {
        throw Error(dir, ec.message());
    }
    if (files.empty()) {
        throw Error(dir, "no ontology here: no *.ttl file");
    }
    std::sort(files.begin(), files.end());
    return files;
}

Lexicon load_lexicon(const std::string& ontology_dir) {
    const std::vector<std::string> files = ontology_files(ontology_dir);
    WorldPtr world(sord_world_new());
    if (!world) {
        throw Error(ontology_dir, "cannot create RDF world");
    }
    ModelPtr model(sord_new(world.get(), SORD_SPO | SORD_OPS | SORD_POS, false));
    if (!model) {
        throw Error(ontology_dir, "cannot create RDF model");
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        // Blank node labels are per file in Turtle; keep files' blank nodes apart in one model.
        // (Appended: g++ 12 sees a false -Wrestrict overlap in "f" + std::string in Release.)
        SordReadOptions options{"f", true};
        options.blank_prefix.append(std::to_string(i)).append("_");
        read_rdf_file(world.get(), model.get(), files[i], RdfFormat::Turtle, options);
    }
    try {
        return LexiconBuilder(world.get(), model.get()).build();
    } catch (const Error& e) {
        if (!e.where().empty())
            throw;
        throw Error(ontology_dir, e.message());
    }
}

} // namespace geokg
