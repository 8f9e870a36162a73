#!/usr/bin/env bash
# Runs the workbench UI tests (under Xvfb, through ./mvnw) and copies the screenshots they take of each screen
# (audit editor, checklist editor, incident library, …) into docs/screenshots/ for the README.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHOTS="$ROOT/bundles/kansa.ui.tests/target/screenshots"
if [ "${1:-}" != --copy-only ]; then
  "$ROOT/mvnw" -B -o verify -pl bundles/kansa.ui.tests -am
fi
mkdir -p "$ROOT/docs/screenshots"
cp "$SHOTS"/*.png "$ROOT/docs/screenshots/"
ls -1 "$ROOT/docs/screenshots"
