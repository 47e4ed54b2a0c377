#pragma once

#include <string>

#include "report/report_input.hpp"

namespace framelens::report {

/// report.html: one self-contained page (inline CSS, SVG and one small
/// script allowed by a Content-Security-Policy hash; no network requests).
/// Every string from the corpus or a lexicon is HTML-escaped; only http(s)
/// URLs become links. Readable without JavaScript and printable.
[[nodiscard]] std::string render_html(const ReportInput& input);

}  // namespace framelens::report
