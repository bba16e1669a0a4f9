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
    std::string id;     // jsonl "id", else the file name without directory and extension,
                        // else (stdin, a JSON line without one) "text-" and a hash of it
    std::string text;   // the original text, byte for byte (front matter removed)
    std::string date;   // "YYYY-MM-DD" or empty
    std::string title;  // may be empty
    std::string url;    // may be empty
    std::string outlet; // may be empty
    std::string source; // where it came from, for messages: "path" or "path:LINE" for jsonl
    friend bool operator==(const Document&, const Document&) = default;
};

// A problem with one input (Error: where "path:LINE", "path" or "-:LINE"): the rest of the
// input is still read.
struct ReadResult {
    std::vector<Document> documents;
    std::vector<Error> errors;
};

// Runs fn(0) ... fn(n - 1), in any order, perhaps at once: how reading uses threads it does
// not start itself (the caller's, extract/parallel). Empty: one after the other.
using ParallelFor = std::function<void(std::size_t n, const std::function<void(std::size_t)>& fn)>;

// Documents read as they are needed, a few at a time, for input of any length (an endless
// standard input): JSON Lines a line at a time, other files whole, directories when reached.
// Ids are checked across everything read (a repeated id is an error, the later document
// skipped), keeping a few bytes per document.
class DocumentStream {
public:
    // `parallel` parses the JSON lines of a block at once.
    explicit DocumentStream(const std::vector<std::string>& inputs, ParallelFor parallel = {});
    // JSON Lines from a stream already open (read, not owned), named `name` in messages.
    DocumentStream(std::istream& jsonl, const std::string& name, ParallelFor parallel = {});
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
ReadResult read_inputs(const std::vector<std::string>& inputs, const ParallelFor& parallel = {});

// The same for text already in memory; `name` is used in messages and as the id of a
// plain-text document. read_plain returns a Document with an empty id when it refuses the
// text (invalid UTF-8); the reason is in `errors`.
ReadResult read_jsonl(const std::string& content, const std::string& name);
Document read_plain(const std::string& content, const std::string& name,
                    std::vector<Error>& errors);

} // namespace geokg
