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
} // namespace relation_parser

using clause_type = x3::rule<relation_parser::clause_class, relation_ast::clause>;
using first_since_type = x3::rule<relation_parser::first_since_class, relation_ast::first_since>;
using apposition_type = x3::rule<relation_parser::apposition_class, relation_ast::apposition>;
using located_type = x3::rule<relation_parser::located_class, relation_ast::place_pair>;
using capital_type = x3::rule<relation_parser::capital_class, relation_ast::place_pair>;
using itinerary_type = x3::rule<relation_parser::itinerary_class, std::vector<relation_ast::slot>>;

namespace relation_parser {
// Declared where the rule IDs live, so that argument-dependent lookup finds them.
BOOST_SPIRIT_DECLARE(clause_type, first_since_type, apposition_type, located_type, capital_type,
                     itinerary_type)
} // namespace relation_parser

clause_type const& clause_rule();
first_since_type const& first_since_rule();
apposition_type const& apposition_rule();
located_type const& located_rule();
capital_type const& capital_rule();
itinerary_type const& itinerary_rule();

} // namespace geokg::grammar
