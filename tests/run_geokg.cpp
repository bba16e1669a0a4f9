#include "run_geokg.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace geokg::testing {

Run run_geokg(const std::string& args, const std::filesystem::path& dir,
              const std::string& stdin_file) {
    const std::filesystem::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string cmd = "cd '" + dir.string() + "' && '" + GEOKG_BINARY + "' " + args + " <'" +
                            stdin_file + "' >'" + out.string() + "' 2>'" + err.string() + "'";
    const int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    std::ifstream o(out, std::ios::binary), e(err, std::ios::binary);
    std::stringstream so, se;
    so << o.rdbuf();
    se << e.rdbuf();
    r.out = so.str();
    r.err = se.str();
    return r;
}

} // namespace geokg::testing
