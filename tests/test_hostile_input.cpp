// Input as scrapes and unattended pipelines give it: files of one name in two folders,
// repeats, empty inputs, text that is not UTF-8, binary files, documents far too large.
// Nothing is lost without a word, and the rest is read.
#include "input/document.hpp"
#include "scratch_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace geokg;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    return geokg::testing::scratch_dir("hostile-" + name);
}

void write(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream f(p, std::ios::binary);
    f << bytes;
}

bool said(const std::vector<Error>& messages, const std::string& where, const std::string& part) {
    for (const Error& e : messages)
        if (e.where() == where && e.message().find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("two files of one name in two folders are two documents, named by their paths",
          "[document][hostile]") {
    const fs::path dir = scratch("twins");
    write(dir / "2024" / "story.txt", "Foreign Minister Ana Dorr visited Ghana.\n");
    write(dir / "2025" / "story.txt", "Defence Minister Ivo Kerr visited Togo.\n");
    write(dir / "story.md", "A third story at the top.\n");
    const ReadResult r = read_inputs({dir.string()});
    CHECK(r.errors.empty());
    CHECK(r.notes.empty());
    REQUIRE(r.documents.size() == 3);
    CHECK(r.documents[0].id == "2024/story");
    CHECK(r.documents[1].id == "2025/story");
    CHECK(r.documents[2].id == "story");
    // Near miss: a file named on the command line is named by its name alone.
    const ReadResult one = read_inputs({(dir / "2024" / "story.txt").string()});
    REQUIRE(one.documents.size() == 1);
    CHECK(one.documents[0].id == "story");
}

TEST_CASE("an identical repeat is dropped with a note, other content under one id is not",
          "[document][hostile]") {
    const std::string a = R"({"id": "a", "text": "Ana Dorr visited Ghana."})";
    const std::string other = R"({"id": "a", "text": "Ivo Kerr visited Togo."})";
    const ReadResult same = read_jsonl(a + "\n" + a + "\n", "f.jsonl");
    CHECK(same.documents.size() == 1);
    CHECK(same.errors.empty());
    CHECK(said(same.notes, "f.jsonl:2",
               "repeat of document id \"a\" (first in f.jsonl:1), "
               "identical: dropped"));

    // Other content: skipped (an error, by default), kept apart, or refused.
    const ReadResult skipped = read_jsonl(a + "\n" + other + "\n", "f.jsonl");
    REQUIRE(skipped.documents.size() == 1);
    CHECK(skipped.documents[0].text == "Ana Dorr visited Ghana.");
    CHECK(said(skipped.errors, "f.jsonl:2", "with other content: skipped"));

    ReadSettings keep;
    keep.duplicates = DuplicatePolicy::Keep;
    const ReadResult kept = read_jsonl(a + "\n" + other + "\n" + other + "\n", "f.jsonl", keep);
    REQUIRE(kept.documents.size() == 2);
    CHECK(kept.documents[0].id == "a");
    CHECK(kept.documents[1].id.rfind("a~", 0) == 0);
    CHECK(kept.documents[1].id.size() == 2 + 16);
    CHECK(kept.errors.empty());
    CHECK(said(kept.notes, "f.jsonl:2", "kept as \"" + kept.documents[1].id + "\""));
    // ... and the third line, identical to the second, is that document again.
    CHECK(said(kept.notes, "f.jsonl:3", "identical: dropped"));

    ReadSettings refuse;
    refuse.duplicates = DuplicatePolicy::Refuse;
    CHECK_THROWS_WITH(read_jsonl(a + "\n" + other + "\n", "f.jsonl", refuse),
                      Catch::Contains("f.jsonl:2: duplicate document id \"a\""));
    CHECK_NOTHROW(read_jsonl(a + "\n" + a + "\n", "f.jsonl", refuse));
}

TEST_CASE("an input that holds no document is said: an error for a named one, a note for stdin",
          "[document][hostile]") {
    const fs::path dir = scratch("empty");
    fs::create_directories(dir / "empty");
    write(dir / "unusable" / "scan.pdf", "%PDF-1.4");
    write(dir / "blank.jsonl", "\n  \n");
    write(dir / "full" / "a.txt", "Ana Dorr visited Ghana.\n");
    const ReadResult r = read_inputs({(dir / "empty").string(), (dir / "unusable").string(),
                                      (dir / "blank.jsonl").string(), (dir / "full").string()});
    CHECK(r.documents.size() == 1);
    REQUIRE(r.errors.size() == 3);
    CHECK(r.empty_inputs == 3);
    CHECK(said(r.errors, (dir / "empty").string(), "no document in this directory"));
    CHECK(said(r.errors, (dir / "unusable").string(), "no document in this directory"));
    CHECK(said(r.errors, (dir / "blank.jsonl").string(), "holds no document"));
    // Near miss: an input whose only line was skipped says why, not that it was empty.
    write(dir / "bad.jsonl", "{\"id\": oops}\n");
    const ReadResult bad = read_inputs({(dir / "bad.jsonl").string()});
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.empty_inputs == 0);
    CHECK(said(bad.errors, (dir / "bad.jsonl").string() + ":1", "invalid JSON"));

    REQUIRE(std::freopen("/dev/null", "rb", stdin) != nullptr);
    const ReadResult in = read_inputs({"-"});
    CHECK(in.errors.empty());
    CHECK(said(in.notes, "-", "standard input holds no document"));
}

TEST_CASE("text in Windows-1252 is read as such, a stray byte elsewhere becomes U+FFFD",
          "[document][hostile]") {
    const fs::path dir = scratch("encodings");
    write(dir / "latin.txt", "Caf\xE9 talks \x93in Accra\x94 cost \x80 5.\n");
    write(dir / "mixed.txt", "Caf\xC3\xA9 talks and a stray \xE9 byte.\n");
    const ReadResult r = read_inputs({(dir / "latin.txt").string(), (dir / "mixed.txt").string()});
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].text ==
          "Caf\xC3\xA9 talks \xE2\x80\x9Cin Accra\xE2\x80\x9D cost \xE2\x82\xAC 5.\n");
    CHECK(r.documents[1].text == "Caf\xC3\xA9 talks and a stray \xEF\xBF\xBD byte.\n");
    CHECK(said(r.errors, (dir / "latin.txt").string(),
               "invalid UTF-8 at byte 3: read as Windows-1252"));
    CHECK(said(r.errors, (dir / "mixed.txt").string(),
               "invalid UTF-8 at byte 24 (1 byte): replaced by U+FFFD"));
    // Near miss: a byte Windows-1252 leaves undefined (0x81) is no Windows-1252 text.
    write(dir / "undefined.txt", "Caf\xE9 \x81.\n");
    const ReadResult u = read_inputs({(dir / "undefined.txt").string()});
    REQUIRE(u.documents.size() == 1);
    CHECK(u.documents[0].text == "Caf\xEF\xBF\xBD \xEF\xBF\xBD.\n");
}

TEST_CASE("a binary file is skipped with a warning, and the rest is read", "[document][hostile]") {
    const fs::path dir = scratch("binary");
    write(dir / "image.txt", std::string("GIF89a\0\0\x01", 9));
    write(dir / "archive.jsonl", std::string("\x1F\x8B\x08\0\0\0\0\0", 8));
    write(dir / "good.txt", "Ana Dorr visited Ghana.\n");
    const ReadResult r =
        read_inputs({(dir / "image.txt").string(), (dir / "archive.jsonl").string(),
                     (dir / "good.txt").string()});
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].id == "good");
    CHECK(said(r.errors, (dir / "image.txt").string(), "binary file (a NUL byte at byte 6)"));
    CHECK(said(r.errors, (dir / "archive.jsonl").string(), "binary file (a NUL byte at byte 3)"));
    // A NUL written as an escape in a JSON line: that line is skipped, not the file.
    const ReadResult j = read_jsonl("{\"text\": \"a\\u0000b\"}\n{\"text\": \"fine\"}\n", "n.jsonl");
    REQUIRE(j.documents.size() == 1);
    CHECK(said(j.errors, "n.jsonl:1", "\"text\" holds a NUL character"));
}

TEST_CASE("a document over the size limit is skipped unread, the others are read",
          "[document][hostile]") {
    const fs::path dir = scratch("large");
    ReadSettings small;
    small.max_document_bytes = 64;
    const std::string huge(200, 'x');
    write(dir / "huge.txt", huge);
    write(dir / "fits.txt", std::string(64, 'y'));
    // One JSON line far over the limit, with no newline after it, after a good one.
    write(dir / "feed.jsonl",
          "{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"big\", \"text\": \"" + huge + "\"}");
    const ReadResult r = read_inputs(
        {(dir / "huge.txt").string(), (dir / "fits.txt").string(), (dir / "feed.jsonl").string()},
        {}, small);
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].id == "fits"); // exactly the limit is within it
    CHECK(r.documents[1].id == "ok");
    CHECK(said(r.errors, (dir / "huge.txt").string(),
               "a file of 200 bytes, more than the limit of 64 bytes"));
    CHECK(said(r.errors, (dir / "feed.jsonl").string() + ":2",
               "a line of 225 bytes, more than the limit of 64 bytes"));
    // Near miss: the default limit reads them all.
    CHECK(read_inputs({(dir / "huge.txt").string(), (dir / "feed.jsonl").string()})
              .documents.size() == 3);
}
