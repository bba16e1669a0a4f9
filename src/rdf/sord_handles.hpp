#pragma once
// The one set of RAII owners of Serd and Sord objects (and the C files they read), for every
// file that reads or writes RDF with them; includes sord.h (and so serd.h).
#include <sord/sord.h>

#include <cstdio>
#include <memory>

namespace geokg {

// Frees with the library's own _free function.
template <auto Free> struct Deleter {
    template <class T> void operator()(T* p) const { Free(p); }
};
using WorldPtr = std::unique_ptr<SordWorld, Deleter<sord_world_free>>;
using ModelPtr = std::unique_ptr<SordModel, Deleter<sord_free>>;
using IterPtr = std::unique_ptr<SordIter, Deleter<sord_iter_free>>;
using EnvPtr = std::unique_ptr<SerdEnv, Deleter<serd_env_free>>;
using ReaderPtr = std::unique_ptr<SerdReader, Deleter<serd_reader_free>>;
using WriterPtr = std::unique_ptr<SerdWriter, Deleter<serd_writer_free>>;
// Not Deleter<std::fclose>: the standard library's functions are not addressable.
struct FileClose {
    void operator()(FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<FILE, FileClose>;

// A Sord node is freed through its world.
struct SordNodeFree {
    SordWorld* world = nullptr;
    void operator()(SordNode* node) const { sord_node_free(world, node); }
};
using SordNodePtr = std::unique_ptr<SordNode, SordNodeFree>;

// A SerdNode is a value that may own its buffer (serd_env_expand_node, serd_node_new_*).
class SerdNodeOwner {
public:
    explicit SerdNodeOwner(SerdNode node) : node_(node) {}
    SerdNodeOwner(const SerdNodeOwner&) = delete;
    SerdNodeOwner& operator=(const SerdNodeOwner&) = delete;
    ~SerdNodeOwner() { serd_node_free(&node_); }
    const SerdNode& get() const { return node_; }

private:
    SerdNode node_;
};

} // namespace geokg
