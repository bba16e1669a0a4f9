#pragma once
// Declarations of the relation grammar's top rules (bodies in relation_def.hpp, instantiated
// in relation.cpp). Each is tried at a slot of the abstracted sentence.
#include "grammars/config.hpp"
#include "grammars/relation_ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace geokg::grammar {

namespace relation_parser {
struct clause_class;
struct first_since_class;
struct apposition_class;
struct located_class;
struct capital_class;
struct itinerary_class;
struct relative_class;
struct fronted_class;
struct fronted_subject_class;
struct np_event_class;
struct np_parties_class;
struct held_event_class;
struct agreement_passive_class;
struct companions_class;
} // namespace relation_parser

using clause_type = x3::rule<relation_parser::clause_class, relation_ast::clause>;
using first_since_type = x3::rule<relation_parser::first_since_class, relation_ast::first_since>;
using apposition_type = x3::rule<relation_parser::apposition_class, relation_ast::apposition>;
using located_type = x3::rule<relation_parser::located_class, relation_ast::place_pair>;
using capital_type = x3::rule<relation_parser::capital_class, relation_ast::place_pair>;
using itinerary_type = x3::rule<relation_parser::itinerary_class, std::vector<relation_ast::slot>>;
using relative_type = x3::rule<relation_parser::relative_class, relation_ast::clause>;
using fronted_type = x3::rule<relation_parser::fronted_class, relation_ast::fronted>;
using fronted_subject_type =
    x3::rule<relation_parser::fronted_subject_class, relation_ast::fronted>;
using np_event_type = x3::rule<relation_parser::np_event_class, relation_ast::np_event>;
using np_parties_type = x3::rule<relation_parser::np_parties_class, relation_ast::np_parties>;
using held_event_type = x3::rule<relation_parser::held_event_class, relation_ast::held_event>;
using agreement_passive_type =
    x3::rule<relation_parser::agreement_passive_class, relation_ast::agreement_passive>;
using companions_type =
    x3::rule<relation_parser::companions_class, std::vector<relation_ast::slot>>;

namespace relation_parser {
// Declared where the rule IDs live, so that argument-dependent lookup finds them.
BOOST_SPIRIT_DECLARE(clause_type, first_since_type, apposition_type, located_type, capital_type,
                     itinerary_type, relative_type, fronted_type, fronted_subject_type,
                     np_event_type, np_parties_type, held_event_type, agreement_passive_type,
                     companions_type)
} // namespace relation_parser

clause_type const& clause_rule();
first_since_type const& first_since_rule();
apposition_type const& apposition_rule();
located_type const& located_rule();
capital_type const& capital_rule();
itinerary_type const& itinerary_rule();
// "X, who visited Y," and "X, visiting Y,": a clause whose subject is the one before it.
relative_type const& relative_rule();
// "After meeting X, ...", "During his visit to Y, ...": tried at a sentence's first word.
fronted_type const& fronted_rule();
// "After meeting X, Kerr told reporters": a fronted predicate whose clause has no trigger; its
// subject is the predicate's.
fronted_subject_type const& fronted_subject_rule();
np_event_type const& np_event_rule();
np_parties_type const& np_parties_rule();
// "The meeting was held in Hanoi and co-chaired by A and B".
held_event_type const& held_event_rule();
agreement_passive_type const& agreement_passive_rule();
// "X was accompanied by Y and Z", "X, accompanied by Y,": the first slot, then the people who
// travelled with X.
companions_type const& companions_rule();

} // namespace geokg::grammar
