#!/usr/bin/env bash
# The Windows build, run for real: cross-compiles kartlegg.exe with mingw-w64,
# runs the command line's core cases under Wine and compares what it writes
# with what the Linux build writes from the same input.
#
#   tests/windows/run.sh [CASE...]
#
# With names of cases (see cases.sh), runs only those.
#
# Installs what is missing (the Rust target; gcc-mingw-w64-x86-64 and wine64
# with apt-get, which needs root or sudo). The Windows build is a debug build:
# it compiles fastest, and the cases are small. Wine runs in a fresh prefix in
# a temporary folder, which is removed afterwards (set KEEP=1 to keep it).
# Ends with the line "N passed, N failed" and exits with 1 when a case failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
target=x86_64-pc-windows-gnu

# The cases, all or the ones named.
source tests/windows/cases.sh
if [ $# -gt 0 ]; then
  for case in "$@"; do
    declare -F "case_$case" >/dev/null || {
      echo "no case \"$case\"; the cases: ${cases[*]}" >&2
      exit 2
    }
  done
  cases=("$@")
fi

# --- What it needs -----------------------------------------------------------
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
[ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null || missing+=(wine64)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
rustup target list --installed | grep -qx "$target" || rustup target add "$target"
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
wineserver=$(command -v wineserver || echo /usr/lib/wine/wineserver)
python=$(command -v python3 || true)

# --- Builds ------------------------------------------------------------------
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
# Clippy for the code behind cfg(windows), which the Linux lints never see.
cargo clippy --locked --target "$target" --all-targets -- -D warnings
started=$SECONDS
cargo build --locked --target "$target" --bin kartlegg
echo "Windows build: $((SECONDS - started)) s"
target_dir=$(cargo metadata --format-version 1 --no-deps |
  sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
exe="$target_dir/$target/debug/kartlegg.exe"
# The same features as the test build (`synthetic` through the dev-dependency),
# so that after `cargo test` this build is already done.
cargo build --locked --features synthetic --bin kartlegg
linux="$target_dir/debug/kartlegg"

work=$(mktemp -d)
cleanup() {
  if [ -d "$work/prefix" ]; then
    WINEPREFIX="$work/prefix" "$wineserver" -k >/dev/null 2>&1 || true
    WINEPREFIX="$work/prefix" "$wineserver" -w >/dev/null 2>&1 || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
bin="$work/bin"
mkdir -p "$bin"
cp "$exe" "$bin/kartlegg.exe"
# Wine 8 lacks ProcessPrng, which Rust's standard library imports (see the C file).
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$bin/bcryptprimitives.dll" \
  tests/windows/processprng.c -ladvapi32

export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko (not needed, and they would be downloaded); the stand-in
# DLL before Wine's own.
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n,b"
export KARTLEGG_LANG=nb NO_COLOR=1
unset DISPLAY
started=$SECONDS
"$wine" wineboot --init >/dev/null 2>&1
echo "Wine prefix: $((SECONDS - started)) s"

# --- How a case runs ---------------------------------------------------------
passed=0 failed=0
problems=()

# run SIDE CASE CODE ARGS...: runs one build in $work/SIDE/CASE, keeping stdout,
# stderr and the exit code, and fails unless the exit code is CODE.
run() {
  local side=$1 case=$2 code=$3
  shift 3
  local dir="$work/$side/$case"
  mkdir -p "$dir"
  local got=0
  if [ "$side" = win ]; then
    (cd "$dir" && "$wine" "$bin/kartlegg.exe" "$@" </dev/null >out 2>err) || got=$?
  else
    (cd "$dir" && "$linux" "$@" </dev/null >out 2>err) || got=$?
  fi
  if [ "$got" != "$code" ]; then
    problems+=("$side: \`kartlegg $*\` exited with $got, expected $code: $(head -c 400 "$dir/err")")
    return 1
  fi
}

# both CASE CODE ARGS...: the same command on both builds.
both() {
  local ok=0
  run lin "$@" || ok=1
  run win "$@" || ok=1
  return $ok
}

# normal FILE: a file as compared: Windows path separators and line ends as
# on Linux, times as TIME.
normal() {
  sed -e 's/\r$//' -e 's#\\#/#g' \
    -e 's/[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T[0-9:.]*Z/TIME/g' "$1"
}

# same CASE FILE...: each file the same from both builds.
same() {
  local case=$1 ok=0 file
  shift
  for file in "$@"; do
    if ! diff <(normal "$work/lin/$case/$file") <(normal "$work/win/$case/$file") \
      >"$work/diff" 2>&1; then
      problems+=("$case/$file differs between Linux and Windows: $(head -c 600 "$work/diff")")
      ok=1
    fi
  done
  return $ok
}

# has SIDE CASE FILE TEXT: the file holds the text.
has() {
  if ! grep -qF -- "$4" "$work/$1/$2/$3" 2>/dev/null; then
    problems+=("$1/$2/$3 does not contain \"$4\"")
    return 1
  fi
}

# lacks SIDE CASE FILE: the file was not written.
lacks() {
  if [ -e "$work/$1/$2/$3" ]; then
    problems+=("$1/$2/$3 was written but should not be")
    return 1
  fi
}

check() {
  local name=$1
  shift
  problems=()
  if "$@" && [ ${#problems[@]} = 0 ]; then
    passed=$((passed + 1))
    echo "ok    $name"
  else
    failed=$((failed + 1))
    echo "FAIL  $name"
    printf '      %s\n' "${problems[@]}"
  fi
}

started=$SECONDS
for case in "${cases[@]}"; do
  check "$case" "case_$case"
done
echo "Windows cases under Wine: $((SECONDS - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
