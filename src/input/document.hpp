#pragma once
// Reading input documents: .txt/.md files (optional front matter), JSON Lines, directories, stdin.
#include "text/error.hpp"

#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace geokg {

struct Document {
    std::string id;     // jsonl "id", else the file's path without extension, relative to
                        // the directory named as input ("story", "2024/story"), else (stdin, a
                        // JSON line without one) "text-" and a hash of it
    std::string text;   // the original text, byte for byte (front matter removed)
    std::string date;   // "YYYY-MM-DD" or empty
    std::string title;  // may be empty
    std::string url;    // may be empty
    std::string outlet; // may be empty
    std::string source; // where it came from, for messages: "path" or "path:LINE" for jsonl
    friend bool operator==(const Document&, const Document&) = default;
};

// A problem with one input (Error: where "path:LINE", "path" or "-:LINE"): the rest of the
// input is still read. `errors` are what the user must look at (a record skipped, a text
// repaired, an input that held nothing); `notes` say what was done that loses nothing (an
// identical repeat of a document dropped).
struct ReadResult {
    std::vector<Document> documents;
    std::vector<Error> errors;
    std::vector<Error> notes;
    std::size_t empty_inputs = 0; // of the errors, inputs that were read and held nothing
};

// A document whose id was read before, with other content: skipped (an error), kept apart
// under its id and a hash of its content ("ID~" and 16 hex digits; a note), or refused (Error
// thrown: nothing is to be written). An identical repeat is always dropped, with a note.
enum class DuplicatePolicy { Skip, Keep, Refuse };

struct ReadSettings {
    // A document (a file, a JSON line) of more bytes is skipped with an error, unread beyond
    // the limit: memory stays bounded whatever the input.
    std::size_t max_document_bytes = std::size_t{64} << 20;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
};

// Runs fn(0) ... fn(n - 1), in any order, perhaps at once: how reading uses threads it does
// not start itself (the caller's, extract/parallel). Empty: one after the other.
using ParallelFor = std::function<void(std::size_t n, const std::function<void(std::size_t)>& fn)>;

// Documents read as they are needed, a few at a time, for input of any length (an endless
// standard input): JSON Lines a line at a time, other files whole, directories when reached.
// Ids are checked across everything read (ReadSettings::duplicates), keeping a few bytes per
// document. Text that is not UTF-8 is repaired (repair_utf8) with an error saying where; a
// binary file (a NUL byte) is skipped; a named input that holds no document is an error.
class DocumentStream {
public:
    // `parallel` parses the JSON lines of a block at once.
    explicit DocumentStream(const std::vector<std::string>& inputs, ParallelFor parallel = {},
                            ReadSettings settings = {});
    // JSON Lines from a stream already open (read, not owned), named `name` in messages.
    DocumentStream(std::istream& jsonl, const std::string& name, ParallelFor parallel = {},
                   ReadSettings settings = {});
    ~DocumentStream();
    DocumentStream(const DocumentStream&) = delete;
    DocumentStream& operator=(const DocumentStream&) = delete;

    // The next documents, at most `count` of them, with the problems met reading them;
    // fewer than `count` only at the end of the inputs.
    ReadResult next(std::size_t count);

private:
    struct State;
    std::unique_ptr<State> state_;
    ParallelFor parallel_;
};

// Reads every input in order. An input is a file (.txt, .md, .jsonl), a directory
// (its such files, recursively, sorted by path) or "-" for standard input (JSON Lines
// when its first non-blank byte is '{', else one plain-text document).
ReadResult read_inputs(const std::vector<std::string>& inputs, const ParallelFor& parallel = {},
                       const ReadSettings& settings = {});

// The same for text already in memory; `name` is used in messages, and (without its
// directory and extension, unless `id` is given) as the id of a plain-text document.
// read_plain returns a Document with an empty id when it refuses the text (a NUL byte: a
// binary file); the reason is in `errors`.
ReadResult read_jsonl(const std::string& content, const std::string& name,
                      const ReadSettings& settings = {});
Document read_plain(std::string content, const std::string& name, std::vector<Error>& errors,
                    const std::string& id = {});

} // namespace geokg
