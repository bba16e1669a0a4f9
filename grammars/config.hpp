#pragma once
// The one iterator and context types every grammar in grammars/ is instantiated for.
// A call site must use exactly these types, or the explicit instantiation does not link.
#include "lexicon/word_classes.hpp"

#include <boost/spirit/home/x3.hpp>

namespace geokg::grammar {

namespace x3 = boost::spirit::x3;

// Sentences are parsed in place, as byte ranges of the document text.
using iterator_type = const char*;

// The context of x3::parse(first, last, rule, attr): no skipper.
using plain_context_type = x3::unused_type;

// The context of x3::phrase_parse(first, last, rule, x3::ascii::space, attr).
using phrase_context_type = x3::phrase_parse_context<x3::ascii::space_type>::type;

// The relation grammar reads the lexicon's word classes (ontology/lexicon.ttl) from its
// context: x3::phrase_parse(first, last, x3::with<word_classes_tag>(index)[rule], space, attr).
struct word_classes_tag;
using relation_context_type =
    x3::context<word_classes_tag, const WordClassIndex, phrase_context_type>;

} // namespace geokg::grammar
