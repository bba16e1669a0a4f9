#pragma once
// Fusion adaptation of the date AST, kept apart so that only the grammar's own TU sees it.
#include "grammars/date_ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::weekday_expression, shift, weekday)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::month_day_year, month, day, year)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::day_month_year, day, month, year)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::iso_date, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::month_day, month, day)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::day_month, day, month)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::month_year, month, year)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::year_only, year)
BOOST_FUSION_ADAPT_STRUCT(geokg::grammar::date_ast::relative_day, offset)
