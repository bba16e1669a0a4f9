// Reading documents: front matter, JSON Lines, directories, stdin, and the errors of each.
#include "input/document.hpp"
#include "input/json_lines.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

using namespace geokg;

namespace {

const std::string input_dir = std::string(GEOKG_TEST_DATA) + "/input";

bool has_error(const std::vector<Error>& errors, const std::string& where,
               const std::string& what_part) {
    for (const Error& e : errors) {
        if (e.where() == where && e.message().find(what_part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("json objects: values, escapes and skipped nesting", "[document][json]") {
    std::vector<JsonMember> members;
    const std::string line = R"( {"s": "a\"b\\c\/d\n\t\u00e9\u20ac\ud83d\ude00", "n": -12.5e+3,)"
                             R"( "t": true, "f": false, "z": null, "o": {"x": [1, {"y": []}]},)"
                             R"( "a": [], "s2": ""} )";
    const auto err = parse_json_object(line, members);
    REQUIRE_FALSE(err);
    REQUIRE(members.size() == 8);
    CHECK(members[0].key == "s");
    CHECK(members[0].value.kind == JsonKind::String);
    CHECK(members[0].value.text == "a\"b\\c/d\n\t\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    CHECK(members[1].value.kind == JsonKind::Number);
    CHECK(members[1].value.text == "-12.5e+3");
    CHECK(members[2].value.kind == JsonKind::Boolean);
    CHECK(members[2].value.text == "true");
    CHECK(members[3].value.text == "false");
    CHECK(members[4].value.kind == JsonKind::Null);
    CHECK(members[5].value.kind == JsonKind::Object);
    CHECK(members[6].value.kind == JsonKind::Array);
    CHECK(members[7].value.text.empty());
    REQUIRE(find_member(members, "n") != nullptr);
    CHECK(find_member(members, "missing") == nullptr);
}

TEST_CASE("json errors name the byte column", "[document][json]") {
    struct Case {
        std::string line;
        std::size_t column;
        std::string what;
    };
    const Case cases[] = {
        {R"({"text" "x"})", 9, "expected ':'"},
        {R"({"text": "x",})", 14, "expected a string key"},
        {R"({"text": "x"} extra)", 15, "unexpected character after the object"},
        {R"(["text"])", 1, "expected '{'"},
        {R"({"text": "abc)", 14, "unterminated string"},
        {R"({"text": "\q"})", 11, "invalid escape"},
        {R"({"text": "\ud800x"})", 11, "unpaired high surrogate"},
        {R"({"text": "\udc00"})", 11, "unpaired low surrogate"},
        {R"({"text": "\u12G4"})", 15, "invalid \\u escape"},
        {R"({"n": 01})", 8, "expected ',' or '}'"},
        {R"({"n": 1.})", 9, "invalid number"},
        {R"({"b": tru})", 7, "invalid literal"},
        {"{\"text\": \"tab\there\"}", 14, "control character"},
        {R"({"o": {"a" 1}})", 12, "expected ':'"},
        {R"({"o": {"a": 1)", 14, "unexpected end of line, expected ',' or '}'"},
        {R"({"o": [1 2]})", 10, "expected ',' or ']'"},
        {R"({"text": "x")", 13, "unexpected end of line"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.line);
        std::vector<JsonMember> members;
        const auto err = parse_json_object(c.line, members);
        REQUIRE(err);
        CHECK(err->column == c.column);
        CHECK(err->what.find(c.what) != std::string::npos);
    }
}

TEST_CASE("plain text with front matter", "[document]") {
    std::vector<Error> errors;
    const std::string body = "First paragraph.\r\n\r\n  Indented second.\n";
    const std::string content = "---\ndate: 2021-03-04\nurl: https://example.org/a\n"
                                "title: \"Quoted: title\"\noutlet: Example Wire\n"
                                "category: ignored\n---\n" +
                                body;
    const Document doc = read_plain(content, "some/dir/story.txt", errors);
    CHECK(errors.empty());
    CHECK(doc.id == "story");
    CHECK(doc.text == body);
    CHECK(doc.date == "2021-03-04");
    CHECK(doc.url == "https://example.org/a");
    CHECK(doc.title == "Quoted: title");
    CHECK(doc.outlet == "Example Wire");
    CHECK(doc.source == "some/dir/story.txt");

    const Document with_id = read_plain("---\nid: chosen\n---\nText.", "x/y.md", errors);
    CHECK(with_id.id == "chosen");
    CHECK(with_id.text == "Text.");
}

TEST_CASE("plain text without front matter is kept byte for byte", "[document]") {
    std::vector<Error> errors;
    const std::string text = "No metadata here.\n---\nA rule above is just text.\n";
    const Document doc = read_plain(text, "notes.md", errors);
    CHECK(errors.empty());
    CHECK(doc.id == "notes");
    CHECK(doc.text == text);
    CHECK(doc.date.empty());

    // An opening line without a closing one is not front matter.
    const std::string unclosed = "---\ndate: 2020-01-01\nno closing line\n";
    const Document doc2 = read_plain(unclosed, "u.txt", errors);
    CHECK(doc2.text == unclosed);
    CHECK(doc2.date.empty());
}

TEST_CASE("invalid dates are reported and the document kept", "[document]") {
    std::vector<Error> errors;
    const Document doc = read_plain("---\ndate: 2021-02-29\n---\nText.", "d.txt", errors);
    CHECK(doc.id == "d");
    CHECK(doc.date.empty());
    CHECK(has_error(errors, "d.txt", "invalid date \"2021-02-29\""));

    errors.clear();
    const Document leap = read_plain("---\ndate: 2020-02-29\n---\nText.", "l.txt", errors);
    CHECK(errors.empty());
    CHECK(leap.date == "2020-02-29");

    const ReadResult r = read_jsonl("{\"text\": \"a\", \"date\": \"2020-13-01\"}\n"
                                    "{\"text\": \"b\", \"date\": \"2020-09-30T08:15:00Z\"}\n",
                                    "feed.jsonl");
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].date.empty());
    CHECK(r.documents[1].date == "2020-09-30");
    CHECK(has_error(r.errors, "feed.jsonl:1", "invalid date"));
}

TEST_CASE("invalid UTF-8 is repaired, with its byte offset, and the document read", "[document]") {
    std::vector<Error> errors;
    // A valid character elsewhere in the text: the stray byte is U+FFFD.
    const Document doc = read_plain("caf\xC3\xA9 text \xC3( broken", "bad.txt", errors);
    CHECK(doc.id == "bad");
    CHECK(doc.text == "caf\xC3\xA9 text \xEF\xBF\xBD( broken");
    CHECK(has_error(errors, "bad.txt", "invalid UTF-8 at byte 11 (1 byte): replaced by U+FFFD"));

    // Overlong encodings and encoded surrogates are invalid too; with nothing else above
    // ASCII the text reads as Windows-1252.
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x80"}) {
        errors.clear();
        CHECK_FALSE(read_plain("ab" + bad, "b.txt", errors).id.empty());
        CHECK(has_error(errors, "b.txt", "at byte 2"));
    }

    const ReadResult r = read_jsonl("{\"text\": \"abc\xFF\"}\n{\"text\": \"fine\"}\n", "f.jsonl");
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].text == "abc\xC3\xBF"); // ÿ in Windows-1252
    CHECK(r.documents[1].text == "fine");
    CHECK(has_error(r.errors, "f.jsonl:1", "invalid UTF-8 at column 14: read as Windows-1252"));
}

TEST_CASE("json lines: documents, fallback ids and continued reading", "[document]") {
    const std::string content =
        "{\"id\": \"one\", \"text\": \"First \\u201cquoted\\u201d.\", \"title\": \"T\","
        " \"url\": \"https://example.org/1\", \"outlet\": \"Wire\", \"file\": \"x.txt\","
        " \"tags\": [\"a\", {\"b\": 1}]}\n"
        "\n"
        "   \n"
        "{\"text\": \"Second without id.\"}\n"
        "{\"text\" \"broken\"}\n"
        "{\"id\": \"no-text\"}\n"
        "{\"text\": 42}\n"
        "{\"id\": 7, \"text\": \"numeric id\"}\r\n"
        "{\"title\": [], \"text\": \"bad title\"}\n"
        "{\"text\": \"last\", \"date\": null}";
    const ReadResult r = read_jsonl(content, "path/to/feed.jsonl");
    REQUIRE(r.documents.size() == 4);
    CHECK(r.documents[0].id == "one");
    CHECK(r.documents[0].text == "First \xE2\x80\x9Cquoted\xE2\x80\x9D.");
    CHECK(r.documents[0].title == "T");
    CHECK(r.documents[0].url == "https://example.org/1");
    CHECK(r.documents[0].outlet == "Wire");
    CHECK(r.documents[0].source == "path/to/feed.jsonl:1");
    CHECK(r.documents[1].id.rfind("text-", 0) == 0);
    CHECK(r.documents[1].id.size() == 5 + 16);
    CHECK(r.documents[1].source == "path/to/feed.jsonl:4");
    CHECK(r.documents[2].id == "7");
    CHECK(r.documents[2].text == "numeric id");
    CHECK(r.documents[3].id.rfind("text-", 0) == 0);
    CHECK(r.documents[3].id != r.documents[1].id);
    CHECK(r.documents[3].date.empty());

    REQUIRE(r.errors.size() == 4);
    CHECK(r.errors[0].where() == "path/to/feed.jsonl:5");
    CHECK(r.errors[0].message() == "invalid JSON at column 9: expected ':'");
    CHECK(has_error(r.errors, "path/to/feed.jsonl:6", "missing \"text\""));
    CHECK(has_error(r.errors, "path/to/feed.jsonl:7", "\"text\" is not a string"));
    CHECK(has_error(r.errors, "path/to/feed.jsonl:9", "\"title\" is not a string"));
}

TEST_CASE("a record without an id is named by its content, the same in every shard", "[document]") {
    const std::string a = "{\"date\": \"2024-03-04\", \"text\": \"Ana Dorr visited Ghana.\"}\n";
    const std::string b = "{\"date\": \"2024-03-04\", \"text\": \"Ivo Kerr visited Togo.\"}\n";
    const ReadResult whole = read_jsonl(a + b, "all.jsonl");
    const ReadResult first = read_jsonl(a, "-");
    const ReadResult second = read_jsonl(b, "-");
    REQUIRE(whole.documents.size() == 2);
    REQUIRE(first.documents.size() == 1);
    REQUIRE(second.documents.size() == 1);
    CHECK(first.documents[0].id == whole.documents[0].id);
    CHECK(second.documents[0].id == whole.documents[1].id);
    // Near miss: two records that differ in any field, here the date alone, are two.
    const ReadResult other =
        read_jsonl("{\"date\": \"2024-03-05\", \"text\": \"Ana Dorr visited Ghana.\"}", "-");
    REQUIRE(other.documents.size() == 1);
    CHECK(other.documents[0].id != first.documents[0].id);
}

TEST_CASE("duplicate ids: the later document is reported and skipped", "[document]") {
    const ReadResult r = read_inputs({input_dir + "/duplicates.jsonl"});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "First.");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where() == input_dir + "/duplicates.jsonl:2");
    CHECK(r.errors[0].message().find("duplicate document id \"dup\"") != std::string::npos);

    // Across inputs as well: the same file twice is an identical repeat, dropped with a note.
    const ReadResult twice =
        read_inputs({input_dir + "/dir/a_plain.txt", input_dir + "/dir/a_plain.txt"});
    CHECK(twice.documents.size() == 1);
    CHECK(twice.errors.empty());
    REQUIRE(twice.notes.size() == 1);
    CHECK(twice.notes[0].message().find("identical: dropped") != std::string::npos);
}

TEST_CASE("directories are read recursively in sorted order", "[document]") {
    const ReadResult r = read_inputs({input_dir + "/dir"});
    CHECK(r.errors.empty());
    REQUIRE(r.documents.size() == 4);
    CHECK(r.documents[0].id == "a_plain");
    CHECK(r.documents[0].text == "A plain note without any metadata.\nSecond line.\n");
    CHECK(r.documents[1].id == "harbour-talks");
    CHECK(r.documents[1].title == "Harbour talks resume");
    CHECK(r.documents[1].date == "2021-03-04");
    CHECK(r.documents[1].outlet == "Example Wire");
    CHECK(r.documents[1].text.rfind("The port authority", 0) == 0);
    CHECK(r.documents[2].id == "sub-1");
    CHECK(r.documents[2].date == "2022-01-31");
    CHECK(r.documents[3].id.rfind("text-", 0) == 0);
    CHECK(r.documents[3].source == input_dir + "/dir/sub/c_lines.jsonl:3");
}

TEST_CASE("unreadable and unknown inputs are errors, the rest is read", "[document]") {
    const std::string missing = input_dir + "/no-such-file.txt";
    const std::string csv = input_dir + "/notes.csv";
    const ReadResult r = read_inputs({missing, csv, input_dir + "/dir/a_plain.txt"});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].id == "a_plain");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].where() == missing);
    CHECK(r.errors[0].message() == "no such file or directory");
    CHECK(r.errors[1].where() == csv);
    CHECK(r.errors[1].message().find("unknown file type \".csv\"") != std::string::npos);
}

TEST_CASE("standard input: plain text", "[document][stdin]") {
    REQUIRE(std::freopen((input_dir + "/stdin_plain.txt").c_str(), "rb", stdin) != nullptr);
    const ReadResult r = read_inputs({"-"});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].id.rfind("text-", 0) == 0);
    CHECK(r.documents[0].text == "Plain text read from standard input.\n");
}

TEST_CASE("standard input: JSON Lines when it starts with '{'", "[document][stdin]") {
    REQUIRE(std::freopen((input_dir + "/stdin_lines.jsonl").c_str(), "rb", stdin) != nullptr);
    const ReadResult r = read_inputs({"-"});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].id == "s1");
    CHECK(r.documents[0].source == "-:2");
    CHECK(r.documents[0].text == "From stdin as JSON Lines.");
}

TEST_CASE("a document stream gives what read_inputs gives, a few documents at a time",
          "[document][stream]") {
    const std::vector<std::string> inputs = {input_dir + "/dir", input_dir + "/duplicates.jsonl",
                                             input_dir + "/dir/a_plain.txt"};
    const ReadResult whole = read_inputs(inputs);
    REQUIRE(whole.documents.size() == 5);
    REQUIRE(whole.errors.size() == 1); // "dup" twice
    REQUIRE(whole.notes.size() == 1);  // a_plain.txt read again
    DocumentStream stream(inputs);
    std::vector<Document> documents;
    std::vector<std::string> messages;
    std::size_t calls = 0;
    for (;;) {
        ReadResult part = stream.next(2);
        ++calls;
        CHECK(part.documents.size() <= 2);
        for (auto& d : part.documents)
            documents.push_back(std::move(d));
        for (const auto& e : part.errors)
            messages.push_back(e.what());
        for (const auto& e : part.notes)
            messages.push_back(e.what());
        if (part.documents.size() < 2)
            break;
    }
    CHECK(calls == 3);
    CHECK(documents == whole.documents);
    REQUIRE(messages.size() == 2);
    CHECK(messages[0] == whole.errors[0].what());
    // A repeat is caught across the parts too: a_plain.txt came in the first part.
    CHECK(messages[1] == whole.notes[0].what());
    CHECK(messages[1].find("document id \"a_plain\" (first in " + input_dir +
                           "/dir/a_plain.txt)") != std::string::npos);
    // Near miss: at the end there is nothing more.
    CHECK(stream.next(2).documents.empty());
}

TEST_CASE("standard input with nothing but blanks holds no document", "[document][stdin]") {
    REQUIRE(std::freopen("/dev/null", "rb", stdin) != nullptr);
    CHECK(read_inputs({"-"}).documents.empty());
    // Near miss: one word is a document.
    REQUIRE(std::freopen((input_dir + "/stdin_plain.txt").c_str(), "rb", stdin) != nullptr);
    CHECK(read_inputs({"-"}).documents.size() == 1);
}
