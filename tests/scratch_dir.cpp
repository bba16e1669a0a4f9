#include "scratch_dir.hpp"

#include <mutex>
#include <set>
#include <system_error>
#include <unistd.h>

namespace geokg::testing {
namespace {

namespace fs = std::filesystem;

// Every directory handed out, removed at exit.
class Registry {
public:
    ~Registry() {
        for (const auto& dir : dirs_) {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    }
    void add(const fs::path& dir) {
        const std::lock_guard lock(mutex_);
        dirs_.insert(dir);
    }

private:
    std::mutex mutex_;
    std::set<fs::path> dirs_;
};

Registry& registry() {
    static Registry r;
    return r;
}

} // namespace

fs::path scratch_dir(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("geokg-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    registry().add(dir);
    return dir;
}

} // namespace geokg::testing
