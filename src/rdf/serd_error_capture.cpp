#include "rdf/serd_error_capture.hpp"

#include <cstdarg>
#include <cstdio>

namespace geokg {

SerdStatus capture_serd_error(void* handle, const SerdError* error) {
    auto* capture = static_cast<SerdErrorCapture*>(handle);
    if (capture->error) {
        return SERD_SUCCESS;
    }
    char text[512] = {};
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(text, sizeof text, error->fmt, args);
    va_end(args);
    try { // Serd calls from C: no exception may cross it.
        std::string what = text;
        while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) {
            what.pop_back();
        }
        // Appended piece by piece: g++ 12 sees a false -Wrestrict overlap in "a" + string chains.
        std::string where = capture->file;
        if (error->line > 0) {
            where.append(where.empty() ? "" : ":").append(std::to_string(error->line));
            where.append(":").append(std::to_string(error->col));
        }
        capture->error.emplace(std::move(where), std::move(what));
    } catch (...) {
        return SERD_ERR_INTERNAL; // out of memory: the reader's status still says it failed
    }
    return SERD_SUCCESS;
}

void check_serd_status(SerdStatus status, const SerdErrorCapture& capture) {
    if (capture.error) {
        throw *capture.error;
    }
    if (is_serd_error(status)) {
        throw Error(capture.file, reinterpret_cast<const char*>(serd_strerror(status)));
    }
}

} // namespace geokg
