#include "report/html_assets.hpp"

namespace framelens::report::html {

std::string_view page_css() {
  return R"css(
:root{--ink:#1b1f24;--muted:#59636e;--line:#d5dae0;--soft:#f5f7f9;--accent:#0072B2;--mark:#F0E442;--warn:#D55E00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
header.top{background:#10324a;color:#fff;padding:28px 0 22px}
header.top p{margin:.3em 0 0;color:#d7e4ee;max-width:62em}
.wrap{max-width:1120px;margin:0 auto;padding:0 24px}
a{color:var(--accent)}
a:visited{color:#4b3d8f}
h1{font-size:1.9rem;line-height:1.2;margin:0}
h2{font-size:1.4rem;margin:0 0 .5em;padding-top:.2em}
h3{font-size:1.05rem;margin:1.2em 0 .4em}
nav.toc{border-bottom:1px solid var(--line);background:var(--soft);position:sticky;top:0;z-index:2}
nav.toc ol{list-style:none;margin:0;padding:8px 0;display:flex;flex-wrap:wrap;gap:4px 18px}
nav.toc a{color:var(--accent);text-decoration:none;font-size:.92rem}
nav.toc a:hover,nav.toc a:focus{text-decoration:underline}
section{padding:26px 0 10px;border-bottom:1px solid var(--line)}
section:last-of-type{border-bottom:0}
.lead{font-size:1.08rem;max-width:48em}
.note{color:var(--muted);font-size:.92rem;max-width:52em}
.caution{border-left:4px solid var(--warn);background:#fdf3ec;padding:10px 14px;max-width:52em}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin:14px 0;padding:0;list-style:none}
.facts li{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.facts b{display:block;font-size:1.5rem;line-height:1.1}
.findings li{margin:.35em 0;max-width:52em}
table{border-collapse:collapse;margin:10px 0 16px;font-size:.92rem}
caption{text-align:left;color:var(--muted);padding-bottom:4px;caption-side:top}
th,td{border:1px solid var(--line);padding:4px 9px;vertical-align:top}
thead th{background:var(--soft)}
th[scope=row]{text-align:left;font-weight:600;background:#fbfcfd}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.hash{font:12px ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(470px,1fr));gap:8px 28px}
.figure{margin:8px 0 14px;overflow-x:auto}
.figure p{margin:.2em 0}
svg.chart{max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--ink)}
svg.chart .cell{font-size:13px;font-variant-numeric:tabular-nums}
svg.chart .cell.light{fill:#fff}
svg.chart .value{fill:var(--muted);font-size:11px}
svg.chart .linked{fill:var(--accent);text-decoration:underline}
svg.chart a:hover rect,svg.chart a:focus rect{opacity:.75}
svg.chart .axis{stroke:var(--ink);stroke-width:1}
svg.chart .tick{stroke:var(--line);stroke-width:1}
svg.chart .frame{fill:none;stroke:var(--line)}
svg.chart .whisker{stroke:var(--ink);stroke-width:1.5;fill:none}
svg.chart .badge{fill:var(--warn);font-weight:600}
svg.chart .axis-label{fill:var(--muted)}
svg.chart .seg{font-size:11px;fill:#000;pointer-events:none}
svg.chart .seg.light{fill:#fff}
.badge{display:inline-block;color:var(--warn);font-weight:600;font-size:.82rem;white-space:nowrap}
.ci{color:var(--muted);font-size:.8rem;white-space:nowrap}
.n{color:var(--muted);font-size:.8rem}
td.zero{color:var(--muted)}
table.shares td{min-width:5.5em}
table.frames td.rate{min-width:8.5em;padding-bottom:2px}
span.bar{display:block;width:7.5em;height:5px;margin:2px 0 0 auto;background:var(--soft)}
span.bar b{display:block;height:5px;background:var(--accent)}
tr.group th{background:var(--soft);text-align:left;font-weight:600}
.scale{display:flex;align-items:center;gap:6px;font-size:.85rem;color:var(--muted)}
.scale span.ramp{display:inline-block;width:160px;height:12px;border:1px solid var(--line)}
details{margin:6px 0;border:1px solid var(--line);border-radius:6px;background:#fff}
details>summary{cursor:pointer;padding:7px 12px;background:var(--soft);border-radius:6px}
details[open]>summary{border-bottom:1px solid var(--line);border-radius:6px 6px 0 0}
details>.body{padding:4px 14px 8px}
details:target{outline:3px solid var(--accent)}
[id]{scroll-margin-top:5.5rem}
ul.sources{margin:8px 0;padding-left:1.2em}
ul.sources li{margin:0 0 10px;max-width:60em}
ul.sources q{quotes:none;display:block;margin:2px 0 6px}
tr:target{outline:3px solid var(--accent)}
mark{background:var(--mark);color:#000;padding:0 2px;border-radius:2px;box-shadow:inset 0 -2px 0 #a08d00}
.cite{display:block;color:var(--muted);font-size:.86rem}
.cite a{color:var(--accent)}
.more{color:var(--muted);font-style:italic}
.print-only{display:none}
code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em}
footer{color:var(--muted);font-size:.85rem;padding:18px 0 40px}
a:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
@media (max-width:640px){.grid{grid-template-columns:1fr}h1{font-size:1.5rem}}
@media print{
body{font-size:10.5pt;color:#000}
header.top{background:none;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
header.top p{color:#000}
nav.toc,.noprint,details.alt{display:none}
#evidence details:not([open]){display:none}
.print-only{display:block}
section{break-inside:auto;border:0;padding-top:12px}
h2,h3{break-after:avoid}
.figure,table,details,li{break-inside:avoid}
details>summary{background:none}
span.bar,span.bar b{-webkit-print-color-adjust:exact;print-color-adjust:exact}
svg.chart{break-inside:avoid}
details::details-content{content-visibility:visible;display:block}
a{color:#000}
.wrap{max-width:none;padding:0}
}
)css";
}

std::string_view page_script() {
  return R"js(
(function () {
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    var hidden = false;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") {
        hidden = hidden || (node !== target && !node.open);
        node.open = true;
      }
    }
    if (hidden) {
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  // Print every folded part except the evidence: all of it would run to
  // hundreds of pages, so only the sets the reader opened are printed.
  window.addEventListener("beforeprint", function () {
    var all = document.querySelectorAll("details");
    for (var i = 0; i < all.length; i++) {
      if (!all[i].closest("#evidence")) {
        all[i].open = true;
      }
    }
  });
  openTarget();
})();
)js";
}

}  // namespace framelens::report::html
