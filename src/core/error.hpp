#pragma once

#include <stdexcept>
#include <string>

namespace framelens {

/// An unexpected failure inside framelens. The CLI maps it to exit code 3.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Bad user data, options or configuration. what() is the final user-facing
/// message (GNU style, `file:line:col: message` when a position is known).
/// The CLI maps it to exit code 2.
class InputError : public Error {
 public:
  using Error::Error;
};

}  // namespace framelens
