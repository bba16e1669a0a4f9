#pragma once
// What Serd says went wrong: the first error it reports while reading or writing (with the file
// and position when it gives them), and the one policy on its status codes. Includes serd.h.
#include "text/error.hpp"

#include <serd/serd.h>

#include <optional>
#include <string>

namespace geokg {

struct SerdErrorCapture {
    std::string file;           // names the input or output; empty: a position alone ("LINE:COL")
    std::optional<Error> error; // where "FILE:LINE:COL" (or "FILE"), what Serd's message
};

// A SerdErrorSink: `handle` is a SerdErrorCapture; keeps the first error only.
SerdStatus capture_serd_error(void* handle, const SerdError* error);

// The one reading of Serd's status, for every reader and writer call: SERD_FAILURE means "no
// more input" (an empty file is an empty graph), so only the statuses above it are errors.
constexpr bool is_serd_error(SerdStatus status) {
    return status > SERD_FAILURE;
}

// Throws the captured error if there is one, else an error naming the status if it is one.
void check_serd_status(SerdStatus status, const SerdErrorCapture& capture);

} // namespace geokg
