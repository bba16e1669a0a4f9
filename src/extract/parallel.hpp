#pragma once
// The one place geokg runs work in threads (oneTBB).
#include <cstddef>
#include <functional>

namespace geokg {

// Calls fn(0) ... fn(n - 1), in up to `jobs` threads (in order, in this thread, when jobs is
// 1). Each call must touch only what is its own: the result is then the same for any jobs.
void for_each_index(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& fn);

} // namespace geokg
