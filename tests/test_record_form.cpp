// A document's analysis record as bytes (extract/record_form): every field back as it was,
// and bytes that are no usable record refused with the reason.
#include "extract/pipeline.hpp"
#include "extract/record_form.hpp"
#include "input/document.hpp"

#include "project_lexicon.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

using namespace geokg;

namespace {

const std::string fingerprint = "0123456789abcdef";

// The project's corpus and the written development documents, analysed as extract does.
std::vector<DocumentRecord> analysed() {
    const auto& index = testing::project_lexicon_index();
    ReadResult read = read_inputs({std::string(GEOKG_SOURCE_DIR) + "/corpus",
                                   std::string(GEOKG_SOURCE_DIR) + "/bench/devset/written"});
    std::vector<DocumentRecord> records;
    for (auto& d : read.documents)
        records.push_back(analyze_document(std::move(d), index));
    return records;
}

std::string why_refused(const std::string& bytes,
                        const std::string& expected_fingerprint = fingerprint) {
    auto back =
        deserialize_record(bytes, expected_fingerprint, testing::project_lexicon_index().lexicon);
    const auto* why = std::get_if<std::string>(&back);
    return why ? *why : std::string();
}

} // namespace

TEST_CASE("an analysis record comes back whole, but for where its input lay", "[record]") {
    const auto records = analysed();
    REQUIRE(records.size() > 40);
    std::size_t mentions = 0, relations = 0, titles = 0;
    for (const auto& record : records) {
        const std::string bytes = serialize_record(record, fingerprint);
        auto back =
            deserialize_record(bytes, fingerprint, testing::project_lexicon_index().lexicon);
        REQUIRE(std::holds_alternative<DocumentRecord>(back));
        DocumentRecord& got = std::get<DocumentRecord>(back);
        CHECK(got.document.source.empty()); // not in the record: the same from any path
        got.document.source = record.document.source;
        CHECK(got == record); // defaulted ==: a field the form forgets fails here
        CHECK(serialize_record(got, fingerprint) == bytes);
        for (const auto& s : record.sentences) {
            mentions += s.analysis.mentions.size();
            relations += s.analysis.relations.size();
        }
        titles += record.title.analysis.mentions.size();
    }
    // The records hold what resolution reads, not empty analyses.
    CHECK(mentions > 500);
    CHECK(relations > 50);
    CHECK(titles > 0);
}

TEST_CASE("bytes that are no record this geokg can use are refused with the reason", "[record]") {
    const auto records = analysed();
    REQUIRE(!records.empty());
    const DocumentRecord& record = records.front();
    const std::string bytes = serialize_record(record, fingerprint);
    REQUIRE(why_refused(bytes).empty());

    CHECK(why_refused(bytes, "fedcba9876543210").find("another ontology") != std::string::npos);
    CHECK(why_refused("geokg").find("not a geokg analysis record") != std::string::npos);
    CHECK(why_refused(bytes.substr(0, bytes.size() - 1)).find("damaged") != std::string::npos);
    CHECK(why_refused(bytes + "x").find("damaged") != std::string::npos);
    std::string other_version = bytes;
    other_version[1 + 13] = 9; // the version follows the magic's length and its 13 bytes
    CHECK(why_refused(other_version).find("layout version 9") != std::string::npos);
    std::string flipped = bytes; // a byte of the deflated body changed: zlib's check fails
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x55);
    CHECK(why_refused(flipped).find("damaged") != std::string::npos);

    // An index out of its sentence: whole bytes, but a record that would be read out of
    // bounds.
    DocumentRecord broken = records.front();
    bool changed = false;
    for (auto& s : broken.sentences)
        for (auto& r : s.analysis.relations)
            if (!changed && !r.agents.empty()) {
                r.agents.front() = static_cast<int>(s.analysis.mentions.size());
                changed = true;
            }
    REQUIRE(changed);
    CHECK(why_refused(serialize_record(broken, fingerprint)).find("out of range") !=
          std::string::npos);
    // And one out of the lexicon.
    DocumentRecord no_entry = records.front();
    changed = false;
    for (auto& s : no_entry.sentences)
        for (auto& m : s.analysis.mentions)
            if (!changed) {
                m.entry = static_cast<int>(testing::project_lexicon_index().lexicon.entries.size());
                changed = true;
            }
    REQUIRE(changed);
    CHECK(why_refused(serialize_record(no_entry, fingerprint)).find("out of range") !=
          std::string::npos);
}
