#!/usr/bin/env bash
# Run by .ci/run after ./mvnw verify: the materialized product, copied and made read-only, runs the
# command line and writes the demo audit's reports; nothing under the installation may be created or changed.
# Root ignores write bits, so the check compares a listing of every path, size and modification time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILT="$ROOT/product/target/products/kansa.product/linux/gtk/x86_64/kansa"
WORK="$ROOT/product/target/read-only-install"
[ -d "$WORK" ] && chmod -R u+w "$WORK" && rm -rf "$WORK"
mkdir -p "$WORK/home"
cp -r "$BUILT" "$WORK/kansa"
chmod -R a-w "$WORK/kansa"
listing() { (cd "$WORK/kansa" && find . -printf '%p %s %T@\n' | sort); }
before=$(listing)
fail() { echo "read-only-install: FAILED: $*" >&2; exit 1; }

run() { # the real kansa script, on the read-only copy, with a home of its own
  (cd "$WORK/home" && HOME="$WORK/home" KANSA_PRODUCT="$WORK/kansa" "$ROOT/kansa" "$@")
}
run --help >"$WORK/help.out" 2>&1 || fail "kansa --help exited $? ($(tail -n 3 "$WORK/help.out"))"
run demo >"$WORK/demo.out" 2>&1 || fail "kansa demo exited $? ($(tail -n 3 "$WORK/demo.out"))"
[ -s "$WORK/home/kansa-demo/reports/demo-2026-isms.pdf" ] || fail "kansa demo wrote no PDF"
# a launch without the script (java -jar) uses the config.ini default: the per-user area too
. "$ROOT/scripts/jdk.sh"
JDK=$(kansa_find_jdk) || fail "no JDK 21+"
(cd "$WORK/home" && "$JDK/bin/java" -Duser.home="$WORK/home" -Djava.awt.headless=true \
  -jar "$(ls "$WORK"/kansa/plugins/org.eclipse.equinox.launcher_*.jar)" -nosplash -application kansa.cli.app \
  -data @none --help >"$WORK/jar.out" 2>&1) || fail "java -jar launcher exited $? ($(tail -n 3 "$WORK/jar.out"))"

after=$(listing)
[ "$before" = "$after" ] || fail "the installation was written to: $(diff <(echo "$before") <(echo "$after") | head -n 5)"
compgen -G "$WORK/home/.kansa/configuration/*/org.eclipse.osgi" >/dev/null || fail "no per-user OSGi state (script)"
[ -d "$WORK/home/.kansa/0.1.0/configuration/org.eclipse.osgi" ] || fail "no per-user OSGi state (java -jar)"
chmod -R u+w "$WORK"
echo "read-only-install: 3 runs from a read-only installation, nothing written under it"
echo "read-only-install: 1 passed, 0 failed"
