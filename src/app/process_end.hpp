#pragma once
// What the command line keeps until the process ends, unfreed: a whole extraction's records
// are millions of small blocks, whose freeing one by one takes over a second on the whole
// White House corpus after the output is written; the system takes the memory back whole.
// Held through a global pointer, so that LeakSanitizer still sees it reachable.
#include <memory>
#include <utility>
#include <vector>

namespace geokg {

template <typename T> const T& keep_until_exit(T&& value) {
    // Never destroyed, as what it holds.
    static auto* kept = new std::vector<std::unique_ptr<T>>();
    kept->push_back(std::make_unique<T>(std::forward<T>(value)));
    return *kept->back();
}

} // namespace geokg
