#!/usr/bin/env bash
# The release artifact for Windows users: kartlegg.exe built for
# x86_64-pc-windows-gnu with mingw-w64, in a zip with the README and the user
# guide in bokmål and nynorsk (and the licence texts, when the repository has
# them).
#
#   tests/windows/package.sh [--debug] [OUT_DIR]
#
# Writes OUT_DIR/kartlegg-VERSION-windows-x86_64.zip (OUT_DIR defaults to
# target/dist) and prints its path. The release build (LTO, one codegen unit)
# takes many minutes on a small machine; --debug packs the debug build
# instead, which is what tests/windows/run.sh does to check the zip's
# contents within CI's time. Never ship a --debug zip. Needs
# x86_64-w64-mingw32-gcc, zip and the Rust target (run.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
target=x86_64-pc-windows-gnu
profile=release
if [ "${1:-}" = --debug ]; then
  profile=debug
  shift
fi
rustup target list --installed | grep -qx "$target" || rustup target add "$target"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
if [ "$profile" = release ]; then
  cargo build --locked --release --target "$target" --bin kartlegg
else
  cargo build --locked --target "$target" --bin kartlegg
fi
target_dir=$(cargo metadata --format-version 1 --no-deps |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
out=${1:-$target_dir/dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)
zipfile="$out/kartlegg-$version-windows-x86_64.zip"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/docs"
cp "$target_dir/$target/$profile/kartlegg.exe" "$stage/"
cp README.md "$stage/"
cp docs/guide.md docs/guide.nn.md "$stage/docs/"
for licence in LICENSE LICENSE-MIT LICENSE-APACHE; do
  if [ -f "$licence" ]; then cp "$licence" "$stage/"; fi
done
rm -f "$zipfile"
# -X: no Unix owners or times beyond the plain ones; Windows' own unzip
# (Expand-Archive, Explorer) reads it as any zip.
(cd "$stage" && zip -q -X -r "$zipfile" .)
echo "$zipfile"
