#include "app/explain.hpp"

namespace geokg {
namespace {

void print_sentence(const Extraction& x, const SourceRef& src, std::ostream& out) {
    const auto& record = x.documents[src.document];
    const auto& text = record.document.text;
    out << "  from " << record.document.id << " bytes " << src.sentence.begin << "-"
        << src.sentence.end << ": " << text.substr(src.sentence.begin, src.sentence.size()) << "\n";
    for (std::size_t si = 0; si < record.sentences.size(); ++si) {
        const auto& s = record.sentences[si];
        if (s.span != src.sentence)
            continue;
        for (std::size_t m = 0; m < s.analysis.mentions.size(); ++m) {
            const auto& men = s.analysis.mentions[m];
            const auto& res = x.resolved.of(src.document, si)[m];
            out << "    \"" << men.surface << "\" " << mention_type_name(men.type);
            if (!res.entity.empty())
                out << " -> " << res.entity << " (" << res.how << ")";
            else if (!res.members.empty())
                for (std::size_t k = 0; k < res.members.size(); ++k)
                    out << (k == 0 ? " -> " : ", ") << res.members[k]
                        << (k + 1 == res.members.size() ? " (" + res.how + ")" : "");
            else
                out << " -> unresolved";
            out << "\n";
        }
        out << "    grammar saw: " << s.analysis.abstracted << "\n";
    }
}

} // namespace

void print_explanation(const Extraction& x, std::ostream& out) {
    for (const auto& e : x.events) {
        out << e.key << "  [" << event_status_name(e.status) << "]\n";
        for (const auto& r : e.rules)
            out << "  rule: " << r << "\n";
        for (const auto& src : e.sources)
            print_sentence(x, src, out);
    }
    out << "# sentences that matched no rule, as the grammar saw them:\n";
    for (const auto& record : x.documents)
        for (const auto& s : record.sentences)
            if (s.analysis.relations.empty())
                out << "#   " << record.document.id << " " << s.span.begin << "-" << s.span.end
                    << ": " << s.analysis.abstracted << "\n";
    const std::size_t missed = x.stats.sentences - x.stats.sentences_with_relations;
    out << "# " << x.stats.documents << " documents, " << x.stats.sentences << " sentences, "
        << x.stats.sentences_with_relations << " with a relation, " << missed
        << " matched no rule; " << x.events.size() << " events, " << x.direct.size()
        << " direct triples\n";
}

} // namespace geokg
