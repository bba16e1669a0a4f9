#include "extract/emit.hpp"

#include "rdf/iri.hpp"
#include "rdf/namespaces.hpp"
#include "text/ascii.hpp"
#include "text/hash.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace geokg {
namespace {

// The namespaces, as strings to build terms with.
const std::string gk(ns::gk);
const std::string rdf(ns::rdf);
const std::string rdfs(ns::rdfs);
const std::string skos(ns::skos);
const std::string xsd(ns::xsd);
const std::string prov(ns::prov);
const std::string dcterms(ns::dcterms);
const std::string nif(ns::nif);

// Every term the emitter writes besides the event classes and the direct properties (which
// come from the ontology): each must be declared there, or nothing is written.
constexpr std::string_view gk_terms[] = {
    "Person",      "Country",     "City",      "Region",        "Site",       "Organization",
    "Position",    "Agreement",   "locatedIn", "holdsPosition", "positionIn", "agent",
    "counterpart", "place",       "agreement", "date",          "year",       "status",
    "contradicts", "sourceCount", "rule",      "outlet",        "Reported",   "Planned",
    "Negated",     "Contested",   "yearMonth", "mode",          "InPerson",   "ByPhone",
    "Virtual"};

void check_declared(const Lexicon& lexicon, bool records) {
    std::vector<std::string> needed = {
        skos + "altLabel",        skos + "notation", prov + "wasDerivedFrom", nif + "Context",
        nif + "Sentence",         nif + "anchorOf",  nif + "beginIndex",      nif + "endIndex",
        nif + "referenceContext", dcterms + "title", dcterms + "date",        dcterms + "source"};
    for (std::string_view t : gk_terms)
        needed.push_back(gk + std::string(t));
    if (records)
        needed.push_back(gk + "analysisRecord");
    for (const auto& iri : needed)
        if (!lexicon.declares(iri))
            throw Error(iri, "the ontology does not declare this term, which geokg writes");
}

class Emitter {
public:
    Emitter(const std::vector<DocumentRecord>& docs, const KnowledgeBase& kb,
            const std::vector<Event>& events, const std::vector<DirectTriple>& direct,
            const Lexicon& lexicon, const std::string& base, std::vector<std::string>& records)
        : docs_(docs), kb_(kb), events_(events), direct_(direct), lexicon_(lexicon), base_(base),
          records_(records) {}

    Graph run() {
        std::set<std::string> wanted;
        for (const auto& e : events_) {
            wanted.insert(e.agent);
            wanted.insert(e.counterparts.begin(), e.counterparts.end());
            wanted.insert(e.places.begin(), e.places.end());
            if (!e.agreement.empty())
                wanted.insert(e.agreement);
        }
        for (const auto& t : direct_) {
            wanted.insert(t.subject);
            wanted.insert(t.object);
        }
        for (const auto& [key, e] : kb_.entities)
            if (e.entity_class == EntityClass::Person && !e.positions.empty())
                wanted.insert(key);
        close_over(wanted);
        for (const auto& key : wanted)
            entity(key);
        for (const auto& e : events_)
            event(e);
        for (const auto& t : direct_)
            g_.add(id(t.subject), iri(t.property), id(t.object));
        for (std::size_t d = 0; d < docs_.size(); ++d)
            document(d);
        return std::move(g_);
    }

private:
    const std::vector<DocumentRecord>& docs_;
    const KnowledgeBase& kb_;
    const std::vector<Event>& events_;
    const std::vector<DirectTriple>& direct_;
    const Lexicon& lexicon_;
    std::string base_;
    std::vector<std::string>& records_; // each document's record, moved out as it is written
    Graph g_;
    std::set<std::size_t> documents_done_;
    std::set<std::pair<std::size_t, TextSpan>> sentences_done_;

    Term id(const std::string& key) const { return iri(base_ + key); }

    const Entity* find(const std::string& key) const {
        auto it = kb_.entities.find(key);
        return it == kb_.entities.end() ? nullptr : &it->second;
    }

    // Positions bring their country or organization; places what they lie in.
    void close_over(std::set<std::string>& wanted) const {
        std::vector<std::string> todo(wanted.begin(), wanted.end());
        while (!todo.empty()) {
            std::string key = todo.back();
            todo.pop_back();
            const Entity* e = find(key);
            if (!e)
                continue;
            std::vector<std::string> linked(e->positions.begin(), e->positions.end());
            if (!e->located_in.empty())
                linked.push_back(e->located_in);
            if (e->entity_class == EntityClass::Position && !e->country.empty())
                linked.push_back(country_key(e->country));
            if (e->entity_class == EntityClass::Position && !e->organization.empty())
                linked.push_back(e->organization);
            for (const auto& l : linked)
                if (find(l) && wanted.insert(l).second)
                    todo.push_back(l);
        }
    }

    void entity(const std::string& key) {
        const Entity* e = find(key);
        if (!e)
            return;
        Term s = id(key);
        std::string cls = e->class_iri.empty()
                              ? gk + std::string(entity_class_name(e->entity_class))
                              : e->class_iri;
        g_.add(s, iri(rdf + "type"), iri(cls));
        g_.add(s, iri(rdfs + "label"), literal(e->label));
        for (const auto& alt : e->alt_labels)
            if (alt != e->label)
                g_.add(s, iri(skos + "altLabel"), literal(alt));
        if (e->entity_class == EntityClass::Country && !e->country.empty())
            g_.add(s, iri(skos + "notation"), literal(e->country));
        if (!e->located_in.empty() && find(e->located_in) &&
            e->entity_class != EntityClass::Country)
            g_.add(s, iri(gk + "locatedIn"), id(e->located_in));
        for (const auto& p : e->positions)
            if (find(p))
                g_.add(s, iri(gk + "holdsPosition"), id(p));
        if (e->entity_class == EntityClass::Position && !e->country.empty() &&
            find(country_key(e->country)))
            g_.add(s, iri(gk + "positionIn"), id(country_key(e->country)));
        if (e->entity_class == EntityClass::Position && !e->organization.empty() &&
            find(e->organization))
            g_.add(s, iri(gk + "positionIn"), id(e->organization));
    }

    void event(const Event& e) {
        Term s = id(e.key);
        g_.add(s, iri(rdf + "type"), iri(lexicon_.event_classes[static_cast<std::size_t>(e.kind)]));
        g_.add(s, iri(rdfs + "label"), literal(event_label(e, kb_)));
        g_.add(s, iri(gk + "agent"), id(e.agent));
        for (const auto& c : e.counterparts)
            g_.add(s, iri(gk + "counterpart"), id(c));
        for (const auto& p : e.places)
            g_.add(s, iri(gk + "place"), id(p));
        if (!e.agreement.empty())
            g_.add(s, iri(gk + "agreement"), id(e.agreement));
        if (e.date)
            g_.add(s, iri(gk + "date"), typed_literal(date_text(e), xsd + "date"));
        else if (e.year && e.month)
            g_.add(s, iri(gk + "yearMonth"), typed_literal(date_text(e), xsd + "gYearMonth"));
        else if (e.year)
            g_.add(s, iri(gk + "year"), typed_literal(date_text(e), xsd + "gYear"));
        g_.add(s, iri(gk + "status"), iri(gk + event_status_name(e.status)));
        if (e.mode != MeetingMode::Unknown)
            g_.add(s, iri(gk + "mode"), iri(gk + meeting_mode_name(e.mode)));
        if (!e.contradicts.empty())
            g_.add(s, iri(gk + "contradicts"), id(e.contradicts));
        std::set<std::size_t> documents;
        for (const auto& src : e.sources)
            documents.insert(src.document);
        g_.add(s, iri(gk + "sourceCount"),
               typed_literal(std::to_string(documents.size()), xsd + "nonNegativeInteger"));
        for (const auto& r : e.rules)
            g_.add(s, iri(gk + "rule"), literal(r));
        for (const auto& src : e.sources) {
            const auto& record = docs_[src.document];
            g_.add(s, iri(prov + "wasDerivedFrom"), iri(sentence_iri(record, src.sentence, base_)));
            sentence(src);
        }
    }

    void sentence(const SourceRef& src) {
        if (!sentences_done_.insert({src.document, src.sentence}).second)
            return;
        const auto& record = docs_[src.document];
        std::string doc = document_iri(record.document, base_);
        Term s = iri(sentence_iri(record, src.sentence, base_));
        const std::string& text = record.document.text;
        g_.add(s, iri(rdf + "type"), iri(nif + "Sentence"), doc);
        g_.add(s, iri(nif + "anchorOf"),
               literal(text.substr(src.sentence.begin, src.sentence.size())), doc);
        g_.add(s, iri(nif + "beginIndex"),
               typed_literal(std::to_string(code_points(text, src.sentence.begin)),
                             xsd + "nonNegativeInteger"),
               doc);
        g_.add(s, iri(nif + "endIndex"),
               typed_literal(std::to_string(code_points(text, src.sentence.end)),
                             xsd + "nonNegativeInteger"),
               doc);
        g_.add(s, iri(nif + "referenceContext"), iri(doc), doc);
        document(src.document);
    }

    void document(std::size_t index) {
        if (!documents_done_.insert(index).second)
            return;
        const auto& record = docs_[index];
        const Document& d = record.document;
        std::string doc = document_iri(d, base_);
        Term s = iri(doc);
        g_.add(s, iri(rdf + "type"), iri(nif + "Context"), doc);
        if (!d.title.empty())
            g_.add(s, iri(dcterms + "title"), literal(d.title), doc);
        if (record.date)
            g_.add(s, iri(dcterms + "date"), typed_literal(to_iso(*record.date), xsd + "date"),
                   doc);
        // Where it was published: its URL, else an id that is a web address (a feed's link).
        if (!d.url.empty() ? is_valid_iri(d.url) : is_web_address(d.id))
            g_.add(s, iri(dcterms + "source"), iri(d.url.empty() ? d.id : d.url), doc);
        if (!d.outlet.empty())
            g_.add(s, iri(gk + "outlet"), literal(d.outlet), doc);
        if (!records_.empty())
            g_.add(s, iri(gk + "analysisRecord"),
                   typed_literal(std::move(records_[index]), xsd + "base64Binary"), doc);
    }
};

} // namespace

namespace {

std::string label_of(const std::string& key, const KnowledgeBase& kb) {
    const Entity* e = kb.find(key);
    return e ? e->label : key;
}

std::string join_labels(const std::vector<std::string>& keys, const KnowledgeBase& kb) {
    std::string out;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out += i + 1 == keys.size() ? " and " : ", ";
        out += label_of(keys[i], kb);
    }
    return out;
}

} // namespace

std::string event_label(const Event& e, const KnowledgeBase& kb, bool with_status_and_date) {
    const auto label = [&](const std::string& key) { return label_of(key, kb); };
    const auto labels = [&](const std::vector<std::string>& keys) { return join_labels(keys, kb); };
    std::string agent = label(e.agent);
    std::string text;
    switch (e.kind) {
    case EventKind::Visit:
        text = "visit of " + agent + " to " + labels(e.places);
        break;
    case EventKind::Meeting:
        if (e.joint && e.counterparts.size() > 1) {
            std::vector<std::string> all = {e.agent};
            all.insert(all.end(), e.counterparts.begin(), e.counterparts.end());
            text = "meeting of " + labels(all);
        } else {
            text = "meeting of " + agent + " with " + labels(e.counterparts);
        }
        if (e.mode == MeetingMode::ByPhone)
            text = "call of " + agent + " with " + labels(e.counterparts);
        else if (e.mode == MeetingMode::Virtual)
            text = "virtual " + text;
        break;
    case EventKind::Signing:
        text = "signing";
        if (!e.agreement.empty())
            text += " of the " + label(e.agreement);
        text += " by " + agent;
        if (!e.counterparts.empty())
            text += " with " + labels(e.counterparts);
        break;
    case EventKind::Accusation:
        text = "accusation of " + labels(e.counterparts) + " by " + agent;
        break;
    case EventKind::WreathLaying:
        text = "wreath laying by " + agent + " at " + labels(e.places);
        break;
    case EventKind::Speech:
        text = "speech by " + agent + " at " + labels(e.places);
        break;
    }
    if (!with_status_and_date) {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
        return text;
    }
    if (e.status == EventStatus::Planned)
        text = "planned " + text;
    else if (e.status == EventStatus::Negated)
        text = "denied " + text;
    else if (e.status == EventStatus::Contested)
        text = "contested report: " + text;
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
    if (const std::string date = date_text(e); !date.empty())
        text += ", " + date;
    return text;
}

std::string document_iri(const Document& document, const std::string& base) {
    return base + "doc/" + document_name(document.id);
}

std::string document_name(const std::string& id) {
    constexpr std::size_t longest = 64;
    const auto plain = [](char c) {
        return is_ascii_alnum(c) || c == '-' || c == '_' || c == '.' || c == '~';
    };
    if (!id.empty() && id.size() <= longest && is_ascii_alnum(id.front()) &&
        std::all_of(id.begin(), id.end(), plain))
        return id;
    // The last segment of a path or URL says what the document is; the hash, which it is.
    std::string_view last = id;
    while (!last.empty() && (last.back() == '/' || last.back() == '?' || last.back() == '#'))
        last.remove_suffix(1);
    if (const std::size_t slash = last.find_last_of('/'); slash != std::string_view::npos)
        last.remove_prefix(slash + 1);
    std::string slug = slugify(last.substr(0, 4 * longest));
    if (slug.size() > 40) {
        slug.resize(40);
        if (const std::size_t hyphen = slug.find_last_of('-'); hyphen != std::string::npos)
            slug.resize(hyphen);
    }
    Fnv1a64 hash;
    hash.add(id);
    return slug + "-" + hash.hex().substr(0, 12);
}

std::string sentence_iri(const DocumentRecord& record, const TextSpan& sentence,
                         const std::string& base) {
    const std::string& text = record.document.text;
    return document_iri(record.document, base) +
           "#char=" + std::to_string(code_points(text, sentence.begin)) + "," +
           std::to_string(code_points(text, sentence.end));
}

Graph build_graph(const std::vector<DocumentRecord>& documents, const KnowledgeBase& kb,
                  const std::vector<Event>& events, const std::vector<DirectTriple>& direct,
                  const Lexicon& lexicon, const std::string& base,
                  std::vector<std::string> records) {
    check_declared(lexicon, !records.empty());
    return Emitter(documents, kb, events, direct, lexicon, base, records).run();
}

std::vector<Prefix> output_prefixes(const std::string& base) {
    std::vector<Prefix> prefixes = {{"gk", gk},           {"rdf", rdf}, {"rdfs", rdfs},
                                    {"skos", skos},       {"xsd", xsd}, {"prov", prov},
                                    {"dcterms", dcterms}, {"nif", nif}};
    for (const char* kind : {"agreement", "city", "country", "event", "org", "person", "position",
                             "region", "site", "doc"})
        prefixes.push_back({kind, base + kind + "/"});
    return prefixes;
}

} // namespace geokg
