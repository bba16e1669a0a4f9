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

// Whether `path` names an existing file that is no regular file ("-o /dev/null",
// "-o /dev/stdout", a named pipe): such a target is written in place; renaming a file over
// it would replace the device or pipe itself.
bool is_special_file(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode)) {
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        fail(path, "is a directory");
    }
    return true;
}

} // namespace

OutputFile::OutputFile(const std::string& path) : path_(path) {
    namespace fs = std::filesystem;
    if (path.empty()) {
        fail(path, "empty output path");
    }
    const fs::path target(path);
    if (target.filename().empty()) {
        fail(path, "not a file name");
    }
    if (is_special_file(path)) {
        fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd_ < 0) {
            fail(path, std::strerror(errno));
        }
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
    temporary_ = (directory / temp_file).string();
    fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd_ < 0) {
        temporary_.clear();
        fail(path, std::strerror(errno));
    }
}

OutputFile::~OutputFile() {
    if (fd_ >= 0) {
        ::close(fd_);
    }
    if (!temporary_.empty()) {
        ::unlink(temporary_.c_str());
    }
}

void OutputFile::append(std::string_view content) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd_, data, left);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(path_, std::strerror(errno));
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
}

void OutputFile::commit() {
    if (!temporary_.empty() && ::fsync(fd_) != 0) {
        fail(path_, std::strerror(errno));
    }
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
        fail(path_, std::strerror(errno));
    }
    if (temporary_.empty()) {
        return; // a special file, written in place
    }
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
        fail(path_, std::strerror(errno));
    }
    temporary_.clear();
}

void write_file_atomically(const std::string& path, const std::string& content) {
    OutputFile file(path);
    file.append(content);
    file.commit();
}

} // namespace geokg
