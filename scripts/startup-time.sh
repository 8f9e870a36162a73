#!/usr/bin/env bash
# Start-up time of the workbench, warm: from process start to the first window open and idle (the application
# prints it with -kansa.timing). One unmeasured run warms the caches, then RUNS (default 5) runs are measured
# on the demo workspace; prints each and the median. Needs xvfb-run when there is no display.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"
if [ -z "${DISPLAY:-}" ] && [ -z "${KANSA_IN_XVFB:-}" ]; then
  exec env KANSA_IN_XVFB=1 xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
. "$ROOT/scripts/gui-session.sh"
TMP=$(mktemp -d)
trap 'kansa_gui_stop 2>/dev/null || true; rm -rf "$TMP"' EXIT
GUI_DATA="$TMP/instance"
"$ROOT/kansa" demo --workspace "$TMP/demo" >/dev/null
kansa_gui_until_ready "$TMP/warm.log" -kansa.workspace "$TMP/demo"; kansa_gui_stop
times=()
for i in $(seq 1 "$RUNS"); do
  kansa_gui_until_ready "$TMP/run$i.log" -kansa.workspace "$TMP/demo"; kansa_gui_stop
  times+=("$GUI_MS")
  echo "run $i: ${GUI_MS} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median start-up to first usable window: ${median} ms (${RUNS} warm runs)"
