# Sourced by ./mvnw and ./kansa: prints the home of a JDK 21 or newer.
# Order: KANSA_JAVA_HOME, JAVA_HOME, then the newest JDK under /usr/lib/jvm.
kansa_find_jdk() {
  local d v
  for d in "${KANSA_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    d="${d%/}"
    [ -n "$d" ] && [ -x "$d/bin/javac" ] || continue
    v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    [ "${v%%.*}" -ge 21 ] 2>/dev/null && { echo "$d"; return 0; }
  done
  return 1
}
