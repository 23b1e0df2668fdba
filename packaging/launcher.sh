#!/usr/bin/env bash
# Runs an installed Wafer release: the runtime, jar and libraries next to this script; no JDK, Maven
# or sources needed.
#   bin/wafer ask "Why was DeepSeek's R2 delayed?"
# Data folder: --data DIR, else $WAFER_DATA, else the systemd unit's state directory, else
# ~/.local/share/wafer (never the directory the command was started in).
set -euo pipefail
self="${BASH_SOURCE[0]}"
while [[ -L "$self" ]]; do
  link="$(readlink "$self")"
  [[ "$link" == /* ]] && self="$link" || self="$(dirname "$self")/$link"
done
home="$(cd "$(dirname "$self")/.." && pwd)"

if [[ -z "${WAFER_DATA:-}" ]]; then
  if [[ -n "${STATE_DIRECTORY:-}" ]]; then
    export WAFER_DATA="${STATE_DIRECTORY%%:*}"
  else
    export WAFER_DATA="${XDG_DATA_HOME:-$HOME/.local/share}/wafer"
  fi
fi
# Native libraries (ONNX Runtime, the tokenizer) unpack into a cache of our own, not a shared /tmp.
cache="${CACHE_DIRECTORY:-${XDG_CACHE_HOME:-$HOME/.cache}/wafer}"
cache="${cache%%:*}"
mkdir -p "$cache/tmp"
# The embedding model's tokenizer library reports usage online unless told not to.
export OPT_OUT_TRACKING=true
export DJL_CACHE_DIR="${DJL_CACHE_DIR:-$cache/djl}"
# Under systemd the token is a credential (LoadCredential=discord-token:...), never in the environment file.
if [[ -z "${DISCORD_TOKEN:-}" && -n "${CREDENTIALS_DIRECTORY:-}" && -r "$CREDENTIALS_DIRECTORY/discord-token" ]]; then
  DISCORD_TOKEN="$(<"$CREDENTIALS_DIRECTORY/discord-token")"
  export DISCORD_TOKEN
fi

jvm=(-Dai.djl.offline=true -Dai.djl.disable_usage_tracking=true --enable-native-access=ALL-UNNAMED
     -XX:+UseSerialGC -Xss4m "-Djava.io.tmpdir=$cache/tmp")
case "${1:-}" in
  # Vector instructions double HNSW build speed; they print a JVM notice, so only where indexing is heavy.
  import|reindex|refresh|serve) jvm+=(--add-modules jdk.incubator.vector) ;;
esac
# shellcheck disable=SC2086 # WAFER_JAVA_OPTS is a list of options
exec "$home/runtime/bin/java" "${jvm[@]}" ${WAFER_JAVA_OPTS:-} -jar "$home/app/wafer.jar" "$@"
