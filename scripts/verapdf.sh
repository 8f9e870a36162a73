#!/usr/bin/env bash
# Validates PDF files against PDF/A with veraPDF (the reference validator), outside Kansa's build and product.
#   scripts/verapdf.sh [--flavour 2u] FILE.pdf...      exit 0 when every file is compliant
# veraPDF's command line (org.verapdf.apps:greenfield-apps) is fetched once from Maven Central into
# .tools/verapdf/ by the plain Maven module tools/verapdf; it is never part of the OSGi target platform.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$ROOT/.tools/verapdf/lib"
. "$ROOT/scripts/jdk.sh"
JDK=$(kansa_find_jdk) || { echo "verapdf: a JDK 21 or newer is required (set KANSA_JAVA_HOME)" >&2; exit 2; }
export JAVA_HOME="$JDK"

FLAVOUR=2u
if [ "${1:-}" = "--flavour" ]; then FLAVOUR="$2"; shift 2; fi
[ $# -gt 0 ] || { echo "usage: scripts/verapdf.sh [--flavour 2u] FILE.pdf..." >&2; exit 2; }

if ! compgen -G "$LIB/greenfield-apps-*.jar" >/dev/null; then
  echo "verapdf: fetching the veraPDF command line into .tools/verapdf/ (once)" >&2
  KANSA_NO_XVFB=1 "$ROOT/mvnw" -v >/dev/null   # fetches Maven 3.9 into .tools/ when missing
  MVN=$(ls "$ROOT"/.tools/apache-maven-*/bin/mvn | head -n 1)
  "$MVN" -B -q -f "$ROOT/tools/verapdf/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$LIB" >&2
fi

# --format text prints one PASS/FAIL line per file; failures are shown in detail after it
status=0
for pdf in "$@"; do
  line=$("$JDK/bin/java" -cp "$LIB/*" org.verapdf.apps.GreenfieldCliWrapper --flavour "$FLAVOUR" --format text "$pdf")
  echo "$line"
  if [[ "$line" != PASS* ]]; then
    status=1
    "$JDK/bin/java" -cp "$LIB/*" org.verapdf.apps.GreenfieldCliWrapper --flavour "$FLAVOUR" --format text \
      --verbose "$pdf" | sed -n '2,40p' >&2 || true
  fi
done
exit $status
