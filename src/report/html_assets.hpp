#pragma once

#include <string_view>

// The fixed CSS and script of report.html.
namespace framelens::report::html {

/// The page's stylesheet: screen layout, print layout, chart styles.
[[nodiscard]] std::string_view page_css();

/// The page's only script: opens the evidence a link points to and opens all
/// evidence before printing. The page works without it.
[[nodiscard]] std::string_view page_script();

}  // namespace framelens::report::html
