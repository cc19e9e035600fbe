// Replays seed files through a fuzz target's entry point without libFuzzer, so that `make test`
// (g++, no sanitizers needed) runs every seed corpus: a seed that crashes, hangs or runs away with
// memory fails its CTest test. Arguments are seed files or folders of them.
//
// The fences match `make fuzz`: each input gets kSecondsPerInput of CPU time (SIGXCPU ends the
// process) and the process kAddressSpaceMb of address space (an allocation past it fails).

#include "../SanitizerBuild.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

constexpr rlim_t kSecondsPerInput = 20;
constexpr rlim_t kAddressSpaceMb = 2048;

std::vector<std::filesystem::path> seedFiles(const char *argument)
{
    std::vector<std::filesystem::path> files;
    const std::filesystem::path path(argument);
    if (std::filesystem::is_directory(path)) {
        for (const auto &entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
    } else {
        files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

void limit(int resource, rlim_t value)
{
    rlimit current{};
    getrlimit(resource, &current);
    const rlimit wanted{value, current.rlim_max == RLIM_INFINITY ? value : std::min(value, current.rlim_max)};
    setrlimit(resource, &wanted);
}

} // namespace

int main(int argc, char **argv)
{
    if (marginalia::testing::kAddressSpaceCanBeCapped)   // not under ASan (SanitizerBuild.h); the CPU limit stays
        limit(RLIMIT_AS, kAddressSpaceMb * 1024 * 1024);
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::vector<std::filesystem::path> files = seedFiles(argv[i]);
        if (files.empty()) {
            std::fprintf(stderr, "no seed files in %s\n", argv[i]);
            return 1;
        }
        for (const std::filesystem::path &file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (!in.good() && !in.eof()) {
                std::fprintf(stderr, "cannot read %s\n", file.c_str());
                return 1;
            }
            // CPU time is cumulative: each input may use kSecondsPerInput more.
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            limit(RLIMIT_CPU, static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + kSecondsPerInput);
            std::printf("%s (%zu bytes)\n", file.c_str(), bytes.size());
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    std::printf("replayed %d seed(s)\n", replayed);
    return replayed > 0 ? 0 : 1;
}
