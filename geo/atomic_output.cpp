#include "geo/atomic_output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace frontmap::geo {

namespace fs = std::filesystem;

AtomicOutput::AtomicOutput(const std::string& path, bool overwrite) : path_(path) {
    const fs::path p(path);
    const fs::path folder = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    if (!fs::is_directory(folder))
        throw std::runtime_error("cannot write " + path + ": the folder " + folder.string() + " does not exist; create it first");
    if (fs::is_directory(p)) throw std::runtime_error("cannot write " + path + ": it is a folder; give a file name");
    if (fs::exists(p) && !overwrite) throw std::runtime_error(path + " already exists; use --force to replace it");
    temporary_ = (folder / ("." + p.stem().string() + ".tmp-" + std::to_string(::getpid()) + p.extension().string())).string();
    fs::remove(temporary_);
}

AtomicOutput::~AtomicOutput() {
    if (committed_) return;
    std::error_code ec;
    // GeoPackage journals live beside the file; they are gone after a clean close but not
    // after a failure half way.
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(temporary_ + suffix, ec);
}

void AtomicOutput::commit() {
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0)
        throw std::runtime_error("cannot move " + temporary_ + " to " + path_ + ": " + std::strerror(errno));
    committed_ = true;
}

}  // namespace frontmap::geo
