#!/usr/bin/env bash
# One virtual X display for a whole test script (xvfb-run per command races with its own
# clean-up now and then). Source after tests/support/e2e.sh, then:
#   xvfb_start || exit $?     # 77 (skip) with a message when Xvfb is missing or does not start
#   trap 'xvfb_stop; rm -rf "$work"' EXIT
# Sets DISPLAY, and turns leak detection off for an ASan build (see allow_mesa_leaks in e2e.sh).
xvfb_start() {
  command -v Xvfb > /dev/null || { echo "skipped: Xvfb is not installed (Debian package xvfb)" >&2; return 77; }
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -ac 3> xvfb.display 2> xvfb.log &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s xvfb.display ] && break; sleep 0.1; done
  [ -s xvfb.display ] || { echo "skipped: Xvfb did not start: $(cat xvfb.log)" >&2; return 77; }
  export DISPLAY=":$(cat xvfb.display)"
  allow_mesa_leaks
}
xvfb_stop() { [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2> /dev/null; return 0; }
