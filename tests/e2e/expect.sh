#!/usr/bin/env bash
# Runs a command and checks its exit code and standard error.
# usage: expect.sh EXIT_CODE STDERR_REGEX command [args...]
# STDERR_REGEX is an extended regex that must match somewhere in stderr
# (use '^$' to require empty stderr).
set -u
want_code=$1
want_stderr=$2
shift 2
stderr_file=$(mktemp)
trap 'rm -f "$stderr_file"' EXIT
"$@" 2>"$stderr_file" >/dev/null
code=$?
status=0
if [ "$code" -ne "$want_code" ]; then
  echo "expected exit code $want_code, got $code: $*"
  status=1
fi
if [ "$want_stderr" = '^$' ]; then
  if [ -s "$stderr_file" ]; then
    echo "expected empty stderr"
    status=1
  fi
elif ! grep -Eq -- "$want_stderr" "$stderr_file"; then
  echo "stderr does not match /$want_stderr/"
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "--- stderr:"
  cat "$stderr_file"
fi
exit "$status"
