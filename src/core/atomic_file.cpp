#include "core/atomic_file.hpp"

#include <fstream>
#include <system_error>

#include "core/error.hpp"

namespace framelens {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  write_file_atomically(path, [content](std::ostream& out) {
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  });
}

void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write) {
  std::filesystem::path temporary = path;
  temporary += ".tmp-framelens";
  const auto remove_temporary = [&temporary] {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
  };
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw Error(temporary.string() + ": cannot create file");
    }
    try {
      write(out);
    } catch (...) {
      out.close();
      remove_temporary();
      throw;
    }
    out.flush();
    if (!out) {
      out.close();
      remove_temporary();
      throw Error(temporary.string() + ": write failed (disk full?)");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    remove_temporary();
    throw Error(path.string() + ": cannot replace file: " + ec.message());
  }
}

}  // namespace framelens
