#include "rdf/serd_error_capture.hpp"

#include <cstdarg>
#include <cstdio>

namespace geokg {

SerdStatus capture_serd_error(void* handle, const SerdError* error) {
    auto* capture = static_cast<SerdErrorCapture*>(handle);
    if (capture->message)
        return SERD_SUCCESS;
    char text[512] = {};
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(text, sizeof text, error->fmt, args);
    va_end(args);
    std::string what = text;
    while (!what.empty() && (what.back() == '\n' || what.back() == ' '))
        what.pop_back();
    std::string where = capture->file;
    if (error->line > 0)
        where += ":" + std::to_string(error->line) + ":" + std::to_string(error->col);
    capture->message = where + ": " + what;
    return SERD_SUCCESS;
}

} // namespace geokg
