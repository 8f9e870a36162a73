#!/usr/bin/env bash
# Helpers for scripts that start the workbench without a person at the screen (screenshots, start-up timing).
# Source it; needs DISPLAY set (the callers run under xvfb-run).

# kansa_gui_until_ready LOG ARGS...: starts `kansa gui ARGS -kansa.timing` in the background with a throw-away
# instance area, waits until it prints its start-up time (the first window is open and idle) and the time the
# navigator showed the workspace, and sets GUI_PID, GUI_MS and GUI_NAV_MS: milliseconds from this launch (the
# `kansa` script included) to those moments. Fails after 90 s.
kansa_gui_until_ready() {
  local log="$1"; shift
  : > "$log"
  local launched; launched=$(date +%s%3N)
  # its own process group, so that stopping it ends the kansa script and the JVM it started
  KANSA_GUI_DATA="$GUI_DATA" setsid "$ROOT/kansa" gui -kansa.timing "$@" > "$log" 2>&1 &
  GUI_PID=$!
  for _ in $(seq 1 900); do
    if grep -q '^kansa-startup-at:' "$log" && grep -q '^kansa-navigator-at:' "$log"; then
      GUI_MS=$(( $(sed -n 's/^kansa-startup-at: //p' "$log" | head -n 1) - launched ))
      GUI_NAV_MS=$(( $(sed -n 's/^kansa-navigator-at: //p' "$log" | head -n 1) - launched ))
      return 0
    fi
    kill -0 "$GUI_PID" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.1
  done
  echo "the workbench did not open within 90 s" >&2
  kansa_gui_stop
  return 1
}

# kansa_gui_stop: ends the workbench started by kansa_gui_until_ready (only that process).
kansa_gui_stop() {
  kill -- -"$GUI_PID" 2>/dev/null || true
  wait "$GUI_PID" 2>/dev/null || true
}
