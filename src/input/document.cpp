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

// The id of a document that gives none: "text-" and 16 hex digits of a 64-bit FNV-1a hash
// of its fields and text. The same record has the same id in any file, shard or position,
// so shards of one input merge without two articles sharing an id.
std::string content_id(const Document& doc) {
    Fnv1a64 hash;
    for (const std::string* field : {&doc.title, &doc.date, &doc.url, &doc.outlet, &doc.text}) {
        hash.add(*field);
        hash.add_byte(0xff); // a byte no UTF-8 text holds ends each field
    }
    return "text-" + hash.hex();
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
// `files`, which line): a stream of any length keeps a few bytes per document, not its text.
// A later document with an id seen before is an error, and skipped.
class IdRegister {
public:
    // Whether `doc` is new; if not, the error saying where its id was first read.
    bool add(const Document& doc, std::size_t file, std::size_t line, std::vector<Error>& errors) {
        if (file_names_.size() <= file)
            file_names_.resize(file + 1);
        const auto [it, inserted] = first_.try_emplace(hash_of(doc.id), Origin{file, line});
        if (inserted)
            return true;
        const Origin& o = it->second;
        const std::string& first_file = file_names_[o.file];
        errors.push_back(
            {doc.source, "duplicate document id \"" + doc.id + "\" (first in " +
                             (o.line > 0 ? first_file + ":" + std::to_string(o.line) : first_file) +
                             "): skipped"});
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
    const std::size_t bad = find_invalid_utf8(out);
    if (bad != npos) {
        errors.push_back({where, "invalid UTF-8 in \"" + std::string(key) + "\" at byte " +
                                     std::to_string(bad) + ": line skipped"});
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
    if (const std::size_t bad = find_invalid_utf8(text->text); bad != npos) {
        errors.push_back(
            {where, "invalid UTF-8 in \"text\" at byte " + std::to_string(bad) + ": line skipped"});
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
// nothing: a blank line, or a line skipped with an error.
std::optional<Document> document_of_jsonl_line(std::string_view line, std::size_t line_number,
                                               const std::string& name,
                                               std::vector<JsonMember>& members,
                                               std::vector<Error>& errors) {
    std::size_t column_shift = 0;
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
        line.remove_prefix(3);
        column_shift = 3;
    }
    if (trim(line).empty()) {
        return std::nullopt;
    }
    const std::string where = name + ":" + std::to_string(line_number);
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

Document read_plain(const std::string& content, const std::string& name,
                    std::vector<Error>& errors) {
    Document doc;
    doc.source = name;
    std::string_view body = skip_bom(content);
    std::string front_id;
    if (const std::optional<FrontMatter> fields = take_front_matter(body)) {
        front_id = apply_front_matter(*fields, doc, name, errors);
    }

    doc.text.assign(body);
    if (const std::size_t bad = find_invalid_utf8(doc.text); bad != npos) {
        // An empty id tells the caller the document was refused.
        errors.push_back(
            {name, "invalid UTF-8 at byte " + std::to_string(bad) + " of the text: file skipped"});
        doc.id.clear();
        return doc;
    }
    // A file is named by its name; standard input by what it holds.
    doc.id = !front_id.empty() ? front_id : name == "-" ? content_id(doc) : stem_of(name);
    return doc;
}

// The inputs still to read, and the JSON Lines input open now (a file, or standard input),
// read a line at a time.
struct DocumentStream::State {
    std::deque<std::string> pending; // inputs and files found in directories, in order
    std::size_t files = 0;           // inputs opened so far; the open one is number files - 1
    IdRegister ids;
    std::ifstream file;
    std::istream* lines = nullptr; // the open JSON Lines input, or nullptr
    std::string name;
    std::size_t line_number = 0;

    // Takes the document of one line or file into `out` unless its id was read before.
    void add(std::optional<Document> doc, std::size_t line, ReadResult& out) {
        if (doc && !doc->id.empty() && ids.add(*doc, files - 1, line, out.errors)) {
            out.documents.push_back(std::move(*doc));
        }
    }

    void open(const std::string& input, ReadResult& out);
    void open_stdin(ReadResult& out);
    void open_path(const fs::path& path, ReadResult& out);
};

void DocumentStream::State::open(const std::string& input, ReadResult& out) {
    ids.name_file(files++, input);
    if (input == "-") {
        open_stdin(out);
        return;
    }
    const fs::path path(input);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        out.errors.push_back({input, "no such file or directory"});
        return;
    }
    if (!fs::is_directory(status)) {
        open_path(path, out);
        return;
    }
    // A directory: its input files, recursively, in order of path, before what follows it.
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.errors.push_back({input, "cannot read directory: " + ec.message()});
        return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            out.errors.push_back({input, "cannot read directory: " + ec.message()});
            break;
        }
        std::error_code type_ec;
        if (it->is_regular_file(type_ec) && is_input_extension(lower_extension(it->path()))) {
            found.push_back(it->path());
        }
    }
    std::sort(found.begin(), found.end());
    for (auto f = found.rbegin(); f != found.rend(); ++f) {
        pending.push_front(f->string());
    }
}

// Standard input is JSON Lines when its first non-blank byte is '{' (read a line at a time,
// so it may be endless), else one plain-text document.
void DocumentStream::State::open_stdin(ReadResult& out) {
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
    content.append(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
        out.errors.push_back({"-", "cannot read standard input"});
        return;
    }
    if (trim(content).empty()) {
        return; // nothing on standard input
    }
    add(read_plain(content, "-", out.errors), 0, out);
}

void DocumentStream::State::open_path(const fs::path& path, ReadResult& out) {
    const std::string input = path.string();
    const std::string ext = lower_extension(path);
    if (!is_input_extension(ext)) {
        out.errors.push_back(
            {input, "unknown file type \"" + ext + "\" (expected .txt, .md or .jsonl)"});
        return;
    }
    if (ext == ".jsonl") {
        file = std::ifstream(path, std::ios::binary);
        if (!file) {
            out.errors.push_back({input, "cannot open file"});
            return;
        }
        lines = &file;
        name = input;
        line_number = 0;
        return;
    }
    std::string content;
    std::string why;
    if (!read_file(path, content, why)) {
        out.errors.push_back({input, why});
        return;
    }
    add(read_plain(content, input, out.errors), 0, out);
}

DocumentStream::DocumentStream(const std::vector<std::string>& inputs, ParallelFor parallel)
    : state_(std::make_unique<State>()), parallel_(std::move(parallel)) {
    state_->pending.assign(inputs.begin(), inputs.end());
}

DocumentStream::DocumentStream(std::istream& jsonl, const std::string& name, ParallelFor parallel)
    : state_(std::make_unique<State>()), parallel_(std::move(parallel)) {
    state_->ids.name_file(state_->files++, name);
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
                break;
            }
            const std::string input = std::move(st.pending.front());
            st.pending.pop_front();
            st.open(input, out);
            continue;
        }
        // A block of lines (no more than documents are wanted, so that an endless stdin is
        // never waited on for more), parsed at once, then taken in order.
        const std::size_t want = std::min<std::size_t>(count - out.documents.size(), 4096);
        std::vector<std::pair<std::size_t, std::string>> block;
        std::string line;
        while (block.size() < want && std::getline(*st.lines, line)) {
            block.emplace_back(++st.line_number, std::move(line));
        }
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
            out.errors.insert(out.errors.end(), errors[k].begin(), errors[k].end());
            st.add(std::move(documents[k]), block[k].first, out);
        }
        if (block.size() < want) {
            if (st.lines->bad()) {
                out.errors.push_back(
                    {st.name, "cannot read after line " + std::to_string(st.line_number)});
            }
            st.lines = nullptr;
            st.file = std::ifstream();
        }
    }
    return out;
}

ReadResult read_inputs(const std::vector<std::string>& inputs, const ParallelFor& parallel) {
    return DocumentStream(inputs, parallel).next(std::numeric_limits<std::size_t>::max());
}

ReadResult read_jsonl(const std::string& content, const std::string& name) {
    std::istringstream in(content);
    return DocumentStream(in, name).next(std::numeric_limits<std::size_t>::max());
}

} // namespace geokg
