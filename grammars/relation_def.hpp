#pragma once
// The relation grammar: shallow clause patterns over an abstracted sentence, where each
// mention is a slot "[P3]" and each trigger word (from the ontology's gk:trigger*
// annotations) a slot "[V7]"; all other words are lower case, one space apart.
// Keywords match whole words only, so "with" never matches the start of "without".
// The grammar names only its own function words (prepositions, conjunctions, "be", "have",
// "do"); every other word it reads is a word class of ontology/lexicon.ttl, looked up in the
// WordClassIndex its context carries (word_of).
#include "grammars/config.hpp"
#include "grammars/relation.hpp"
#include "grammars/relation_ast.hpp"
#include "grammars/relation_ast_adapted.hpp"

#include <boost/spirit/home/x3.hpp>

#include <cstddef>

namespace geokg::grammar {

namespace relation_parser {

namespace x3 = boost::spirit::x3;
using relation_ast::slot;

// A whole word: the literal followed by a space or the end of the input.
template <std::size_t N> auto kw(char const (&word)[N]) {
    return x3::lexeme[x3::lit(word) >> &(x3::ascii::space | x3::eoi)];
}

// A slot of the given kinds: "[" kind index "]".
template <std::size_t N> auto slot_of(char const (&kinds)[N]) {
    return x3::lexeme['[' >> x3::ascii::char_(kinds) >> x3::uint_ >> ']'];
}

// A word or phrase of a word class of the lexicon, matched whole.
struct word_class_parser : x3::parser<word_class_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    WordClass word_class;

    constexpr explicit word_class_parser(WordClass c) : word_class(c) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute&) const {
        x3::skip_over(first, last, context);
        const WordClassIndex& words = x3::get<word_classes_tag>(context);
        const std::size_t length = words.match_text(
            word_class, std::string_view(first, static_cast<std::size_t>(last - first)));
        if (length == 0)
            return false;
        first += static_cast<std::ptrdiff_t>(length);
        return true;
    }
};

constexpr word_class_parser word_of(WordClass c) {
    return word_class_parser(c);
}

// Slots are rules so that a slot stays one attribute inside longer sequences.
x3::rule<class actor_slot_class, slot> const actor_slot = "actor_slot";
x3::rule<class place_slot_class, slot> const place_slot = "place_slot";
x3::rule<class argument_slot_class, slot> const argument_slot = "argument_slot";
x3::rule<class verb_slot_class, slot> const verb_slot = "verb_slot";
x3::rule<class noun_slot_class, slot> const noun_slot = "noun_slot";
// A noun trigger, or a participle read as one ("the 47th meeting of ...").
x3::rule<class event_slot_class, slot> const event_slot = "event_slot";
x3::rule<class agreement_slot_class, slot> const agreement_slot = "agreement_slot";
auto const actor_slot_def = slot_of("POG");
auto const place_slot_def = slot_of("GL");
auto const argument_slot_def = slot_of("POGLA");
auto const verb_slot_def = slot_of("VBIS");
auto const noun_slot_def = slot_of("N");
auto const event_slot_def = slot_of("NI");
auto const agreement_slot_def = slot_of("A");

auto const determiner = word_of(WordClass::Determiner);

// Words that end a noun phrase: prepositions, conjunctions and relative pronouns.
auto const stop_word = kw("and") | kw("with") | kw("to") | kw("in") | kw("at") | kw("for") |
                       kw("by") | kw("on") | kw("since") | kw("including") | kw("after") |
                       kw("before") | kw("during") | kw("as") | kw("where") | kw("which") |
                       kw("who") | kw("while") | kw("but") | kw("or") | kw("'s") | kw("that") |
                       kw("when") | kw("from") | kw("of") | kw("against") | kw("between") |
                       kw("over") | kw("amid") | kw("about") | kw("despite") | kw("regarding") |
                       kw("concerning") | word_of(WordClass::SpeechVerb);

auto const plain_word =
    x3::lexeme[!stop_word >>
               (x3::ascii::char_ - x3::ascii::space - x3::ascii::char_(",.;:!?[]\"-")) >>
               *(x3::ascii::char_ - x3::ascii::space)];

// A word ending in "-ed" ("hailed"): after "and" it starts a new predicate, not a noun
// phrase, so it is not read as a modifier of the next argument.
struct past_word_parser : x3::parser<past_word_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute&) const {
        x3::skip_over(first, last, context);
        Iterator end = first;
        while (end != last && *end != ' ')
            ++end;
        if (end - first < 4 || *(end - 1) != 'd' || *(end - 2) != 'e' || *first == '[')
            return false;
        first = end;
        return true;
    }
};
inline constexpr past_word_parser past_word{};

// A noun-phrase word may be "of" too: "top officials of the country including ...".
auto const np_word = plain_word | kw("of");

// Longer words first: an alternative that matched "in" would not give "including" back.
auto const preposition =
    x3::lexeme[(x3::string("with") | x3::string("to") | x3::string("including") |
                x3::string("into") | x3::string("in") | x3::string("at") | x3::string("for") |
                x3::string("by") | x3::string("on") | x3::string("from") | x3::string("against") |
                x3::string("between")) >>
               &x3::ascii::space];

auto const light_verb = word_of(WordClass::LightVerb);

auto const tour_word = word_of(WordClass::TourNoun);

auto const tour_verb = word_of(WordClass::TourVerb);

// "is scheduled to", "refused to": the modality is read from the word by the interpreter.
auto const intent_word = word_of(WordClass::Intention) | word_of(WordClass::Refusal);

// "is the first defense secretary to (visit)": a report, not an intention.
auto const first_to = kw("the") >> kw("first") >> x3::repeat(0, 4)[np_word | argument_slot] >>
                      kw("to");

auto const auxiliary_word = first_to | (intent_word >> kw("to")) | word_of(WordClass::PlanMarker) |
                            kw("is") | kw("are") | kw("was") | kw("were") | kw("be") | kw("been") |
                            kw("being") | kw("has") | kw("have") | (kw("had") >> &verb_slot) |
                            kw("to") | word_of(WordClass::ClauseAdverb) |
                            word_of(WordClass::Negation) | kw("did") | kw("does") | kw("do");

x3::rule<class auxiliaries_class, std::vector<std::string>> const auxiliaries = "auxiliaries";
x3::rule<class verb_group_class, slot> const verb_group = "verb_group";
x3::rule<class argument_class, relation_ast::argument> const argument = "argument";
x3::rule<class arguments_class, std::vector<relation_ast::argument>> const arguments = "arguments";
x3::rule<class predicate_class, relation_ast::predicate> const predicate = "predicate";
x3::rule<class predicates_class, std::vector<relation_ast::predicate>> const predicates =
    "predicates";
x3::rule<class subjects_class, std::vector<slot>> const subjects = "subjects";
x3::rule<class since_class, std::vector<slot>> const since = "since";
x3::rule<class slot_chain_class, std::vector<slot>> const slot_chain = "slot_chain";
x3::rule<class comma_free_arguments_class, std::vector<relation_ast::argument>> const
    comma_free_arguments = "comma_free_arguments";
x3::rule<class relative_predicate_class, relation_ast::predicate> const relative_predicate =
    "relative_predicate";
x3::rule<class relative_body_class, std::vector<relation_ast::predicate>> const relative_body =
    "relative_body";
x3::rule<class noun_predicate_class, relation_ast::predicate> const noun_predicate =
    "noun_predicate";
x3::rule<class fronted_predicate_class, relation_ast::predicate> const fronted_predicate =
    "fronted_predicate";

clause_type const clause = "clause";
first_since_type const first_since = "first_since";
apposition_type const apposition = "apposition";
located_type const located = "located";
capital_type const capital = "capital";
itinerary_type const itinerary = "itinerary";
relative_type const relative = "relative";
fronted_type const fronted = "fronted";
fronted_subject_type const fronted_subject = "fronted_subject";
np_event_type const np_event = "np_event";
np_parties_type const np_parties = "np_parties";
held_event_type const held_event = "held_event";
agreement_passive_type const agreement_passive = "agreement_passive";
companions_type const companions = "companions";

auto const auxiliaries_def = *x3::raw[auxiliary_word];

auto const expected_visit = slot{'E', 0};
auto const expected_in = slot{'X', 0};
// A past verb that is no trigger ("attacked China and Russia, accusing them ..."): a
// predicate that asserts nothing but names the objects a later "them" stands for.
auto const untriggered_verb = slot{'U', 0};

auto const verb_group_def =
    verb_slot | (x3::omit[light_verb >> -determiner >> x3::repeat(0, 3)[np_word]] >> noun_slot) |
    (x3::omit[word_of(WordClass::Expectation) >> (kw("in") | kw("at"))] >> x3::attr(expected_in)) |
    (x3::omit[tour_verb >> -determiner >> x3::repeat(0, 3)[!tour_word >> plain_word] >> tour_word >>
              -kw("off")] >>
     ((x3::omit[kw("with") >> -determiner >> x3::repeat(0, 2)[plain_word]] >> noun_slot) |
      (x3::omit[kw("in")] >> x3::attr(expected_visit)))) |
    (x3::omit[tour_verb >> -kw("up") >> kw("in")] >> x3::attr(expected_visit)) |
    // "wrapped up a two-day visit to Namibia": a tour verb with a visit noun.
    (x3::omit[tour_verb >> -kw("up") >> -determiner >> x3::repeat(0, 3)[np_word]] >> noun_slot) |
    (x3::omit[word_of(WordClass::SpeechVerb) >> (kw("during") | kw("in") | kw("at")) >>
              -determiner >> x3::repeat(0, 2)[plain_word]] >>
     noun_slot) |
    (x3::omit[kw("for")] >> noun_slot);

// "Morocco's capital Rabat": one argument, two slots.
auto const slot_chain_def = argument_slot >>
                            *(x3::omit[kw("'s") >> x3::repeat(0, 2)[plain_word]] >> argument_slot);

// "the Uruguayan capital Montevideo": a demonym may modify the head.
// No noun phrase opens with "of": "accused Rwanda of deploying troops alongside the M23" names
// the charge after its object, not a second object.
auto const noun_phrase_start =
    x3::omit[-determiner >> !kw("of") >> x3::repeat(0, 5)[np_word | slot_of("D")] >>
             -kw("including")];

// A slot followed by a noun is a modifier ("the US soldiers"), not the argument.
// A past verb after it is the sentence's ("a visit to Ghana ended on Tuesday"), and so is an
// adverb ("met A and B separately").
// An event noun after a body, state or place is its compound's head, the phrase's: "on the
// margins of the NATO summit in Brussels" goes on to the place.
auto const argument_def =
    (preposition | x3::attr(std::string())) >> noun_phrase_start >> slot_chain >>
    x3::omit[-(slot_of("N") >> &(preposition >> slot_of("LG")))] >>
    !(!(past_word | word_of(WordClass::PastMarker) | word_of(WordClass::ClauseAdverb)) >>
      plain_word >> (stop_word | ',' | '.' | x3::eoi));

// A comma joins arguments only in a list that ends with "and" ("met A, B and C"); "met A,
// B said" names one.
auto const argument_separator =
    (',' >> kw("and")) | kw("and") |
    (',' >> &(argument >> *(',' >> argument) >> -x3::lit(',') >> kw("and") >> argument)) | x3::eps;

// What an agreement or a talk is about, before the next argument: "signed a memorandum on
// fisheries and ports with Ghana".
// "on her way to Lima" is no topic: the place after it is not reached yet.
auto const topic_phrase = !(kw("on") >> x3::repeat(0, 1)[plain_word] >> kw("way")) >>
                          (kw("on") | kw("about") | kw("regarding") | kw("concerning")) >>
                          x3::repeat(1, 6)[plain_word | kw("and") | kw("of")] >> &preposition;

// An argument right before a verb (or an adverb and a verb) is the next clause's subject:
// "met A, and the two ministers signed", "met A, and B recently visited C".
// A phrase whose head is an event noun, before the place it was held: "on the sidelines of
// the summit in Brussels" (the noun's own relation has no agent there).
auto const event_phrase = (kw("at") | kw("on") | kw("in")) >> -determiner >>
                          x3::repeat(0, 4)[np_word] >> slot_of("N") >>
                          &(preposition >> slot_of("LG"));

auto const arguments_def = *(x3::omit[-topic_phrase >> -event_phrase >> argument_separator >>
                                      *word_of(WordClass::ClauseAdverb)] >>
                             !x3::omit[-determiner >> past_word] >> argument >>
                             !(*word_of(WordClass::ClauseAdverb) >> verb_slot));

// What a trip is for, after its arguments: "arrived in Brasilia for a three-day visit and
// held talks with ...".
auto const purpose_phrase = kw("for") >> -determiner >> x3::repeat(0, 3)[plain_word] >> noun_slot;

// A past verb that is no trigger, whose objects a participle after it takes up: "attacked
// China and Russia, accusing them of ...". Only then: "noted Kerr visited Ghana" is no such.
auto const untriggered_predicate = x3::attr(std::vector<std::string>()) >> x3::omit[past_word] >>
                                   x3::attr(untriggered_verb) >> arguments >>
                                   &(x3::lit(',') >> slot_of("I"));

// A past verb that is no trigger, and its object, before "and" and a trigger of the same
// subject: "rejected the accusations and blamed Colombia", "rejected the claim as baseless
// and accused X". It says nothing itself.
auto const untriggered_before_and =
    x3::attr(std::vector<std::string>()) >> x3::omit[past_word] >>
    x3::attr(untriggered_verb) >> x3::attr(std::vector<relation_ast::argument>()) >>
    x3::omit[*(determiner | plain_word | noun_slot | kw("as") | kw("of") | kw("to"))] >>
    &(-x3::lit(',') >> kw("and") >> slot_of("V"));

// "by meeting with ...", "by visiting ...": the means of the subject's act, a predicate of the
// same subject.
auto const by_participle = -x3::lit(',') >> kw("by") >> &slot_of("I");

// A past verb that is no trigger and what follows it, up to a participle trigger after "by"
// ("marked the anniversary of the treaty, which ..., by meeting with ..."). It says nothing
// itself.
auto const untriggered_before_by =
    x3::attr(std::vector<std::string>()) >> x3::omit[past_word] >>
    x3::attr(untriggered_verb) >> x3::attr(std::vector<relation_ast::argument>()) >>
    x3::omit[*(!by_participle >> !x3::lit('.') >>
               x3::lexeme[+(x3::ascii::char_ - x3::ascii::space)])] >>
    &by_participle;

auto const predicate_def = (auxiliaries >> verb_group >> arguments >> x3::omit[*purpose_phrase]) |
                           untriggered_predicate | untriggered_before_and | untriggered_before_by;

// "after", "before", "while" before a participle: a predicate of the same subject ("arrived
// in Ghana after meeting X").
auto const subordinator = kw("after") | kw("before") | kw("while") | kw("following") | kw("upon");

auto const predicate_separator = (-x3::lit(',') >> kw("and") >> -kw("then")) |
                                 (-x3::lit(',') >> subordinator >> &slot_of("I")) | by_participle |
                                 ',' | x3::eps;

auto const predicates_def = predicate % x3::omit[predicate_separator];

// Words between a subject and its verb: adverbs, and a parenthetical between commas.
auto const relative_clause = ',' >> (kw("who") | kw("which")) >>
                             *x3::lexeme[+(x3::ascii::char_ - x3::ascii::space - ',')] >> ',';

// "Kerr and a group of deputies held talks", "Kerr and his delegation visited": a subject the
// text does not name, coordinated after the named ones, acts with them.
auto const unnamed_co_subject = kw("and") >> -determiner >>
                                x3::repeat(1, 4)[plain_word | kw("of")] >>
                                &(*word_of(WordClass::ClauseAdverb) >> verb_slot);

// "Kerr, for his part, blamed ...": a parenthetical may open with a preposition.
auto const gap = *(relative_clause |
                   (',' >> -(kw("for") | kw("in") | kw("on") | kw("at") | kw("as")) >>
                    -determiner >> x3::repeat(0, 4)[plain_word] >> -argument_slot >> ',') |
                   word_of(WordClass::ClauseAdverb) | unnamed_co_subject | ',');

auto const possessive_tour =
    x3::omit[kw("'s") >> x3::repeat(0, 2)[!tour_word >> plain_word] >> tour_word];

// "A, B and C": a comma joins subjects only in a list that ends with "and".
auto const subject_and = (-x3::lit(',') >> kw("and")) >> -determiner >>
                         x3::repeat(0, 2)[plain_word];
auto const subject_comma = ',' >>
                           &(actor_slot >> *(',' >> actor_slot) >> subject_and >> actor_slot);

auto const subjects_def = ((actor_slot >> possessive_tour) | actor_slot) >>
                          *(x3::omit[subject_and | subject_comma] >> actor_slot);

auto const since_def = x3::omit[kw("since") >> -word_of(WordClass::Former)] >> actor_slot >>
                       *(x3::omit[kw("and")] >> actor_slot) >> x3::omit[-kw("'s")];

auto const clause_def = subjects >> x3::omit[gap] >> predicates >>
                        (since | x3::attr(std::vector<slot>()));

auto const first_since_def =
    actor_slot >> x3::omit[kw("'s")] >> noun_slot >>
    x3::omit[kw("is") >> kw("the") >> kw("first") >>
             -(kw("by") >> -determiner >> x3::repeat(0, 3)[plain_word] >> -actor_slot) >>
             kw("to") >> -determiner >> x3::repeat(0, 3)[plain_word]] >>
    place_slot >> x3::omit[kw("since") >> -word_of(WordClass::Former)] >> actor_slot;

x3::rule<class role_list_class, std::vector<slot>> const role_list = "role_list";
auto const role_list_def = actor_slot >>
                           *(x3::omit[(kw("and") | ',') >> -determiner] >> actor_slot);

// "X, the defence minister,", "X, who serves as ...", and the copula: "X is the country's
// deputy defence minister." (the present: "was" is a former office).
auto const apposition_def =
    actor_slot >> x3::omit[((',' >> -(kw("who") >> (word_of(WordClass::RoleVerb) | kw("is") |
                                                    kw("was") | word_of(WordClass::ClauseAdverb)) >>
                                      -word_of(WordClass::ClauseAdverb) >>
                                      -word_of(WordClass::RoleVerb) >> -kw("as"))) |
                            kw("is")) >>
                           -determiner] >>
    role_list >> &(x3::lit(',') | '.' | x3::eoi); // "X, a spokesperson for ..." is no title

auto const located_def = place_slot >> x3::omit[kw("in") | ','] >> place_slot;

auto const capital_def =
    place_slot >>
    x3::omit[kw("'s") >> word_of(WordClass::CapitalNoun) >> -word_of(WordClass::SettlementNoun)] >>
    place_slot;

auto const itinerary_def =
    x3::omit[(tour_word | noun_slot | place_slot) >> -(kw("which") | kw("that")) >>
             -word_of(WordClass::ClauseAdverb) >> word_of(WordClass::InclusionVerb)] >>
    (place_slot % x3::omit[(',' >> -kw("and")) | kw("and")]);

auto const no_since = x3::attr(std::vector<slot>());

// One predicate, ending where the relative clause does: "X, who visited Y, met Z" (the
// participle alone needs its closing comma: "X, visiting Y, said").
auto const relative_predicate_def = auxiliaries >> verb_group >> comma_free_arguments;

// A "who" clause may end the sentence, or go on with a predicate of its own after "and"
// ("..., who is paying a visit to Y and attending the summit.").
auto const relative_body_def =
    (x3::omit[kw("who") >> gap] >> x3::repeat(1)[relative_predicate] >>
     x3::omit[*(!argument_slot >> !kw("and") >> !x3::lit('.') >>
                x3::lexeme[+(x3::ascii::char_ - x3::ascii::space - ',')]) >>
              &(x3::lit(',') | kw("and") | x3::lit('.'))]) |
    (x3::repeat(1)[relative_predicate] >> x3::omit[&x3::lit(',')]);

auto const relative_def = x3::repeat(1)[actor_slot] >> x3::omit[','] >> relative_body >> no_since;

// "During his visit to Windhoek," names its noun's predicate with no subject of its own.
// Its arguments end at the comma before the clause: "After meeting A and B, Kerr ...".
auto const comma_free_arguments_def =
    *(x3::omit[kw("and") | x3::eps] >> !x3::omit[-determiner >> past_word] >> argument);

auto const noun_predicate_def = x3::attr(std::vector<std::string>()) >>
                                x3::omit[-determiner >> x3::repeat(0, 2)[plain_word]] >>
                                noun_slot >> comma_free_arguments;

// Plain words after its arguments up to the comma say how long or why ("After meeting X for
// more than two hours, Kerr told ...").
auto const fronted_predicate_def =
    (x3::omit[subordinator] >> auxiliaries >> verb_group >> comma_free_arguments >>
     x3::omit[-((kw("for") | kw("to")) >> x3::repeat(1, 6)[plain_word] >> &x3::lit(','))]) |
    (x3::omit[kw("during")] >> noun_predicate);

// "After meeting X, Kerr told reporters ...": the subject of a clause that has no trigger of
// its own is the fronted predicate's.
x3::rule<class subject_clause_class, relation_ast::clause> const subject_clause = "subject_clause";
auto const subject_clause_def =
    subjects >> x3::attr(std::vector<relation_ast::predicate>()) >> x3::attr(std::vector<slot>()) >>
    x3::omit[&(gap >> (word_of(WordClass::SpeechVerb) | plain_word))];

auto const fronted_def = fronted_predicate >> x3::omit[','] >> clause;
auto const fronted_subject_def = fronted_predicate >> x3::omit[','] >> subject_clause;

auto const np_event_def = x3::repeat(1)[actor_slot] >>
                          x3::omit[kw("'s") >> x3::repeat(0, 3)[plain_word]] >> noun_slot >>
                          arguments;

auto const party_list = actor_slot % x3::omit[(',' >> -kw("and")) | kw("and")];

// What a signing's "of" names before its parties, no verb among it: "the signing of a
// ten-year framework for the U.S.-India partnership by A and B", "of a joint record of
// discussions by A and B".
auto const np_complement_word = !past_word >> !word_of(WordClass::PastMarker) >>
                                !(kw("is") | kw("are") | kw("was") | kw("were") | kw("be") |
                                  kw("been") | kw("will")) >>
                                (plain_word | kw("of") | kw("for") | kw("on") | ',' |
                                 slot_of("GLDAN"));
auto const np_complement =
    -((kw("of") | kw("for") | kw("on")) >> x3::repeat(0, 11)[np_complement_word]);

auto const np_parties_def =
    noun_slot >>
    ((x3::omit[kw("of")] >> x3::repeat(1)[agreement_slot]) | x3::attr(std::vector<slot>())) >>
    x3::omit[np_complement] >> x3::omit[kw("between") | kw("by")] >> party_list >> arguments;

auto const held_event_def =
    event_slot >>
    x3::omit[-(kw("of") >> -determiner >>
               x3::repeat(0, 4)[!word_of(WordClass::HeldVerb) >> (plain_word | slot_of("OGD"))]) >>
             word_of(WordClass::HeldVerb)] >>
    arguments >> x3::omit[kw("and") >> -(kw("was") | kw("were")) >>
                          word_of(WordClass::ParticipationVerb) >> kw("by")] >>
    party_list;

auto const agreement_passive_def = agreement_slot >> predicate;

// "X was accompanied by Y and Z", "X, accompanied by Y, visited ...".
auto const companions_def =
    actor_slot >>
    x3::omit[(-(kw("is") | kw("was") | kw("were")) | ',') >> -word_of(WordClass::ClauseAdverb) >>
             word_of(WordClass::CompanionVerb) >> kw("by") >> -determiner] >>
    party_list;

BOOST_SPIRIT_DEFINE(actor_slot, place_slot, argument_slot, verb_slot, noun_slot, event_slot,
                    agreement_slot, auxiliaries, verb_group, argument, arguments, predicate,
                    predicates, subjects, since, slot_chain, role_list, clause, first_since,
                    apposition, located, capital, itinerary, relative, relative_predicate,
                    relative_body, comma_free_arguments, noun_predicate, fronted_predicate,
                    subject_clause, fronted, fronted_subject, np_event, np_parties, held_event,
                    agreement_passive, companions)

} // namespace relation_parser

clause_type const& clause_rule() {
    return relation_parser::clause;
}
first_since_type const& first_since_rule() {
    return relation_parser::first_since;
}
apposition_type const& apposition_rule() {
    return relation_parser::apposition;
}
located_type const& located_rule() {
    return relation_parser::located;
}
capital_type const& capital_rule() {
    return relation_parser::capital;
}
itinerary_type const& itinerary_rule() {
    return relation_parser::itinerary;
}
relative_type const& relative_rule() {
    return relation_parser::relative;
}
fronted_type const& fronted_rule() {
    return relation_parser::fronted;
}
fronted_subject_type const& fronted_subject_rule() {
    return relation_parser::fronted_subject;
}
np_event_type const& np_event_rule() {
    return relation_parser::np_event;
}
np_parties_type const& np_parties_rule() {
    return relation_parser::np_parties;
}
held_event_type const& held_event_rule() {
    return relation_parser::held_event;
}
agreement_passive_type const& agreement_passive_rule() {
    return relation_parser::agreement_passive;
}
companions_type const& companions_rule() {
    return relation_parser::companions;
}

} // namespace geokg::grammar
