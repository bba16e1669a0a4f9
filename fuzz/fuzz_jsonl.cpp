// libFuzzer: any bytes as a JSON Lines file. Reading never throws or crashes, and what it
// gives holds: every document has an id, ids are unique, every text and field is UTF-8
// without NUL, and every problem is said with the file and line it came from.
#include "input/document.hpp"
#include "text/utf8.hpp"

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <set>
#include <string>

namespace {

[[noreturn]] void fail(const std::string& what) {
    std::cerr << "fuzz_jsonl: " << what << "\n";
    std::abort();
}

bool clean(const std::string& s) {
    return geokg::is_valid_utf8(s) && s.find('\0') == std::string::npos;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace geokg;
    const std::string content(reinterpret_cast<const char*>(data), size);
    ReadSettings settings;
    settings.max_document_bytes = 256; // the limit's path too
    const ReadResult r = read_jsonl(content, "f.jsonl", settings);
    std::set<std::string> ids;
    for (const Document& d : r.documents) {
        if (d.id.empty())
            fail("a document without an id");
        if (!ids.insert(d.id).second)
            fail("two documents with the id " + d.id);
        for (const std::string* field : {&d.id, &d.text, &d.title, &d.url, &d.outlet, &d.date})
            if (!clean(*field))
                fail("a field that is not clean UTF-8 in " + d.source);
        if (d.source.rfind("f.jsonl:", 0) != 0)
            fail("a document from nowhere: " + d.source);
    }
    for (const auto* list : {&r.errors, &r.notes})
        for (const Error& e : *list)
            if (e.where().rfind("f.jsonl", 0) != 0)
                fail("a message without its place: " + std::string(e.what()));
    return 0;
}
