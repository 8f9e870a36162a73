#!/usr/bin/env bash
# Start-up time of the workbench, warm: from process start to the first window open and idle (the application
# prints it with -kansa.timing), on the demo workspace. One session that opens and closes the window warms the
# file caches and, on JDK 25+, records the AOT class cache the `kansa` script uses (see there); then RUNS
# (default 5) runs with the cache and RUNS without it (KANSA_AOT=0) are measured, alternating so that the
# machine's load falls on both alike. Prints each run and the medians. Needs xvfb-run when there is no display.
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
echo "warm-up session (records the class cache on JDK 25+)..."
KANSA_GUI_DATA="$GUI_DATA" "$ROOT/kansa" gui -kansa.workspace "$TMP/demo" -kansa.command org.eclipse.ui.file.exit \
  > "$TMP/warm.log" 2>&1 || { cat "$TMP/warm.log" >&2; exit 1; }
# the cache is assembled in the background once the session has closed: wait for it (at most two minutes)
for _ in $(seq 1 240); do compgen -G "$ROOT/.tools/kansa-gui-*.aotconf" >/dev/null || break; sleep 0.5; done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
with=(); without=(); nav=(); navWithout=()
for i in $(seq 1 "$RUNS"); do
  kansa_gui_until_ready "$TMP/run$i.log" -kansa.workspace "$TMP/demo"; kansa_gui_stop
  with+=("$GUI_MS"); nav+=("$GUI_NAV_MS")
  KANSA_AOT=0 kansa_gui_until_ready "$TMP/run$i-plain.log" -kansa.workspace "$TMP/demo"; kansa_gui_stop
  without+=("$GUI_MS"); navWithout+=("$GUI_NAV_MS")
  echo "run $i: window ${with[-1]} ms, navigator filled ${nav[-1]} ms with the class cache;" \
    "${without[-1]} / ${navWithout[-1]} ms without"
done
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median start-up to first usable window: $(median "${with[@]}") ms with the class cache," \
  "$(median "${without[@]}") ms without (${RUNS} warm runs each)"
echo "median start-up until the navigator shows the workspace: $(median "${nav[@]}") ms with the class cache," \
  "$(median "${navWithout[@]}") ms without"
