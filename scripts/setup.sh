#!/usr/bin/env bash
# Installs the Debian packages framelens needs, skipping those already there.
# usage: scripts/setup.sh [--tests]
# Safe to run again: it installs only what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

lists=("$here/packages-build.txt")
if [ "${1:-}" = "--tests" ]; then
  lists+=("$here/packages-test.txt")
fi

missing=()
for list in "${lists[@]}"; do
  while read -r package; do
    case "$package" in ''|'#'*) continue ;; esac
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done <"$list"
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "setup: need root to install: ${missing[*]} (run as root or install sudo)" >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}"
