#!/usr/bin/env bash
# Opens a report.html in Debian's headless Chromium with the network disabled
# and checks that the page logs nothing to the console (no script errors, no
# Content-Security-Policy violations, no blocked loads), that its script opens
# the evidence a link points at, and that the key figures are in the DOM.
# Takes a screenshot as a test artefact.
# usage: browser_check.sh REPORT_HTML SCREENSHOT_PNG
# Exit 77 (skipped) when chromium is not installed.
set -u
report=$(realpath "$1")
screenshot=$2
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is not installed (apt-get install chromium); skipping"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run_chromium() {
  # A fresh profile per run; every way to reach the network is closed.
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --proxy-server=127.0.0.1:9 --host-resolver-rules="MAP * ~NOTFOUND" \
    --enable-logging=stderr --v=0 "$@"
}

status=0
fail() {
  echo "browser_check: $*"
  status=1
}

anchor=$(grep -o 'href="#ev-[0-9]*"' "$report" | head -n 1 | sed 's/href="#\(.*\)"/\1/')
[ -n "$anchor" ] || fail "no figure links to evidence"
run_chromium --dump-dom "file://$report#$anchor" >"$work/dom.html" 2>"$work/console.log"
[ -s "$work/dom.html" ] || fail "chromium printed no DOM"
if grep -q ':CONSOLE' "$work/console.log"; then
  fail "the page wrote to the console:"
  grep ':CONSOLE' "$work/console.log"
fi
for needle in 'id="heatmap-cosine"' 'id="heatmap-jsd"' 'id="terms-0"' '<section id="evidence"' \
  '<section id="methods"' "<details id=\"$anchor\" open=\"\">" '<section id="contrasts"' \
  'id="contrast-0-bars"' '<section id="frames"' '<section id="keyness"' 'id="keyness-0"' \
  '<section id="voices"' 'id="voice-mix"' '<section id="pairs"' 'id="outlet-map"' \
  '<section id="events"'; do
  grep -qF -- "$needle" "$work/dom.html" || fail "rendered page lacks $needle"
done

rm -f "$screenshot"
run_chromium --hide-scrollbars --window-size=1280,2400 --screenshot="$screenshot" \
  "file://$report" >/dev/null 2>"$work/screenshot.log"
if [ ! -s "$screenshot" ] || [ "$(stat -c %s "$screenshot")" -lt 20000 ]; then
  fail "no screenshot (or a blank one) at $screenshot"
fi
if grep -q ':CONSOLE' "$work/screenshot.log"; then
  fail "the page wrote to the console while rendering the screenshot"
fi
[ "$status" -eq 0 ] && echo "browser_check: page renders cleanly; screenshot at $screenshot"
exit "$status"
