# Sourced by ./wafer and .ci/run: sets WAFER_JAVA_HOME to a JDK 21 or newer, or explains how to get one.
# Order: $JAVA_HOME, `java` on the PATH, then the usual install folders (newest first).

wafer_java_major() {
  # Prints the feature version (17, 21, 25, ...) of the java binary $1, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

wafer_find_jdk() {
  local candidate major
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local dir
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/jdk* \
             "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
             /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -x "$dir/bin/java" && -x "$dir/bin/javac" ]] && candidates+=("$dir")
  done
  for candidate in "${candidates[@]}"; do
    [[ -x "$candidate/bin/java" && -x "$candidate/bin/javac" ]] || continue
    major=$(wafer_java_major "$candidate/bin/java")
    if [[ -n "$major" && "$major" -ge 21 ]]; then
      WAFER_JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "wafer: needs a JDK 21 or newer (found none in JAVA_HOME, on the PATH or in /usr/lib/jvm). $(wafer_jdk_hint)" >&2
  return 1
}

wafer_jdk_hint() {
  # Names a way to get a JDK 21+ that exists on this system: many Debian releases ship only openjdk-17.
  local package
  if [[ "$(uname -s 2>/dev/null)" == "Darwin" ]]; then
    echo "Install one with 'brew install openjdk@21' (or from https://adoptium.net), then set JAVA_HOME to it."
    return
  fi
  if command -v apt-cache >/dev/null 2>&1; then
    for package in openjdk-25-jdk openjdk-21-jdk; do
      if apt-cache policy "$package" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        echo "Install one with 'sudo apt-get install $package', then run this again."
        return
      fi
    done
    echo "This system's packages offer no JDK 21+: add Adoptium's repository (https://adoptium.net/installation/linux/) and 'sudo apt-get install temurin-21-jdk', or unpack a JDK from https://adoptium.net and set JAVA_HOME to it."
    return
  fi
  if command -v dnf >/dev/null 2>&1; then
    echo "Install one with 'sudo dnf install java-21-openjdk-devel', then run this again."
    return
  fi
  echo "Unpack a JDK 21 or newer from https://adoptium.net and set JAVA_HOME to it."
}
