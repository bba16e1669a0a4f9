// The one file that calls the relation grammar: it abstracts a sentence into slots
// (extract/abstraction), runs the grammar's rules at each slot, and hands the parses to the
// interpreter (extract/interpretation), which reads them against the ontology's relations.
#include "extract/relations.hpp"

#include "extract/group_mentions.hpp"

#include "extract/abstraction.hpp"
#include "extract/interpretation.hpp"
#include "grammars/config.hpp"
#include "grammars/relation.hpp"

#include <algorithm>
#include <set>

namespace geokg {
namespace {

namespace x3 = boost::spirit::x3;
namespace ast = grammar::relation_ast;

// Tokens inside parentheses, and with_quotes inside quotation marks.
std::vector<bool> aside_tokens(const std::vector<Token>& tokens, bool with_quotes) {
    std::vector<bool> aside(tokens.size(), false);
    int depth = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        std::string_view t = tokens[i].text;
        if (t == "(") {
            ++depth;
        } else if (t == ")") {
            depth = std::max(0, depth - 1);
        } else if (t == "\xE2\x80\x9C") {
            quoted = true;
        } else if (t == "\xE2\x80\x9D") {
            quoted = false;
        } else if (t == "\"") {
            quoted = !quoted;
        }
        aside[i] = depth > 0 || (with_quotes && quoted);
    }
    return aside;
}

template <typename Rule, typename Attribute>
bool parse_at(const std::string& text, std::size_t start, const Rule& rule,
              const WordClassIndex& words, Attribute& attr) {
    const char* first = text.data() + start;
    const char* last = text.data() + text.size();
    return x3::phrase_parse(first, last, x3::with<grammar::word_classes_tag>(words)[rule],
                            x3::ascii::space, attr);
}

// Runs every rule of the grammar at every slot of the abstracted sentence.
class RuleRunner {
public:
    RuleRunner(const Abstracted& abs, const LexiconIndex& index, Interpreter& interpret)
        : abs_(abs), index_(index), interpret_(interpret) {}

    void run() {
        if (!abs_.tokens.empty() && abs_.tokens.front().kind == 0)
            fronted();
        for (const AbstractToken& token : abs_.tokens) {
            const bool actor = token.kind == 'P' || token.kind == 'O' || token.kind == 'G';
            const bool place = token.kind == 'G' || token.kind == 'L';
            if (actor)
                actor_rules(token);
            if (place)
                place_rules(token.start);
            if (place || token.kind == 'N' || opens_tour(token))
                itinerary(token);
            if (token.kind == 'N' || token.kind == 'I')
                noun_rules(token);
            if (token.kind == 'A')
                agreement_rules(token);
        }
    }

private:
    const Abstracted& abs_;
    const LexiconIndex& index_;
    Interpreter& interpret_;
    std::set<int> subject_done_; // mentions that may not start another clause

    template <typename Rule, typename Attribute>
    bool parse(std::size_t start, const Rule& rule, Attribute& attr) const {
        return parse_at(abs_.text, start, rule, index_.words, attr);
    }

    bool opens_tour(const AbstractToken& token) const {
        if (token.kind != 0)
            return false;
        const std::size_t end = std::min(abs_.text.find(' ', token.start), abs_.text.size());
        return index_.words.has(WordClass::TourNoun,
                                std::string_view(abs_.text).substr(token.start, end - token.start));
    }

    static bool reads_same_verb(const ast::clause& a, const ast::clause& b) {
        if (a.predicates.empty() || b.predicates.empty())
            return false;
        const ast::slot& x = a.predicates.front().verb;
        const ast::slot& y = b.predicates.front().verb;
        return x.kind == y.kind && x.index == y.index;
    }

    void actor_rules(const AbstractToken& token) {
        ast::clause main_clause;
        ast::first_since fs;
        const bool first_since = parse(token.start, grammar::first_since_rule(), fs);
        if (first_since) {
            interpret_.first_since(fs);
        } else if (!subject_done_.count(token.index)) {
            if (parse(token.start, grammar::clause_rule(), main_clause))
                clause(token, main_clause);
        }
        ast::apposition ap;
        if (token.kind == 'P' && parse(token.start, grammar::apposition_rule(), ap))
            interpret_.apposition(ap);
        // "X, visiting Y, said": the clause may have read the participle as its own verb.
        ast::clause relative;
        if (parse(token.start, grammar::relative_rule(), relative) &&
            !reads_same_verb(main_clause, relative))
            interpret_.clause(relative, token.start, false);
        ast::np_event event;
        if (!first_since && parse(token.start, grammar::np_event_rule(), event))
            interpret_.np_event(event, token.start);
        std::vector<ast::slot> companions;
        if (token.kind == 'P' && parse(token.start, grammar::companions_rule(), companions))
            interpret_.companions(companions);
    }

    // "After meeting X, Kerr flew to Y": the sentence opens with the predicate; the clause
    // after the comma is not read again at its subject.
    void fronted() {
        ast::fronted f;
        if (!parse(abs_.tokens.front().start, grammar::fronted_rule(), f)) {
            f = {};
            if (!parse(abs_.tokens.front().start, grammar::fronted_subject_rule(), f))
                return;
        }
        for (const auto& s : f.main.subjects)
            subject_done_.insert(static_cast<int>(s.index));
        interpret_.fronted(f, abs_.tokens.front().start);
    }

    void noun_rules(const AbstractToken& token) {
        ast::np_parties p;
        if (token.kind == 'N' && parse(token.start, grammar::np_parties_rule(), p)) {
            interpret_.np_parties(p);
            return;
        }
        // "The meeting was held in Hanoi and co-chaired by A and B": as "the meeting between
        // A and B in Hanoi".
        ast::held_event h;
        if (parse(token.start, grammar::held_event_rule(), h))
            interpret_.np_parties(ast::np_parties{h.noun, {}, h.parties, h.arguments});
    }

    void agreement_rules(const AbstractToken& token) {
        ast::agreement_passive a;
        if (parse(token.start, grammar::agreement_passive_rule(), a))
            interpret_.agreement_passive(a);
    }

    void clause(const AbstractToken& token, const ast::clause& c) {
        for (const auto& s : c.subjects)
            subject_done_.insert(static_cast<int>(s.index));
        // Nor does a slot between the subject and its verb ("Varga, who arrived in Kenya,
        // met Okafor": Kenya meets no one). "expected in" and "tour ends in" have no slot of
        // their own: then nothing lies between.
        if (!c.predicates.empty()) {
            const auto& verb = c.predicates.front().verb;
            const bool has_slot = verb.kind != 'E' && verb.kind != 'X' && verb.kind != 'U';
            for (const AbstractToken* t = &token + 1;
                 has_slot && t < abs_.tokens.data() + abs_.tokens.size(); ++t) {
                if (t->kind == verb.kind && t->index == static_cast<int>(verb.index))
                    break;
                if (t->kind != 0 && !is_verb_kind(t->kind))
                    subject_done_.insert(t->index);
            }
        }
        // The object of a clause does not start another one ("met with Varga, accusing
        // Sudan": Varga accuses no one).
        for (const auto& p : c.predicates)
            for (const auto& a : p.arguments)
                for (const auto& sl : a.slots)
                    subject_done_.insert(static_cast<int>(sl.index));
        const AbstractToken* before = &token == abs_.tokens.data() ? nullptr : &token - 1;
        const bool after_first =
            before && before->kind == 0 &&
            abs_.text.compare(before->start, token.start - 1 - before->start, "first") == 0;
        interpret_.clause(c, token.start, after_first);
    }

    void place_rules(std::size_t start) {
        ast::place_pair pp;
        if (parse(start, grammar::located_rule(), pp))
            interpret_.located(pp, false);
        ast::place_pair cap;
        if (parse(start, grammar::capital_rule(), cap))
            interpret_.located(cap, true);
    }

    void itinerary(const AbstractToken& token) {
        std::vector<ast::slot> legs;
        if (parse(token.start, grammar::itinerary_rule(), legs))
            interpret_.itinerary(legs, token.start, tour_owner_before(token));
    }

    // The person slot of a possessive just before the token: "[P0] 's (regional) tour".
    int tour_owner_before(const AbstractToken& token) const {
        for (const AbstractToken* t = &token; t-- > abs_.tokens.data();) {
            if (token.start - t->start > 30)
                return -1;
            if (t->kind == 0 && abs_.text.compare(t->start, 3, "'s ") == 0) {
                const AbstractToken* owner = t == abs_.tokens.data() ? nullptr : t - 1;
                return owner && owner->kind == 'P' ? owner->index : -1;
            }
        }
        return -1;
    }
};

// A time inside a quotation dates what was said, not the event reported.
std::vector<TimeExpression> unquoted_times(const std::vector<TimeExpression>& times,
                                           const std::vector<Token>& tokens) {
    const std::vector<bool> aside = aside_tokens(tokens, true);
    std::vector<TimeExpression> kept;
    for (const auto& te : times) {
        bool quoted = false;
        for (std::size_t t = 0; t < tokens.size(); ++t)
            if (tokens[t].begin == te.span.begin)
                quoted = aside[t];
        if (!quoted)
            kept.push_back(te);
    }
    return kept;
}

// The relative clauses of a sentence, as byte spans: from a relative pronoun after a comma
// (", which", ", under which") to the next comma or the end.
std::vector<TextSpan> relative_clauses(const std::vector<Token>& tokens,
                                       const WordClassIndex& words) {
    std::vector<TextSpan> clauses;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const bool after_comma =
            tokens[i - 1].text == "," || (i > 1 && tokens[i - 2].text == "," && tokens[i - 1].word);
        if (!after_comma || !words.has(WordClass::RelativePronoun, lower(tokens[i].text)))
            continue;
        std::size_t end = tokens.back().end;
        for (std::size_t j = i + 1; j < tokens.size(); ++j)
            if (tokens[j].text == ",") {
                end = tokens[j].begin;
                break;
            }
        clauses.push_back(TextSpan{tokens[i].begin, end});
    }
    return clauses;
}

// The relative clause `at` is in, or -1.
int clause_at(const std::vector<TextSpan>& clauses, std::size_t at) {
    for (std::size_t c = 0; c < clauses.size(); ++c)
        if (at >= clauses[c].begin && at < clauses[c].end)
            return static_cast<int>(c);
    return -1;
}

// Each relation takes the time expression nearest its trigger, on the same side of any
// "since" (which dates only the earlier event), and in the same relative clause or none.
void attach_times(SentenceAnalysis& out, const WordClassIndex& words) {
    const std::vector<TextSpan> clauses = relative_clauses(out.tokens, words);
    std::size_t since_at = std::string_view::npos;
    for (const auto& tok : out.tokens)
        if (lower(tok.text) == "since")
            since_at = tok.begin;
    for (auto& r : out.relations) {
        if (r.tour_owner)
            continue; // an itinerary names no date for its legs
        std::size_t best = SIZE_MAX;
        for (std::size_t k = 0; k < out.times.size(); ++k) {
            const auto& te = out.times[k];
            bool te_after_since = since_at != std::string_view::npos && te.span.begin > since_at;
            bool r_after_since = since_at != std::string_view::npos && r.anchor > since_at;
            if (te_after_since != r_after_since ||
                clause_at(clauses, te.span.begin) != clause_at(clauses, r.anchor))
                continue;
            std::size_t d =
                te.span.begin > r.anchor ? te.span.begin - r.anchor : r.anchor - te.span.begin;
            if (d < best) {
                best = d;
                r.time = static_cast<int>(k);
            }
        }
    }
}

} // namespace

const char* modality_name(Modality modality) {
    switch (modality) {
    case Modality::Reported:
        return "reported";
    case Modality::Planned:
        return "planned";
    case Modality::Negated:
        return "negated";
    }
    return "?";
}

// "is meeting X on Friday", "is visiting Ghana tomorrow": the present progressive with a
// weekday or "tomorrow" is an arrangement, not an act under way (a full date may be the
// day's own: "is welcoming X on October 25, 2023" in a release of that day).
void plan_dated_progressives(SentenceAnalysis& out) {
    for (auto& r : out.relations) {
        if (!r.progressive || r.modality != Modality::Reported || r.time < 0)
            continue;
        const TimeExpression& te = out.times[static_cast<std::size_t>(r.time)];
        if (te.kind == TimeKind::Weekday || (te.kind == TimeKind::Relative && te.offset > 0))
            r.modality = Modality::Planned;
    }
}

// "In Helsinki, the Secretary General met with ...": a place that opens the sentence, before
// a comma, is where its meetings without a place of their own were held.
void attach_fronted_place(const Abstracted& abs, SentenceAnalysis& out) {
    const auto& t = abs.tokens;
    if (t.size() < 4 || t[0].kind != 0 || t[2].kind != 0 || (t[1].kind != 'L' && t[1].kind != 'G'))
        return;
    auto word = [&](const AbstractToken& k) {
        const std::size_t end = std::min(abs.text.find(' ', k.start), abs.text.size());
        return std::string_view(abs.text).substr(k.start, end - k.start);
    };
    if (word(t[0]) != "in" || word(t[2]) != ",")
        return;
    for (auto& r : out.relations)
        if (r.kind == EventKind::Meeting && r.places.empty())
            r.places.push_back(t[1].index);
}

SentenceAnalysis analyze_sentence(std::string_view sentence, const LexiconIndex& index) {
    SentenceAnalysis out;
    out.tokens = tokenize(sentence);
    out.mentions = find_mentions(sentence, out.tokens, index);
    add_group_mentions(sentence, out.tokens, index, out.mentions);
    const std::vector<bool> in_parentheses = aside_tokens(out.tokens, false);
    for (auto& m : out.mentions)
        m.aside = in_parentheses[m.first_token];
    out.times = unquoted_times(find_time_expressions(sentence, index.words), out.tokens);
    // Every rule needs a mention (an actor, a place, an agreement, a pronoun or a group):
    // a sentence without one is not abstracted nor parsed.
    if (out.mentions.empty())
        return out;
    const Abstracted abs = abstract_sentence(out.tokens, out.mentions, out.times, index);
    out.abstracted = abs.text;
    out.removed = abs.removed;
    Interpreter interpret(out.mentions, abs, index, out);
    RuleRunner(abs, index, interpret).run();
    attach_fronted_place(abs, out);
    attach_times(out, index.words);
    plan_dated_progressives(out);
    attach_meeting_modes(out, abs, index);
    return out;
}

} // namespace geokg
