#!/usr/bin/env bash
# Builds the release archive from a packaged bot module (Maven's -Pdist runs this after copying the
# libraries): bin/wafer, app/ (the product jar and its libraries), runtime/ (a jlink image, so the
# target machine needs no JDK), packaging/ (the systemd unit and the settings example).
#   build-dist.sh VERSION BOT_TARGET_DIR JAVA_HOME
set -euo pipefail
version="$1" target="$2" jdk="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
name="wafer-$version"
stage="$target/dist/$name"
archive="$target/$name-linux-x64.tar.gz"

# The modules the product needs: `jdeps --print-module-deps --ignore-missing-deps --multi-release 21
# --class-path 'lib/*' wafer.jar` on the packaged jar, plus what libraries load by reflection or need at
# run time that jdeps cannot see: jdk.unsupported (sun.misc.Unsafe in Lucene, JDA's HTTP client and
# Kotlin), jdk.crypto.ec and jdk.charsets (TLS to Discord and sites, pages in legacy encodings),
# jdk.zipfs (the bundled models and starter corpus read from jars), jdk.incubator.vector (Lucene's
# vector speed-up), jdk.net (the control socket's peer check).
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml
modules+=,jdk.httpserver,jdk.incubator.vector,jdk.management,jdk.net,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.zipfs

rm -rf "$target/dist" "$archive"
mkdir -p "$stage/bin" "$stage/app" "$stage/packaging"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --output "$stage/runtime"
cp "$target/wafer.jar" "$stage/app/"
cp -r "$target/lib" "$stage/app/lib"
# ONNX Runtime ships natives for every platform; this archive is for linux-x64 only.
for jar in "$stage"/app/lib/onnxruntime-*.jar; do
  [[ -f "$jar" ]] || continue
  (cd "$stage" && zip -q -d "$jar" 'ai/onnxruntime/native/osx-*' 'ai/onnxruntime/native/win-*' \
     'ai/onnxruntime/native/linux-aarch64/*' >/dev/null 2>&1) || true
done
install -m 755 "$here/launcher.sh" "$stage/bin/wafer"
install -m 644 "$here/wafer.service" "$here/wafer.env.example" "$stage/packaging/"
for file in LICENSE NOTICE CHANGELOG.md README.md; do
  [[ -f "$here/../$file" ]] && install -m 644 "$here/../$file" "$stage/"
done
tar -C "$target/dist" -czf "$archive" "$name"
echo "Built $archive ($(du -h "$archive" | cut -f1))"
