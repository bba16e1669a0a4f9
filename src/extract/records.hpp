#pragma once
// What the analysis of each document makes and the later stages read: its sentences with
// their mentions, times and relations. Resolution and assembly only read these records;
// each returns what it makes in a structure of its own.
#include "extract/relations.hpp"
#include "input/document.hpp"
#include "text/calendar.hpp"
#include "text/text_span.hpp"

#include <optional>
#include <vector>

namespace geokg {

struct SentenceRecord {
    TextSpan span; // bytes in the document text
    SentenceAnalysis analysis;
    friend bool operator==(const SentenceRecord&, const SentenceRecord&) = default;
};

struct DocumentRecord {
    Document document;
    std::optional<CivilDate> date;
    std::vector<SentenceRecord> sentences;
    // The document's title (document.title) analysed as a sentence, which is no sentence of
    // its text (its span is empty): its titled people count as the document's ("Statement by
    // President X", "Call with President X of Afghanistan" names X's country when the text
    // does not); its relations are cleared, the text reports them.
    SentenceRecord title;
    friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

} // namespace geokg
