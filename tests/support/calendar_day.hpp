#pragma once
// A calendar day in one call, for tests: day(2025, 11, 5).
#include <chrono>

namespace frontmap::test {

inline std::chrono::sys_days day(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

}  // namespace frontmap::test
