#pragma once
// What the relation grammar's parses mean: relation mentions, position claims and locations,
// read against the trigger's relation in the ontology (its direct object, its place and
// counterpart prepositions, its range, whether it is symmetric).
#include "extract/abstraction.hpp"
#include "extract/relations.hpp"
#include "grammars/relation_ast.hpp"

#include <memory>
#include <vector>

namespace geokg {

class Interpreter {
public:
    Interpreter(const std::vector<Mention>& mentions, const Abstracted& abs,
                const LexiconIndex& index, SentenceAnalysis& out);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // `start`: the clause's position in the abstracted text; `after_first`: it follows
    // "the first ... " ("the first minister to visit": a report, not a plan).
    void clause(const grammar::relation_ast::clause& c, std::size_t start, bool after_first);
    void first_since(const grammar::relation_ast::first_since& f);
    void apposition(const grammar::relation_ast::apposition& a);
    void located(const grammar::relation_ast::place_pair& p, bool capital);
    // `owner`: the mention whose tour it is, or -1 for the document's main person.
    void itinerary(const std::vector<grammar::relation_ast::slot>& places, std::size_t start,
                   int owner);
    void fronted(const grammar::relation_ast::fronted& f, std::size_t start);
    void np_event(const grammar::relation_ast::np_event& e, std::size_t start);
    void np_parties(const grammar::relation_ast::np_parties& p);
    void agreement_passive(const grammar::relation_ast::agreement_passive& a);
    void companions(const std::vector<grammar::relation_ast::slot>& slots);

private:
    class Reader;
    std::unique_ptr<Reader> reader_;
};

} // namespace geokg
