#include "cli/video_encoder.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

extern char** environ;

namespace frontmap::cli {

namespace {

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// Codec settings per container: H.264 and VP9 need 4:2:0 chroma and even sizes; a GIF gets a
// palette computed from all frames.
std::vector<std::string> codec_arguments(const std::string& extension) {
    if (extension == ".mp4")
        return {"-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "medium",
                "-crf", "18", "-movflags", "+faststart"};
    if (extension == ".webm")
        return {"-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2", "-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p", "-crf", "30",
                "-b:v", "0", "-row-mt", "1"};
    return {"-vf", "split[a][b];[a]palettegen=stats_mode=diff[p];[b][p]paletteuse=dither=bayer", "-loop", "0"};
}

}  // namespace

bool names_video(const std::string& path) {
    const std::string ext = lower_extension(path);
    return ext == ".mp4" || ext == ".webm" || ext == ".gif";
}

std::optional<std::string> find_ffmpeg() {
    const char* path = std::getenv("PATH");
    std::stringstream folders(path ? path : "/usr/bin:/bin");
    for (std::string folder; std::getline(folders, folder, ':');) {
        const auto candidate = std::filesystem::path(folder.empty() ? "." : folder) / "ffmpeg";
        if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    return std::nullopt;
}

VideoEncoder::VideoEncoder(const std::string& path, int width, int height, int frames_per_second, bool overwrite)
    : output_(path, overwrite), log_path_(output_.temporary() + ".log"), width_(width), height_(height) {
    const auto ffmpeg = find_ffmpeg();
    if (!ffmpeg)
        throw std::runtime_error("writing " + path + " needs ffmpeg, which is not installed: install the Debian package "
                                 "ffmpeg (sudo apt-get install ffmpeg), or write PNG frames with a pattern such as "
                                 "frames/%Y-%m-%d.png");
    std::vector<std::string> args = {"ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                                     "-f", "rawvideo", "-pix_fmt", "rgba", "-s",
                                     std::to_string(width) + "x" + std::to_string(height),
                                     "-framerate", std::to_string(frames_per_second), "-i", "pipe:0"};
    for (auto& a : codec_arguments(lower_extension(path))) args.push_back(std::move(a));
    args.push_back(output_.temporary());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    // A socket rather than a pipe: send() with MSG_NOSIGNAL reports a dead ffmpeg as an error
    // instead of killing this process with SIGPIPE, without touching signal handlers.
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        throw std::runtime_error(std::string("cannot start ffmpeg: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int spawned = posix_spawn(&child_, ffmpeg->c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(ends[1]);
    socket_ = ends[0];
    if (spawned != 0) {
        ::close(socket_);
        socket_ = -1;
        child_ = -1;
        throw std::runtime_error("cannot start " + *ffmpeg + ": " + std::strerror(spawned));
    }
}

VideoEncoder::~VideoEncoder() {
    if (socket_ >= 0) ::close(socket_);
    if (child_ > 0) {
        int status = 0;
        ::waitpid(child_, &status, 0);
    }
    std::error_code ec;
    std::filesystem::remove(log_path_, ec);
}

std::string VideoEncoder::ffmpeg_log() const {
    std::ifstream in(log_path_);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
    if (text.size() > 400) text = "…" + text.substr(text.size() - 400);
    return text.empty() ? "no message" : text;
}

void VideoEncoder::add_frame(const geo::RgbaImage& frame) {
    if (frame.width != width_ || frame.height != height_)
        throw std::invalid_argument("VideoEncoder: every frame must have the video's size");
    const auto* data = frame.pixels.data();
    std::size_t left = frame.pixels.size();
    while (left > 0) {
        const ssize_t sent = ::send(socket_, data, left, MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR) continue;
        if (sent <= 0) throw std::runtime_error("ffmpeg stopped reading frames for " + output_.path() + ": " + ffmpeg_log());
        data += sent;
        left -= static_cast<std::size_t>(sent);
    }
}

void VideoEncoder::finish() {
    ::close(socket_);
    socket_ = -1;
    int status = 0;
    while (::waitpid(child_, &status, 0) < 0 && errno == EINTR) {
    }
    child_ = -1;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("ffmpeg could not write " + output_.path() + ": " + ffmpeg_log());
    output_.commit();
}

}  // namespace frontmap::cli
