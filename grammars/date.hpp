#pragma once
// Declaration of the date grammar: one rule that reads one time expression starting at a
// word start. The rule bodies live in date_def.hpp, instantiated in date.cpp only.
#include "grammars/date_ast.hpp"

#include <boost/spirit/home/x3.hpp>

namespace geokg::grammar {

// A word is ASCII letters, digits and '_'; punctuation, spaces and UTF-8 quotes or dashes
// end it.
constexpr bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

namespace date_parser {

namespace x3 = boost::spirit::x3;

struct time_expression_class;
using time_expression_type = x3::rule<time_expression_class, date_ast::time_expression>;
using time_expression_id = time_expression_type::id;
BOOST_SPIRIT_DECLARE(time_expression_type)

} // namespace date_parser

// The rule to parse with: instantiated for iterator_type and plain_context_type (config.hpp).
date_parser::time_expression_type const& time_expression();

} // namespace geokg::grammar
