#include "rdf/sord_reader.hpp"

#include "rdf/serd_error_capture.hpp"
#include "rdf/serd_nodes.hpp"
#include "rdf/sord_handles.hpp"

#include <filesystem>

namespace geokg {
namespace {

// Sord reports some errors (an unexpandable name) through the world, not the reader.
class WorldErrorSink {
public:
    WorldErrorSink(SordWorld* world, SerdErrorCapture& capture) : world_(world) {
        sord_world_set_error_sink(world_, capture_serd_error, &capture);
    }
    WorldErrorSink(const WorldErrorSink&) = delete;
    WorldErrorSink& operator=(const WorldErrorSink&) = delete;
    ~WorldErrorSink() { sord_world_set_error_sink(world_, nullptr, nullptr); }

private:
    SordWorld* world_;
};

void require_regular_file(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        throw Error(path, std::filesystem::exists(path, ec) ? "not a file" : "no such file");
    }
}

EnvPtr environment(const std::string& path, bool resolve_against_file) {
    if (!resolve_against_file) {
        return EnvPtr(serd_env_new(nullptr));
    }
    const SerdNodeOwner base(serd_node_new_file_uri(serd_bytes(path), nullptr, nullptr, true));
    return EnvPtr(serd_env_new(&base.get()));
}

} // namespace

void read_rdf_file(SordWorld* world, SordModel* model, const std::string& path, RdfFormat format,
                   const SordReadOptions& options) {
    require_regular_file(path);
    SerdErrorCapture capture{path, std::nullopt};
    const WorldErrorSink sink(world, capture);
    const EnvPtr env = environment(path, options.resolve_against_file);
    const ReaderPtr reader(env ? sord_new_reader(model, env.get(), serd_syntax(format), nullptr)
                               : nullptr);
    if (!reader) {
        throw Error(path, "cannot create an RDF reader");
    }
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), capture_serd_error, &capture);
    if (!options.blank_prefix.empty()) {
        serd_reader_add_blank_prefix(reader.get(), serd_bytes(options.blank_prefix));
    }
    const FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        throw Error(path, "cannot open file");
    }
    const SerdStatus status =
        serd_reader_read_file_handle(reader.get(), file.get(), serd_bytes(path.c_str()));
    check_serd_status(status, capture);
}

} // namespace geokg
