#include "app/progress.hpp"

#include <cstdio>
#include <unistd.h>

namespace geokg {

namespace {

std::string clock_text(double seconds) {
    const auto s = static_cast<long>(seconds + 0.5);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
    return buffer;
}

} // namespace

Progress::Progress(bool enabled, bool verbose, std::size_t total_documents, std::size_t total_bytes)
    : enabled_(enabled), verbose_(verbose), total_documents_(total_documents),
      total_bytes_(total_bytes) {}

Progress::~Progress() {
    finish();
}

bool Progress::stderr_is_terminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

void Progress::document_done(std::size_t bytes) {
    if (!enabled_)
        return;
    documents_.fetch_add(1, std::memory_order_relaxed);
    bytes_.fetch_add(bytes, std::memory_order_relaxed);
    draw(false);
}

void Progress::stage(const std::string& what) {
    say(what);
    if (!enabled_)
        return;
    {
        std::lock_guard lock(mutex_);
        stage_ = what;
    }
    draw(true);
}

void Progress::finish() {
    if (!enabled_)
        return;
    std::lock_guard lock(mutex_);
    if (!drawn_)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
}

void Progress::say(const std::string& what) {
    if (!verbose_)
        return;
    finish();
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "geokg: %s (%.2f s)\n", what.c_str(), elapsed);
    std::fflush(stderr);
}

// At most ten times a second; a thread that finds another drawing goes on with its work.
void Progress::draw(bool force) {
    std::unique_lock lock(mutex_, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(100))
        return;
    last_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    const double mb = static_cast<double>(bytes_.load()) / 1e6;
    const std::size_t documents = documents_.load();
    std::string line = "geokg: " + std::to_string(documents) + "/" +
                       std::to_string(total_documents_) + " documents";
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, ", %.1f MB, %.2f MB/s, %s", mb,
                  elapsed > 0 ? mb / elapsed : 0.0, clock_text(elapsed).c_str());
    line += buffer;
    if (!stage_.empty())
        line += ", " + stage_;
    else if (total_bytes_ > 0 && bytes_.load() > 0) {
        const double left =
            elapsed *
            (static_cast<double>(total_bytes_) / static_cast<double>(bytes_.load()) - 1.0);
        line += ", analysis ends in " + clock_text(left);
    }
    std::fputs(("\r\033[K" + line).c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
}

} // namespace geokg
