#include "extract/resolve.hpp"

#include "extract/groups.hpp"

#include "rdf/iri.hpp"
#include "text/token.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <numeric>
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

std::vector<std::string> name_words(std::string_view name) {
    auto tokens = tokenize(name);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& t = tokens[i];
        if (!t.word)
            continue;
        bool initial = code_points(t.text) == 1 && t.capitalized && i + 1 < tokens.size() &&
                       tokens[i + 1].text == ".";
        if (!initial)
            words.emplace_back(t.text);
    }
    return words;
}

// The key of a full name: its words folded (fold_key: no case, no diacritics), so that
// "Hans Müller" and "Hans Muller" are one cluster.
std::string name_key(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += fold_key(w);
    return out;
}

// The words a text writes in lower case, folded: its common nouns and verbs.
std::unordered_set<std::string> lower_case_words(std::string_view text) {
    std::unordered_set<std::string> out;
    std::size_t i = 0;
    bool after_letter = false;
    while (i < text.size()) {
        const Utf8Char first = decode_utf8(text, i);
        if (after_letter || !is_lower(first.code_point)) {
            after_letter =
                is_letter(first.code_point) || (after_letter && is_mark(first.code_point));
            i += first.length;
            continue;
        }
        std::size_t j = i;
        for (Utf8Char ch = first; is_letter(ch.code_point) || is_mark(ch.code_point);) {
            j += ch.length;
            if (j >= text.size())
                break;
            ch = decode_utf8(text, j);
        }
        // All lower case: it starts so, and a capital inside ("iPhone") stays distinct.
        out.insert(fold_key(text.substr(i, j - i)));
        after_letter = false;
        i = j;
    }
    return out;
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

struct Claim {
    std::string person; // entity key
    int title = -1;
    std::string country; // alpha-3 or empty
    std::string target;  // alpha-3 or empty
    std::size_t doc = 0;
    std::size_t sentence = 0;
    std::size_t at = 0; // byte offset in the document
    bool sentence_country_known = false;
    std::string sentence_country;
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
    Resolver(const std::vector<DocumentRecord>& docs, const LexiconIndex& index)
        : docs_(docs), ix_(index), lex_(index.lexicon) {
        out_.mentions.resize(docs.size());
        for (std::size_t di = 0; di < docs.size(); ++di) {
            out_.mentions[di].resize(docs[di].sentences.size());
            for (std::size_t si = 0; si < docs[di].sentences.size(); ++si) {
                const SentenceRecord& s = docs[di].sentences[si];
                out_.mentions[di][si].assign(s.analysis.mentions.size(), {});
                resolutions_.emplace(&s, &out_.mentions[di][si]);
            }
        }
    }

    Resolved run() {
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
    Resolved out_;
    KnowledgeBase kb_;
    // Each sentence's row of out_.mentions.
    std::unordered_map<const SentenceRecord*, std::vector<Resolution>*> resolutions_;

    std::vector<Resolution>& resolved(const SentenceRecord& s) { return *resolutions_.at(&s); }
    const std::vector<Resolution>& resolved(const SentenceRecord& s) const {
        return *resolutions_.at(&s);
    }

    bool is_person(const std::string& key) const { return kb_.is(key, EntityClass::Person); }
    UnionFind people_;
    std::map<std::string, std::map<std::string, int>> surfaces_; // cluster key -> surface counts
    std::map<std::string, std::string> person_key_;              // cluster root -> entity key
    std::vector<Claim> claims_;
    std::unordered_map<std::string, std::vector<std::string>> words_; // name -> its words

    const std::vector<std::string>& words_of(const std::string& name) {
        auto it = words_.find(name);
        if (it == words_.end())
            it = words_.emplace(name, name_words(name)).first;
        return it->second;
    }
    std::map<std::size_t, std::vector<std::size_t>> claims_by_doc_;
    std::map<std::pair<int, std::string>, std::set<std::string>> holders_; // (title, country)
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
                        resolved(s)[m] = {entry(men.entry).key, "demonym"};
                        break;
                    default:
                        break;
                    }
                }
    }

    // People: full names cluster by spelling; a surname alone joins the full name it ends.
    // People: full names cluster by spelling; a surname alone joins the full name it ends.
    void cluster_people() {
        const FullNames full = full_names();
        merge_misspellings(full);
        std::set<std::string> full_keys;
        for (const auto& [key, words] : full) {
            full_keys.insert(key);
            by_last_word_[words.back()].insert(key);
        }
        for (std::size_t di = 0; di < docs_.size(); ++di)
            people_of_document(di, full_keys);
        name_people();
    }

    // Every full name (two words or more) by its key, with its folded words.
    using FullNames = std::map<std::string, std::vector<std::string>>;

    FullNames full_names() {
        FullNames full;
        for (const auto& d : docs_)
            for (const auto& s : d.sentences)
                for (const auto& men : s.analysis.mentions) {
                    if (men.type != MentionType::Person)
                        continue;
                    const auto& words = words_of(men.name);
                    if (words.size() < 2)
                        continue;
                    const std::string key = name_key(words);
                    people_.find(key);
                    std::vector<std::string> folded;
                    for (const auto& w : words)
                        folded.push_back(fold_key(w));
                    full.emplace(key, folded);
                }
        return full;
    }

    // Misspellings: same number of words, one word differs by one letter. Names are grouped
    // by all their words but one (the position left out, the others), so only such pairs
    // are ever compared.
    void merge_misspellings(const FullNames& full) {
        std::map<std::pair<std::size_t, std::string>, std::vector<std::string>> groups;
        for (const auto& [key, words] : full)
            for (std::size_t k = 0; k < words.size(); ++k) {
                std::string others;
                for (std::size_t w = 0; w < words.size(); ++w)
                    others += (w == k ? std::string("*") : words[w]) + " ";
                groups[{k, others}].push_back(key);
            }
        for (auto& [group, keys] : groups) {
            const std::size_t k = group.first;
            std::sort(keys.begin(), keys.end());
            for (std::size_t a = 0; a < keys.size(); ++a)
                for (std::size_t b = a + 1; b < keys.size(); ++b) {
                    const auto& wa = full.at(keys[a])[k];
                    const auto& wb = full.at(keys[b])[k];
                    if (std::min(code_points(wa), code_points(wb)) >= 5 &&
                        edit_distance(wa, wb) <= 1)
                        people_.unite(keys[a], keys[b]);
                }
        }
    }

    // Each person mention of a document to its cluster. Single words: spacing, then a
    // surname in this document, then in all, then a one-letter slip of a surname here.
    void people_of_document(std::size_t di, const std::set<std::string>& full_keys) {
        const auto& d = docs_[di];
        std::map<std::string, std::set<std::string>> doc_last_words;
        for (const auto& s : d.sentences)
            for (const auto& men : s.analysis.mentions)
                if (men.type == MentionType::Person) {
                    const auto& words = words_of(men.name);
                    if (words.size() >= 2)
                        doc_last_words[fold_key(words.back())].insert(name_key(words));
                }
        std::optional<std::unordered_set<std::string>> common; // built when needed
        for (const auto& s : d.sentences)
            for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m) {
                const Mention& men = s.analysis.mentions[m];
                if (men.type != MentionType::Person)
                    continue;
                const auto& words = words_of(men.name);
                std::string how = "name";
                std::string root;
                if (words.size() >= 2) {
                    root = people_.find(name_key(words));
                    if (root != name_key(words))
                        how = "misspelling";
                } else if (words.size() == 1) {
                    root = single_word(words[0], full_keys, doc_last_words, how);
                } else {
                    continue;
                }
                if (men.title < 0 && how == "name" && common_words(d, words, common))
                    continue;
                surfaces_[root][men.name] += 1;
                resolved(s)[m] = {root, how}; // replaced by the entity key in name_people
            }
    }

    // A capitalized phrase without a title whose words, or whose last word, the same
    // document also writes in lower case ("Coal Miners", "Business Forum", "Staff") names
    // no person.
    bool common_words(const DocumentRecord& d, const std::vector<std::string>& words,
                      std::optional<std::unordered_set<std::string>>& common) const {
        if (!common)
            common = lower_case_words(d.document.text);
        std::size_t lower_seen = 0;
        for (const auto& w : words)
            lower_seen += common->count(fold_key(w));
        return 2 * lower_seen > words.size() || common->count(fold_key(words.back()));
    }

    // Canonical names: the most complete form (words that are not initials), then the most
    // frequent, then one without initials, then the first in byte order. Every mention of
    // a cluster then resolves to its person's key.
    void name_people() {
        for (const auto& [root, forms] : surfaces_) {
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
            const std::string key = "person/" + slugify(best);
            person_key_[root] = key;
            auto [it, fresh] = kb_.entities.try_emplace(key);
            Entity& e = it->second;
            if (fresh) {
                e.key = key;
                e.entity_class = EntityClass::Person;
                e.label = best;
            }
            for (const auto& [form, count] : forms)
                if (form != e.label)
                    e.alt_labels.insert(form);
        }
        for (const auto& d : docs_)
            for (const auto& s : d.sentences)
                for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m)
                    if (s.analysis.mentions[m].type == MentionType::Person &&
                        !resolved(s)[m].entity.empty())
                        resolved(s)[m].entity = person_key_[resolved(s)[m].entity];
    }

    // Full names by their last word, for surnames used alone.
    std::map<std::string, std::set<std::string>> by_last_word_;

    std::string single_word(const std::string& word, const std::set<std::string>& full_keys,
                            const std::map<std::string, std::set<std::string>>& doc_last_words,
                            std::string& how) {
        std::string lw = fold_key(word);
        if (full_keys.count(lw)) {
            how = "spacing";
            return people_.find(lw);
        }
        auto unique_root = [&](const std::set<std::string>& roots) -> std::string {
            std::set<std::string> found;
            for (const auto& r : roots)
                found.insert(people_.find(r));
            return found.size() == 1 ? *found.begin() : std::string();
        };
        if (auto it = doc_last_words.find(lw); it != doc_last_words.end()) {
            if (auto r = unique_root(it->second); !r.empty()) {
                how = "surname";
                return r;
            }
        }
        if (auto it = by_last_word_.find(lw); it != by_last_word_.end()) {
            if (auto r = unique_root(it->second); !r.empty()) {
                how = "surname";
                return r;
            }
        }
        // A one-letter slip ("Esber") only against the surnames of the same document.
        const std::size_t length = code_points(lw);
        if (length >= 5) {
            std::set<std::string> roots;
            for (const auto& [last, keys] : doc_last_words) {
                const std::size_t last_length = code_points(last);
                if (last_length >= 5 && last_length + 1 >= length && length + 1 >= last_length &&
                    edit_distance(lw, last) == 1)
                    roots.insert(keys.begin(), keys.end());
            }
            if (auto r = unique_root(roots); !r.empty()) {
                how = "misspelling";
                return r;
            }
        }
        how = "name";
        return people_.find(lw);
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
    void collect_claims() {
        for (std::size_t di = 0; di < docs_.size(); ++di) {
            std::string last_country;
            for (std::size_t si = 0; si < docs_[di].sentences.size(); ++si)
                claims_of_sentence(di, si, last_country);
        }
        complete_claims();
    }

    // The countries around each mention of a sentence.
    struct CountriesBefore {
        std::vector<std::string> last;           // the country named last (this sentence or before)
        std::vector<std::set<std::string>> here; // those this sentence names before it
    };

    CountriesBefore countries_before(const std::vector<Mention>& ms,
                                     std::string& last_country) const {
        CountriesBefore before;
        std::set<std::string> seen;
        for (const auto& men : ms) {
            before.last.push_back(last_country);
            before.here.push_back(seen);
            if (men.type == MentionType::Country && men.entry >= 0) {
                last_country = entry(men.entry).country;
                seen.insert(last_country);
            }
        }
        return before;
    }

    void claims_of_sentence(std::size_t di, std::size_t si, std::string& last_country) {
        const auto& s = docs_[di].sentences[si];
        const auto& ms = s.analysis.mentions;
        const CountriesBefore before = countries_before(ms, last_country);
        auto add = [&](const std::string& person, const Mention& role, std::size_t m) {
            if (role.title < 0 || role.former || person.empty())
                return;
            Claim c;
            c.person = person;
            c.title = role.title;
            c.country = role.country_from_context ? before.last[m] : role.title_country;
            c.target = role.title_target;
            c.doc = di;
            c.sentence = si;
            c.at = s.span.begin + role.span.begin;
            // A title without a country may take the only one the sentence names before
            // it (never a destination named after it).
            c.sentence_country_known = before.here[m].size() == 1;
            if (c.sentence_country_known)
                c.sentence_country = *before.here[m].begin();
            claims_.push_back(c);
        };
        for (std::size_t m = 0; m < ms.size(); ++m)
            if (ms[m].type == MentionType::Person)
                add(resolved(s)[m].entity, ms[m], m);
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
                add(person, role, static_cast<std::size_t>(r));
            }
        }
    }

    // A title named without its country takes it from the same person's other claims to
    // that title, else from the one country its sentence names.
    void complete_claims() {
        std::map<std::pair<std::string, int>, std::string> known;
        for (const auto& c : claims_)
            if (!c.country.empty())
                known.emplace(std::make_pair(c.person, c.title), c.country);
        for (auto& c : claims_) {
            if (!c.country.empty())
                continue;
            if (auto it = known.find({c.person, c.title}); it != known.end())
                c.country = it->second;
            else if (c.sentence_country_known)
                c.country = c.sentence_country;
        }
        for (std::size_t k = 0; k < claims_.size(); ++k) {
            claims_by_doc_[claims_[k].doc].push_back(k);
            if (!claims_[k].country.empty())
                holders_[{claims_[k].title, claims_[k].country}].insert(claims_[k].person);
        }
    }

    std::string title_key(int t) const { return lex_.titles[static_cast<std::size_t>(t)].key; }

    std::string position_key(int title, const std::string& country, const std::string& target,
                             const std::string& holder) const {
        std::string slug = title_key(title).substr(title_key(title).find('/') + 1);
        if (country.empty())
            return "position/" + slug + "-" + holder.substr(holder.find('/') + 1);
        std::string key = "position/" + country + "-" + slug;
        if (!target.empty())
            key += "-to-" + target;
        return key;
    }

    std::string ensure_position(int title, const std::string& country, const std::string& target,
                                const std::string& holder) {
        std::string key = position_key(title, country, target, holder);
        for (const auto& code : {country, target})
            if (auto c = ix_.country_by_code.find(code);
                !code.empty() && c != ix_.country_by_code.end())
                gazetteer_entity(entry(c->second));
        auto [it, fresh] = kb_.entities.try_emplace(key);
        if (!fresh)
            return key;
        Entity& e = it->second;
        e.key = key;
        e.entity_class = EntityClass::Position;
        e.country = country;
        auto g = ix_.entry_by_key.find(key);
        if (g != ix_.entry_by_key.end()) {
            e.label = entry(g->second).label;
            e.alt_labels.insert(entry(g->second).alt_labels.begin(),
                                entry(g->second).alt_labels.end());
            return key;
        }
        e.label = lex_.titles[static_cast<std::size_t>(title)].label;
        if (!country.empty()) {
            auto c = ix_.country_by_code.find(country);
            if (c != ix_.country_by_code.end())
                e.label += " of " + country_label_phrase(entry(c->second).label, ix_.words);
        }
        if (!target.empty()) {
            auto c = ix_.country_by_code.find(target);
            if (c != ix_.country_by_code.end())
                e.label += " to " + country_label_phrase(entry(c->second).label, ix_.words);
        }
        return key;
    }

    void make_positions() {
        for (const auto& c : claims_) {
            if (c.country.empty() && ix_.title(c.title).kind == TitleKind::Generic)
                continue;
            std::string key = ensure_position(c.title, c.country, c.target, c.person);
            kb_.entities[c.person].positions.insert(key);
        }
    }

    bool title_matches(int role_title, int claim_title, bool exact) {
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
            for (const auto& s : docs_[di].sentences) {
                const auto& res = resolved(s);
                for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m)
                    if (s.analysis.mentions[m].type == MentionType::Person &&
                        !res[m].entity.empty())
                        counts[res[m].entity].second += 1;
                for (const auto& r : s.analysis.relations)
                    for (int a : r.agents)
                        if (const auto& key = res[static_cast<std::size_t>(a)].entity;
                            !key.empty() && counts.count(key))
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
            for (std::size_t k : claims_by_doc_[di]) {
                const Claim& c = claims_[k];
                if (!title_matches(role.title, c.title, exact))
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
        if (!country.empty()) {
            auto it = holders_.find({role.title, country});
            if (it != holders_.end() && it->second.size() == 1)
                return *it->second.begin();
        }
        return {};
    }

    void resolve_roles_and_pronouns() {
        for (std::size_t di = 0; di < docs_.size(); ++di) {
            const auto& d = docs_[di];
            std::string last_country;
            std::string last_agent;
            std::string last_person;
            for (const auto& s : d.sentences) {
                const auto& ms = s.analysis.mentions;
                for (std::size_t m = 0; m < ms.size(); ++m) {
                    const Mention& men = ms[m];
                    if (men.type == MentionType::Role && men.title >= 0 && !men.former) {
                        std::size_t at = s.span.begin + men.span.begin;
                        std::string person = resolve_role(di, at, men, last_country);
                        if (!person.empty()) {
                            resolved(s)[m] = {person, "role"};
                        } else {
                            std::string country =
                                men.country_from_context ? last_country : men.title_country;
                            if (!country.empty())
                                resolved(s)[m] = {
                                    ensure_position(men.title, country, men.title_target, ""),
                                    "role without a named holder"};
                        }
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

Resolved resolve_entities(const std::vector<DocumentRecord>& documents, const LexiconIndex& index) {
    Resolved resolved = Resolver(documents, index).run();
    resolve_groups(documents, resolved);
    return resolved;
}

} // namespace geokg
