#include "input/document.hpp"

#include "input/json_lines.hpp"
#include "text/calendar.hpp"
#include "text/hash.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <memory>
#include <sstream>
#include <string_view>
#include <system_error>
#include <unordered_map>

namespace geokg {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t npos = std::string_view::npos;

// Accepts a date or a date-time ("2020-09-30T08:00:00Z"), whose date part is kept.
std::optional<std::string> normalize_date(std::string_view s) {
    if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) {
        s = s.substr(0, 10);
    }
    if (!parse_iso_date(s)) {
        return std::nullopt;
    }
    return std::string(s);
}

std::string_view unquote(std::string_view s) {
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) {
        return s.substr(1, s.size() - 2);
    }
    return s;
}

// A 64-bit FNV-1a hash of a document's fields and text, not its id.
Fnv1a64 content_hash(const Document& doc) {
    Fnv1a64 hash;
    for (const std::string* field : {&doc.title, &doc.date, &doc.url, &doc.outlet, &doc.text}) {
        hash.add(*field);
        hash.add_byte(0xff); // a byte no UTF-8 text holds ends each field
    }
    return hash;
}

// The id of a document that gives none: "text-" and the 16 hex digits of its content hash.
// The same record has the same id in any file, shard or position, so shards of one input
// merge without two articles sharing an id.
std::string content_id(const Document& doc) {
    return "text-" + content_hash(doc).hex();
}

// Text made valid UTF-8 (repair_utf8), and the error that says where and how, or nothing
// when it was valid. `place` names the offset: "byte" of a file, "column" of a line.
std::optional<Error> repaired(std::string& text, const std::string& where, const char* place,
                              std::size_t offset_shift) {
    if (find_invalid_utf8(text) == npos)
        return std::nullopt;
    const Utf8Repair r = repair_utf8(text);
    std::string what = "invalid UTF-8 at " + std::string(place) + " " +
                       std::to_string(r.first_invalid + offset_shift);
    if (r.windows_1252)
        what += ": read as Windows-1252";
    else
        what += " (" + std::to_string(r.invalid_bytes) +
                (r.invalid_bytes == 1 ? " byte" : " bytes") + "): replaced by U+FFFD";
    return Error(where, what);
}

std::string stem_of(const std::string& name) {
    return fs::path(name).stem().string();
}

std::string lower_extension(const fs::path& p) {
    return lower(p.extension().string());
}

bool is_input_extension(const std::string& ext) {
    return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

std::string_view skip_bom(std::string_view s) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") {
        s.remove_prefix(3);
    }
    return s;
}

// The ids read so far, each by a 64-bit hash with where it was first read (which file of
// `files`, which line) and a hash of its content: a stream of any length keeps a few bytes
// per document, not its text. A later document with an id seen before is dropped with a note
// when its content is the same, else treated as `policy` says.
class IdRegister {
public:
    // Whether `doc` is to be kept (perhaps under a new id); what was done is said in `out`.
    bool add(Document& doc, std::size_t file, std::size_t line, DuplicatePolicy policy,
             ReadResult& out) {
        if (file_names_.size() <= file)
            file_names_.resize(file + 1);
        const Fnv1a64 content_hash_of_doc = content_hash(doc);
        const std::uint64_t content = content_hash_of_doc.value();
        const auto [it, inserted] =
            first_.try_emplace(hash_of(doc.id), Origin{file, line, content});
        if (inserted)
            return true;
        const Origin& o = it->second;
        const std::string& first_file = file_names_[o.file];
        const std::string first =
            "(first in " + (o.line > 0 ? first_file + ":" + std::to_string(o.line) : first_file) +
            ")";
        const std::string id = "document id \"" + doc.id + "\" ";
        if (o.content == content) {
            out.notes.push_back({doc.source, "repeat of " + id + first + ", identical: dropped"});
            return false;
        }
        switch (policy) {
        case DuplicatePolicy::Refuse:
            throw Error(doc.source, "duplicate " + id + first +
                                        " with other content: refused (--duplicates refuse)");
        case DuplicatePolicy::Keep: {
            const std::string kept = doc.id + "~" + content_hash_of_doc.hex();
            out.notes.push_back({doc.source, "duplicate " + id + first +
                                                 " with other content: kept as \"" + kept + "\""});
            doc.id = kept;
            return add(doc, file, line, policy, out);
        }
        case DuplicatePolicy::Skip:
            break;
        }
        out.errors.push_back(
            {doc.source, "duplicate " + id + first + " with other content: skipped"});
        return false;
    }
    // Names file number `file` for messages.
    void name_file(std::size_t file, const std::string& name) {
        if (file_names_.size() <= file)
            file_names_.resize(file + 1);
        file_names_[file] = name;
    }

private:
    struct Origin {
        std::size_t file = 0;
        std::size_t line = 0; // 0: the whole file
        std::uint64_t content = 0;
    };
    static std::uint64_t hash_of(const std::string& id) {
        Fnv1a64 h;
        h.add(id);
        return h.value();
    }
    std::unordered_map<std::uint64_t, Origin> first_;
    std::vector<std::string> file_names_;
};

// The metadata fields of a JSON line; false (with an error) when one has the wrong type.
bool take_string_field(const std::vector<JsonMember>& members, std::string_view key,
                       std::string& out, const std::string& where, std::vector<Error>& errors) {
    const JsonValue* v = find_member(members, key);
    if (v == nullptr || v->kind == JsonKind::Null) {
        return true;
    }
    if (v->kind == JsonKind::String) {
        out = v->text;
    } else if (key == "id" && v->kind == JsonKind::Number) {
        out = v->text; // numeric ids are common in exports and unambiguous
    } else {
        errors.push_back({where, "\"" + std::string(key) + "\" is not a string: line skipped"});
        return false;
    }
    if (out.find('\0') != npos) {
        errors.push_back(
            {where, "\"" + std::string(key) + "\" holds a NUL character: line skipped"});
        return false;
    }
    return true;
}

// The "text" member of a parsed line (the last one, as in find_member); nullptr (with an
// error) when it is missing, not a string or not UTF-8.
JsonValue* text_member(std::vector<JsonMember>& members, const std::string& where,
                       std::vector<Error>& errors) {
    JsonValue* text = nullptr;
    for (JsonMember& m : members) {
        if (m.key == "text") {
            text = &m.value; // not find_member: the text is moved out, so not const
        }
    }
    if (text == nullptr) {
        errors.push_back({where, "missing \"text\": line skipped"});
        return nullptr;
    }
    if (text->kind != JsonKind::String) {
        errors.push_back({where, "\"text\" is not a string: line skipped"});
        return nullptr;
    }
    if (text->text.find('\0') != npos) {
        errors.push_back({where, "\"text\" holds a NUL character: line skipped"});
        return nullptr;
    }
    return text;
}

// The metadata of a line into `doc`; false (with an error) when a field has the wrong type.
// An invalid date is reported and ignored: the document is still read.
bool take_metadata(const std::vector<JsonMember>& members, Document& doc, const std::string& where,
                   std::vector<Error>& errors) {
    std::string date;
    if (!take_string_field(members, "id", doc.id, where, errors) ||
        !take_string_field(members, "title", doc.title, where, errors) ||
        !take_string_field(members, "url", doc.url, where, errors) ||
        !take_string_field(members, "outlet", doc.outlet, where, errors) ||
        !take_string_field(members, "date", date, where, errors)) {
        return false;
    }
    if (!date.empty()) {
        if (auto d = normalize_date(date)) {
            doc.date = *d;
        } else {
            errors.push_back(
                {where, "invalid date \"" + date + "\" (expected YYYY-MM-DD): date ignored"});
        }
    }
    return true;
}

// The document of one non-blank line, or nothing (with an error) when the line is skipped.
// `members` is the caller's, reused from line to line; `column_shift` counts a removed BOM.
std::optional<Document> document_of_line(std::string_view line, std::size_t column_shift,
                                         const std::string& where, std::vector<JsonMember>& members,
                                         std::vector<Error>& errors) {
    members.clear();
    if (const auto err = parse_json_object(line, members)) {
        errors.push_back({where, "invalid JSON at column " +
                                     std::to_string(err->column + column_shift) + ": " +
                                     err->what});
        return std::nullopt;
    }
    JsonValue* text = text_member(members, where, errors);
    if (text == nullptr) {
        return std::nullopt;
    }
    Document doc;
    doc.source = where;
    if (!take_metadata(members, doc, where, errors)) {
        return std::nullopt;
    }
    doc.text = std::move(text->text); // `members` is cleared on the next line anyway
    return doc;
}

// The document of line `line_number` of a JSON Lines input (BOM and blank lines allowed), or
// nothing: a blank line, or a line skipped with an error. A line that is not UTF-8 is
// repaired first (JSON's own syntax is ASCII), with an error.
std::optional<Document> document_of_jsonl_line(std::string& line_text, std::size_t line_number,
                                               const std::string& name,
                                               std::vector<JsonMember>& members,
                                               std::vector<Error>& errors) {
    const std::string where = name + ":" + std::to_string(line_number);
    if (auto e = repaired(line_text, where, "column", 1))
        errors.push_back(std::move(*e));
    std::string_view line = line_text;
    std::size_t column_shift = 0;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
        line.remove_prefix(3);
        column_shift = 3;
    }
    if (trim(line).empty()) {
        return std::nullopt;
    }
    std::optional<Document> doc = document_of_line(line, column_shift, where, members, errors);
    if (doc && doc->id.empty()) {
        doc->id = content_id(*doc);
    }
    return doc;
}

bool read_file(const fs::path& path, std::string& out, std::string& why) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        why = "cannot open file";
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        why = "cannot read file";
        return false;
    }
    out = std::move(buffer).str();
    return true;
}

using FrontMatter = std::vector<std::pair<std::string_view, std::string_view>>;

// Front matter: "---" on the very first line, "key: value" lines, "---" again. Its fields,
// with `body` moved past it; without a closing line the dashes are text (a Markdown rule),
// not metadata: nothing, and `body` as it was.
std::optional<FrontMatter> take_front_matter(std::string_view& body) {
    if (trim(body.substr(0, body.find('\n'))) != "---" || body.substr(0, 3) != "---") {
        return std::nullopt;
    }
    std::size_t pos = body.find('\n');
    FrontMatter fields;
    while (pos != npos && pos < body.size()) {
        const std::size_t start = pos + 1;
        std::size_t eol = body.find('\n', start);
        const std::string_view line = body.substr(start, (eol == npos ? body.size() : eol) - start);
        pos = eol;
        if (trim(line) == "---") {
            body = eol == npos ? std::string_view() : body.substr(eol + 1);
            return fields;
        }
        const std::size_t colon = line.find(':');
        if (colon != npos) {
            fields.emplace_back(trim(line.substr(0, colon)), unquote(trim(line.substr(colon + 1))));
        }
    }
    return std::nullopt;
}

// The fields of the front matter into `doc`, except "id", returned (empty when absent).
std::string apply_front_matter(const FrontMatter& fields, Document& doc, const std::string& name,
                               std::vector<Error>& errors) {
    std::string front_id;
    for (const auto& [key, value] : fields) {
        if (key == "date") {
            if (value.empty()) {
                continue;
            }
            if (auto d = normalize_date(value)) {
                doc.date = *d;
            } else {
                errors.push_back({name, "invalid date \"" + std::string(value) +
                                            "\" (expected YYYY-MM-DD): date ignored"});
            }
        } else if (key == "url") {
            doc.url = value;
        } else if (key == "title") {
            doc.title = value;
        } else if (key == "outlet") {
            doc.outlet = value;
        } else if (key == "id") {
            front_id = value;
        }
    }
    return front_id;
}

} // namespace

Document read_plain(std::string content, const std::string& name, std::vector<Error>& errors,
                    const std::string& id) {
    Document doc;
    doc.source = name;
    if (const std::size_t nul = content.find('\0'); nul != npos) {
        // An empty id tells the caller the document was refused.
        errors.push_back(
            {name, "binary file (a NUL byte at byte " + std::to_string(nul) + "): skipped"});
        return doc;
    }
    if (auto e = repaired(content, name, "byte", 0))
        errors.push_back(std::move(*e));
    std::string_view body = skip_bom(content);
    std::string front_id;
    if (const std::optional<FrontMatter> fields = take_front_matter(body)) {
        front_id = apply_front_matter(*fields, doc, name, errors);
    }

    doc.text.assign(body);
    // A file is named by its path (relative to the directory it was found in) or name;
    // standard input by what it holds.
    doc.id = !front_id.empty() ? front_id
             : !id.empty()     ? id
             : name == "-"     ? content_id(doc)
                               : stem_of(name);
    return doc;
}

namespace {

// Reads one line of `in` into `line` (without its '\n'); false at the end of the input. A
// line of more than `limit` bytes is read to its end but not kept: `length` is its size.
bool read_line(std::istream& in, std::string& line, std::size_t limit, std::size_t& length) {
    line.clear();
    length = 0;
    char chunk[1 << 16];
    bool any = false;
    for (;;) {
        in.get(chunk, sizeof chunk, '\n'); // fails (and sets failbit) when it reads nothing
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n > 0) {
            any = true;
            length += n;
            if (length <= limit)
                line.append(chunk, n);
        }
        if (in.bad())
            return false;
        if (in.eof())
            return any;
        in.clear();
        if (in.peek() == '\n') {
            in.get();
            return true;
        }
    }
}

// A binary file among texts: a NUL byte in its first block. Its offset, or npos.
std::size_t nul_in_head(std::istream& in) {
    char head[8192];
    in.read(head, sizeof head);
    const auto n = static_cast<std::size_t>(in.gcount());
    in.clear();
    in.seekg(0);
    const std::string_view bytes(head, n);
    return bytes.find('\0');
}

std::string size_text(std::size_t bytes) {
    return std::to_string(bytes) + " bytes";
}

} // namespace

// The inputs still to read, and the JSON Lines input open now (a file, or standard input),
// read a line at a time.
struct DocumentStream::State {
    struct Pending {
        std::string path;
        std::size_t input = 0; // which input named it
        std::string id;        // a file found in a directory: its path there, no extension
    };
    std::deque<Pending> pending; // inputs and files found in directories, in order
    std::size_t files = 0;       // inputs opened so far; the open one is number files - 1
    IdRegister ids;
    ReadSettings settings;
    std::ifstream file;
    std::istream* lines = nullptr; // the open JSON Lines input, or nullptr
    std::string name;
    std::size_t line_number = 0;
    // Per input named: what it held (documents, repeats included) and problems it had, for
    // an input that holds nothing.
    struct Tally {
        std::string name;
        std::size_t documents = 0;
        std::size_t problems = 0;
        bool directory = false;
    };
    std::vector<Tally> inputs;
    std::size_t current = 0; // the input the open file or line belongs to

    // Takes the document of one line or file into `out` unless its id was read before.
    void add(std::optional<Document> doc, std::size_t line, ReadResult& out) {
        if (doc && !doc->id.empty()) {
            ++inputs[current].documents;
            if (ids.add(*doc, files - 1, line, settings.duplicates, out))
                out.documents.push_back(std::move(*doc));
        }
    }
    void error(const std::string& where, const std::string& what, ReadResult& out) {
        ++inputs[current].problems;
        out.errors.push_back({where, what});
    }
    // Said once an input is read to its end: that it held no document, when nothing else was
    // said of it. Standard input may be empty in a pipeline: a note; a named input, an error.
    void finished(std::size_t input, ReadResult& out) {
        const Tally& t = inputs[input];
        if (t.documents > 0 || t.problems > 0)
            return;
        if (t.name == "-") {
            out.notes.push_back({"-", "standard input holds no document"});
            return;
        }
        ++out.empty_inputs;
        out.errors.push_back({t.name, t.directory ? "no document in this directory (no .txt, "
                                                    ".md or .jsonl file with any text)"
                                                  : "holds no document"});
    }

    void open(const Pending& input, ReadResult& out);
    void open_stdin(ReadResult& out);
    void open_path(const fs::path& path, const std::string& id, ReadResult& out);
};

void DocumentStream::State::open(const Pending& next, ReadResult& out) {
    const std::string& input = next.path;
    current = next.input;
    ids.name_file(files++, input);
    if (input == "-") {
        open_stdin(out);
        return;
    }
    const fs::path path(input);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        error(input, "no such file or directory", out);
        return;
    }
    if (!fs::is_directory(status)) {
        open_path(path, next.id, out);
        return;
    }
    inputs[current].directory = true;
    // A directory: its input files, recursively, in order of path, before what follows it;
    // each named by its path in it, so that two files of one name in two folders are two.
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        error(input, "cannot read directory: " + ec.message(), out);
        return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            error(input, "cannot read directory: " + ec.message(), out);
            break;
        }
        std::error_code type_ec;
        if (it->is_regular_file(type_ec) && is_input_extension(lower_extension(it->path()))) {
            found.push_back(it->path());
        }
    }
    std::sort(found.begin(), found.end());
    for (auto f = found.rbegin(); f != found.rend(); ++f) {
        const std::string id = f->lexically_relative(path).replace_extension().generic_string();
        pending.push_front({f->string(), current, id});
    }
}

// Standard input is JSON Lines when its first non-blank byte is '{' (read a line at a time,
// so it may be endless), else one plain-text document.
void DocumentStream::State::open_stdin(ReadResult& out) {
    std::cin.clear();              // its end-of-file flag, should "-" be named twice
    std::string head;              // what was read to decide, given back to the plain-text document
    if (std::cin.peek() == 0xEF) { // a byte-order mark
        for (int k = 0; k < 3 && std::cin.peek() != EOF; ++k) {
            head += static_cast<char>(std::cin.get());
        }
    }
    for (int c = 0; (c = std::cin.peek()) != EOF && std::isspace(c);) {
        head += static_cast<char>(std::cin.get());
    }
    if (std::cin.peek() == '{') {
        lines = &std::cin;
        name = "-";
        // The lines read ahead were blank (a BOM at most): they count, and are skipped.
        line_number = static_cast<std::size_t>(std::count(head.begin(), head.end(), '\n'));
        return;
    }
    std::string content = head;
    char chunk[1 << 16];
    std::size_t length = content.size();
    while (std::cin.read(chunk, sizeof chunk) || std::cin.gcount() > 0) {
        const auto n = static_cast<std::size_t>(std::cin.gcount());
        length += n;
        if (length <= settings.max_document_bytes)
            content.append(chunk, n);
        else
            content.clear();
    }
    if (std::cin.bad()) {
        error("-", "cannot read standard input", out);
        return;
    }
    if (length > settings.max_document_bytes) {
        error("-",
              "a text of " + size_text(length) + ", more than the limit of " +
                  size_text(settings.max_document_bytes) + " (--max-document-size): skipped",
              out);
        return;
    }
    if (trim(content).empty()) {
        return; // nothing on standard input
    }
    const std::size_t before = out.errors.size();
    add(read_plain(std::move(content), "-", out.errors), 0, out);
    inputs[current].problems += out.errors.size() - before;
}

void DocumentStream::State::open_path(const fs::path& path, const std::string& id,
                                      ReadResult& out) {
    const std::string input = path.string();
    const std::string ext = lower_extension(path);
    if (!is_input_extension(ext)) {
        error(input, "unknown file type \"" + ext + "\" (expected .txt, .md or .jsonl)", out);
        return;
    }
    if (ext == ".jsonl") {
        file = std::ifstream(path, std::ios::binary);
        if (!file) {
            error(input, "cannot open file", out);
            return;
        }
        if (const std::size_t nul = nul_in_head(file); nul != npos) {
            error(input, "binary file (a NUL byte at byte " + std::to_string(nul) + "): skipped",
                  out);
            file = std::ifstream();
            return;
        }
        lines = &file;
        name = input;
        line_number = 0;
        return;
    }
    std::error_code ec;
    if (const auto size = fs::file_size(path, ec); !ec && size > settings.max_document_bytes) {
        error(input,
              "a file of " + size_text(size) + ", more than the limit of " +
                  size_text(settings.max_document_bytes) +
                  " per document (--max-document-size): skipped",
              out);
        return;
    }
    std::string content;
    std::string why;
    if (!read_file(path, content, why)) {
        error(input, why, out);
        return;
    }
    const std::size_t before = out.errors.size();
    add(read_plain(std::move(content), input, out.errors, id), 0, out);
    inputs[current].problems += out.errors.size() - before;
}

DocumentStream::DocumentStream(const std::vector<std::string>& inputs, ParallelFor parallel,
                               ReadSettings settings)
    : state_(std::make_unique<State>()), parallel_(std::move(parallel)) {
    state_->settings = settings;
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        state_->pending.push_back({inputs[k], k, {}});
        state_->inputs.push_back({inputs[k]});
    }
}

DocumentStream::DocumentStream(std::istream& jsonl, const std::string& name, ParallelFor parallel,
                               ReadSettings settings)
    : state_(std::make_unique<State>()), parallel_(std::move(parallel)) {
    state_->settings = settings;
    state_->ids.name_file(state_->files++, name);
    state_->inputs.push_back({name});
    state_->lines = &jsonl;
    state_->name = name;
}

DocumentStream::~DocumentStream() = default;

ReadResult DocumentStream::next(std::size_t count) {
    State& st = *state_;
    ReadResult out;
    while (out.documents.size() < count) {
        if (st.lines == nullptr) {
            if (st.pending.empty()) {
                if (st.current < st.inputs.size()) {
                    st.finished(st.current, out);
                    st.current = st.inputs.size(); // said once
                }
                break;
            }
            State::Pending input = std::move(st.pending.front());
            st.pending.pop_front();
            for (std::size_t k = st.current; k < input.input; ++k)
                st.finished(k, out);
            st.open(input, out);
            continue;
        }
        // A block of lines (no more than documents are wanted, so that an endless stdin is
        // never waited on for more), parsed at once, then taken in order.
        const std::size_t want = std::min<std::size_t>(count - out.documents.size(), 4096);
        std::vector<std::pair<std::size_t, std::string>> block;
        std::vector<Error> too_long;
        std::string line;
        std::size_t length = 0;
        while (block.size() < want &&
               read_line(*st.lines, line, st.settings.max_document_bytes, length)) {
            ++st.line_number;
            if (length > st.settings.max_document_bytes) {
                too_long.push_back({st.name + ":" + std::to_string(st.line_number),
                                    "a line of " + size_text(length) + ", more than the limit of " +
                                        size_text(st.settings.max_document_bytes) +
                                        " per document (--max-document-size): skipped"});
                continue;
            }
            block.emplace_back(st.line_number, std::move(line));
        }
        for (auto& e : too_long)
            st.error(e.where(), e.message(), out);
        std::vector<std::optional<Document>> documents(block.size());
        std::vector<std::vector<Error>> errors(block.size());
        const auto parse = [&](std::size_t k) {
            std::vector<JsonMember> members;
            documents[k] = document_of_jsonl_line(block[k].second, block[k].first, st.name, members,
                                                  errors[k]);
        };
        if (parallel_) {
            parallel_(block.size(), parse);
        } else {
            for (std::size_t k = 0; k < block.size(); ++k) {
                parse(k);
            }
        }
        for (std::size_t k = 0; k < block.size(); ++k) {
            st.inputs[st.current].problems += errors[k].size();
            out.errors.insert(out.errors.end(), errors[k].begin(), errors[k].end());
            st.add(std::move(documents[k]), block[k].first, out);
        }
        if (block.size() + too_long.size() < want) {
            if (st.lines->bad()) {
                st.error(st.name, "cannot read after line " + std::to_string(st.line_number), out);
            }
            st.lines = nullptr;
            st.file = std::ifstream();
        }
    }
    return out;
}

ReadResult read_inputs(const std::vector<std::string>& inputs, const ParallelFor& parallel,
                       const ReadSettings& settings) {
    return DocumentStream(inputs, parallel, settings).next(std::numeric_limits<std::size_t>::max());
}

ReadResult read_jsonl(const std::string& content, const std::string& name,
                      const ReadSettings& settings) {
    std::istringstream in(content);
    return DocumentStream(in, name, {}, settings).next(std::numeric_limits<std::size_t>::max());
}

} // namespace geokg
