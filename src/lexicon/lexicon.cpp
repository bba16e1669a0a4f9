// Reads the ontology directory into a Sord model and extracts the lexicon from it.
#include "lexicon/lexicon.hpp"
#include "rdf/serd_error_capture.hpp"
#include "rdf/sord_handles.hpp"
#include "rdf/sord_reader.hpp"

#include <serd/serd.h>
#include <sord/sord.h>

#include <algorithm>
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

namespace geokg {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view rdfs_ns = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view owl_ns = "http://www.w3.org/2002/07/owl#";
constexpr std::string_view skos_ns = "http://www.w3.org/2004/02/skos/core#";

// A SerdNode owns its buffer by value, so it needs its own guard.
struct SerdNodeGuard {
    SerdNode node;
    explicit SerdNodeGuard(SerdNode n) : node(n) {}
    SerdNodeGuard(const SerdNodeGuard&) = delete;
    SerdNodeGuard& operator=(const SerdNodeGuard&) = delete;
    ~SerdNodeGuard() { serd_node_free(&node); }
};

// A URI node owned by us (nodes found in the model are owned by the model).
class UriNode {
public:
    UriNode(SordWorld* world, std::string_view ns, std::string_view local) : world_(world) {
        const std::string iri = std::string(ns) + std::string(local);
        node_ = sord_new_uri(world, reinterpret_cast<const uint8_t*>(iri.c_str()));
        if (node_ == nullptr) {
            throw LexiconError(iri + ": cannot create node");
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
    const std::string_view ns = ontology_namespace;
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0) {
        return iri.substr(ns.size());
    }
    const auto cut = iri.find_last_of("#/");
    return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

// Trigger phrases are matched against lower-cased, single-spaced text.
std::string normalize_phrase(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (const char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out.push_back(' ');
            pending_space = false;
        }
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

// The vocabulary terms the extraction asks the model about.
struct Vocabulary {
    UriNode rdf_type, rdfs_label, rdfs_sub_class_of, skos_alt_label, skos_notation;
    UriNode gk_demonym, gk_located_in, gk_position_in, gk_country, gk_title, gk_head_word;
    UriNode gk_country_class, gk_title_class, gk_honorific_class, gk_site_class,
        gk_organization_class;

    explicit Vocabulary(SordWorld* w)
        : rdf_type(w, rdf_ns, "type"), rdfs_label(w, rdfs_ns, "label"),
          rdfs_sub_class_of(w, rdfs_ns, "subClassOf"), skos_alt_label(w, skos_ns, "altLabel"),
          skos_notation(w, skos_ns, "notation"), gk_demonym(w, ontology_namespace, "demonym"),
          gk_located_in(w, ontology_namespace, "locatedIn"),
          gk_position_in(w, ontology_namespace, "positionIn"),
          gk_country(w, ontology_namespace, "country"), gk_title(w, ontology_namespace, "title"),
          gk_head_word(w, ontology_namespace, "headWord"),
          gk_country_class(w, ontology_namespace, "Country"),
          gk_title_class(w, ontology_namespace, "Title"),
          gk_honorific_class(w, ontology_namespace, "Honorific"),
          gk_site_class(w, ontology_namespace, "Site"),
          gk_organization_class(w, ontology_namespace, "Organization") {}
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
        lexicon.triggers = triggers();
        lexicon.site_heads = head_words(vocab_.gk_site_class);
        lexicon.organization_heads = head_words(vocab_.gk_organization_class);
        lexicon.declared_terms = declared_terms();
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

    std::set<std::string> closure_iris(const UriNode& root) {
        std::set<std::string> iris;
        for (const SordNode* c : class_closure(root.get())) {
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
            const UriNode base(world_, ontology_namespace, name);
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
        by_iri.emplace(iri, std::move(entry));
    }

    std::vector<Title> titles() {
        std::vector<Title> found;
        for (const SordNode* s : instances(vocab_.gk_title_class.get())) {
            Title title;
            title.key = relative_key(node_string(s));
            labels_of(s, title.label, title.alt_labels);
            found.push_back(std::move(title));
        }
        std::sort(found.begin(), found.end(),
                  [](const auto& a, const auto& b) { return a.key < b.key; });
        found.erase(std::unique(found.begin(), found.end(),
                                [](const auto& a, const auto& b) { return a.key == b.key; }),
                    found.end());
        return found;
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

    std::vector<Trigger> triggers() {
        static constexpr std::pair<const char*, TriggerForm> forms[] = {
            {"triggerPast", TriggerForm::Past},
            {"triggerBase", TriggerForm::Base},
            {"triggerParticiple", TriggerForm::Participle},
            {"triggerPassive", TriggerForm::Passive},
            {"triggerHost", TriggerForm::Host},
            {"triggerNoun", TriggerForm::Noun},
        };
        std::set<std::tuple<std::string, std::string, TriggerForm>> found;
        for (const auto& [name, form] : forms) {
            const UriNode predicate(world_, ontology_namespace, name);
            IterPtr iter(sord_search(model_, nullptr, predicate.get(), nullptr, nullptr));
            for (; iter && !sord_iter_end(iter.get()); sord_iter_next(iter.get())) {
                const SordNode* s = sord_iter_get_node(iter.get(), SORD_SUBJECT);
                const SordNode* o = sord_iter_get_node(iter.get(), SORD_OBJECT);
                if (!is_uri(s) || !is_literal(o)) {
                    continue;
                }
                std::string phrase = normalize_phrase(node_string(o));
                if (!phrase.empty()) {
                    found.emplace(local_name(node_string(s)), std::move(phrase), form);
                }
            }
        }
        std::vector<Trigger> result;
        for (const auto& [property, phrase, form] : found) {
            result.push_back(Trigger{phrase, property, form});
        }
        return result;
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

    std::vector<std::string> declared_terms() {
        static constexpr std::pair<std::string_view, const char*> kinds[] = {
            {owl_ns, "Class"},
            {rdfs_ns, "Class"},
            {rdf_ns, "Property"},
            {owl_ns, "ObjectProperty"},
            {owl_ns, "DatatypeProperty"},
            {owl_ns, "AnnotationProperty"},
            {owl_ns, "SymmetricProperty"},
            {owl_ns, "TransitiveProperty"},
            {owl_ns, "FunctionalProperty"},
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

std::vector<std::string> ontology_files(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw LexiconError(dir + ": no such directory");
    }
    std::vector<std::string> files;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".ttl" && it->is_regular_file(ec)) {
            files.push_back(it->path().string());
        }
    }
    if (ec) {
        throw LexiconError(dir + ": " + ec.message());
    }
    std::sort(files.begin(), files.end());
    return files;
}

Lexicon load_lexicon(const std::string& ontology_dir) {
    const std::vector<std::string> files = ontology_files(ontology_dir);
    WorldPtr world(sord_world_new());
    if (!world) {
        throw LexiconError(ontology_dir + ": cannot create RDF world");
    }
    ModelPtr model(sord_new(world.get(), SORD_SPO | SORD_OPS | SORD_POS, false));
    if (!model) {
        throw LexiconError(ontology_dir + ": cannot create RDF model");
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        // Blank node labels are per file in Turtle; keep files' blank nodes apart in one model.
        // (Appended: g++ 12 sees a false -Wrestrict overlap in "f" + std::string in Release.)
        SordReadOptions options{"f", true};
        options.blank_prefix.append(std::to_string(i)).append("_");
        try {
            read_rdf_file(world.get(), model.get(), files[i], RdfFormat::Turtle, options);
        } catch (const Error& e) {
            throw LexiconError(e.what()); // until LexiconError gives way to geokg::Error
        }
    }
    return LexiconBuilder(world.get(), model.get()).build();
}

} // namespace geokg
