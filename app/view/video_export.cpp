#include "view/video_export.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <utility>

extern char** environ;

namespace frontmap::view {

VideoExport::~VideoExport() {
    if (worker_.joinable()) worker_.join();
}

bool VideoExport::start(std::vector<std::string> arguments) {
    if (running_) return false;
    if (worker_.joinable()) worker_.join();
    running_ = true;
    worker_ = std::thread([this, arguments = std::move(arguments)] {
        // The very program that is running: the same renderer and front model.
        std::error_code ec;
        const std::string self = std::filesystem::read_symlink("/proc/self/exe", ec).string();
        std::vector<std::string> words{self, "render"};
        words.insert(words.end(), arguments.begin(), arguments.end());
        std::vector<char*> argv;
        for (auto& w : words) argv.push_back(w.data());
        argv.push_back(nullptr);
        pid_t pid = 0;
        std::string outcome;
        if (ec || posix_spawn(&pid, self.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
            outcome = "cannot start frontmap render";
        } else {
            int status = 0;
            waitpid(pid, &status, 0);
            const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
            outcome = code == 0 ? "video written: " + arguments.back()
                                : "frontmap render stopped with exit status " + std::to_string(code) + " (its messages are on the terminal)";
        }
        {
            std::lock_guard lock(mutex_);
            outcome_ = outcome;
        }
        running_ = false;
    });
    return true;
}

std::string VideoExport::take_outcome() {
    std::lock_guard lock(mutex_);
    return std::exchange(outcome_, {});
}

}  // namespace frontmap::view
