#pragma once
// The timeline as a video from the viewer: `frontmap render` run as a child process over the
// open store and baselines, the current view and the data's dates, so the video has exactly
// the frames the render command makes. Runs in the background; the UI polls it.
#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace frontmap::view {

class VideoExport {
public:
    ~VideoExport();
    // `arguments`: what follows "frontmap render". False while one runs.
    bool start(std::vector<std::string> arguments);
    bool running() const { return running_; }
    // The outcome of the last run once it has ended ("" while none ended since the last call).
    std::string take_outcome();

private:
    std::thread worker_;
    std::atomic<bool> running_{false};
    std::mutex mutex_;
    std::string outcome_;
};

}  // namespace frontmap::view
