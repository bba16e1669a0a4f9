#include "app/graph_picture.hpp"

#include "extract/emit.hpp"
#include "text/error.hpp"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string_view>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace geokg {
namespace {

// A DOT string: quotes and backslashes escaped, line breaks as \n.
std::string dot_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out + "\"";
}

// How each class of entity looks.
const char* node_style(EntityClass c) {
    switch (c) {
    case EntityClass::Person:
        return "shape=ellipse, style=filled, fillcolor=\"#cfe2ff\"";
    case EntityClass::Country:
        return "shape=box, style=\"filled,bold\", fillcolor=\"#d1e7dd\"";
    case EntityClass::City:
    case EntityClass::Region:
    case EntityClass::Site:
        return "shape=box, style=\"filled,rounded\", fillcolor=\"#e9f5ee\"";
    case EntityClass::Organization:
        return "shape=hexagon, style=filled, fillcolor=\"#ffe5b4\"";
    case EntityClass::Position:
        return "shape=note, style=filled, fillcolor=\"#f8f9fa\"";
    case EntityClass::Agreement:
        return "shape=folder, style=filled, fillcolor=\"#fff3cd\"";
    }
    return "shape=box";
}

// An event's look by its status: planned dashed, contested red, denied grey and dotted.
std::string event_style(EventStatus status) {
    switch (status) {
    case EventStatus::Reported:
        return "style=filled, fillcolor=\"#ffffff\", color=\"#333333\"";
    case EventStatus::Planned:
        return "style=\"filled,dashed\", fillcolor=\"#ffffff\", color=\"#555555\"";
    case EventStatus::Contested:
        return "style=filled, fillcolor=\"#f8d7da\", color=\"#dc3545\", fontcolor=\"#842029\"";
    case EventStatus::Negated:
        return "style=\"filled,dotted\", fillcolor=\"#eeeeee\", color=\"#999999\", "
               "fontcolor=\"#777777\"";
    }
    return "";
}

std::string local_name(const std::string& iri) {
    const std::size_t cut = iri.find_last_of("#/");
    return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

} // namespace

std::optional<PictureFormat> picture_format_from_name(const std::string& name) {
    if (name == "dot" || name == "gv")
        return PictureFormat::Dot;
    if (name == "svg")
        return PictureFormat::Svg;
    if (name == "png")
        return PictureFormat::Png;
    return std::nullopt;
}

std::optional<PictureFormat> picture_format_from_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext.empty())
        return std::nullopt;
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return picture_format_from_name(ext.substr(1));
}

std::optional<PictureFormat> picture_format_of(const std::string& format,
                                               const std::string& output) {
    return !format.empty() ? picture_format_from_name(format)
                           : picture_format_from_extension(output);
}

std::string graph_to_dot(const Extraction& x) {
    const KnowledgeBase& kb = x.knowledge;
    // What is drawn: the events' participants, the direct triples' ends, and the positions
    // people hold (with the countries they are of).
    std::set<std::string> drawn;
    for (const Event& e : x.events) {
        drawn.insert(e.agent);
        drawn.insert(e.counterparts.begin(), e.counterparts.end());
        drawn.insert(e.places.begin(), e.places.end());
        if (!e.agreement.empty())
            drawn.insert(e.agreement);
    }
    for (const DirectTriple& t : x.direct) {
        drawn.insert(t.subject);
        drawn.insert(t.object);
    }
    std::string out = "digraph geokg {\n"
                      "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"Helvetica\", "
                      "overlap=false, splines=true];\n"
                      "  node [fontname=\"Helvetica\", fontsize=11];\n"
                      "  edge [fontname=\"Helvetica\", fontsize=9];\n";
    for (const auto& [key, entity] : kb.entities) {
        if (!drawn.count(key))
            continue;
        out += "  " + dot_string(key) + " [label=" + dot_string(entity.label) + ", " +
               node_style(entity.entity_class) + "];\n";
    }
    for (const Event& e : x.events) {
        std::string label = std::string(event_kind_name(e.kind));
        if (const std::string date = date_text(e); !date.empty())
            label += "\n" + date;
        if (e.status != EventStatus::Reported)
            label += "\n(" + std::string(event_status_name(e.status)) + ")";
        out += "  " + dot_string(e.key) + " [label=" + dot_string(label) +
               ", tooltip=" + dot_string(event_label(e, kb)) + ", shape=box, fontsize=9, " +
               event_style(e.status) + "];\n";
        const std::string dash = e.status == EventStatus::Reported ? "" : ", style=dashed";
        const auto link = [&](const std::string& from, const std::string& to, const char* role) {
            out += "  " + dot_string(from) + " -> " + dot_string(to) +
                   " [label=" + dot_string(role) +
                   ", color=\"#999999\", fontcolor=\"#777777\", arrowsize=0.6" + dash + "];\n";
        };
        if (kb.find(e.agent))
            link(e.agent, e.key, "agent");
        for (const auto& c : e.counterparts)
            if (kb.find(c))
                link(e.key, c, "counterpart");
        for (const auto& p : e.places)
            if (kb.find(p))
                link(e.key, p, "place");
        if (!e.agreement.empty() && kb.find(e.agreement))
            link(e.key, e.agreement, "agreement");
        if (!e.contradicts.empty())
            out += "  " + dot_string(e.key) + " -> " + dot_string(e.contradicts) +
                   " [label=\"contradicts\", color=\"#dc3545\", fontcolor=\"#dc3545\", "
                   "style=dashed];\n";
    }
    for (const DirectTriple& t : x.direct) {
        if (!kb.find(t.subject) || !kb.find(t.object))
            continue;
        out += "  " + dot_string(t.subject) + " -> " + dot_string(t.object) +
               " [label=" + dot_string(local_name(t.property)) +
               ", color=\"#0d6efd\", fontcolor=\"#0d6efd\", "
               "penwidth=1.6];\n";
    }
    return out + "}\n";
}

std::string render_picture(const std::string& dot, PictureFormat format) {
    if (format == PictureFormat::Dot)
        return dot;
    // dot reads the graph from one temporary file and draws into another.
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path();
    std::string in = (dir / "geokg-picture-XXXXXX").string();
    std::string out = in;
    const int in_fd = ::mkstemp(in.data());
    const int out_fd = ::mkstemp(out.data());
    const auto cleanup = [&] {
        ::unlink(in.c_str());
        ::unlink(out.c_str());
    };
    if (in_fd < 0 || out_fd < 0) {
        cleanup();
        throw Error(std::string("cannot make a temporary file for Graphviz: ") +
                    std::strerror(errno));
    }
    ::close(out_fd);
    const bool wrote = ::write(in_fd, dot.data(), dot.size()) == static_cast<ssize_t>(dot.size());
    ::close(in_fd);
    if (!wrote) {
        cleanup();
        throw Error("cannot write the graph for Graphviz");
    }
    std::string type = format == PictureFormat::Svg ? "-Tsvg" : "-Tpng";
    std::string dash_o = "-o";
    char program[] = "dot";
    char* argv[] = {program, type.data(), dash_o.data(), out.data(), in.data(), nullptr};
    pid_t pid = 0;
    if (::posix_spawnp(&pid, "dot", nullptr, nullptr, argv, environ) != 0) {
        cleanup();
        throw Error("drawing needs Graphviz's dot, which is not installed (apt-get install "
                    "graphviz); -f dot writes the graph it would draw");
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::string picture;
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        std::ifstream drawn(out, std::ios::binary);
        picture.assign(std::istreambuf_iterator<char>(drawn), std::istreambuf_iterator<char>());
    }
    cleanup();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || picture.empty())
        throw Error("Graphviz's dot could not draw the graph");
    return picture;
}

} // namespace geokg
