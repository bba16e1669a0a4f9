#include "app/output_file.hpp"

#include "text/error.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace geokg {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
    throw Error(path, reason);
}

// Closes and (unless released) removes the temporary file on every exit path.
class TempFile {
public:
    TempFile(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        if (!released_) {
            ::unlink(path_.c_str());
        }
    }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    // Closes the descriptor; returns false (errno set) when the close reports an error.
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void release() { released_ = true; }

private:
    std::string path_;
    int fd_;
    bool released_ = false;
};

// Writes all of content to fd, retrying after signals.
void write_all(int fd, const std::string& path, const std::string& content) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(path, std::strerror(errno));
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
}

// "-o /dev/null", "-o /dev/stdout", a named pipe: a target that is no regular file is written
// in place; renaming a file over it would replace the device or pipe itself.
bool write_to_special_file(const std::string& path, const std::string& content) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) {
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        fail(path, "is a directory");
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        fail(path, std::strerror(errno));
    }
    try {
        write_all(fd, path, content);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) {
        fail(path, std::strerror(errno));
    }
    return true;
}

} // namespace

void write_file_atomically(const std::string& path, const std::string& content) {
    namespace fs = std::filesystem;
    if (path.empty()) {
        fail(path, "empty output path");
    }
    const fs::path target(path);
    if (target.filename().empty()) {
        fail(path, "not a file name");
    }
    if (write_to_special_file(path, content)) {
        return;
    }
    const fs::path directory = target.parent_path();
    if (!directory.empty()) {
        std::error_code ec;
        fs::create_directories(directory, ec);
        if (ec) {
            fail(path, "cannot create directory " + directory.string() + ": " + ec.message());
        }
    }
    // Unique per process and call, so concurrent writers never share a temporary file.
    static std::atomic<unsigned long> counter{0};
    // Appended piece by piece: g++ 12 warns (-Wrestrict, a false positive) on "." + string.
    std::string temp_file = ".";
    temp_file += target.filename().string();
    temp_file += ".tmp-";
    temp_file += std::to_string(::getpid());
    temp_file += '-';
    temp_file += std::to_string(counter++);
    const std::string temp_name = (directory / temp_file).string();
    const int fd = ::open(temp_name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        fail(path, std::strerror(errno));
    }
    TempFile temp(temp_name, fd);
    write_all(temp.fd(), path, content);
    if (::fsync(temp.fd()) != 0) {
        fail(path, std::strerror(errno));
    }
    if (!temp.close()) {
        fail(path, std::strerror(errno));
    }
    if (::rename(temp.path().c_str(), path.c_str()) != 0) {
        fail(path, std::strerror(errno));
    }
    temp.release();
}

} // namespace geokg
