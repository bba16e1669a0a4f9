// Instantiates the relation grammar for the project's iterator and phrase context.
#include "grammars/config.hpp"
#include "grammars/relation_def.hpp"

namespace geokg::grammar::relation_parser {

BOOST_SPIRIT_INSTANTIATE(clause_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(first_since_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(apposition_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(located_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(capital_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(itinerary_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(relative_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(fronted_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(fronted_subject_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(np_event_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(np_parties_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(held_event_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(companions_type, iterator_type, relation_context_type)
BOOST_SPIRIT_INSTANTIATE(agreement_passive_type, iterator_type, relation_context_type)

} // namespace geokg::grammar::relation_parser
