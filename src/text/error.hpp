#pragma once
// The one error type of geokg: what went wrong and where. Thrown where work cannot go on,
// collected in a std::vector<Error> where the rest of the input still can (a bad JSON line,
// an unreadable file among many). The command line prints each as "geokg: WHERE: WHAT".
#include <stdexcept>
#include <string>

namespace geokg {

class Error : public std::runtime_error {
public:
    // `where`: "FILE", "FILE:LINE", "FILE:LINE:COL", "FILE: byte N", or empty when the
    // problem has no place; `what`: a short lowercase message.
    Error(std::string where, std::string what)
        : std::runtime_error(where.empty() ? what : where + ": " + what), where_(std::move(where)),
          what_(std::move(what)) {}
    explicit Error(std::string what) : Error(std::string(), std::move(what)) {}

    const std::string& where() const { return where_; }
    const std::string& message() const { return what_; } // without the place

private:
    std::string where_;
    std::string what_;
};

} // namespace geokg
