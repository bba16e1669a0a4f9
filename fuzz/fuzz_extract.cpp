// libFuzzer: any bytes as one article, from reading to serialized RDF. The bytes are read as
// a text file is (read_plain: repaired to UTF-8, or refused as binary), extracted, and the
// graph written in every format; each text must parse with Serd's reader, and the graph
// must pass `geokg validate` (no finding, no error). Anything else aborts, with the text.
#include "check/validate.hpp"
#include "extract/emit.hpp"
#include "extract/pipeline.hpp"
#include "input/document.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_index.hpp"
#include "rdf/format.hpp"
#include "rdf/reader.hpp"
#include "rdf/writer.hpp"
#include "text/utf8.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

using namespace geokg;

const LexiconIndex& lexicon_index() {
    static const LexiconIndex index = build_lexicon_index(load_lexicon(GEOKG_ONTOLOGY_DIR));
    return index;
}

const Validator& validator() {
    static const Validator v(GEOKG_ONTOLOGY_DIR);
    return v;
}

[[noreturn]] void fail(const std::string& what, const std::string& text) {
    std::cerr << "fuzz_extract: " << what << "\n--- output ---\n" << text << "\n";
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<Error> errors;
    Document doc =
        read_plain(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt", errors);
    if (doc.id.empty())
        return 0; // refused (binary), and said so
    if (!is_valid_utf8(doc.text) || !is_valid_utf8(doc.title))
        fail("read_plain gave text that is not UTF-8", doc.text);
    const std::string base = default_base_iri;
    const Extraction x = extract({std::move(doc)}, lexicon_index(), base);
    for (const RdfFormat format :
         {RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::NQuads, RdfFormat::TriG}) {
        const std::string text = write_graph_to_string(x.graph, format, output_prefixes(base));
        try {
            (void)read_graph_from_string(text, format);
        } catch (const Error& e) {
            fail(std::string("Serd cannot read what was written: ") + e.what(), text);
        }
        if (format != RdfFormat::NQuads)
            continue;
        const std::string path = "/tmp/geokg-fuzz-" + std::to_string(::getpid()) + ".nq";
        {
            std::ofstream out(path, std::ios::binary);
            out << text;
        }
        const ValidationResult v = validator().validate({path});
        std::remove(path.c_str());
        if (!v.errors.empty())
            fail("validate cannot read the graph: " + std::string(v.errors.front().what()), text);
        if (!v.findings.empty())
            fail("validate: " + v.findings.front().message, text);
    }
    return 0;
}
