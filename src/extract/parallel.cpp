#include "extract/parallel.hpp"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

namespace geokg {

void for_each_index(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& fn) {
    if (jobs <= 1) {
        for (std::size_t k = 0; k < n; ++k)
            fn(k);
        return;
    }
    tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute([&] {
        tbb::parallel_for(tbb::blocked_range<std::size_t>(0, n),
                          [&](const tbb::blocked_range<std::size_t>& range) {
                              for (std::size_t k = range.begin(); k != range.end(); ++k)
                                  fn(k);
                          });
    });
}

} // namespace geokg
