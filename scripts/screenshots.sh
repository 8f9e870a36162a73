#!/usr/bin/env bash
# Screenshots of Kansa's main screens, for the README: builds if needed (via ./kansa), creates the demo workspace
# in a temporary folder, starts the workbench under Xvfb once per screen and saves docs/screenshots/*.png.
# Needs xvfb-run and ImageMagick (import). Usage: scripts/screenshots.sh [OUTPUT_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/docs/screenshots}"
if [ -z "${KANSA_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null && command -v import >/dev/null \
    || { echo "screenshots.sh needs xvfb-run and ImageMagick's import" >&2; exit 1; }
  env KANSA_IN_XVFB=1 xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
  # the common Japanese office laptop: the main screens again on a 1366×768 display
  exec env KANSA_IN_XVFB=1 KANSA_SMALL_SCREEN=1 xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
. "$ROOT/scripts/gui-session.sh"
TMP=$(mktemp -d)
trap 'kansa_gui_stop 2>/dev/null || true; rm -rf "$TMP"' EXIT
GUI_DATA="$TMP/instance"
DEMO="$TMP/kansa-demo"
mkdir -p "$OUT"
"$ROOT/kansa" demo --workspace "$DEMO" >/dev/null
# an item with a finding, so the editor shows findings and the corrective action
ITEM=$(python3 -c "import json,sys; a=json.load(open('$DEMO/audits/demo-2026-isms/audit.json')); print(next(r['itemId'] for r in a['results'] if r.get('findings')))")

shot() { # name settle-seconds args...
  local name="$1" wait="$2"; shift 2
  kansa_gui_until_ready "$TMP/$name.log" -nl "${LANG_ARG:-ja_JP}" -kansa.workspace "$DEMO" "$@"
  sleep "$wait"
  import -window root "$OUT/$name.png"
  kansa_gui_stop
  echo "  $OUT/$name.png (window after ${GUI_MS} ms)"
}

if [ -n "${KANSA_SMALL_SCREEN:-}" ]; then
  echo "screenshots at 1366×768:"
  shot 13-audit-editor-1366x768 5 -kansa.open "demo-2026-isms/$ITEM"
  shot 14-editor-and-incidents-1366x768 6 -kansa.open "demo-2026-isms/$ITEM" \
    -kansa.command "kansa.ui.showView(kansa.ui.view=kansa.ui.incidents.library)"
  exit 0
fi
echo "screenshots:"
shot 01-workspace 2
shot 02-audit-editor 5 -kansa.open "demo-2026-isms/$ITEM"
shot 03-add-finding 8 -kansa.open "demo-2026-isms/$ITEM" -kansa.command kansa.ui.audit.addFinding
shot 04-report-wizard 8 -kansa.open "demo-2026-isms" -kansa.command kansa.ui.audit.report
shot 05-new-audit 8 -kansa.command kansa.ui.audit.new
LANG_ARG=en_US shot 06-audit-editor-english 5 -kansa.open "demo-2026-isms/$ITEM"
