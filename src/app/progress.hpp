#pragma once
// A progress line on stderr while a long extraction runs: documents, MB, MB/s, elapsed,
// and the time left. Only on a terminal; silent otherwise, and with -q. With -v, each stage
// is also said on a line of its own, with the time since the start, terminal or not.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace geokg {

class Progress {
public:
    // `enabled` false makes the line's calls no-ops; `verbose` says stages and say()'s lines;
    // `total_bytes` 0 when the size is unknown.
    Progress(bool enabled, bool verbose, std::size_t total_documents, std::size_t total_bytes);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    // One document analysed, of `bytes` bytes of text; safe from any thread.
    void document_done(std::size_t bytes);
    // The stage after analysis ("resolving names", "writing"): shown at once.
    void stage(const std::string& what);
    // Erases the line.
    void finish();
    // With -v: "geokg: WHAT (T s)" on a line of its own.
    void say(const std::string& what);

    // Whether stderr is a terminal.
    static bool stderr_is_terminal();

private:
    void draw(bool force);

    bool enabled_;
    bool verbose_;
    std::size_t total_documents_;
    std::size_t total_bytes_;
    std::atomic<std::size_t> documents_{0};
    std::atomic<std::size_t> bytes_{0};
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_{};
    std::string stage_;
    std::mutex mutex_;
    bool drawn_ = false;
};

} // namespace geokg
