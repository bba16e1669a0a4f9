#include "extract/record_form.hpp"

#include "text/binary_form.hpp"

#include <new>
#include <optional>

#include <zlib.h>

namespace geokg {
namespace {

// The layout's version: raise it whenever a field of the record changes.
constexpr std::uint32_t record_version = 1;
// (Numbers are variable-length: see text/binary_form.)
constexpr std::string_view magic = "geokg-record\n";

void put_indices(BinaryWriter& out, const std::vector<int>& v) {
    out.list(v, [&](int i) { out.i32(i); });
}
std::vector<int> get_indices(BinaryReader& in) {
    return in.list<int>([&](int& i) { i = in.i32(); });
}

void put_span(BinaryWriter& out, const TextSpan& s) {
    out.u64(s.begin);
    out.u64(s.end);
}
TextSpan get_span(BinaryReader& in) {
    TextSpan s;
    s.begin = in.u64();
    s.end = in.u64();
    return s;
}

// A mention's surface and name: most surfaces are the sentence's bytes at the mention's
// span, and most names the surface, so neither is repeated then (1), else written (0).
void put_spelled(BinaryWriter& out, const std::string& value, std::string_view same) {
    if (value == same) {
        out.u8(1);
        return;
    }
    out.u8(0);
    out.str(value);
}

std::string get_spelled(BinaryReader& in, std::string_view same) {
    return in.u8() == 1 ? std::string(same) : in.str();
}

// The bytes at `span` in `sentence`, or "" when the span lies outside it.
std::string_view at_span(std::string_view sentence, const TextSpan& span) {
    if (span.begin > span.end || span.end > sentence.size())
        return {};
    return sentence.substr(span.begin, span.size());
}

void put_mention(BinaryWriter& out, const Mention& m, std::string_view sentence) {
    out.enumerator(m.type);
    out.u64(m.first_token);
    out.u64(m.last_token);
    put_span(out, m.span);
    put_spelled(out, m.surface, at_span(sentence, m.span));
    put_spelled(out, m.name, m.surface);
    out.i32(m.entry);
    out.i32(m.title);
    out.str(m.title_country);
    out.flag(m.country_from_context);
    out.str(m.title_target);
    out.str(m.title_region);
    out.flag(m.former);
    out.str(m.pronoun);
    out.flag(m.first_person);
    out.i32(m.group_size);
    out.flag(m.group_of_states);
    out.flag(m.aside);
    out.flag(m.metonym);
    out.list(m.titles, [&](const TitlePhrase& t) {
        out.i32(t.title);
        out.i32(t.head);
        out.str(t.label);
        out.str(t.organization);
        out.i32(t.organization_entry);
        out.flag(t.organization_of);
    });
    out.str(m.name_suffix);
    out.flag(m.counterpart);
}

void get_mention(BinaryReader& in, Mention& m, std::string_view sentence) {
    m.type = in.enumerator<MentionType>(static_cast<std::size_t>(MentionType::Agreement) + 1);
    m.first_token = in.u64();
    m.last_token = in.u64();
    m.span = get_span(in);
    m.surface = get_spelled(in, at_span(sentence, m.span));
    m.name = get_spelled(in, m.surface);
    m.entry = in.i32();
    m.title = in.i32();
    m.title_country = in.str();
    m.country_from_context = in.flag();
    m.title_target = in.str();
    m.title_region = in.str();
    m.former = in.flag();
    m.pronoun = in.str();
    m.first_person = in.flag();
    m.group_size = in.i32();
    m.group_of_states = in.flag();
    m.aside = in.flag();
    m.metonym = in.flag();
    m.titles = in.list<TitlePhrase>([&](TitlePhrase& t) {
        t.title = in.i32();
        t.head = in.i32();
        t.label = in.str();
        t.organization = in.str();
        t.organization_entry = in.i32();
        t.organization_of = in.flag();
    });
    m.name_suffix = in.str();
    m.counterpart = in.flag();
}

void put_relation(BinaryWriter& out, const RelationMention& r) {
    out.i32(r.relation);
    out.enumerator(r.kind);
    out.str(r.rule);
    put_indices(out, r.agents);
    put_indices(out, r.targets);
    put_indices(out, r.places);
    out.i32(r.agreement);
    put_indices(out, r.hosts);
    put_indices(out, r.representatives);
    out.enumerator(r.modality);
    out.flag(r.place_from_context);
    out.flag(r.symmetric);
    out.flag(r.unnamed_counterparts);
    out.flag(r.tour_owner);
    out.flag(r.progressive);
    out.i32(r.time);
    out.u64(r.anchor);
    out.enumerator(r.mode);
}

void get_relation(BinaryReader& in, RelationMention& r) {
    r.relation = in.i32();
    r.kind = in.enumerator<EventKind>(event_kind_count);
    r.rule = in.str();
    r.agents = get_indices(in);
    r.targets = get_indices(in);
    r.places = get_indices(in);
    r.agreement = in.i32();
    r.hosts = get_indices(in);
    r.representatives = get_indices(in);
    r.modality = in.enumerator<Modality>(static_cast<std::size_t>(Modality::Negated) + 1);
    r.place_from_context = in.flag();
    r.symmetric = in.flag();
    r.unnamed_counterparts = in.flag();
    r.tour_owner = in.flag();
    r.progressive = in.flag();
    r.time = in.i32();
    r.anchor = in.u64();
    r.mode = in.enumerator<MeetingMode>(static_cast<std::size_t>(MeetingMode::Virtual) + 1);
}

// `sentence`: the text the sentence's mentions' spans are in.
void put_sentence(BinaryWriter& out, const SentenceRecord& s, std::string_view sentence) {
    put_span(out, s.span);
    const SentenceAnalysis& a = s.analysis;
    out.list(a.mentions, [&](const Mention& m) { put_mention(out, m, sentence); });
    out.list(a.times, [&](const TimeExpression& t) {
        out.enumerator(t.kind);
        put_span(out, t.span);
        out.i32(t.year);
        out.i32(t.month);
        out.i32(t.day);
        out.i32(t.weekday);
        out.i32(t.offset);
        out.i32(t.shift);
    });
    out.list(a.relations, [&](const RelationMention& r) { put_relation(out, r); });
    out.list(a.positions, [&](const PositionClaim& p) {
        out.i32(p.person);
        put_indices(out, p.roles);
    });
    out.list(a.located, [&](const LocatedIn& l) {
        out.i32(l.inner);
        out.i32(l.outer);
    });
    out.list(a.companions, [&](const Companions& c) {
        out.i32(c.leader);
        put_indices(out, c.companions);
    });
}

// `text`: the document's text; `title`: its title, the text of the title's record.
void get_sentence(BinaryReader& in, SentenceRecord& s, std::string_view text,
                  std::optional<std::string_view> title = std::nullopt) {
    s.span = get_span(in);
    const std::string_view sentence = title ? *title : at_span(text, s.span);
    SentenceAnalysis& a = s.analysis;
    a.mentions = in.list<Mention>([&](Mention& m) { get_mention(in, m, sentence); });
    a.times = in.list<TimeExpression>([&](TimeExpression& t) {
        t.kind = in.enumerator<TimeKind>(static_cast<std::size_t>(TimeKind::Relative) + 1);
        t.span = get_span(in);
        t.year = in.i32();
        t.month = in.i32();
        t.day = in.i32();
        t.weekday = in.i32();
        t.offset = in.i32();
        t.shift = in.i32();
    });
    a.relations = in.list<RelationMention>([&](RelationMention& r) { get_relation(in, r); });
    a.positions = in.list<PositionClaim>([&](PositionClaim& p) {
        p.person = in.i32();
        p.roles = get_indices(in);
    });
    a.located = in.list<LocatedIn>([&](LocatedIn& l) {
        l.inner = in.i32();
        l.outer = in.i32();
    });
    a.companions = in.list<Companions>([&](Companions& c) {
        c.leader = in.i32();
        c.companions = get_indices(in);
    });
}

// Every index a record holds points into its own sentence or the lexicon: one that does not
// would be read out of bounds later, so such bytes are no record.
bool indices_in_range(const SentenceAnalysis& a, const Lexicon& lex) {
    const auto in_lexicon = [](int i, std::size_t size) {
        return i >= -1 && (i == -1 || static_cast<std::size_t>(i) < size);
    };
    for (const auto& m : a.mentions) {
        if (!in_lexicon(m.entry, lex.entries.size()) || !in_lexicon(m.title, lex.titles.size()))
            return false;
        for (const auto& t : m.titles)
            if (!in_lexicon(t.title, lex.titles.size()) || !in_lexicon(t.head, lex.titles.size()) ||
                !in_lexicon(t.organization_entry, lex.entries.size()))
                return false;
    }
    const auto mention = [&](int i) {
        return i >= 0 && static_cast<std::size_t>(i) < a.mentions.size();
    };
    const auto mention_or_none = [&](int i) { return i == -1 || mention(i); };
    const auto all = [&](const std::vector<int>& v) {
        for (int i : v)
            if (!mention(i))
                return false;
        return true;
    };
    for (const auto& r : a.relations)
        if (r.relation < 0 || static_cast<std::size_t>(r.relation) >= lex.relations.size() ||
            !all(r.agents) || !all(r.targets) || !all(r.places) || !all(r.hosts) ||
            !all(r.representatives) || !mention_or_none(r.agreement) ||
            !(r.time == -1 || (r.time >= 0 && static_cast<std::size_t>(r.time) < a.times.size())))
            return false;
    for (const auto& p : a.positions)
        if (!mention(p.person) || !all(p.roles))
            return false;
    for (const auto& l : a.located)
        if (!mention(l.inner) || !mention(l.outer))
            return false;
    for (const auto& c : a.companions)
        if (!mention(c.leader) || !all(c.companions))
            return false;
    return true;
}

} // namespace

std::string serialize_record(const DocumentRecord& record, std::string_view ontology_fingerprint) {
    BinaryWriter body;
    const Document& d = record.document;
    body.str(d.id);
    body.str(d.text);
    body.str(d.date);
    body.str(d.title);
    body.str(d.url);
    body.str(d.outlet); // not d.source: the record is the same wherever its input lay
    body.list(record.sentences,
              [&](const SentenceRecord& s) { put_sentence(body, s, at_span(d.text, s.span)); });
    put_sentence(body, record.title, d.title);
    const std::string plain = body.take();

    // The body deflated (zlib): a record is mostly English text and small numbers.
    uLongf size = compressBound(static_cast<uLong>(plain.size()));
    std::string deflated(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(deflated.data()), &size,
                  reinterpret_cast<const Bytef*>(plain.data()), static_cast<uLong>(plain.size()),
                  Z_DEFAULT_COMPRESSION) != Z_OK)
        throw std::bad_alloc(); // zlib fails only for want of memory with a bound this large
    deflated.resize(size);

    BinaryWriter out;
    out.str(magic);
    out.u32(record_version);
    out.str(ontology_fingerprint);
    out.u64(plain.size());
    return out.take() + deflated;
}

std::variant<DocumentRecord, std::string> deserialize_record(std::string_view bytes,
                                                             std::string_view ontology_fingerprint,
                                                             const Lexicon& lexicon) {
    BinaryReader head(bytes);
    if (head.str() != magic || head.bad())
        return std::string("not a geokg analysis record");
    if (const std::uint32_t v = head.u32(); v != record_version)
        return "an analysis record of layout version " + std::to_string(v) + ", not " +
               std::to_string(record_version) + " (made by another version of geokg)";
    if (const std::string f = head.str(); f != ontology_fingerprint)
        return "an analysis record made with another ontology (fingerprint " + f + ", not " +
               std::string(ontology_fingerprint) + ")";
    const std::uint64_t plain_size = head.u64();
    const std::string_view deflated = head.rest();
    // Deflate shrinks by at most 1032 to 1: a larger claim is damage, not a record.
    if (head.bad() || plain_size / 1032 > deflated.size())
        return std::string("a damaged analysis record");
    std::string plain(plain_size, '\0');
    uLongf size = static_cast<uLongf>(plain_size);
    uLong consumed = static_cast<uLong>(deflated.size());
    if (uncompress2(reinterpret_cast<Bytef*>(plain.data()), &size,
                    reinterpret_cast<const Bytef*>(deflated.data()), &consumed) != Z_OK ||
        size != plain_size || consumed != deflated.size()) // nothing after the stream either
        return std::string("a damaged analysis record (its compressed body)");

    BinaryReader in(plain);
    DocumentRecord record;
    Document& d = record.document;
    d.id = in.str();
    d.text = in.str();
    d.date = in.str();
    d.title = in.str();
    d.url = in.str();
    d.outlet = in.str();
    record.sentences =
        in.list<SentenceRecord>([&](SentenceRecord& s) { get_sentence(in, s, d.text); });
    get_sentence(in, record.title, d.text, d.title);
    if (in.bad() || !in.at_end())
        return std::string("a damaged analysis record");
    for (const auto& s : record.sentences)
        if (s.span.begin > s.span.end || s.span.end > d.text.size() ||
            !indices_in_range(s.analysis, lexicon))
            return std::string("a damaged analysis record (an index out of range)");
    if (!indices_in_range(record.title.analysis, lexicon))
        return std::string("a damaged analysis record (an index out of range)");
    record.date = parse_iso_date(d.date);
    return record;
}

} // namespace geokg
