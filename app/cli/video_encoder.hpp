#pragma once
// A video (.mp4, .webm, .gif) from rendered frames, encoded by an ffmpeg child process that
// reads raw RGBA frames on its standard input: one input frame is one output frame at a
// constant rate, so the video has exactly the frames of the PNG series. Written under a
// temporary name in the target folder and renamed by finish(); nothing is left on failure.
#include <optional>
#include <string>
#include <sys/types.h>

#include "geo/atomic_output.hpp"
#include "geo/raster_output.hpp"

namespace frontmap::cli {

// .mp4, .webm or .gif (any case).
bool names_video(const std::string& path);

// The ffmpeg program on PATH, or nothing.
std::optional<std::string> find_ffmpeg();

class VideoEncoder {
public:
    // Throws std::runtime_error when ffmpeg is missing (naming the Debian package), the folder
    // does not exist, or the file exists without `overwrite`.
    VideoEncoder(const std::string& path, int width, int height, int frames_per_second, bool overwrite);
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    void add_frame(const geo::RgbaImage& frame);  // throws when ffmpeg stopped reading
    // Waits for ffmpeg, then renames the video into place; throws with ffmpeg's own message.
    void finish();

private:
    std::string ffmpeg_log() const;
    geo::AtomicOutput output_;
    std::string log_path_;
    int width_, height_;
    int socket_ = -1;  // our end; ffmpeg's standard input is the other
    pid_t child_ = -1;
};

}  // namespace frontmap::cli
