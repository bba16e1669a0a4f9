#include "extract/resolve.hpp"

#include "extract/parallel.hpp"

#include "extract/groups.hpp"
#include "extract/meeting_mode.hpp"

#include "rdf/iri.hpp"
#include "rdf/namespaces.hpp"
#include "text/token.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace geokg {

std::size_t edit_distance(std::string_view a_utf8, std::string_view b_utf8) {
    // Over code points: "Müller" is one substitution from "Muller", not two.
    const std::u32string a = to_utf32(a_utf8);
    const std::u32string b = to_utf32(b_utf8);
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

namespace {

// What resolution knows of personal names from the ontology: the suffixes that end a name
// without being a word of it (words:name-suffix of lexicon.ttl, "Jr"; the generations of
// names.ttl, "III"), and the given names each hypocorism stands for (names.ttl); all folded
// (fold_key), suffixes without their dot.
class NameTable {
public:
    explicit NameTable(const Lexicon& lexicon) {
        for (const auto& s : lexicon.name_suffixes)
            suffixes_.insert(fold_key(s.substr(0, s.find('.'))));
        for (const auto& s :
             lexicon.word_classes[static_cast<std::size_t>(WordClass::NameSuffix)].words)
            suffixes_.insert(fold_key(s.substr(0, s.find('.'))));
        for (const auto& g : lexicon.given_names)
            for (const auto& h : g.hypocorisms)
                given_[fold_key(h)].insert(fold_key(g.name));
    }

    bool is_suffix(std::string_view word) const { return suffixes_.count(fold_key(word)) != 0; }

    // The given name a folded first name stands for: itself, unless it is a hypocorism of
    // exactly one given name ("joe" -> "joseph"; "tony", of Anthony and Antony, stays).
    std::string given_name(const std::string& folded) const {
        auto it = given_.find(folded);
        return it != given_.end() && it->second.size() == 1 ? *it->second.begin() : folded;
    }

    // Whether a folded word is a hypocorism. In canonical words only those of several given
    // names are left ("tony"): the others stand for their given name.
    bool is_hypocorism(const std::string& folded) const { return given_.count(folded) != 0; }

    // Whether folded `h` is a hypocorism of the folded given name `g`.
    bool hypocorism_of(const std::string& h, const std::string& g) const {
        auto it = given_.find(h);
        return it != given_.end() && it->second.count(g) != 0;
    }

    // Whether two folded first names can name one person: the same given name, or one a
    // hypocorism of the other ("tony" and "antony").
    bool compatible(const std::string& a, const std::string& b) const {
        return given_name(a) == given_name(b) || hypocorism_of(a, b) || hypocorism_of(b, a);
    }

private:
    std::unordered_set<std::string> suffixes_;
    std::unordered_map<std::string, std::set<std::string>> given_;
};

// Where a word glues two names together ("SamuelOtieno": a lower-case letter, then a capital,
// four letters or more either side), or npos. "McDonald" and "MacArthur" are one name.
std::size_t glued_at(std::string_view word) {
    std::size_t at = std::string_view::npos;
    bool after_lower = false;
    for (std::size_t i = 0; i < word.size();) {
        const Utf8Char ch = decode_utf8(word, i);
        if (after_lower && is_upper(ch.code_point)) {
            if (at != std::string_view::npos)
                return std::string_view::npos;
            at = i;
        }
        after_lower = is_lower(ch.code_point);
        i += ch.length;
    }
    if (at == std::string_view::npos || code_points(word.substr(0, at)) < 4 ||
        code_points(word.substr(at)) < 4)
        return std::string_view::npos;
    return at;
}

// The words of a name that identify its bearer, as written: initials ("K.") and suffixes
// ("Jr.", "III") left out, so that "Walter K. Hale, Jr." and "Walter Hale" are one name, and a
// name written without its space in two ("SamuelOtieno" is "Samuel Otieno" alone too).
std::vector<std::string> name_words(std::string_view name, const NameTable& names) {
    auto tokens = tokenize(name);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& t = tokens[i];
        if (!t.word)
            continue;
        bool initial = code_points(t.text) == 1 && t.capitalized && i + 1 < tokens.size() &&
                       tokens[i + 1].text == ".";
        // After two words or more: "Charles III" keeps its regnal number.
        bool suffix = words.size() >= 2 && names.is_suffix(t.text);
        if (initial || suffix)
            continue;
        if (const std::size_t at = glued_at(t.text); at != std::string_view::npos) {
            words.emplace_back(t.text.substr(0, at));
            words.emplace_back(t.text.substr(at));
        } else {
            words.emplace_back(t.text);
        }
    }
    return words;
}

// The canonical words of a full name: folded (fold_key: no case, no diacritics), the first
// one the given name it stands for ("Joe Hale" -> "joseph", "hale"), so that "Hans Müller"
// and "Hans Muller", "Bill Hale" and "William Hale" are one cluster.
std::vector<std::string> canonical_words(const std::vector<std::string>& words,
                                         const NameTable& names) {
    std::vector<std::string> out;
    for (const auto& w : words)
        out.push_back(fold_key(w));
    if (out.size() >= 2)
        out[0] = names.given_name(out[0]);
    return out;
}

// The key of a name: its canonical words run together ("SamuelOtieno" meets "Samuel Otieno").
std::string name_key(const std::vector<std::string>& canonical) {
    std::string out;
    for (const auto& w : canonical)
        out += w;
    return out;
}

// A set of strings looked up by string_view, without making a string.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// Of `wanted` (folded words), those the text writes in lower case (as common nouns and
// verbs): a word that starts with a lower-case letter after no letter, folded whole ("iPhone"
// stays distinct from "iphone" only by its fold). ASCII words, most of any text, are read
// without decoding, and an all-lower-case one is looked up as it stands.
StringSet lowered_words_among(std::string_view text, const StringSet& wanted) {
    StringSet found;
    const auto ascii_letter = [](unsigned char b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    };
    std::size_t i = 0;
    bool after_letter = false;
    while (i < text.size() && found.size() < wanted.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        Utf8Char first{b, 1, true};
        if (b >= 0x80)
            first = decode_utf8(text, i);
        if (after_letter || !is_lower(first.code_point)) {
            after_letter = b < 0x80 ? ascii_letter(b)
                                    : is_letter(first.code_point) ||
                                          (after_letter && is_mark(first.code_point));
            i += first.length;
            continue;
        }
        std::size_t j = i;
        bool plain = true; // only ASCII lower-case letters
        while (j < text.size()) {
            const auto c = static_cast<unsigned char>(text[j]);
            if (c < 0x80) {
                if (!ascii_letter(c))
                    break;
                plain = plain && c >= 'a';
                ++j;
                continue;
            }
            const Utf8Char ch = decode_utf8(text, j);
            if (!is_letter(ch.code_point) && !is_mark(ch.code_point))
                break;
            plain = false;
            j += ch.length;
        }
        const std::string_view word = text.substr(i, j - i);
        if (plain) {
            if (auto it = wanted.find(word); it != wanted.end())
                found.insert(*it);
        } else if (std::string key = fold_key(word); wanted.count(key)) {
            found.insert(std::move(key));
        }
        after_letter = false;
        i = j;
    }
    return found;
}

class UnionFind {
public:
    std::string find(const std::string& x) {
        auto it = parent_.find(x);
        if (it == parent_.end()) {
            parent_[x] = x;
            return x;
        }
        if (it->second == x)
            return x;
        std::string root = find(it->second);
        parent_[x] = root;
        return root;
    }
    void unite(const std::string& a, const std::string& b) {
        std::string ra = find(a), rb = find(b);
        if (ra == rb)
            return;
        // The smaller key becomes the root: the result does not depend on the order of calls.
        if (rb < ra)
            std::swap(ra, rb);
        parent_[rb] = ra;
    }

private:
    std::unordered_map<std::string, std::string> parent_;
};

// The words of a text, folded: "Vice Minister for Trade" -> {for, minister, trade, vice}.
std::set<std::string> word_set(const std::string& text) {
    std::set<std::string> out;
    for (const auto& t : tokenize(text))
        if (t.word)
            out.insert(lower(t.text));
    return out;
}

struct Claim {
    std::string person; // entity key
    // The lexicon title, or -1 for an office the title phrase composes ("Minister of Energy
    // and Mining Resources"): then `office` is its label.
    int title = -1;
    int head = -1; // the lexicon title a composed office is built on ("Minister")
    std::string office;
    std::string country; // alpha-3 or empty
    std::string target;  // alpha-3 or empty
    // The organization whose office it is ("org/nato" of "NATO Secretary General"), a
    // gazetteer key; then `country` stays empty.
    std::string organization;
    std::string organization_label;
    std::string region; // "Illinois" of "Illinois Governor X": the office is the region's
    std::size_t doc = 0;
    std::size_t at = 0; // byte offset in the document (the title's at 0)
    int mention = -1;   // the person's mention in the sentence
    std::string nearby; // the country of the titled person named just before (nearby_country)
    // The one country of the place where the person was met in person (met_in), and who
    // came to meet them there.
    std::string met_in;
    std::vector<std::string> met_by;
    std::string state_body; // a body every state has whose office it is: "Foreign Ministry"
};

// "the United States", "the Netherlands": a country whose name's first or last word the
// lexicon lists takes the article in a position's label.
std::string country_label_phrase(const std::string& label, const WordClassIndex& words) {
    const std::string first = label.substr(0, label.find(' '));
    const std::string last = label.substr(label.rfind(' ') + 1);
    if (words.has(WordClass::ArticleNameWord, first) || words.has(WordClass::ArticleNameWord, last))
        return "the " + label;
    return label;
}

class Resolver {
public:
    Resolver(const std::vector<DocumentRecord>& docs, const LexiconIndex& index, unsigned jobs)
        : docs_(docs), ix_(index), lex_(index.lexicon), jobs_(jobs) {
        out_.mentions.resize(docs.size());
        for (std::size_t di = 0; di < docs.size(); ++di) {
            out_.mentions[di].resize(docs[di].sentences.size());
            for (std::size_t si = 0; si < docs[di].sentences.size(); ++si) {
                const SentenceRecord& s = docs[di].sentences[si];
                out_.mentions[di][si].assign(s.analysis.mentions.size(), {});
                resolutions_.emplace(&s, &out_.mentions[di][si]);
            }
        }
        out_.title_mentions.resize(docs.size());
        for (std::size_t di = 0; di < docs.size(); ++di) {
            out_.title_mentions[di].assign(docs[di].title.analysis.mentions.size(), {});
            resolutions_.emplace(&docs[di].title, &out_.title_mentions[di]);
        }
    }

    Resolved run() {
        for (const auto& d : docs_)
            outlet_countries_.push_back(outlet_country(d.document.outlet));
        fill_name_caches();
        find_lowered_name_words();
        resolve_places();
        cluster_people();
        find_main_people();
        countries_of_titles();
        collect_claims();
        make_positions();
        resolve_roles_and_pronouns();
        apply_located();
        out_.knowledge = std::move(kb_);
        return std::move(out_);
    }

private:
    const std::vector<DocumentRecord>& docs_;
    const LexiconIndex& ix_;
    const Lexicon& lex_;
    unsigned jobs_;
    Resolved out_;
    // Per document: the words of its names (folded) that its text also writes in lower case.
    std::vector<StringSet> lowered_name_words_;
    KnowledgeBase kb_;
    // Each sentence's row of out_.mentions.
    std::unordered_map<const SentenceRecord*, std::vector<Resolution>*> resolutions_;

    std::vector<Resolution>& resolved(const SentenceRecord& s) { return *resolutions_.at(&s); }
    const std::vector<Resolution>& resolved(const SentenceRecord& s) const {
        return *resolutions_.at(&s);
    }

    bool is_person(const std::string& key) const { return kb_.is(key, EntityClass::Person); }

    // Whether document d's text names the person `name` names: a person of the text with
    // the same surname and, when both names have several words, the same first word; a
    // single word only where no longer name of the text ends with it ("President Hale"
    // of a title is not the "Ana Hale" of the text).
    bool named_in_text(const DocumentRecord& d, const std::string& name) {
        const auto& want = canonical_of(name);
        if (want.empty() || (want.size() == 1 && longer_name_ends_with(d, want.back())))
            return false;
        for (const auto& s : d.sentences)
            for (const auto& men : s.analysis.mentions) {
                if (men.type != MentionType::Person)
                    continue;
                const auto& have = canonical_of(men.name);
                if (have.empty() || have.back() != want.back())
                    continue;
                // "Walter Hale" and "Walter K. Hale", or "President Hale"
                if (want.size() == 1
                        ? have.size() == 1
                        : have.front() == want.front() ||
                              (have.size() == 1 && (men.title >= 0 || !men.titles.empty())))
                    return true;
            }
        return false;
    }

    // Whether a name of several words in document d's text ends with `surname` (canonical).
    bool longer_name_ends_with(const DocumentRecord& d, const std::string& surname) {
        for (const auto& s : d.sentences)
            for (const auto& men : s.analysis.mentions)
                if (men.type == MentionType::Person && canonical_of(men.name).size() > 1 &&
                    canonical_of(men.name).back() == surname)
                    return true;
        return false;
    }

    // The sentences whose people are the document's: its title's, then its text's.
    static std::vector<const SentenceRecord*> named_in(const DocumentRecord& d) {
        std::vector<const SentenceRecord*> out{&d.title};
        for (const auto& s : d.sentences)
            out.push_back(&s);
        return out;
    }

    // Of a title, only people named with an office: one the text names too (named_in_text),
    // or the speaker ("Statement by President X on ...": after words:speaker-preposition, of
    // two words at most, before a mark or a lower-case word that is no article, and never a
    // single word that a longer name of the text ends with). In a title-case headline
    // other capitalized words are no names, and where a name ends is unknown: "President X
    // Announces Nominees", "by President X Marking the Day", "by Advisor X Urging Congress".
    bool counts_as_named(const DocumentRecord& d, const SentenceRecord& s, const Mention& men) {
        if (men.type != MentionType::Person)
            return false;
        if (&s != &d.title)
            return true;
        if (men.title < 0 && men.titles.empty())
            return false;
        if (canonical_of(men.name).size() > 3)
            return false;
        return named_in_text(d, men.name) || is_title_speaker(d, men);
    }

    // The speaker of a statement its title names: "Statement by President X on ...".
    bool is_title_speaker(const DocumentRecord& d, const Mention& men) {
        const std::string& title = d.document.title;
        std::size_t before = men.span.begin;
        while (before > 0 && title[before - 1] == ' ')
            --before;
        std::size_t start = before;
        while (start > 0 && std::isalpha(static_cast<unsigned char>(title[start - 1])))
            --start;
        if (!ix_.words.has(WordClass::SpeakerPreposition,
                           lower(title.substr(start, before - start))))
            return false;
        std::size_t after = men.span.end;
        while (after < title.size() && title[after] == ' ')
            ++after;
        std::size_t end = after;
        while (end < title.size() && std::isalpha(static_cast<unsigned char>(title[end])))
            ++end;
        const std::string next = title.substr(after, end - after);
        const bool mark = after < title.size() && next.empty() &&
                          std::ispunct(static_cast<unsigned char>(title[after]));
        const bool lower_word = !next.empty() &&
                                std::islower(static_cast<unsigned char>(next[0])) &&
                                !ix_.words.has(WordClass::Article, next);
        const auto& words = canonical_of(men.name);
        if (!(mark || lower_word) || words.empty() || words.size() > 2)
            return false;
        return words.size() > 1 || !longer_name_ends_with(d, words.back());
    }

    // The name (a full name's key, or one_word_name) each document calls a person by, with
    // the forms written for it.
    std::map<std::string, std::map<std::string, int>> surfaces_;
    std::vector<Claim> claims_;
    const NameTable names_{lex_};
    std::map<std::string, std::vector<std::string>> canonical_by_key_; // name key -> words
    // name -> its words, and their canonical form
    std::unordered_map<std::string, std::vector<std::string>> words_, canonical_;

    // While documents are done in threads the caches are only read: a name missing then is
    // a bug, not a race.
    bool names_frozen_ = false;
    const std::vector<std::string>& words_of(const std::string& name) {
        auto it = words_.find(name);
        if (it == words_.end()) {
            if (names_frozen_)
                throw std::logic_error("name cache miss in a parallel pass: " + name);
            it = words_.emplace(name, name_words(name, names_)).first;
        }
        return it->second;
    }
    const std::vector<std::string>& canonical_of(const std::string& name) {
        auto it = canonical_.find(name);
        if (it == canonical_.end()) {
            if (names_frozen_)
                throw std::logic_error("name cache miss in a parallel pass: " + name);
            it = canonical_.emplace(name, canonical_words(words_of(name), names_)).first;
        }
        return it->second;
    }
    std::map<std::size_t, std::vector<std::size_t>> claims_by_doc_;
    std::vector<std::string> outlet_countries_; // per document: alpha-3 or empty
    std::map<int, std::set<std::string>> title_words_;

    const GazetteerEntry& entry(int e) const { return lex_.entries[static_cast<std::size_t>(e)]; }

    Entity& gazetteer_entity(const GazetteerEntry& e) {
        auto [it, fresh] = kb_.entities.try_emplace(e.key);
        if (fresh)
            it->second = entity_of(e);
        return it->second;
    }

    void resolve_places() {
        for (const auto& d : docs_)
            for (const auto& s : d.sentences)
                for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m) {
                    const Mention& men = s.analysis.mentions[m];
                    switch (men.type) {
                    case MentionType::Country:
                    case MentionType::City:
                    case MentionType::Region:
                    case MentionType::Site:
                    case MentionType::Organization:
                        if (men.entry >= 0) {
                            Entity& e = gazetteer_entity(entry(men.entry));
                            if (men.surface != e.label && !men.metonym)
                                e.alt_labels.insert(men.surface);
                            resolved(s)[m] = {e.key, "gazetteer"};
                        } else {
                            EntityClass cls = men.type == MentionType::Site ? EntityClass::Site
                                              : men.type == MentionType::City
                                                  ? EntityClass::City
                                                  : EntityClass::Organization;
                            std::string prefix = cls == EntityClass::Site   ? "site/"
                                                 : cls == EntityClass::City ? "city/"
                                                                            : "org/";
                            std::string key = prefix + slugify(men.name);
                            auto [it, fresh] = kb_.entities.try_emplace(key);
                            if (fresh) {
                                it->second.key = key;
                                it->second.entity_class = cls;
                                it->second.label = men.name;
                            } else if (men.name != it->second.label) {
                                it->second.alt_labels.insert(men.name);
                            }
                            resolved(s)[m] = {key,
                                              cls == EntityClass::City ? "city of" : "head word"};
                        }
                        break;
                    case MentionType::Demonym:
                        // A demonym that is a relation's participant ("over two Israeli air
                        // raids") names its state, which the graph then declares.
                        if (participates(s, static_cast<int>(m)))
                            gazetteer_entity(entry(men.entry));
                        resolved(s)[m] = {entry(men.entry).key, "demonym"};
                        break;
                    default:
                        break;
                    }
                }
    }

    static bool participates(const SentenceRecord& s, int m) {
        return std::ranges::any_of(s.analysis.relations, [&](const RelationMention& r) {
            return std::ranges::find(r.agents, m) != r.agents.end() ||
                   std::ranges::find(r.targets, m) != r.targets.end();
        });
    }

    // People, document by document: full names cluster by spelling (a one-letter slip, a
    // given name and its hypocorism), a single word joins the one full name of the document
    // it spells or ends, or is a person of its own only with a title. Each cluster is the
    // person its most complete name names, with an IRI minted from that name's canonical
    // words alone; across documents, only the same name is the same person (and full names
    // one letter apart: people_across_documents). So what a document says of whom, and by
    // which IRI, does not depend on the rest of the batch.
    // Documents are done in threads: each writes only its own PeopleFound and its own
    // mentions' resolutions, reading name caches filled before; what they found is merged in
    // document order.
    void cluster_people() {
        std::vector<PeopleFound> found(docs_.size());
        names_frozen_ = true;
        for_each_index(docs_.size(), jobs_,
                       [&](std::size_t di) { people_of_document(di, found[di]); });
        names_frozen_ = false;
        for (auto& f : found) {
            for (auto& [key, canonical] : f.canonical_by_key)
                canonical_by_key_.emplace(key, std::move(canonical));
            for (const auto& [name, forms] : f.surfaces)
                for (const auto& [form, count] : forms)
                    surfaces_[name][form] += count;
        }
        name_people();
    }

    // What one document's people pass finds, beside its mentions' resolutions.
    struct PeopleFound {
        std::map<std::string, std::vector<std::string>> canonical_by_key; // its names' keys
        std::map<std::string, std::map<std::string, int>> surfaces;       // as surfaces_
    };

    // What one document names: its full names by key (with how often) and by last word, the
    // titles each is named with, and the single words it names with a title ("President
    // Hale").
    struct DocumentNames {
        std::map<std::string, int> keys;                            // key -> mentions
        std::map<std::string, std::set<std::string>> by_last_word;  // folded word -> keys
        std::map<std::string, std::set<std::string>> by_first_word; // folded word -> keys
        // The word before the last of names of three words or more: "Arrieta" of "Luis
        // Arrieta Campos", the first of two family names.
        std::map<std::string, std::set<std::string>> by_first_surname;
        std::map<std::string, std::set<int>> titles; // key -> titles
        std::set<std::string> titled_words;          // folded
    };

    DocumentNames names_of_document(std::size_t di, PeopleFound& found) {
        const DocumentRecord& d = docs_[di];
        DocumentNames names;
        for (const SentenceRecord* s : named_in(d))
            for (const auto& men : s->analysis.mentions) {
                if (!counts_as_named(d, *s, men))
                    continue;
                const auto& canonical = canonical_of(men.name);
                if (canonical.size() >= 2 &&
                    (men.title >= 0 || !common_words(di, words_of(men.name)))) {
                    const std::string key = name_key(canonical);
                    found.canonical_by_key.emplace(key, canonical);
                    names.keys[key] += 1;
                    names.by_last_word[canonical.back()].insert(key);
                    // "King Tomas III" is no "Tomas" of a family name.
                    if (!names_.is_suffix(canonical.back()))
                        names.by_first_word[canonical.front()].insert(key);
                    if (canonical.size() >= 3 && !names_.is_suffix(canonical.back()))
                        names.by_first_surname[canonical[canonical.size() - 2]].insert(key);
                    if (men.title >= 0)
                        names.titles[key].insert(men.title);
                } else if (canonical.size() == 1 && men.title >= 0) {
                    names.titled_words.insert(canonical[0]);
                }
            }
        return names;
    }

    // Spellings of one name in a document: same number of words, one word differs by one
    // letter, or the first words are a given name and a hypocorism of it ("Sam" and
    // "Samuel"; a hypocorism of several given names joins a name only when the document
    // names one of them). Names are grouped by all their words but one (the position left
    // out, the others), so only such pairs are ever compared.
    void merge_variants(const DocumentNames& names, UnionFind& clusters,
                        const PeopleFound& found) const {
        const auto& canonical_by_key = found.canonical_by_key;
        std::map<std::pair<std::size_t, std::string>, std::vector<std::string>> groups;
        for (const auto& [key, count] : names.keys) {
            const auto& words = canonical_by_key.at(key);
            clusters.find(key);
            for (std::size_t k = 0; k < words.size(); ++k) {
                std::string others;
                for (std::size_t w = 0; w < words.size(); ++w)
                    others += (w == k ? std::string("*") : words[w]) + " ";
                groups[{k, others}].push_back(key);
            }
        }
        for (auto& [group, keys] : groups) {
            const std::size_t k = group.first;
            std::map<std::string, std::set<std::string>> given; // hypocorism key -> partners
            for (std::size_t a = 0; a < keys.size(); ++a)
                for (std::size_t b = a + 1; b < keys.size(); ++b) {
                    const auto& wa = canonical_by_key.at(keys[a])[k];
                    const auto& wb = canonical_by_key.at(keys[b])[k];
                    if (std::min(code_points(wa), code_points(wb)) >= 5 &&
                        edit_distance(wa, wb) <= 1)
                        clusters.unite(keys[a], keys[b]);
                    else if (k == 0 && names_.hypocorism_of(wa, wb))
                        given[keys[a]].insert(keys[b]);
                    else if (k == 0 && names_.hypocorism_of(wb, wa))
                        given[keys[b]].insert(keys[a]);
                }
            for (const auto& [key, partners] : given)
                if (partners.size() == 1)
                    clusters.unite(key, *partners.begin());
        }
        merge_compound_surnames(names, clusters, found);
    }

    // "Ocampo Ruiz" after "Santiago Ocampo Ruiz": two words that end exactly one longer name
    // of the document are that name's surname, as written in a second mention.
    void merge_compound_surnames(const DocumentNames& names, UnionFind& clusters,
                                 const PeopleFound& found) const {
        const auto& canonical_by_key = found.canonical_by_key;
        std::map<std::string, std::vector<std::string>> by_tail; // last two words -> keys
        for (const auto& [key, count] : names.keys)
            if (const auto& w = canonical_by_key.at(key); w.size() >= 3)
                by_tail[w[w.size() - 2] + " " + w.back()].push_back(key);
        for (const auto& [key, count] : names.keys) {
            const auto& w = canonical_by_key.at(key);
            if (w.size() != 2)
                continue;
            const auto it = by_tail.find(w[0] + " " + w[1]);
            if (it != by_tail.end() && it->second.size() == 1)
                clusters.unite(key, it->second.front());
        }
    }

    // The key that names each cluster of a document: its most complete name, then one not
    // written with a hypocorism, then the most frequent, then the first in byte order.
    std::map<std::string, std::string>
    cluster_names(const DocumentNames& names, UnionFind& clusters, const PeopleFound& found) const {
        const auto& canonical_by_key = found.canonical_by_key;
        using Score = std::tuple<std::size_t, int, int>;
        std::map<std::string, std::pair<Score, std::string>> best; // root -> (score, key)
        for (const auto& [key, count] : names.keys) { // in byte order: the first wins ties
            const auto& words = canonical_by_key.at(key);
            const Score score{words.size(), names_.is_hypocorism(words.front()) ? 0 : 1, count};
            auto [it, fresh] = best.try_emplace(clusters.find(key), score, key);
            if (!fresh && score > it->second.first)
                it->second = {score, key};
        }
        std::map<std::string, std::string> out;
        for (const auto& [root, scored] : best)
            out[root] = scored.second;
        return out;
    }

    // The name of a person named by one word alone ("President Hale"): never a full name's
    // key, which runs its words together.
    static std::string one_word_name(const std::string& word) { return "#" + word; }

    // The IRI of the person a name key names: its canonical words.
    std::string person_key(const std::string& key) const {
        auto it = canonical_by_key_.find(key);
        if (it == canonical_by_key_.end())
            return "person/" + slugify(key.substr(key.rfind('#') + 1));
        std::string name;
        for (const auto& w : it->second)
            name += (name.empty() ? "" : " ") + w;
        return "person/" + slugify(name);
    }

    // Each person mention of a document to its person. Full names: their cluster's. Single
    // words: see single_word. Capitalized common words without a title are no one.
    void people_of_document(std::size_t di, PeopleFound& found) {
        const auto& d = docs_[di];
        const DocumentNames names = names_of_document(di, found);
        UnionFind clusters;
        merge_variants(names, clusters, found);
        const auto cluster_name = cluster_names(names, clusters, found);
        for (const SentenceRecord* sp : named_in(d))
            for (std::size_t m = 0; m < sp->analysis.mentions.size(); ++m) {
                const SentenceRecord& s = *sp;
                const Mention& men = s.analysis.mentions[m];
                if (!counts_as_named(d, s, men))
                    continue;
                const auto& words = words_of(men.name);
                const auto& canonical = canonical_of(men.name);
                std::string how = "name";
                std::string root;
                if (canonical.size() >= 2) {
                    const std::string key = name_key(canonical);
                    if (!names.keys.count(key))
                        continue; // capitalized common words
                    root = clusters.find(key);
                    if (auto whole = whole_name(canonical, root, names, clusters, found);
                        !whole.empty()) {
                        root = whole;
                        how = "part of a name";
                    } else if (const auto& named = cluster_name.at(root); named != key) {
                        how = found.canonical_by_key.at(named).front() == canonical.front()
                                  ? "misspelling"
                                  : "given name";
                    } else if (men.name.find(' ') == std::string::npos) {
                        how = "spacing";
                    }
                } else if (canonical.size() == 1) {
                    root = single_word(canonical[0], men.title, names, clusters, how);
                }
                if (root.empty())
                    continue;
                if (men.title < 0 && how == "name" && common_words(di, words))
                    continue;
                auto named = cluster_name.find(root);
                const std::string& name = named == cluster_name.end() ? root : named->second;
                found.surfaces[name][men.name] += 1;
                resolved(s)[m] = {name, how}; // replaced by the person's key in name_people
            }
    }

    // A name of several words that is part of one longer name of the same document: its
    // last words ("Ocampo Ruiz" of "Santiago Ocampo Ruiz"), or its first and last
    // ("Walter Hale" of "Walter Kenneth Hale"). The longer name's cluster, or empty.
    std::string whole_name(const std::vector<std::string>& canonical, const std::string& root,
                           const DocumentNames& names, UnionFind& clusters,
                           const PeopleFound& found) const {
        std::set<std::string> wholes;
        for (const auto& [key, count] : names.keys) {
            const auto& longer = found.canonical_by_key.at(key);
            if (longer.size() <= canonical.size())
                continue;
            const bool ends = std::equal(canonical.rbegin(), canonical.rend(), longer.rbegin());
            const bool first_and_last = canonical.size() == 2 &&
                                        canonical.back() == longer.back() &&
                                        names_.compatible(canonical.front(), longer.front());
            if (ends || first_and_last)
                wholes.insert(clusters.find(key));
        }
        wholes.erase(root);
        return wholes.size() == 1 ? *wholes.begin() : std::string();
    }

    // A single word (folded) in a document: a full name of the document written without its
    // space, else the surname of the one full name of the document it ends (of the one named
    // with the same title, when several end in it), else a one-letter slip of such a
    // surname; else the given name of the one full name of the document it opens, when no
    // name ends in it and no title comes before it; else, with a title here or elsewhere in the
    // document ("President Hale"), a person of that one name; else no one ("Antisemitism"). Never a
    // full name of another document: what a document says of whom does not depend on the rest of
    // the batch.
    std::string single_word(const std::string& word, int title, const DocumentNames& names,
                            UnionFind& clusters, std::string& how) const {
        if (names.keys.count(word)) {
            how = "spacing";
            return clusters.find(word);
        }
        // with_title: -1 any name, -2 a name written with some title, else with that title.
        auto roots_of = [&](const std::set<std::string>& keys, int with_title) {
            std::set<std::string> found;
            for (const auto& k : keys) {
                auto t = names.titles.find(k);
                const bool titled = t != names.titles.end() && !t->second.empty();
                if (with_title == -1 || (with_title == -2 && titled) ||
                    (titled && t->second.count(with_title)))
                    found.insert(clusters.find(k));
            }
            return found;
        };
        if (auto it = names.by_last_word.find(word); it != names.by_last_word.end()) {
            auto roots = roots_of(it->second, -1);
            if (roots.size() > 1 && title >= 0)
                roots = roots_of(it->second, title);
            if (roots.size() == 1) {
                how = "surname";
                return *roots.begin();
            }
        }
        // A one-letter slip ("Esber") only against the surnames of the same document.
        const std::size_t length = code_points(word);
        if (length >= 5) {
            std::set<std::string> keys;
            for (const auto& [last, with_last] : names.by_last_word) {
                const std::size_t last_length = code_points(last);
                if (last_length >= 5 && last_length + 1 >= length && length + 1 >= last_length &&
                    edit_distance(word, last) == 1)
                    keys.insert(with_last.begin(), with_last.end());
            }
            if (auto roots = roots_of(keys, -1); roots.size() == 1) {
                how = "misspelling";
                return *roots.begin();
            }
        }
        // The first of the two family names of the one full name of three words or more it
        // precedes the last word of, written with a title, where no name ends in it:
        // "Interior Minister Luis Arrieta Campos ... Arrieta told reporters".
        if (!names.by_last_word.count(word))
            if (auto it = names.by_first_surname.find(word); it != names.by_first_surname.end())
                if (auto roots = roots_of(it->second, -2); roots.size() == 1) {
                    how = "first surname";
                    return *roots.begin();
                }
        // The given name of the one full name of the document it opens, where no name ends
        // in it and the document never writes it after a title ("President Abbas" is no
        // "Abbas Kamel"): "Prime Minister Kittisak Charoenrat ... met Kittisak".
        if (title < 0 && !names.titled_words.count(word) && !names.by_last_word.count(word))
            if (auto it = names.by_first_word.find(word); it != names.by_first_word.end())
                if (auto roots = roots_of(it->second, -1); roots.size() == 1) {
                    how = "given name";
                    return *roots.begin();
                }
        if (title >= 0 || names.titled_words.count(word))
            return one_word_name(word);
        return {};
    }

    // A capitalized phrase without a title whose words, or whose last word, the same
    // document also writes in lower case ("Coal Miners", "Business Forum", "Staff") names
    // no person.
    bool common_words(std::size_t di, const std::vector<std::string>& words) const {
        const auto& common = lowered_name_words_[di];
        std::size_t lower_seen = 0;
        for (const auto& w : words)
            lower_seen += common.count(fold_key(w));
        return 2 * lower_seen > words.size() || common.count(fold_key(words.back()));
    }

    // The words and canonical words of every person's name, before the passes that read them
    // in threads.
    void fill_name_caches() {
        for (const auto& d : docs_)
            for (const SentenceRecord* s : named_in(d))
                for (const auto& men : s->analysis.mentions)
                    if (men.type == MentionType::Person)
                        canonical_of(men.name);
    }

    // What common_words asks of each document, found for all documents at once in threads
    // (a document's lower-case words are the costliest part of resolving its people): of
    // the words of every name it holds, those its text writes in lower case.
    void find_lowered_name_words() {
        lowered_name_words_.resize(docs_.size());
        names_frozen_ = true;
        for_each_index(docs_.size(), jobs_, [&](std::size_t di) {
            const DocumentRecord& d = docs_[di];
            StringSet wanted;
            for (const SentenceRecord* s : named_in(d))
                for (const auto& men : s->analysis.mentions)
                    if (men.type == MentionType::Person)
                        for (const auto& w : words_of(men.name))
                            wanted.insert(fold_key(w));
            if (!wanted.empty())
                lowered_name_words_[di] = lowered_words_among(d.document.text, wanted);
        });
        names_frozen_ = false;
    }

    // Across documents, the same name is the same person, and so are full names one letter
    // apart ("Ravel Suto", "Ravel Sutto"): the IRI is minted from the name each document
    // calls the person by, unless another document spells it with one letter more or less;
    // then from the most complete, then most frequent of their spellings.
    std::map<std::string, std::string> people_across_documents() {
        UnionFind clusters;
        std::map<std::pair<std::size_t, std::string>, std::vector<std::string>> groups;
        for (const auto& [name, forms] : surfaces_) {
            clusters.find(name);
            auto words = canonical_by_key_.find(name);
            if (words == canonical_by_key_.end())
                continue;
            for (std::size_t k = 0; k < words->second.size(); ++k) {
                std::string others;
                for (std::size_t w = 0; w < words->second.size(); ++w)
                    others += (w == k ? std::string("*") : words->second[w]) + " ";
                groups[{k, others}].push_back(name);
            }
        }
        for (const auto& [group, names] : groups)
            for (std::size_t a = 0; a < names.size(); ++a)
                for (std::size_t b = a + 1; b < names.size(); ++b) {
                    const auto& wa = canonical_by_key_.at(names[a])[group.first];
                    const auto& wb = canonical_by_key_.at(names[b])[group.first];
                    if (std::min(code_points(wa), code_points(wb)) >= 5 &&
                        edit_distance(wa, wb) <= 1)
                        clusters.unite(names[a], names[b]);
                }
        using Score = std::tuple<std::size_t, int>;
        std::map<std::string, std::pair<Score, std::string>> best; // root -> (score, name)
        for (const auto& [name, forms] : surfaces_) {
            int count = 0;
            for (const auto& [form, n] : forms)
                count += n;
            auto words = canonical_by_key_.find(name);
            const Score score{words == canonical_by_key_.end() ? 1 : words->second.size(), count};
            auto [it, fresh] = best.try_emplace(clusters.find(name), score, name);
            if (!fresh && score > it->second.first)
                it->second = {score, name};
        }
        std::map<std::string, std::string> person;
        for (const auto& [name, forms] : surfaces_)
            person[name] = person_key(best.at(clusters.find(name)).second);
        return person;
    }

    // Labels: the most complete form (words that are not initials), then the most frequent,
    // then one without initials, then the first in byte order; every other form an altLabel.
    // Every mention of a person then resolves to its key.
    void name_people() {
        const auto person = people_across_documents();
        std::map<std::string, std::map<std::string, int>> forms_of;
        for (const auto& [name, forms] : surfaces_)
            for (const auto& [form, count] : forms)
                forms_of[person.at(name)][form] += count;
        for (const auto& [key, forms] : forms_of) {
            std::string best;
            std::tuple<std::size_t, int, int> best_score{0, 0, 0};
            for (const auto& [form, count] : forms) {
                const std::size_t words = words_of(form).size();
                const int no_initial = form.find('.') == std::string::npos ? 1 : 0;
                const std::tuple<std::size_t, int, int> score{words, count, no_initial};
                if (best.empty() || score > best_score) {
                    best = form;
                    best_score = score;
                }
            }
            Entity& e = kb_.entities[key];
            e.key = key;
            e.entity_class = EntityClass::Person;
            e.label = best;
            for (const auto& [form, count] : forms)
                if (form != e.label)
                    e.alt_labels.insert(form);
        }
        for (const auto& d : docs_)
            for (const SentenceRecord* s : named_in(d))
                for (std::size_t m = 0; m < s->analysis.mentions.size(); ++m)
                    if (s->analysis.mentions[m].type == MentionType::Person &&
                        !resolved(*s)[m].entity.empty())
                        resolved(*s)[m].entity = person.at(resolved(*s)[m].entity);
    }

    // A state named only through its official ("the Ghanaian President") is an entity too.
    void countries_of_titles() {
        for (const auto& d : docs_)
            for (const auto& s : d.sentences)
                for (const auto& men : s.analysis.mentions)
                    if (!men.title_country.empty())
                        if (auto c = ix_.country_by_code.find(men.title_country);
                            c != ix_.country_by_code.end())
                            gazetteer_entity(entry(c->second));
    }

    // Every title a person is named with: "Defense Minister X", "X, who serves as ...".
    // A document's claims read only its own (host_country, nearby_country, counterpart_claims
    // look within it): each document is done in a thread into its own list, and the lists
    // are joined in document order.
    void collect_claims() {
        std::vector<std::vector<Claim>> of_document(docs_.size());
        names_frozen_ = true;
        for_each_index(docs_.size(), jobs_, [&](std::size_t di) {
            std::vector<Claim>& claims = of_document[di];
            std::string title_country; // the title's countries are not the text's
            claims_of_sentence(di, docs_[di].title, title_country, claims);
            std::string last_country;
            for (const auto& s : docs_[di].sentences)
                claims_of_sentence(di, s, last_country, claims);
        });
        names_frozen_ = false;
        for (auto& claims : of_document)
            claims_.insert(claims_.end(), std::make_move_iterator(claims.begin()),
                           std::make_move_iterator(claims.end()));
        complete_claims();
    }

    // The country named last before each mention of a sentence (in it or before it), for
    // titles whose country is the context's ("the country's President").
    std::vector<std::string> countries_before(const std::vector<Mention>& ms,
                                              std::string& last_country) const {
        std::vector<std::string> before;
        for (const auto& men : ms) {
            before.push_back(last_country);
            if (men.type == MentionType::Country && men.entry >= 0)
                last_country = entry(men.entry).country;
        }
        return before;
    }

    void claims_of_sentence(std::size_t di, const SentenceRecord& s, std::string& last_country,
                            std::vector<Claim>& claims) {
        const auto& ms = s.analysis.mentions;
        const std::vector<std::string> before = countries_before(ms, last_country);
        const std::size_t first = claims.size();
        auto add_office = [&](const std::string& person, const Mention& role, std::size_t m,
                              int title, int head, const std::string& office, int person_mention) {
            Claim c;
            c.mention = person_mention;
            c.person = person;
            c.title = title;
            c.head = head;
            c.office = office;
            c.country = role.country_from_context ? before[m] : role.title_country;
            c.region = role.country_from_context ? std::string{} : role.title_region;
            c.target = role.title_target;
            c.doc = di;
            c.at = s.span.begin + role.span.begin;
            claims.push_back(c);
        };
        // An office of an organization the gazetteer knows: "NATO Secretary General X".
        auto add_organization_office = [&](const std::string& person, const Mention& role,
                                           const TitlePhrase& office, int person_mention) {
            if (office.title < 0 && office.label.empty())
                return;
            std::string key, label;
            if (office.organization_entry >= 0) {
                const GazetteerEntry& org = entry(office.organization_entry);
                if (org.entity_class != EntityClass::Organization)
                    return;
                key = org.key;
                label = org.label;
            } else if (label = proper_organization_name(office.organization); !label.empty()) {
                key = "org/" + slugify(label);
            } else if (label = office.organization_of
                                   ? distinctive_organization_name(office.organization)
                                   : std::string{};
                       !label.empty()) {
                key = "org/" + slugify(label);
            } else if (government_body_name(office.organization)) {
                // "Foreign Ministry Spokesperson X": an office of a body every state has, the
                // state's office ("Foreign Ministry Spokesperson" of the state found for it).
                Claim c;
                c.mention = person_mention;
                c.person = person;
                c.head = office.title >= 0 ? office.title : office.head;
                c.office = office.organization + " " +
                           (office.title >= 0 ? ix_.title(office.title).label : office.label);
                c.country = role.title_country;
                c.state_body = office.organization;
                c.doc = di;
                c.at = s.span.begin + role.span.begin;
                claims.push_back(c);
                return;
            } else {
                return;
            }
            Claim c;
            c.mention = person_mention;
            c.person = person;
            c.title = office.title;
            c.head = office.head;
            c.office = office.label;
            c.organization = key;
            c.organization_label = label;
            c.doc = di;
            c.at = s.span.begin + role.span.begin;
            claims.push_back(c);
        };
        // Every office the title phrase names: "Deputy Prime Minister and Foreign Minister X"
        // holds both; an office of an organization ("State Department Spokesperson") is none
        // of a state's, but the organization's when the gazetteer knows it.
        auto add = [&](const std::string& person, const Mention& role, std::size_t m,
                       int person_mention) {
            if (role.former || person.empty())
                return;
            if (role.titles.empty()) {
                if (role.title >= 0)
                    add_office(person, role, m, role.title, role.title, {}, person_mention);
                return;
            }
            for (const auto& office : role.titles)
                if (!office.organization.empty())
                    add_organization_office(person, role, office, person_mention);
                else if (office.title >= 0 || !office.label.empty())
                    add_office(person, role, m, office.title, office.head, office.label,
                               person_mention);
        };
        // A title's other people hold only the offices it names the state of ("Call with
        // President X of Ghana"): "on the Passing of President X" honours a former office.
        const bool title = &s == &docs_[di].title;
        for (std::size_t m = 0; m < ms.size(); ++m)
            if (ms[m].type == MentionType::Person &&
                (!title || ms[m].has_title_country() || is_title_speaker(docs_[di], ms[m])))
                add(resolved(s)[m].entity, ms[m], m, static_cast<int>(m));
        for (const auto& pc : s.analysis.positions) {
            const std::string& person = resolved(s)[static_cast<std::size_t>(pc.person)].entity;
            for (int r : pc.roles) {
                Mention role = ms[static_cast<std::size_t>(r)];
                if (!role.has_title_country()) {
                    // "who serves as the Minister of Defence": the country the person's own
                    // title names, if any.
                    const Mention& head = ms[static_cast<std::size_t>(pc.person)];
                    role.title_country = head.title_country;
                    role.country_from_context = head.country_from_context;
                }
                add(person, role, static_cast<std::size_t>(r), pc.person);
            }
        }
        counterpart_claims(s, first, di, claims);
        for (std::size_t k = first; k < claims.size(); ++k) {
            if (!claims[k].organization.empty())
                continue; // an organization's office has no country
            claims[k].nearby = nearby_country(s, first, claims[k], claims);
            if (claims[k].country.empty())
                claims[k].country = host_country(s, claims[k], before, claims);
            if (claims[k].country.empty())
                met_in(s, claims[k]);
        }
    }

    // "In Helsinki, the Secretary General met President Lehtimaki", "Freetown, where she met
    // with President Kamara": a counterpart met in person in a place of one country, whose
    // title names none, may hold the office there (complete_claims decides, knowing the
    // visitors' states).
    void met_in(const SentenceRecord& s, Claim& c) const {
        if (c.mention < 0)
            return;
        const auto& ms = s.analysis.mentions;
        for (const auto& r : s.analysis.relations) {
            // The one met, or the one who met visitors there ("Prime Minister X held talks
            // in Hanoi with Lao Prime Minister Y, who is paying an official visit").
            const bool met = std::ranges::find(r.targets, c.mention) != r.targets.end();
            const bool host = !r.symmetric && r.agents.size() == 1 &&
                              r.agents.front() == c.mention && !r.targets.empty();
            // "co-chaired by A and B": each met the others.
            const bool joint = r.symmetric && r.agents.size() > 1 &&
                               std::ranges::find(r.agents, c.mention) != r.agents.end();
            if (r.kind != EventKind::Meeting || r.modality != Modality::Reported ||
                from_afar(r.mode) || !(met || host || joint))
                continue;
            // Talks with no place of their own were held where the visitor among their
            // participants is reported visiting in the sentence ("X, who is visiting Baku
            // this week, held talks with Economy Minister Y").
            std::vector<int> places = r.places;
            if (places.empty())
                for (const auto& v : s.analysis.relations)
                    if (v.kind == EventKind::Visit && v.modality == Modality::Reported &&
                        std::ranges::any_of(met || joint ? r.agents : r.targets, [&](int a) {
                            return std::ranges::find(v.agents, a) != v.agents.end();
                        }))
                        places.insert(places.end(), v.places.begin(), v.places.end());
            if (places.empty())
                continue;
            std::set<std::string> countries;
            for (int p : places)
                if (const Mention& place = ms[static_cast<std::size_t>(p)]; place.entry >= 0)
                    countries.insert(entry(place.entry).country);
            if (countries.size() != 1 || countries.begin()->empty())
                continue;
            c.met_in = *countries.begin();
            c.met_by.clear();
            for (int a : met || joint ? r.agents : r.targets)
                if (a != c.mention)
                    c.met_by.push_back(agent_before_roles(s, c.doc, a));
            return;
        }
    }

    // "Foreign Minister Dorr spoke with his Kestrian counterpart, Ivo Kerr": a counterpart
    // named without a title holds the office of the person named before him in the sentence,
    // of the state the counterpart phrase names, unless that person holds it for that state.
    void counterpart_claims(const SentenceRecord& s, std::size_t first, std::size_t claims_doc,
                            std::vector<Claim>& claims) {
        const auto& ms = s.analysis.mentions;
        const std::size_t end = claims.size();
        for (std::size_t m = 0; m < ms.size(); ++m) {
            const Mention& men = ms[m];
            const std::string& person = resolved(s)[m].entity;
            if (!men.counterpart || !men.titles.empty() || men.title_country.empty() ||
                men.country_from_context || !is_person(person))
                continue;
            const Claim* before = nullptr;
            for (std::size_t k = first; k < end; ++k) {
                const Claim& c = claims[k];
                if (c.mention >= 0 && static_cast<std::size_t>(c.mention) < m &&
                    c.organization.empty() && c.person != person &&
                    (!before || c.mention > before->mention))
                    before = &c;
            }
            // "Arbulu Pena and his Ecuadorian counterpart, X": the person named just before
            // without a title holds the office an earlier sentence of the document gave them.
            if (!before)
                for (std::size_t p = m; p-- > 0;)
                    if (ms[p].type == MentionType::Person) {
                        const std::string& other = resolved(s)[p].entity;
                        for (std::size_t k = first; k-- > 0 && claims[k].doc == claims_doc;)
                            if (const Claim& c = claims[k]; c.person == other && other != person &&
                                                            c.organization.empty() &&
                                                            !c.country.empty()) {
                                before = &c;
                                break;
                            }
                        break;
                    }
            // A counterpart holds the like office of another state's like body, not the
            // office of the body named: "counterpart" of the "Director General of the Border
            // Security Force".
            if (!before || before->country == men.title_country ||
                std::ranges::any_of(word_set(before->office), [&](const std::string& w) {
                    return ix_.organization_heads.count(w) > 0;
                }))
                continue;
            Claim c = *before;
            c.person = person;
            c.mention = static_cast<int>(m);
            c.country = men.title_country;
            c.region.clear();
            c.target.clear();
            c.at = s.span.begin + men.span.begin;
            claims.push_back(c);
        }
    }

    // A body the gazetteer does not know is named for one it knows, or for a state or region:
    // "African Union Commission", "Polish Armed Forces", "Oklahoma House". Its name
    // without the article, or empty for a body of no one ("Foreign Office", "Defence Force":
    // every state has one).
    std::string proper_organization_name(const std::string& name) const {
        auto tokens = tokenize(name);
        if (!tokens.empty() && ix_.words.has(WordClass::Article, lower(tokens.front().text)))
            tokens.erase(tokens.begin());
        if (tokens.size() < 2)
            return {};
        // A body: "Plan" of "American Rescue Plan" is none.
        if (std::none_of(tokens.begin(), tokens.end(), [&](const Token& t) {
                return ix_.organization_heads.count(lower(t.text)) > 0;
            }))
            return {};
        const TokenKeys keys = token_keys(tokens);
        bool proper = false;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            if (auto p = ix_.places.longest(keys, k)) {
                const EntityClass c = entry(p->value).entity_class;
                proper = proper || c == EntityClass::Country || c == EntityClass::Organization ||
                         c == EntityClass::Region;
            }
            proper = proper || ix_.demonyms.longest(keys, k).has_value();
        }
        return proper ? name.substr(tokens.front().begin) : std::string{};
    }

    // A body named by a word of its own, not only by the words any state's body has (head
    // words, portfolios, title modifiers): "United Airlines", "Howard University", "Border
    // Security Force"; not "Defence Force", "Foreign Office", nor one word. Its name without
    // the article, or empty.
    std::string distinctive_organization_name(const std::string& name) const {
        auto tokens = tokenize(name);
        if (!tokens.empty() && ix_.words.has(WordClass::Article, lower(tokens.front().text)))
            tokens.erase(tokens.begin());
        // One word is no body's own name ("First" of "First Vice Foreign Minister").
        if (std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.word; }) < 2)
            return {};
        for (const auto& t : tokens) {
            if (!t.word)
                continue;
            const std::string w = lower(t.text);
            if (!ix_.organization_heads.count(w) && !ix_.words.has(WordClass::Portfolio, w) &&
                !ix_.words.has(WordClass::TitleModifier, w) &&
                !ix_.words.has(WordClass::Article, w) &&
                !ix_.words.has(WordClass::NameConnector, w))
                return name.substr(tokens.front().begin);
        }
        return {};
    }

    // "... would be received by King X" in a report of a visit: a host without a state in
    // his title receives his guest at home, in the country the report names last before
    // him, unless that is a guest's own.
    std::string host_country(const SentenceRecord& s, const Claim& c,
                             const std::vector<std::string>& before,
                             const std::vector<Claim>& claims) const {
        if (c.mention < 0 || c.title < 0)
            return {};
        const auto m = static_cast<std::size_t>(c.mention);
        const std::string& country = before[m];
        if (country.empty())
            return {};
        for (const auto& r : s.analysis.relations) {
            if (std::ranges::find(r.hosts, c.mention) == r.hosts.end())
                continue;
            const bool guest_at_home = std::ranges::any_of(r.agents, [&](int a) {
                const auto g = static_cast<std::size_t>(a);
                const std::string& guest = resolved(s)[g].entity;
                return s.analysis.mentions[g].title_country == country ||
                       std::ranges::any_of(claims, [&](const Claim& o) {
                           return o.doc == c.doc && o.person == guest && o.country == country;
                       });
            });
            return guest_at_home ? std::string{} : country;
        }
        return {};
    }

    // "talks with Kestrian President Suto, in the presence of Army Chief of Staff Ivo
    // Kerr", "the country's Prime Minister Dorr and President Otu": a title without
    // its country may take the one the title of the person named just before it in the
    // sentence names (a demonym, a possessive, "of"; never a place: "After talks in Kenya,
    // Minister Dorr"), unless it is an agent of the sentence, or that person's counterpart, or
    // a verb or more than six words lie between them.
    std::string nearby_country(const SentenceRecord& s, std::size_t first, const Claim& c,
                               const std::vector<Claim>& claims) const {
        if (!c.country.empty())
            return {};
        const Claim* before = nullptr;
        for (std::size_t k = first; k < claims.size(); ++k) {
            const Claim& o = claims[k];
            if (o.at < c.at && !o.country.empty() && o.person != c.person &&
                (!before || o.at > before->at))
                before = &o;
        }
        // One office of one state is not held by two people named side by side.
        if (!before || (before->title == c.title &&
                        (c.title < 0 || ix_.title(c.title).kind != TitleKind::Generic)))
            return {};
        // "her Nigerian counterpart, Foreign Minister Ezeaku": a nationality named between
        // them is another country's.
        const auto& ms = s.analysis.mentions;
        for (std::size_t m = static_cast<std::size_t>(before->mention) + 1;
             m < static_cast<std::size_t>(c.mention) && m < ms.size(); ++m)
            if (ms[m].type == MentionType::Country || ms[m].type == MentionType::Demonym)
                return {};
        // Side by side: a few words between them and no verb ("Crown Prince X trolling
        // President Y" names two sides).
        // (Counted from the mention just before: the other's own appositive titles
        // between them are none of it.)
        if (c.mention > 0 && static_cast<std::size_t>(c.mention) < ms.size()) {
            const TextSpan& a = ms[static_cast<std::size_t>(c.mention) - 1].span;
            const TextSpan& b = ms[static_cast<std::size_t>(c.mention)].span;
            if (a.end <= b.begin) {
                const std::string& text = docs_[c.doc].document.text;
                const std::string between = text.substr(s.span.begin + a.end, b.begin - a.end);
                std::size_t words = 0;
                for (const auto& t : tokenize(between)) {
                    if (!t.word)
                        continue;
                    ++words;
                    const std::string w = lower(t.text);
                    if (w.ends_with("ing") || w.ends_with("ed"))
                        return {};
                }
                if (words > 6)
                    return {};
            }
        }
        auto in = [](const std::vector<int>& v, int m) {
            return std::find(v.begin(), v.end(), m) != v.end();
        };
        for (const auto& r : s.analysis.relations)
            if (in(r.agents, c.mention) ||
                (in(r.agents, before->mention) && in(r.targets, c.mention)))
                return {};
        return before->country;
    }

    // A title named without its country takes it from the same document only (never from a
    // place named near it, never from another document): from the same person's claims to
    // that title, else from the one country the person's other titles name, else from the
    // title of the person named just before it (nearby_country), else from the document's
    // outlet (countries_from_outlet). A title still without a country makes no position.
    void complete_claims() {
        for (std::size_t k = 0; k < claims_.size(); ++k)
            claims_by_doc_[claims_[k].doc].push_back(k);
        for (const auto& [di, ks] : claims_by_doc_) {
            std::map<std::pair<std::string, std::string>, std::string> known; // person, office
            std::map<std::string, std::set<std::string>> countries;           // person -> countries
            for (std::size_t k : ks)
                if (const Claim& c = claims_[k]; !c.country.empty()) {
                    known.emplace(std::make_pair(c.person, office_of(c)), c.country);
                    countries[c.person].insert(c.country);
                }
            for (std::size_t k : ks) {
                Claim& c = claims_[k];
                if (!c.country.empty() || !c.organization.empty())
                    continue;
                // A composed office takes the person's state only when it is a title and
                // modifiers ("Vice Minister"; not "Peace President").
                const bool plain = c.title >= 0 ||
                                   (c.head >= 0 && (modified_title(c.office, ix_.title(c.head)) ||
                                                    portfolio_office(c.office, ix_.title(c.head))));
                if (auto it = known.find({c.person, office_of(c)}); it != known.end())
                    c.country = it->second;
                else if (auto p = countries.find(c.person);
                         plain && p != countries.end() && p->second.size() == 1)
                    c.country = *p->second.begin();
            }
            // (Not a composed office: "Equality President X" names no office of the state.)
            for (std::size_t k : ks)
                if (Claim& c = claims_[k]; c.country.empty() && c.organization.empty() &&
                                           c.title >= 0 && !countries.count(c.person))
                    c.country = c.nearby;
            countries_from_outlet(di, ks, countries);
            // The states the outlet gave its officials are known when whom they met is
            // placed.
            std::set<std::string> officials_of_bodies;
            for (std::size_t k : ks)
                if (const Claim& c = claims_[k]; !c.country.empty())
                    countries[c.person].insert(c.country);
                else if (!c.organization.empty())
                    officials_of_bodies.insert(c.person);
            const auto travelled = travels(di);
            for (std::size_t k : ks)
                if (Claim& c = claims_[k];
                    c.country.empty() && c.organization.empty() && !countries.count(c.person) &&
                    !c.met_in.empty() &&
                    came_from_abroad(c, countries, officials_of_bodies, travelled))
                    c.country = c.met_in;
        }
    }

    // Who a relation's agent is while offices are read: roles and pronouns are resolved after
    // them, and the main person is whom they stand for most ("the Secretary General met").
    std::string agent_before_roles(const SentenceRecord& s, std::size_t di, int agent) const {
        const auto m = static_cast<std::size_t>(agent);
        const std::string& who = resolved(s)[m].entity;
        const MentionType type = s.analysis.mentions[m].type;
        if (who.empty() && (type == MentionType::Role || type == MentionType::Pronoun))
            return out_.main_people[di];
        return who;
    }

    // The countries of the places each person is reported travelling to in the document.
    std::map<std::string, std::set<std::string>> travels(std::size_t di) const {
        std::map<std::string, std::set<std::string>> out;
        for (const auto& s : docs_[di].sentences)
            for (const auto& r : s.analysis.relations) {
                if (r.kind != EventKind::Visit || r.modality != Modality::Reported)
                    continue;
                for (int p : r.places)
                    if (const Mention& place = s.analysis.mentions[static_cast<std::size_t>(p)];
                        place.entry >= 0 && !entry(place.entry).country.empty())
                        for (int a : r.agents)
                            out[agent_before_roles(s, di, a)].insert(entry(place.entry).country);
            }
        return out;
    }

    // Whether those who met the claim's person where it was met came from another state on
    // a journey there: each holds an office here of a state, or of a body, none of the
    // place's state, and one is reported travelling to it. (A meeting on neutral ground, "met
    // President X in Geneva", says nothing of X's state.)
    static bool came_from_abroad(const Claim& c,
                                 const std::map<std::string, std::set<std::string>>& countries,
                                 const std::set<std::string>& officials_of_bodies,
                                 const std::map<std::string, std::set<std::string>>& travels) {
        const bool foreign =
            !c.met_by.empty() && std::ranges::all_of(c.met_by, [&](const std::string& who) {
                auto it = countries.find(who);
                if (it == countries.end())
                    return officials_of_bodies.count(who) > 0;
                return !it->second.count(c.met_in);
            });
        // One of them travelled there, or an official of one of their states did: the
        // delegation's ("Lao Prime Minister X, who is paying a visit to Vietnam" brings the
        // Lao co-chair of the committee held in Hanoi).
        auto travelled = [&](const std::string& who) {
            auto it = travels.find(who);
            return it != travels.end() && it->second.count(c.met_in) > 0;
        };
        std::set<std::string> states;
        for (const auto& who : c.met_by)
            if (auto it = countries.find(who); it != countries.end())
                states.insert(it->second.begin(), it->second.end());
        auto compatriot_travelled = [&]() {
            for (const auto& [who, places] : travels)
                if (auto it = countries.find(who);
                    places.count(c.met_in) && it != countries.end() &&
                    std::ranges::any_of(it->second,
                                        [&](const std::string& st) { return states.count(st); }))
                    return true;
            return false;
        };
        return foreign && (std::ranges::any_of(c.met_by, travelled) || compatriot_travelled());
    }

    // A document published by a state's own body (an outlet the gazetteer knows as a
    // government body or armed forces with its country: "The White House") is about that
    // state's official it names most: the document's main person takes the outlet's country
    // for a title without one, unless their other titles here name another country, or the
    // document names another holder of that title there; so do the people it reports acting
    // abroad or toward foreigners (acting_abroad). Anyone else it names, a foreign leader as
    // often as not ("President Hale met Prime Minister Suto"), does not.
    void countries_from_outlet(std::size_t di, const std::vector<std::size_t>& ks,
                               const std::map<std::string, std::set<std::string>>& countries) {
        const std::string& outlet = outlet_countries_[di];
        if (outlet.empty())
            return;
        std::set<std::string> people = acting_abroad(di, outlet, countries);
        people.insert(out_.main_people[di]);
        const std::string speaker = title_speaker(di);
        people.insert(speaker);
        // Only the speaker is sure to be the state's own: the main person of a statement
        // may be a foreign minister it mourns, and a title's portfolio is the same abroad.
        for (const std::string& person : people)
            if (!person.empty() && !countries.count(person))
                outlet_country_to(person, outlet, ks, person == speaker);
        // "Foreign Office Spokesperson X" in a release of a foreign ministry: the outlet's own
        // body's office, whoever holds it.
        for (std::size_t k : ks)
            if (Claim& c = claims_[k]; c.country.empty() && !c.state_body.empty() &&
                                       !countries.count(c.person) &&
                                       shares_portfolio(c.state_body, docs_[di].document.outlet))
                c.country = outlet;
        // "Deputy Secretary of Energy X" in a release of the Department of Energy: an office
        // of the outlet's own portfolio, held by someone the state's officials did not meet
        // as a guest.
        const std::set<std::string> own = portfolio_words(docs_[di].document.outlet);
        std::set<std::string> guests;
        bool guests_known = false;
        for (std::size_t k : ks) {
            Claim& c = claims_[k];
            // A lexicon title of portfolio words ("Foreign Minister" in a foreign ministry's
            // release), or one with modifiers ("Deputy Minister of Foreign Affairs"), is as
            // much the outlet's own.
            if (!c.country.empty() || !c.organization.empty() || countries.count(c.person) ||
                (c.title < 0 && (c.head < 0 || (!portfolio_office(c.office, ix_.title(c.head)) &&
                                                !modified_title(c.office, ix_.title(c.head))))) ||
                (c.title >= 0 && ix_.title(c.title).monarch))
                continue;
            const auto field = portfolio_words(c.title >= 0 ? ix_.title(c.title).label : c.office);
            if (field.empty() ||
                !std::ranges::all_of(field, [&](const std::string& w) { return own.count(w); }))
                continue;
            if (!guests_known) {
                guests = guests_of(di, outlet, countries);
                guests_known = true;
            }
            if (!guests.count(c.person))
                c.country = outlet;
        }
    }

    // The portfolio words of a name, folded: "energy" and "natural", "resources" of
    // "Minister of Energy and Natural Resources".
    std::set<std::string> portfolio_words(const std::string& name) const {
        std::set<std::string> out;
        for (const auto& w : word_set(name))
            if (ix_.words.has(WordClass::Portfolio, w))
                out.insert(w);
        return out;
    }

    // Whether two bodies' names have a portfolio word in common ("Foreign Office", "Ministry
    // of Foreign Affairs").
    bool shares_portfolio(const std::string& a, const std::string& b) const {
        const auto pa = portfolio_words(a);
        const auto pb = portfolio_words(b);
        return std::ranges::any_of(pa, [&](const std::string& w) { return pb.count(w) > 0; });
    }

    // The people a state's own release reports acting abroad or toward foreigners: agents
    // of a reported relation with a counterpart of another state (a country, or a person whose
    // title here names one) or a place in another country ("Secretary Ana Dorr visited Accra",
    // "Advisor Ivo Kerr met President Suto of Ghana"), unless the main person or an official
    // of the state met them: then they are its guests.
    std::set<std::string>
    acting_abroad(std::size_t di, const std::string& outlet,
                  const std::map<std::string, std::set<std::string>>& countries) const {
        std::set<std::string> out;
        auto foreign_state = [&](const std::string& key) {
            if (key.starts_with("country/"))
                return key.substr(8) != outlet;
            auto it = countries.find(key);
            return it != countries.end() && !it->second.count(outlet);
        };
        for (const auto& s : docs_[di].sentences) {
            const auto& ms = s.analysis.mentions;
            const auto& res = resolved(s);
            for (const auto& r : s.analysis.relations) {
                if (r.modality != Modality::Reported)
                    continue;
                bool foreign = false;
                for (int t : r.targets)
                    foreign = foreign || foreign_state(res[static_cast<std::size_t>(t)].entity);
                // Of several who acted together in a foreign place, one may be at home.
                const bool together = r.symmetric && r.agents.size() > 1;
                for (int p : together ? std::vector<int>{} : r.places)
                    if (const Mention& place = ms[static_cast<std::size_t>(p)]; place.entry >= 0) {
                        const std::string& code = entry(place.entry).country;
                        foreign = foreign || (!code.empty() && code != outlet);
                    }
                if (!foreign)
                    continue;
                for (int a : r.agents)
                    if (const std::string& k = res[static_cast<std::size_t>(a)].entity;
                        is_person(k) && ms[static_cast<std::size_t>(a)].type == MentionType::Person)
                        out.insert(k);
            }
        }
        for (const auto& g : guests_of(di, outlet, countries))
            out.erase(g);
        return out;
    }

    // Those whom the main person (unless an official of another state) or the outlet state's
    // known officials met or acted toward in reported relations: the state's guests, foreign
    // to it as often as not.
    std::set<std::string>
    guests_of(std::size_t di, const std::string& outlet,
              const std::map<std::string, std::set<std::string>>& countries) const {
        std::set<std::string> home;
        if (auto it = countries.find(out_.main_people[di]);
            it == countries.end() || it->second.count(outlet))
            home.insert(out_.main_people[di]);
        for (const auto& [person, states] : countries)
            if (states.count(outlet))
                home.insert(person);
        std::set<std::string> guests;
        for (const auto& s : docs_[di].sentences) {
            const auto& res = resolved(s);
            for (const auto& r : s.analysis.relations) {
                if (r.modality != Modality::Reported)
                    continue;
                const bool by_home = std::any_of(r.agents.begin(), r.agents.end(), [&](int a) {
                    return home.count(res[static_cast<std::size_t>(a)].entity) > 0;
                });
                if (by_home)
                    for (int t : r.targets)
                        guests.insert(res[static_cast<std::size_t>(t)].entity);
            }
        }
        return guests;
    }

    // Whether the text gives its speakers' turns: a line opened by "Q" or by a label in
    // capitals and a colon ("THE PRESIDENT:", "MS. DORR:").
    static bool is_transcript(const DocumentRecord& d) {
        const std::string& text = d.document.text;
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = text.find('\n', at);
            if (end == std::string::npos)
                end = text.size();
            const std::string_view line(text.data() + at, end - at);
            if (line == "Q" || line.starts_with("Q ") || line.starts_with("Q:"))
                return true;
            const std::size_t colon = line.find(':');
            if (colon != std::string_view::npos && colon > 1 && colon < 40) {
                bool letters = false, upper = true;
                for (char c : line.substr(0, colon)) {
                    letters = letters || std::isalpha(static_cast<unsigned char>(c));
                    upper = upper && !std::islower(static_cast<unsigned char>(c));
                }
                if (letters && upper)
                    return true;
            }
            at = end + 1;
        }
        return false;
    }

    // The person a statement's title names as its speaker ("Statement by President X on
    // ..."), or empty.
    std::string title_speaker(std::size_t di) {
        const SentenceRecord& title = docs_[di].title;
        // "Remarks by President X and President Y": two speak; neither is the document's.
        if (std::ranges::count_if(title.analysis.mentions, [](const Mention& m) {
                return m.type == MentionType::Person;
            }) > 1)
            return {};
        for (std::size_t m = 0; m < title.analysis.mentions.size(); ++m)
            if (const Mention& men = title.analysis.mentions[m];
                men.type == MentionType::Person && is_person(resolved(title)[m].entity) &&
                is_title_speaker(docs_[di], men))
                return resolved(title)[m].entity;
        return {};
    }

    // The outlet's state to the titles without one that `main` holds, where no one else holds
    // that title there.
    void outlet_country_to(const std::string& main, const std::string& outlet,
                           const std::vector<std::size_t>& ks, bool portfolio_offices) {
        std::map<std::string, std::set<std::string>> held; // office -> people holding it there
        for (std::size_t k : ks)
            if (claims_[k].country == outlet)
                held[office_of(claims_[k])].insert(claims_[k].person);
        for (std::size_t k : ks) {
            Claim& c = claims_[k];
            // A composed office of a specific title and modifiers only is as specific
            // ("Deputy Secretary of Defense"; not "Peace President").
            // So is a title's with a field of portfolio words ("Secretary of Energy") where
            // `portfolio_offices`.
            // A monarch's title is never the outlet's by inference: most states have none.
            const int title = c.title >= 0 ? c.title : c.head;
            if (c.person != main || !c.country.empty() || !c.organization.empty() || title < 0 ||
                ix_.title(title).monarch)
                continue;
            const bool specific = ix_.title(title).kind == TitleKind::Specific &&
                                  (c.title >= 0 || modified_title(c.office, ix_.title(title)));
            if (!specific && (!portfolio_offices || c.title >= 0 ||
                              !portfolio_office(c.office, ix_.title(title))))
                continue;
            const auto& holders = held[office_of(c)];
            if (std::none_of(holders.begin(), holders.end(),
                             [&](const std::string& h) { return h != c.person; }))
                c.country = outlet;
        }
    }

    // A body every state has, named by its words alone: "Foreign Ministry", "Foreign Office",
    // "Ministry of Defence" (words:government-office-word, portfolios, body head words).
    bool government_body_name(const std::string& name) const {
        bool government = false, words = false;
        for (const auto& t : tokenize(name)) {
            if (!t.word)
                continue;
            const std::string w = lower(t.text);
            words = true;
            const bool office_word = ix_.words.has(WordClass::GovernmentOfficeWord, w);
            government = government || office_word;
            if (!office_word && !ix_.organization_heads.count(w) &&
                !ix_.words.has(WordClass::Portfolio, w) && !ix_.words.has(WordClass::Article, w) &&
                !ix_.words.has(WordClass::NameConnector, w))
                return false;
        }
        return words && government;
    }

    // Whether an office is a title with modifiers before it: "Principal Deputy National
    // Security Advisor", "First Vice Foreign Minister", "Deputy National Security Advisor for
    // International Economics".
    bool modified_title(const std::string& office, const Title& title) const {
        const std::vector<Token> tokens = tokenize(office);
        std::vector<std::string_view> words;
        for (const auto& t : tokens)
            if (t.word)
                words.emplace_back(t.text);
        auto is_title = [&](std::size_t k) {
            const std::string rest =
                lower(office.substr(static_cast<std::size_t>(words[k].data() - office.data())));
            // The title, or the title and its field: "... Advisor for International Economics".
            auto names = [&](const std::string& label) {
                const std::string l = lower(label);
                return rest == l || rest.starts_with(l + " for ");
            };
            return names(title.label) || std::ranges::any_of(title.alt_labels, names);
        };
        for (std::size_t k = 0; k < words.size();) {
            if (k > 0 && is_title(k))
                return true;
            const std::size_t n = modifier_at(words, k);
            if (n == 0)
                return false;
            k += n;
        }
        return false;
    }

    // The number of words of the title modifier at words[k] ("Principal Deputy", "First"),
    // or 0.
    std::size_t modifier_at(const std::vector<std::string_view>& words, std::size_t k) const {
        std::vector<std::string> lowered;
        for (std::size_t x = k; x < words.size() && x < k + 4; ++x)
            lowered.push_back(lower(words[x]));
        const std::vector<std::string_view> views(lowered.begin(), lowered.end());
        std::size_t n = ix_.words.phrase_at(WordClass::TitleModifier, views);
        if (n == 0 && k < words.size() && ix_.words.has(WordClass::OrdinalTitleModifier, words[k]))
            n = 1;
        return n;
    }

    // Whether an office is a title, after any modifiers, with a field of portfolio words
    // only: "Minister of Agriculture and Rural Development", "Deputy Secretary of Energy",
    // "Minister for Enterprise", on a generic title. Such an office is a state's, as a lexicon
    // title is (not "Speaker of the Chamber of Deputies", "Secretary of the Party", "President
    // of Peace").
    bool portfolio_office(const std::string& office, const Title& title) const {
        if (title.kind != TitleKind::Generic) // "President of Peace" is no office
            return false;
        std::vector<std::string> words;
        for (const auto& t : tokenize(office))
            if (t.word)
                words.push_back(lower(t.text));
        const std::vector<std::string_view> views(words.begin(), words.end());
        std::size_t k = 0;
        while (k < words.size())
            if (const std::size_t n = modifier_at(views, k); n > 0)
                k += n;
            else
                break;
        auto label_at = [&](const std::string& label) -> std::size_t {
            std::size_t n = 0;
            for (const auto& t : tokenize(label))
                if (t.word) {
                    if (k + n >= words.size() || words[k + n] != lower(t.text))
                        return 0;
                    ++n;
                }
            return n;
        };
        std::size_t n = label_at(title.label);
        for (const auto& alt : title.alt_labels)
            n = n > 0 ? n : label_at(alt);
        if (n == 0)
            return false;
        k += n;
        if (k >= words.size() || (words[k] != "of" && words[k] != "for"))
            return false;
        ++k;
        if (k < words.size() && ix_.words.has(WordClass::Article, words[k]))
            ++k;
        bool field = false;
        for (; k < words.size(); ++k) {
            const bool portfolio = ix_.words.has(WordClass::Portfolio, words[k]);
            if (!portfolio && words[k] != "and")
                return false;
            field = field || portfolio;
        }
        return field;
    }

    // The country of an outlet that speaks for a state: a gazetteer government body or
    // armed forces with a country, by its label or an alternative label, with or without
    // the article ("The White House"). News organizations do not speak for their state.
    std::string outlet_country(const std::string& outlet) const {
        if (outlet.empty())
            return {};
        std::string name = outlet;
        if (const auto space = name.find(' ');
            space != std::string::npos &&
            ix_.words.has(WordClass::Article, lower(name.substr(0, space))))
            name = name.substr(space + 1);
        const std::string key = fold_key(name);
        for (const auto& e : lex_.entries) {
            if (e.entity_class != EntityClass::Organization || e.country.empty() ||
                (e.class_iri != std::string(ns::gk) + "GovernmentBody" &&
                 e.class_iri != std::string(ns::gk) + "ArmedForces"))
                continue;
            if (fold_key(e.label) == key ||
                std::any_of(e.alt_labels.begin(), e.alt_labels.end(),
                            [&](const std::string& a) { return fold_key(a) == key; }))
                return e.country;
        }
        return named_government(outlet);
    }

    // An outlet the gazetteer does not know that names a government's office and one state
    // ("Ministry of Foreign Affairs of the Republic of Poland", "U.S. Department of State",
    // "Prime Minister of Canada"; words:government-office-word or a title): that state. A
    // state after "for" or "to" is the office's field ("Office of the Special Envoy for
    // Yemen"), not its owner. So does a name of portfolio words and one state alone ("Natural
    // Resources Canada", "Global Affairs Canada").
    std::string named_government(const std::string& outlet) const {
        const std::vector<Token> tokens = tokenize(outlet);
        const TokenKeys keys = token_keys(tokens);
        bool office = false;
        bool portfolio = false, only_portfolio = true;
        std::set<std::string> states;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            const std::string rest = lower(outlet.substr(tokens[k].begin));
            if (ix_.words.match_text(WordClass::GovernmentOfficeWord, rest) > 0 ||
                ix_.titles.longest(keys, k))
                office = true;
            const bool field =
                k > 0 && (lower(tokens[k - 1].text) == "for" || lower(tokens[k - 1].text) == "to");
            if (auto p = ix_.places.longest(keys, k)) {
                const GazetteerEntry& e = entry(p->value);
                if (e.entity_class == EntityClass::Country && !field)
                    states.insert(e.country);
                else
                    only_portfolio = false;
                k += p->length - 1;
            } else if (auto d = ix_.demonyms.longest(keys, k); d && !field) {
                states.insert(entry(d->value).country);
            } else if (tokens[k].word) {
                const bool p = ix_.words.has(WordClass::Portfolio, lower(tokens[k].text));
                portfolio = portfolio || p;
                only_portfolio = only_portfolio && p;
            }
        }
        office = office || (portfolio && only_portfolio);
        return office && states.size() == 1 ? *states.begin() : std::string{};
    }

    std::string title_key(int t) const { return lex_.titles[static_cast<std::size_t>(t)].key; }

    // One position per title and country (and destination, for envoys); none without a
    // country.
    std::string position_key(int title, const std::string& country,
                             const std::string& target) const {
        std::string slug = title_key(title).substr(title_key(title).find('/') + 1);
        std::string key = "position/" + country + "-" + slug;
        if (!target.empty())
            key += "-to-" + target;
        return key;
    }

    // A new position entity under `key`, in `country` (its country entity made too); null
    // when the key already names one.
    Entity* new_position(const std::string& key, const std::string& country,
                         const std::string& target) {
        for (const auto& code : {country, target})
            if (auto c = ix_.country_by_code.find(code);
                !code.empty() && c != ix_.country_by_code.end())
                gazetteer_entity(entry(c->second));
        auto [it, fresh] = kb_.entities.try_emplace(key);
        if (!fresh)
            return nullptr;
        Entity& e = it->second;
        e.key = key;
        e.entity_class = EntityClass::Position;
        e.country = country;
        e.target = target;
        return &e;
    }

    // " of Kenya", " to Morocco", or "" for an unknown or empty code.
    std::string country_phrase(const char* preposition, const std::string& code) const {
        auto c = ix_.country_by_code.find(code);
        if (code.empty() || c == ix_.country_by_code.end())
            return {};
        return std::string(" ") + preposition + " " +
               country_label_phrase(entry(c->second).label, ix_.words);
    }

    std::string ensure_position(int title, const std::string& country, const std::string& target) {
        std::string key = position_key(title, country, target);
        Entity* e = new_position(key, country, target);
        if (!e)
            return key;
        auto g = ix_.entry_by_key.find(key);
        if (g != ix_.entry_by_key.end()) {
            e->label = entry(g->second).label;
            e->alt_labels.insert(entry(g->second).alt_labels.begin(),
                                 entry(g->second).alt_labels.end());
            return key;
        }
        name_position(*e, title, ix_.title(title).label,
                      country_phrase("of", country) + country_phrase("to", target));
        return key;
    }

    // A position's label, its office and where it is held ("Minister of Defense of Kenya"),
    // and an altLabel for each other name of its lexicon title ("Defence Minister of Kenya");
    // a composed office (title -1) has none.
    void name_position(Entity& e, int title, const std::string& office,
                       const std::string& where) const {
        e.label = office + where;
        if (title >= 0)
            for (const auto& alt : ix_.title(title).alt_labels)
                if (alt + where != e.label)
                    e.alt_labels.insert(alt + where);
    }

    // The name of a claim's office: its lexicon title's, or the one the title phrase composes.
    std::string office_of(const Claim& c) const {
        return c.title >= 0 ? ix_.title(c.title).label : c.office;
    }

    // The position of an office the title phrase composes, in a state: "Minister of Energy and
    // Mining Resources of Peru", position/PER-minister-of-energy-and-mining-resources.
    std::string ensure_office(const std::string& office, const std::string& country) {
        const std::string key = "position/" + country + "-" + slugify(office);
        if (Entity* e = new_position(key, country, {}))
            name_position(*e, -1, office, country_phrase("of", country));
        return key;
    }

    // The position of an office of a region of a state: "Governor of Illinois",
    // position/USA-illinois-governor, in the United States.
    std::string ensure_regional_position(const Claim& c) {
        const std::string office = office_of(c);
        const std::string key =
            "position/" + c.country + "-" + slugify(c.region) + "-" + slugify(office);
        if (Entity* e = new_position(key, c.country, {}))
            name_position(*e, c.title, office, " of " + c.region);
        return key;
    }

    // The position of an office of an organization: "Secretary-General of NATO",
    // position/nato-secretary-general, in org/nato.
    std::string ensure_organization_position(const Claim& c) {
        if (const auto org = ix_.entry_by_key.find(c.organization); org != ix_.entry_by_key.end()) {
            gazetteer_entity(entry(org->second));
        } else if (auto [o, fresh] = kb_.entities.try_emplace(c.organization); fresh) {
            o->second.key = c.organization;
            o->second.entity_class = EntityClass::Organization;
            o->second.label = c.organization_label;
        }
        const std::string office = office_of(c);
        const std::string key = "position/" + c.organization.substr(c.organization.find('/') + 1) +
                                "-" + slugify(office);
        if (Entity* e = new_position(key, {}, {})) {
            e->organization = c.organization;
            name_position(*e, c.title, office, " of " + kb_.entities[c.organization].label);
        }
        return key;
    }

    // The state a claim's organization belongs to: its gazetteer country ("State
    // Department"), else the one state its name names ("India's Border Security Force",
    // "Border Guard Bangladesh"); empty for an international one.
    std::string organization_state(const Claim& c) const {
        if (c.organization.empty())
            return {};
        if (auto e = ix_.entry_by_key.find(c.organization); e != ix_.entry_by_key.end())
            return entry(e->second).country;
        const std::vector<Token> tokens = tokenize(c.organization_label);
        const TokenKeys keys = token_keys(tokens);
        std::set<std::string> states;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            if (auto p = ix_.places.longest(keys, k);
                p && entry(p->value).entity_class == EntityClass::Country)
                states.insert(entry(p->value).country);
            if (auto d = ix_.demonyms.longest(keys, k))
                states.insert(entry(d->value).country);
        }
        return states.size() == 1 ? *states.begin() : std::string{};
    }

    // A claim without a country makes no position: "President Hale" alone says of which
    // state nothing.
    void make_positions() {
        out_.states.resize(docs_.size());
        for (const auto& c : claims_) {
            if (!c.country.empty() && kb_.is(c.person, EntityClass::Person))
                out_.states[c.doc][c.person].insert(c.country);
            if (const std::string state = organization_state(c);
                !state.empty() && kb_.is(c.person, EntityClass::Person))
                out_.states[c.doc][c.person].insert(state);
            if (!c.region.empty() && !c.country.empty()) {
                if (!narrower_claim(c))
                    kb_.entities[c.person].positions.insert(ensure_regional_position(c));
                continue;
            }
            if (!c.organization.empty()) {
                if (!narrower_claim(c))
                    kb_.entities[c.person].positions.insert(ensure_organization_position(c));
                continue;
            }
            if (c.title < 0) {
                if (!c.country.empty() && !narrower_office(c))
                    kb_.entities[c.person].positions.insert(ensure_office(c.office, c.country));
                continue;
            }
            if (c.country.empty() || narrower_claim(c))
                continue;
            std::string key = ensure_position(c.title, c.country, c.target);
            kb_.entities[c.person].positions.insert(key);
        }
    }

    // "Vice Minister Kerr" after "Vice Minister for Foreign Affairs Kerr": a composed office
    // whose words another of the same person in the same document and country contains.
    bool narrower_office(const Claim& c) {
        const std::set<std::string> mine = word_set(c.office);
        for (std::size_t k : claims_by_doc_[c.doc]) {
            const Claim& o = claims_[k];
            if (o.person != c.person || o.title >= 0 || o.office == c.office ||
                o.country != c.country || !o.organization.empty() || o.region != c.region)
                continue;
            const std::set<std::string> theirs = word_set(o.office);
            if (std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end()))
                return true;
        }
        return false;
    }

    // "Minister Marel" after "Economy Minister Marel": a title whose words another title
    // of the same person in the same document and country contains is that office.
    bool narrower_claim(const Claim& c) {
        for (std::size_t k : claims_by_doc_[c.doc]) {
            const Claim& o = claims_[k];
            if (o.person == c.person && o.title != c.title && o.country == c.country &&
                o.target == c.target && o.organization == c.organization && o.region == c.region &&
                (title_matches(c.title, o.title, false) || (o.title < 0 && o.head == c.title)))
                return true;
        }
        return false;
    }

    // Whether a role names a claim's office: its lexicon title (title_matches), or, for an
    // office the role's title phrase composes ("the Special Envoy"), an office on the same
    // head whose label has every word of the role's ("Special Envoy for Yemen").
    bool office_matches(const Mention& role, const Claim& c, bool exact) {
        if (role.title >= 0)
            return title_matches(role.title, c.title, exact);
        if (role.titles.empty() || role.titles.front().head < 0 ||
            role.titles.front().head != c.head || c.office.empty())
            return false;
        const std::string& label = role.titles.front().label;
        if (exact)
            return fold_key(label) == fold_key(c.office);
        const auto r = word_set(label);
        const auto o = word_set(c.office);
        return std::includes(o.begin(), o.end(), r.begin(), r.end());
    }

    bool title_matches(int role_title, int claim_title, bool exact) {
        if (role_title < 0 || claim_title < 0)
            return false; // a composed office is no lexicon title
        if (role_title == claim_title)
            return true;
        if (exact)
            return false;
        auto words = [&](int t) -> const std::set<std::string>& {
            auto it = title_words_.find(t);
            if (it != title_words_.end())
                return it->second;
            std::set<std::string> w;
            for (const auto& tok : tokenize(lex_.titles[static_cast<std::size_t>(t)].label))
                if (tok.word)
                    w.insert(lower(tok.text));
            return title_words_.emplace(t, std::move(w)).first->second;
        };
        const auto& r = words(role_title);
        const auto& c = words(claim_title);
        return std::includes(c.begin(), c.end(), r.begin(), r.end());
    }

    // The person each document is most about: the one it names most often as a relation's
    // agent, then the one it names most often at all, then the first key. An unqualified
    // role ("the defence minister" of a tour report) and a tour's legs stand for them.
    void find_main_people() {
        out_.main_people.resize(docs_.size());
        for (std::size_t di = 0; di < docs_.size(); ++di) {
            std::map<std::string, std::pair<int, int>> counts; // (as agent, named)
            // The title's people count only where the text names no one: the speaker of a
            // statement in the first person.
            auto names_someone = [&](const SentenceRecord& s) {
                for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m)
                    if (s.analysis.mentions[m].type == MentionType::Person &&
                        !resolved(s)[m].entity.empty())
                        return true;
                return false;
            };
            std::vector<const SentenceRecord*> sentences = named_in(docs_[di]);
            if (std::any_of(sentences.begin() + 1, sentences.end(),
                            [&](const SentenceRecord* s) { return names_someone(*s); }))
                sentences.erase(sentences.begin());
            else
                sentences.resize(1);
            for (const SentenceRecord* sp : sentences) {
                const SentenceRecord& s = *sp;
                const auto& res = resolved(s);
                // A given name alone is how the text speaks of family and friends ("Jon and
                // Rachel"), not of the official it is about.
                for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m)
                    if (s.analysis.mentions[m].type == MentionType::Person &&
                        !res[m].entity.empty() && res[m].how != "given name")
                        counts[res[m].entity].second += 1;
                for (const auto& r : s.analysis.relations)
                    for (int a : r.agents)
                        if (const auto& key = res[static_cast<std::size_t>(a)].entity;
                            !key.empty() && counts.count(key) &&
                            res[static_cast<std::size_t>(a)].how != "given name")
                            counts[key].first += 1;
            }
            std::pair<int, int> best{0, 0};
            for (const auto& [key, count] : counts)
                if (count > best) {
                    best = count;
                    out_.main_people[di] = key;
                }
        }
    }

    std::string resolve_role(std::size_t di, std::size_t at, const Mention& role,
                             const std::string& last_country) {
        std::string country = role.country_from_context ? last_country : role.title_country;
        const std::string& main = out_.main_people[di];
        for (bool exact : {true, false}) {
            const Claim* best = nullptr;
            std::size_t best_distance = SIZE_MAX;
            const auto of_document = claims_by_doc_.find(di); // read in threads: no []
            if (of_document == claims_by_doc_.end())
                return {};
            for (std::size_t k : of_document->second) {
                const Claim& c = claims_[k];
                if (!office_matches(role, c, exact))
                    continue;
                if (!country.empty() && !c.country.empty() && country != c.country)
                    continue;
                if (!country.empty() && c.country.empty())
                    continue;
                if (country.empty() && c.person == main)
                    return main;
                // Prefer the holder named before the role, then the nearest after it.
                std::size_t distance = c.at <= at ? at - c.at : (at + (1u << 30)) - at + c.at;
                if (distance < best_distance) {
                    best = &c;
                    best_distance = distance;
                }
            }
            if (best)
                return best->person;
        }
        return {};
    }

    // The position a role without a named holder stands for: made after the documents'
    // threads, in document order (ensure_position writes the knowledge base).
    struct PositionWanted {
        int title = -1;
        std::string country;
        std::string target;
    };

    // Each document in a thread: it writes only its own rows of resolutions, and reads the
    // claims and the knowledge base (the positions it wants are not persons, so making them
    // after changes no answer of is_person).
    void resolve_roles_and_pronouns() {
        std::vector<std::vector<PositionWanted>> wanted(docs_.size());
        names_frozen_ = true;
        for_each_index(docs_.size(), jobs_,
                       [&](std::size_t di) { roles_and_pronouns_of(di, wanted[di]); });
        names_frozen_ = false;
        for (const auto& of_document : wanted)
            for (const auto& w : of_document)
                ensure_position(w.title, w.country, w.target);
    }

    void roles_and_pronouns_of(std::size_t di, std::vector<PositionWanted>& wanted) {
        {
            const auto& d = docs_[di];
            // A transcript has many speakers: its "I" is whoever speaks.
            const std::string speaker = is_transcript(d) ? std::string{} : title_speaker(di);
            std::string last_country;
            std::string last_agent;
            std::string last_person;
            for (const auto& s : d.sentences) {
                const auto& ms = s.analysis.mentions;
                for (std::size_t m = 0; m < ms.size(); ++m) {
                    const Mention& men = ms[m];
                    const bool composed =
                        men.title < 0 && !men.titles.empty() && men.titles.front().head >= 0;
                    if (men.type == MentionType::Role && (men.title >= 0 || composed) &&
                        !men.former) {
                        std::size_t at = s.span.begin + men.span.begin;
                        // Only the holders this document names: never a person of another.
                        std::string person = resolve_role(di, at, men, last_country);
                        if (!person.empty()) {
                            resolved(s)[m] = {person, "role"};
                        } else if (men.title >= 0) {
                            std::string country =
                                men.country_from_context ? last_country : men.title_country;
                            if (country.empty() && ix_.title(men.title).kind == TitleKind::Specific)
                                country = outlet_countries_[di];
                            if (!country.empty()) {
                                resolved(s)[m] = {
                                    position_key(men.title, country, men.title_target),
                                    "role without a named holder"};
                                wanted.push_back({men.title, country, men.title_target});
                            }
                        }
                    } else if (men.first_person) {
                        // A statement's "I" is its speaker, whom its title names.
                        if (!speaker.empty())
                            resolved(s)[m] = {speaker, "the statement's speaker"};
                    } else if (men.type == MentionType::Pronoun &&
                               ix_.words.has(WordClass::SingularPronoun, men.pronoun)) {
                        std::string agent = agent_before(s, men.span.begin);
                        if (agent.empty())
                            agent = last_agent.empty() ? last_person : last_agent;
                        if (!agent.empty())
                            resolved(s)[m] = {agent, "pronoun"};
                    }
                    if (men.type == MentionType::Country && men.entry >= 0)
                        last_country = entry(men.entry).country;
                    if ((men.type == MentionType::Person || men.type == MentionType::Role) &&
                        is_person(resolved(s)[m].entity))
                        last_person = resolved(s)[m].entity;
                }
                for (const auto& r : s.analysis.relations)
                    for (int a : r.agents) {
                        const auto& res = resolved(s)[static_cast<std::size_t>(a)];
                        if (is_person(res.entity))
                            last_agent = res.entity;
                    }
            }
        }
    }

    // The person agent of a relation in this sentence named before `at`.
    std::string agent_before(const SentenceRecord& s, std::size_t at) const {
        std::string found;
        std::size_t best = 0;
        for (const auto& r : s.analysis.relations)
            for (int a : r.agents) {
                const auto& men = s.analysis.mentions[static_cast<std::size_t>(a)];
                const auto& res = resolved(s)[static_cast<std::size_t>(a)];
                if (men.type == MentionType::Pronoun || men.span.begin >= at ||
                    !is_person(res.entity))
                    continue;
                if (found.empty() || men.span.begin > best) {
                    found = res.entity;
                    best = men.span.begin;
                }
            }
        return found;
    }

    void apply_located() {
        for (const auto& d : docs_)
            for (const auto& s : d.sentences)
                for (const auto& l : s.analysis.located) {
                    const auto& inner = resolved(s)[static_cast<std::size_t>(l.inner)].entity;
                    const auto& outer = resolved(s)[static_cast<std::size_t>(l.outer)].entity;
                    if (inner.empty() || outer.empty() || inner == outer)
                        continue;
                    Entity& e = kb_.entities[inner];
                    if (e.located_in.empty())
                        e.located_in = outer;
                }
        for (auto& [key, e] : kb_.entities) {
            if (e.located_in.empty() || !e.country.empty())
                continue;
            auto it = kb_.entities.find(e.located_in);
            if (it != kb_.entities.end())
                e.country = it->second.country;
        }
    }
};

} // namespace

Entity entity_of(const GazetteerEntry& entry) {
    Entity e;
    e.key = entry.key;
    e.entity_class = entry.entity_class;
    e.class_iri = entry.class_iri;
    e.label = entry.label;
    e.country = entry.country;
    e.located_in = entry.located_in;
    return e;
}

Resolved resolve_entities(const std::vector<DocumentRecord>& documents, const LexiconIndex& index,
                          unsigned jobs) {
    Resolved resolved = Resolver(documents, index, jobs).run();
    resolve_groups(documents, resolved);
    return resolved;
}

} // namespace geokg
