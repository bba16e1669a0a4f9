#include "lexicon/lexicon_cache.hpp"

#include "text/binary_form.hpp"
#include "text/hash.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <unistd.h>

namespace fs = std::filesystem;

namespace geokg {
namespace {

// The compiled form's layout: raise it whenever a field of the lexicon changes.
constexpr std::uint32_t format_version = 2;
constexpr std::string_view magic = "geokg-lexicon\n";

// A file's bytes; throws when it cannot be read.
std::string read_whole(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    std::string bytes(ec ? 0 : size, '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
        throw Error(file.string(), "cannot read file");
    return bytes;
}

// Each edit of an ontology leaves its former compiled form behind: only the most recently
// written `kept_in_cache` stay.
constexpr std::size_t kept_in_cache = 8;

void prune_cache(const fs::path& dir) {
    std::vector<std::pair<fs::file_time_type, fs::path>> compiled;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code time_ec;
        if (name.rfind("lexicon-", 0) == 0 && name.find(".tmp-") == std::string::npos)
            if (auto t = fs::last_write_time(it->path(), time_ec); !time_ec)
                compiled.emplace_back(t, it->path());
    }
    if (compiled.size() <= kept_in_cache)
        return;
    std::sort(compiled.begin(), compiled.end(), std::greater<>());
    for (std::size_t k = kept_in_cache; k < compiled.size(); ++k)
        fs::remove(compiled[k].second, ec);
}

void put_roles(BinaryWriter& out, const std::vector<EventRole>& roles) {
    out.list(roles, [&](EventRole r) { out.enumerator(r); });
}
std::vector<EventRole> get_roles(BinaryReader& in) {
    return in.list<EventRole>([&](EventRole& r) { r = in.enumerator<EventRole>(4); });
}

} // namespace

std::string serialize_lexicon(const Lexicon& lex) {
    BinaryWriter out;
    out.str(std::string(magic));
    out.u32(format_version);
    out.list(lex.entries, [&](const GazetteerEntry& e) {
        out.str(e.key);
        out.enumerator(e.entity_class);
        out.str(e.class_iri);
        out.str(e.label);
        out.strs(e.alt_labels);
        out.strs(e.demonyms);
        out.str(e.country);
        out.str(e.located_in);
        out.str(e.title);
        out.str(e.capital);
    });
    out.list(lex.titles, [&](const Title& t) {
        out.str(t.key);
        out.str(t.label);
        out.strs(t.alt_labels);
        out.enumerator(t.kind);
        out.flag(t.monarch);
    });
    out.strs(lex.honorifics);
    out.list(lex.relations, [&](const Relation& r) {
        out.str(r.iri);
        out.str(r.name);
        out.enumerator(r.kind);
        out.u32(r.domain.bits());
        out.u32(r.range.bits());
        put_roles(out, r.subject_roles);
        put_roles(out, r.object_roles);
        out.flag(r.direct_object.has_value());
        out.enumerator(r.direct_object.value_or(EventRole::Agent));
        out.strs(r.place_prepositions);
        out.strs(r.counterpart_prepositions);
        out.flag(r.symmetric);
        out.flag(r.joint_subjects);
        out.flag(r.place_from_context);
    });
    for (const auto& c : lex.event_classes)
        out.str(c);
    out.list(lex.triggers, [&](const Trigger& t) {
        out.str(t.phrase);
        out.i32(t.relation);
        out.enumerator(t.form);
        out.flag(t.present);
    });
    out.strs(lex.site_heads);
    out.strs(lex.organization_heads);
    out.strs(lex.agreement_heads);
    out.list(lex.word_classes, [&](const WordClassWords& w) {
        out.enumerator(w.word_class);
        out.flag(w.case_sensitive);
        out.strs(w.words);
    });
    out.strs(lex.declared_terms);
    out.list(lex.given_names, [&](const GivenName& g) {
        out.str(g.name);
        out.strs(g.hypocorisms);
    });
    out.strs(lex.name_suffixes);
    return out.take();
}

std::optional<Lexicon> deserialize_lexicon(std::string_view bytes) {
    BinaryReader in(bytes);
    if (in.str() != magic || in.u32() != format_version || in.bad())
        return std::nullopt;
    Lexicon lex;
    lex.entries = in.list<GazetteerEntry>([&](GazetteerEntry& e) {
        e.key = in.str();
        e.entity_class = in.enumerator<EntityClass>(entity_class_count);
        e.class_iri = in.str();
        e.label = in.str();
        e.alt_labels = in.strs();
        e.demonyms = in.strs();
        e.country = in.str();
        e.located_in = in.str();
        e.title = in.str();
        e.capital = in.str();
    });
    lex.titles = in.list<Title>([&](Title& t) {
        t.key = in.str();
        t.label = in.str();
        t.alt_labels = in.strs();
        t.kind = in.enumerator<TitleKind>(3);
        t.monarch = in.flag();
    });
    lex.honorifics = in.strs();
    lex.relations = in.list<Relation>([&](Relation& r) {
        r.iri = in.str();
        r.name = in.str();
        r.kind = in.enumerator<EventKind>(event_kind_count);
        r.domain = EntityClassSet::from_bits(static_cast<std::uint16_t>(in.u32()));
        r.range = EntityClassSet::from_bits(static_cast<std::uint16_t>(in.u32()));
        r.subject_roles = get_roles(in);
        r.object_roles = get_roles(in);
        const bool has_direct = in.flag();
        const EventRole direct = in.enumerator<EventRole>(4);
        if (has_direct)
            r.direct_object = direct;
        r.place_prepositions = in.strs();
        r.counterpart_prepositions = in.strs();
        r.symmetric = in.flag();
        r.joint_subjects = in.flag();
        r.place_from_context = in.flag();
    });
    for (auto& c : lex.event_classes)
        c = in.str();
    lex.triggers = in.list<Trigger>([&](Trigger& t) {
        t.phrase = in.str();
        t.relation = in.i32();
        t.form = in.enumerator<TriggerForm>(6);
        t.present = in.flag();
    });
    lex.site_heads = in.strs();
    lex.organization_heads = in.strs();
    lex.agreement_heads = in.strs();
    lex.word_classes = in.list<WordClassWords>([&](WordClassWords& w) {
        w.word_class = in.enumerator<WordClass>(word_class_count);
        w.case_sensitive = in.flag();
        w.words = in.strs();
    });
    lex.declared_terms = in.strs();
    lex.given_names = in.list<GivenName>([&](GivenName& g) {
        g.name = in.str();
        g.hypocorisms = in.strs();
    });
    lex.name_suffixes = in.strs();
    if (in.bad() || !in.at_end())
        return std::nullopt;
    // What the loader guarantees of a lexicon it built, checked again of one it did not.
    for (const auto& t : lex.triggers)
        if (t.relation < 0 || static_cast<std::size_t>(t.relation) >= lex.relations.size())
            return std::nullopt;
    if (lex.word_classes.size() != word_class_count)
        return std::nullopt;
    return lex;
}

std::string ontology_fingerprint(const std::string& ontology_dir) {
    Fnv1a64 hash;
    hash.add(magic);
    hash.add(std::to_string(format_version));
    for (const std::string& file : ontology_files(ontology_dir)) {
        const std::string bytes = read_whole(file);
        hash.add(fs::path(file).filename().string());
        hash.add_byte(0);
        hash.add(std::to_string(bytes.size()));
        hash.add_byte(0);
        hash.add(bytes);
    }
    return hash.hex();
}

Lexicon load_lexicon_cached(const std::string& ontology_dir, const std::string& cache_dir,
                            std::string* fingerprint) {
    if (cache_dir.empty() && !fingerprint)
        return load_lexicon(ontology_dir);
    const std::string print = ontology_fingerprint(ontology_dir);
    if (fingerprint)
        *fingerprint = print;
    if (cache_dir.empty())
        return load_lexicon(ontology_dir);
    const fs::path path = fs::path(cache_dir) / ("lexicon-" + print);
    if (std::error_code ec; fs::is_regular_file(path, ec)) {
        try {
            if (auto lexicon = deserialize_lexicon(read_whole(path)))
                return std::move(*lexicon);
        } catch (const Error&) {
            // an unreadable cache is rebuilt below
        }
    }
    Lexicon lexicon = load_lexicon(ontology_dir);
    // Written beside its final name and renamed: a concurrent reader sees all or nothing.
    std::error_code ec;
    fs::create_directories(cache_dir, ec);
    const fs::path temporary =
        path.string() + ".tmp-" + std::to_string(static_cast<long>(::getpid()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << serialize_lexicon(lexicon);
        out.close();
        if (!out) {
            fs::remove(temporary, ec);
            return lexicon;
        }
    }
    fs::rename(temporary, path, ec);
    if (ec)
        fs::remove(temporary, ec);
    prune_cache(cache_dir);
    return lexicon;
}

} // namespace geokg
