#pragma once

#include <string>
#include <string_view>

namespace framelens {

/// SHA-256 of `bytes` as 64 lower-case hex digits (FIPS 180-4, through
/// OpenSSL), the same digest `sha256sum` prints, so users can check inputs.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

}  // namespace framelens
