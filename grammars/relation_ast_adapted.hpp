#pragma once
// Fusion adaptation of the relation AST, and nothing else.
#include "grammars/relation_ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::slot, kind, index)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::argument, preposition, slots)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::predicate, auxiliaries, verb, arguments)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::clause, subjects, predicates, since)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::first_since, agent, noun, place, since)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::apposition, head, roles)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::place_pair, first, second)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::fronted, first, main)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::np_event, agents, noun, arguments)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::np_parties, noun, objects, parties,
                          arguments)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::agreement_passive, agreement, pred)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::relation_ast::held_event, noun, arguments, parties)
