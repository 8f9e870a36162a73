#!/usr/bin/env bash
# Rasterizes Kansa's own icons (icons-src/*.svg, 16-unit view box) into the UI bundles' icons/ folders:
# NAME.png (16 px) and NAME@2x.png (32 px); the application icon also at the window-icon sizes.
# Needs ImageMagick. The PNGs are committed, so a build never needs this script.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/icons-src"
raster() { # svg size out
  convert -background none -density $(( 72 * $2 / 16 * 4 )) "$1" -resize "$2x$2" "PNG32:$3"
}
for bundle in kansa.ui kansa.ui.audit; do
  mkdir -p "$ROOT/bundles/$bundle/icons"
done
for name in folder client audit checklist incident open-workspace navigator details; do
  raster "$SRC/$name.svg" 16 "$ROOT/bundles/kansa.ui/icons/$name.png"
  raster "$SRC/$name.svg" 32 "$ROOT/bundles/kansa.ui/icons/$name@2x.png"
done
for size in 16 32 48 64 128; do
  raster "$SRC/kansa.svg" $size "$ROOT/bundles/kansa.ui/icons/kansa$size.png"
done
cp "$ROOT/bundles/kansa.ui/icons/kansa32.png" "$ROOT/bundles/kansa.ui/icons/kansa16@2x.png"
for name in new-audit report evidence finding next action audit; do
  raster "$SRC/$name.svg" 16 "$ROOT/bundles/kansa.ui.audit/icons/$name.png"
  raster "$SRC/$name.svg" 32 "$ROOT/bundles/kansa.ui.audit/icons/$name@2x.png"
done
echo "icons written"
