# Sourced by ./mvnw and ./kansa: prints the home of a JDK 21 or newer.
# Order: KANSA_JAVA_HOME, JAVA_HOME, then the newest JDK under /usr/lib/jvm.
kansa_find_jdk() {
  local d v
  for d in "${KANSA_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    d="${d%/}"
    [ -n "$d" ] && [ -x "$d/bin/javac" ] || continue
    # the release file answers in a millisecond; asking the JVM takes a quarter of a second
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/release" 2>/dev/null)
    [ -n "$v" ] || v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [ "${v%%.*}" -ge 21 ] 2>/dev/null && { echo "$d"; return 0; }
  done
  return 1
}

# kansa_jdk_version JDK: the full version of that JDK, e.g. 25.0.3+9-LTS (empty when it does not say).
kansa_jdk_version() {
  sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$1/release" 2>/dev/null
}
