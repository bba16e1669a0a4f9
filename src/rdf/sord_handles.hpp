#pragma once
// RAII owners of Serd and Sord objects, for the files that read RDF (the lexicon loader and
// the validator); includes sord.h.
#include <sord/sord.h>

#include <cstdio>
#include <memory>

namespace geokg {

template <auto Free> struct Deleter {
    template <class T> void operator()(T* p) const { Free(p); }
};
using WorldPtr = std::unique_ptr<SordWorld, Deleter<sord_world_free>>;
using ModelPtr = std::unique_ptr<SordModel, Deleter<sord_free>>;
using EnvPtr = std::unique_ptr<SerdEnv, Deleter<serd_env_free>>;
using ReaderPtr = std::unique_ptr<SerdReader, Deleter<serd_reader_free>>;
using IterPtr = std::unique_ptr<SordIter, Deleter<sord_iter_free>>;
struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

} // namespace geokg
