#pragma once
// An output file written under a temporary name in its own folder and renamed into place by
// commit(); until then an existing file is untouched, and on failure (destruction without
// commit) the temporary file and the sidecars a driver may have made are removed.
#include <string>

namespace frontmap::geo {

class AtomicOutput {
public:
    // Throws std::runtime_error when `path` exists and `overwrite` is false, when its folder
    // does not exist, or when it names a folder.
    AtomicOutput(const std::string& path, bool overwrite);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    // Where to write: same folder and extension (drivers look at it), a hidden unique name.
    const std::string& temporary() const { return temporary_; }
    const std::string& path() const { return path_; }
    void commit();

private:
    std::string path_, temporary_;
    bool committed_ = false;
};

}  // namespace frontmap::geo
