#include "app/explain.hpp"

#include "text/utf8.hpp"

namespace geokg {
namespace {

// A span of a document's text in code points, as NIF offsets count: "chars 12-20".
void print_chars(std::string_view text, std::size_t begin, std::size_t end, std::ostream& out) {
    out << "chars " << code_points(text, begin) << "-" << code_points(text, end);
}

// The words the grammar did not see, and why: 'time "on Monday" chars 40-49'.
void print_removed(std::string_view text, std::size_t sentence_begin, const SentenceAnalysis& a,
                   std::ostream& out) {
    for (const auto& r : a.removed) {
        const std::size_t begin = sentence_begin + r.span.begin;
        const std::size_t end = sentence_begin + r.span.end;
        out << "    left out (" << removal_name(r.why) << "): \"" << text.substr(begin, end - begin)
            << "\" ";
        print_chars(text, begin, end, out);
        out << "\n";
    }
    for (const auto& [r, why] : a.dropped)
        out << "    dropped " << r.rule << ": " << why << "\n";
}

void print_sentence(const Extraction& x, const SourceRef& src, std::ostream& out) {
    const auto& record = x.documents[src.document];
    const std::string_view text = record.document.text;
    out << "  from " << record.document.id << " ";
    print_chars(text, src.sentence.begin, src.sentence.end, out);
    out << ": " << text.substr(src.sentence.begin, src.sentence.size()) << "\n";
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
        print_removed(text, s.span.begin, s.analysis, out);
    }
}

} // namespace

void print_explanation(const Extraction& x, std::ostream& out) {
    for (const auto& e : x.events) {
        out << e.key << "  [" << event_status_name(e.status);
        if (e.mode != MeetingMode::Unknown)
            out << ", " << meeting_mode_name(e.mode);
        out << "]\n";
        for (const auto& r : e.rules)
            out << "  rule: " << r << "\n";
        for (const auto& src : e.sources)
            print_sentence(x, src, out);
    }
    out << "# relations read that made no event, and why:\n";
    for (const auto& d : x.dropped) {
        const auto& record = x.documents[d.source.document];
        out << "#   " << record.document.id << " ";
        print_chars(record.document.text, d.source.sentence.begin, d.source.sentence.end, out);
        out << ": " << d.rule << ": " << d.reason << "\n";
    }
    out << "# sentences that matched no rule, as the grammar saw them:\n";
    for (const auto& record : x.documents)
        for (const auto& s : record.sentences)
            if (s.analysis.relations.empty()) {
                out << "#   " << record.document.id << " ";
                print_chars(record.document.text, s.span.begin, s.span.end, out);
                out << ": "
                    << (s.analysis.mentions.empty()
                            ? "(no name, place, title, pronoun or group: no rule applies)"
                            : s.analysis.abstracted)
                    << "\n";
            }
    const std::size_t missed = x.stats.sentences - x.stats.sentences_with_relations;
    out << "# " << x.stats.documents << " documents, " << x.stats.sentences << " sentences, "
        << x.stats.sentences_with_relations << " with a relation, " << missed
        << " matched no rule; " << x.events.size() << " events, " << x.direct.size()
        << " direct triples\n";
}

} // namespace geokg
