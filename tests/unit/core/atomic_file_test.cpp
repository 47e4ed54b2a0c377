#include "core/atomic_file.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <stdexcept>

using namespace framelens;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("framelens-atomic-test-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a file written through a stream replaces the old one whole", "[core]") {
  const fs::path dir = scratch("stream");
  write_file_atomically(dir / "a.csv", "old");
  write_file_atomically(dir / "a.csv", [](std::ostream& out) {
    for (int i = 0; i < 1000; ++i) {
      out << i << '\n';
    }
  });
  const std::string written = slurp(dir / "a.csv");
  CHECK(written.substr(0, 6) == "0\n1\n2\n");
  CHECK(written.size() == 3890);  // 10 + 90 * 2 + 900 * 3 digits, plus 1000 newlines
  fs::remove_all(dir);
}

TEST_CASE("a stream writer that fails leaves the old file and no temporary", "[core]") {
  const fs::path dir = scratch("fails");
  write_file_atomically(dir / "a.csv", "old");
  CHECK_THROWS_AS(write_file_atomically(dir / "a.csv",
                                        [](std::ostream& out) {
                                          out << "half";
                                          throw std::runtime_error("stop");
                                        }),
                  std::runtime_error);
  CHECK(slurp(dir / "a.csv") == "old");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) {
    ++entries;
  }
  CHECK(entries == 1);
  fs::remove_all(dir);
}
