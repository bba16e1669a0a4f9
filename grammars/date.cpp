// The only TU that compiles the date grammar's rule bodies.
#include "grammars/config.hpp"
#include "grammars/date_def.hpp"

namespace geokg::grammar::date_parser {

BOOST_SPIRIT_INSTANTIATE(time_expression_type, iterator_type, plain_context_type)

} // namespace geokg::grammar::date_parser
